/// A secret a support request names, with what the report knows of it: under the 2023 edition every
/// secret outside a KMS instance (the CMK migration cannot move it, seed 001); under 2025 only those the
/// Migration Tool will not take (blocked or in need of review).
public struct TicketSecret: Sendable {
    public let name: String
    public let account: String?
    public let region: String?
    public let type: String
    /// The alias (or id) of the key that encrypts it, when the inventory names one.
    public let encryptionKey: String?
    /// The last access in the traces, as text; empty without traces.
    public let lastAccess: String

    init(_ report: SecretReport) {
        name = report.secret.name
        account = report.secret.account
        region = report.secret.region
        type = report.secret.type ?? "unknown type"
        encryptionKey = report.encryptionKey.map { $0.alias ?? $0.keyId } ?? report.secret.metadata?.encryptionKeyId
        lastAccess = report.usage.map { usage in usage.lastSeen.map { "last access \(Timestamp.format($0))" } ?? "no access in the traces" } ?? ""
    }

    /// The secrets of `report` that need a support ticket under its edition, in the report's order.
    static func needingSupport(_ report: Report) -> [TicketSecret] {
        let migrationTool = report.edition.process == .migrationTool
        return report.secrets.filter { $0.secret.inKmsInstance == false && (!migrationTool || $0.verdict >= .needsReview) }.map(TicketSecret.init)
    }
}
