/// Whether a key can move from the default KMS instance to a dedicated KMS instance.
///
/// The order of the cases is the order of seriousness: the worst verdict among a key's findings wins,
/// except that an exemption (`notRequired`) takes the key out of scope.
public enum Verdict: String, CaseIterable, Comparable, Sendable {
    /// Out of scope: a service key, or a key already in a dedicated instance.
    case notRequired = "not-required"
    /// Can be migrated as it is.
    case eligible
    /// Can be migrated once a named remediation is done (e.g. automatic rotation disabled).
    case eligibleAfterRemediation = "eligible-after-remediation"
    /// A person must decide: missing data, unknown language, a public caller, no observed use, a key state.
    case needsReview = "needs-review"
    /// Cannot be migrated.
    case blocked

    private var rank: Int {
        switch self {
        case .notRequired: return 0
        case .eligible: return 1
        case .eligibleAfterRemediation: return 2
        case .needsReview: return 3
        case .blocked: return 4
        }
    }

    public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rank < rhs.rank }

    /// Verdicts from the worst down, the order used in summaries.
    public static let worstFirst: [Verdict] = [.blocked, .needsReview, .eligibleAfterRemediation, .eligible, .notRequired]
}

/// How serious a finding is, independent of the verdict it imposes (used to rank and, later, for SARIF levels).
public enum Severity: String, CaseIterable, Comparable, Sendable {
    case info, low, medium, high

    private var rank: Int { Severity.allCases.firstIndex(of: self)! }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

extension Verdict {
    /// The verdict of a key or secret from its findings, and the findings that stand: an exemption
    /// (`not-required`) takes it out of scope and only the exemptions stand; otherwise the worst
    /// verdict among the findings wins, and no finding means eligible.
    static func judge(_ findings: [Finding]) -> (verdict: Verdict, findings: [Finding]) {
        let exemptions = findings.filter { $0.verdict == .notRequired }
        if !exemptions.isEmpty { return (.notRequired, exemptions) }
        return (findings.map(\.verdict).max() ?? .eligible, findings)
    }
}
