/// A secret outside a KMS instance, as a support request names it: the CMK migration cannot move it
/// (seed 001), so the ticket of its region asks support how to, with what the report knows of it.
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

    /// The secrets of `report` that sit outside a KMS instance, in the report's order.
    static func outsideKmsInstances(_ report: Report) -> [TicketSecret] {
        report.secrets.filter { $0.secret.inKmsInstance == false }.map(TicketSecret.init)
    }
}
