/// A KMS instance (KMS 3.0, `kst-…`) as GetKmsInstance, GetKmsInstanceQuotaInfos and ListKmsInstances
/// describe it: what a 2025 plan checks before keys and secrets move into it. No field tells an
/// instance's type (software or hardware) or its image version: the user says the type
/// (`--destination-type`, or `type` in a destination map), and the image version is checked in the console.
public struct KMSInstance: Equatable, Sendable {
    /// Software or hardware key management.
    public enum Kind: String, Sendable, CaseIterable {
        case software, hardware
    }

    /// What a quota covers and how much of it is used (GetKmsInstanceQuotaInfos).
    public struct Quota: Equatable, Sendable {
        public var quota: Int
        public var used: Int
        /// What is left.
        public var free: Int { max(0, quota - used) }
    }

    /// `kst-…`.
    public var id: String
    /// The region, from ListKmsInstances' ARN or GetKmsInstance's bound VPCs.
    public var region: String?
    /// The account, from ListKmsInstances' ARN.
    public var account: String?
    /// `Connected`, `Uninitialized`, `Connecting`, `Disconnected`, `Error`.
    public var status: String?
    /// `PREPAY` (subscription: it expires unless renewed) or `POSTPAY` (pay-as-you-go).
    public var chargeType: String?
    /// When a subscription ends (`2023-10-05T16:00:00Z`).
    public var endDate: String?
    /// `3` for KMS 3.0.
    public var productVersion: String?
    /// Keys and secrets the instance can hold (GetKmsInstance `KeyNum`, `SecretNum`).
    public var keyLimit: Int?
    public var secretLimit: Int?
    /// Quotas by resource type (`key`, `secret`, `qps`, `vpc`).
    public var quotas: [String: Quota] = [:]
    /// Which inventory files describe the instance.
    public var sources: Set<String> = []

    public init(id: String) { self.id = id }
}
