/// The verdict on one key, with the findings that produced it.
public struct KeyReport: Sendable {
    public let key: Key
    public let verdict: Verdict
    /// Findings sorted by rule id. For an exempt key, only the exemptions.
    public internal(set) var findings: [Finding]
    /// How the verdict compares with the baseline's, when a baseline was given.
    public internal(set) var change: KeyChange?
    /// Usage rules not evaluated because no traces were given (empty when traces were given).
    public let notEvaluated: [String]
    /// The key's usage when traces were given (empty usage = traced, not used); `nil` without traces.
    public let usage: KeyUsage?

    /// Applies the verdict rules: an exemption takes the key out of scope; otherwise the worst verdict
    /// among the findings wins, and a key without findings is eligible.
    public init(key: Key, evaluation: RuleEvaluation, usage: KeyUsage?) {
        self.key = key
        self.usage = usage
        self.notEvaluated = evaluation.notEvaluated
        let exemptions = evaluation.findings.filter { $0.verdict == .notRequired }
        if !exemptions.isEmpty {
            verdict = .notRequired
            findings = exemptions
        } else {
            verdict = evaluation.findings.map(\.verdict).max() ?? .eligible
            findings = evaluation.findings
        }
    }

    /// The verdict that counts for `--fail-on`: the worst among the findings no waiver covers. A waiver
    /// accepts a finding for CI; it does not make the key migratable, so `verdict` stays as the rules say.
    public var failingVerdict: Verdict {
        if verdict == .notRequired { return .notRequired }
        return findings.filter { $0.waiver == nil }.map(\.verdict).max() ?? .eligible
    }

    /// Whether usage rules were evaluated for this key.
    public var usageEvaluated: Bool { usage != nil }

    /// The finding that weighs most on the verdict.
    public var mainFinding: Finding? { findings.min(by: Finding.weighsMore) }

    /// One sentence that says why the key got its verdict.
    public var reason: String {
        if let mainFinding { return mainFinding.message }
        if !usageEvaluated { return "No inventory rule found a blocker; usage rules were not evaluated because no traces were given." }
        return "No rule found a blocker."
    }
}
