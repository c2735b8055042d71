/// Who made a KMS call: the distinction the migration document draws between its two scenarios.
public enum CallerKind: String, CaseIterable, Comparable, Sendable {
    /// The user's own code through an SDK (scenario 2): it must move to the migration SDK.
    case application
    /// An Alibaba Cloud service doing server-side encryption for the user (scenario 1).
    case cloudService = "cloud-service"
    /// A person in the console.
    case console
    /// A person or script through the aliyun CLI, Terraform or ROS.
    case tool

    public static func < (lhs: CallerKind, rhs: CallerKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
