/// The verdict on one secret for the CMK migration, with the findings that produced it, its use in the
/// traces and the key that encrypts it.
public struct SecretReport: Sendable {
    public let secret: Secret
    public let verdict: Verdict
    /// Findings sorted by rule id. For an exempt secret, only the exemptions.
    public let findings: [Finding]
    /// The secret's usage when traces were given (empty usage = traced, not used); `nil` without traces.
    public let usage: KeyUsage?
    /// Why usage was not evaluated — no traces, or traces of the secret's account and region that
    /// cannot show use — with the fix; `nil` when it was.
    public let usageNotEvaluatedReason: String?
    /// The key in `EncryptionKeyId`, as the inventory knows it: its alias and verdict; `nil` when the
    /// secret names no key or the inventory does not hold it.
    public let encryptionKey: LinkedKey?

    /// A key as a secret report shows it.
    public struct LinkedKey: Sendable {
        public let keyId: String
        public let alias: String?
        public let verdict: Verdict

        /// `alias (verdict)`, or the key id when the key has no alias.
        public var description: String { "\(alias ?? keyId) (\(verdict.rawValue))" }
    }

    /// The key that encrypts the secret as reports show it: the linked key's alias and verdict, else
    /// the bare `EncryptionKeyId` the inventory does not hold; `nil` when the secret names none.
    public var encryptionKeyText: String? { encryptionKey?.description ?? secret.metadata?.encryptionKeyId }

    /// Applies the verdict rules of keys: an exemption takes the secret out of scope; otherwise the worst
    /// verdict among the findings wins.
    public init(secret: Secret, evaluation: RuleEvaluation, usage: KeyUsage?, encryptionKey: LinkedKey?, usageNotEvaluatedReason: String? = nil) {
        self.secret = secret
        self.usage = usage
        self.usageNotEvaluatedReason = usage == nil ? usageNotEvaluatedReason ?? KeyReport.noTraces : nil
        self.encryptionKey = encryptionKey
        (verdict, findings) = Verdict.judge(evaluation.findings)
    }

    /// The finding that weighs most on the verdict.
    public var mainFinding: Finding? { findings.min(by: Finding.weighsMore) }

    /// One sentence that says why the secret got its verdict.
    public var reason: String { mainFinding?.message ?? "No rule found a blocker." }
}
