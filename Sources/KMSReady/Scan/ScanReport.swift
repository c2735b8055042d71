/// What `kmsready scan` reports: every observation of the code with the findings the scan rules of one
/// edition give it, and the verdict of the whole — the worst finding of main code (tests and examples are
/// reported, and kept out of the verdict unless asked for).
public struct ScanReport: Sendable {
    /// One observation and what the rules found in it.
    public struct Result: Sendable {
        public let observation: CodeObservation
        /// Findings, weightiest first.
        public let findings: [Finding]
        /// Whether the result counts for the verdict (main code, or any code with `includeTests`).
        public let counts: Bool

        /// The worst finding's verdict; `eligible` when no rule fired.
        public var verdict: Verdict { findings.first?.verdict ?? .eligible }
    }

    public let edition: Edition
    /// The scan rules of the edition, for SARIF's rule list.
    public let rules: [Rule]
    public let results: [Result]
    public let files: Int
    public let bytes: Int
    public let skipped: [String: Int]

    /// Judges `scan` with the `code` rules of `edition`.
    public init(scan: SourceScan, rules allRules: RuleSet, edition: Edition, includeTests: Bool = false) {
        let rules = allRules.applying(edition)
        self.edition = edition
        self.rules = rules.rules.filter { $0.subject == .code }
        results = scan.observations.map { observation in
            let findings = rules.evaluate(observation.facts, subject: .code).findings.sorted(by: Finding.weighsMore)
            return Result(observation: observation, findings: findings, counts: includeTests || observation.reachability == .main)
        }
        files = scan.files
        bytes = scan.bytes
        skipped = scan.skipped
    }

    /// The verdict of the code: the worst verdict of the results that count.
    public var verdict: Verdict {
        results.filter(\.counts).map(\.verdict).filter { $0 != .notRequired }.max() ?? .eligible
    }

    /// Whether a result that counts reaches `threshold` (`--fail-on`).
    public func fails(at threshold: Verdict) -> Bool {
        results.contains { $0.counts && $0.findings.contains { $0.verdict != .notRequired && $0.verdict >= threshold } }
    }

    /// Results with findings, worst first, then by place.
    public var judged: [Result] {
        results.filter { !$0.findings.isEmpty }.sorted { a, b in
            if a.counts != b.counts { return a.counts }
            if a.verdict != b.verdict { return a.verdict > b.verdict }
            return a.observation < b.observation
        }
    }

    /// How many observations of each kind, in the order of `CodeObservation.Kind`.
    public var countsByKind: [(CodeObservation.Kind, Int)] {
        CodeObservation.Kind.allCases.map { kind in (kind, results.filter { $0.observation.kind == kind }.count) }
    }
}
