/// Which keys a report shows (`--filter`): every given criterion must hold; within one criterion any of
/// its values may match. A key is kept or dropped whole, with all its findings.
public struct ReportFilter: Sendable {
    /// Verdicts to keep.
    public var verdicts: Set<Verdict> = []
    /// Rule ids (globs): keep keys with a finding of one of them.
    public var rules: [String] = []
    public var regions: Set<String> = []
    /// `(tag key, tag value)`: keep keys with one of these tags.
    public var tags: [(key: String, value: String)] = []

    public init() {}

    /// Adds one `--filter` criterion: `verdict=V[,V…]`, `rule=ID[,ID…]` (globs), `region=R[,R…]` or `tag=KEY=VALUE[,…]`.
    /// Returns an error message for anything else.
    public mutating func add(_ text: String) -> String? {
        guard let equals = text.firstIndex(of: "=") else { return "--filter takes verdict=…, rule=…, region=… or tag=KEY=VALUE, not '\(text)'" }
        let values = text[text.index(after: equals)...].split(separator: ",").map(String.init)
        if values.isEmpty { return "--filter \(text[..<equals]) needs a value" }
        switch text[..<equals] {
        case "verdict":
            for value in values {
                guard let verdict = Verdict(rawValue: value) else { return "--filter verdict: unknown verdict '\(value)'" }
                verdicts.insert(verdict)
            }
        case "rule": rules += values
        case "region": regions.formUnion(values)
        case "tag":
            for value in values {
                guard let split = value.firstIndex(of: "=") else { return "--filter tag takes KEY=VALUE, not '\(value)'" }
                tags.append((String(value[..<split]), String(value[value.index(after: split)...])))
            }
        default:
            return "--filter takes verdict=…, rule=…, region=… or tag=KEY=VALUE, not '\(text)'"
        }
        return nil
    }

    /// Whether `key` passes the filter.
    public func keeps(_ key: KeyReport) -> Bool {
        (verdicts.isEmpty || verdicts.contains(key.verdict))
            && (rules.isEmpty || key.findings.contains { finding in rules.contains { Glob.matches($0, finding.ruleId) } })
            && (regions.isEmpty || regions.contains(key.key.region ?? ""))
            && (tags.isEmpty || tags.contains { key.key.tags[$0.key] == $0.value })
    }
}

extension Report {
    /// The report of the keys `filter` keeps.
    public func filtered(by filter: ReportFilter) -> Report {
        var report = self
        report.keys = keys.filter(filter.keeps)
        return report
    }
}
