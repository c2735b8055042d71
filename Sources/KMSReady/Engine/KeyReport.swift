/// The verdict on one key, with the findings that produced it.
public struct KeyReport: Sendable {
    public let key: Key
    public let verdict: Verdict
    /// Findings sorted by rule id. For an exempt key, only the exemptions.
    public internal(set) var findings: [Finding]
    /// How the verdict compares with the baseline's, when a baseline was given.
    public internal(set) var change: KeyChange?
    /// The secrets this key encrypts (`EncryptionKeyId`), as `name@region`, sorted.
    public internal(set) var encryptedSecrets: [String] = []
    /// Usage rules not evaluated (empty when usage was evaluated).
    public let notEvaluated: [String]
    /// Why usage was not evaluated — no traces, or traces of the key's account and region that could
    /// not show use — with the fix; `nil` when it was.
    public let usageNotEvaluatedReason: String?
    /// The key's usage when traces were given (empty usage = traced, not used); `nil` without traces.
    public let usage: KeyUsage?

    /// Applies the verdict rules: an exemption takes the key out of scope; otherwise the worst verdict
    /// among the findings wins, and a key without findings is eligible.
    public init(key: Key, evaluation: RuleEvaluation, usage: KeyUsage?, usageNotEvaluatedReason: String? = nil) {
        self.key = key
        self.usage = usage
        self.usageNotEvaluatedReason = usage == nil ? usageNotEvaluatedReason ?? KeyReport.noTraces : nil
        self.notEvaluated = evaluation.notEvaluated
        (verdict, findings) = Verdict.judge(evaluation.findings)
    }

    /// The verdict that counts for `--fail-on`: the worst among the findings no waiver covers. A waiver
    /// accepts a finding for CI; it does not make the key migratable, so `verdict` stays as the rules say.
    public var failingVerdict: Verdict {
        if verdict == .notRequired { return .notRequired }
        return findings.filter { $0.waiver == nil }.map(\.verdict).max() ?? .eligible
    }

    /// The reason usage was not evaluated when no traces were given at all.
    public static let noTraces = "no traces were given"

    /// Whether usage rules were evaluated for this key.
    public var usageEvaluated: Bool { usage != nil }

    /// The finding that weighs most on the verdict.
    public var mainFinding: Finding? { findings.min(by: Finding.weighsMore) }

    /// One sentence that says why the key got its verdict.
    public var reason: String {
        if let mainFinding { return mainFinding.message }
        if let usageNotEvaluatedReason { return "No inventory rule found a blocker; usage rules were not evaluated: \(usageNotEvaluatedReason)." }
        return "No rule found a blocker."
    }
}
