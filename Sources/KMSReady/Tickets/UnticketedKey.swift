/// A key that got no ticket, and why.
public struct UnticketedKey: Sendable {
    public let keyId: String
    public let alias: String?
    public let region: String?
    public let verdict: Verdict
    public let reason: String

    init(_ key: KeyReport, reason: String) {
        keyId = key.key.id
        alias = key.key.firstAlias
        region = key.key.region
        verdict = key.verdict
        self.reason = reason
    }
}
