/// One rule that fired for a key: what it means, why (evidence), and what to do.
public struct Finding: Equatable, Sendable {
    public let ruleId: String
    public let title: String
    public let severity: Severity
    public let verdict: Verdict
    public let message: String
    /// The facts the rule read and the calls it matched — never a bare label.
    public let evidence: JSONValue
    public let remediation: String
    /// The remediation as a checklist item for tickets and plans.
    public let checklist: String
    /// The waiver that accepts this finding, if any: it stays in every report but does not count for `--fail-on`.
    public internal(set) var waiver: AppliedWaiver? = nil

    /// Orders findings by how much they weigh on the verdict: verdict, then severity, then rule id.
    public static func weighsMore(_ a: Finding, _ b: Finding) -> Bool {
        if a.verdict != b.verdict { return a.verdict > b.verdict }
        if a.severity != b.severity { return a.severity > b.severity }
        return a.ruleId < b.ruleId
    }
}

extension Rule {
    /// How many call groups a finding lists as evidence; the rest are counted.
    static let evidenceCallLimit = 25

    /// The finding of this rule for `facts`, or `nil` when the rule does not fire.
    func finding(for facts: Facts) -> Finding? {
        let outcome = condition.evaluate(facts)
        guard outcome.holds else { return nil }
        let matched = outcome.matchedCalls.sorted().compactMap { facts.calls?[$0] }
        return Finding(ruleId: id, title: title, severity: severity, verdict: verdict,
                       message: message.render(facts: facts, matched: matched),
                       evidence: evidence(facts: facts, matched: matched),
                       remediation: remediation.render(facts: facts, matched: matched),
                       checklist: (checklist ?? remediation).render(facts: facts, matched: matched))
    }

    private func evidence(facts: Facts, matched: [CallRecord]) -> JSONValue {
        var evidence = JSONObject()
        // Code facts exist only with `check --source`: absent, they are left out rather than shown null.
        let factNames = condition.referencedFacts.sorted().filter { !$0.hasPrefix("code.") || facts.values[$0] != nil }
        if !factNames.isEmpty {
            evidence.append("facts", .object(JSONObject(factNames.map { ($0, facts.values[$0]?.json ?? .null) })))
        }
        // Evidence from code says what can run; it is never a traced call.
        if factNames.contains(where: { $0.hasPrefix("code.") && facts.values[$0] != nil }) { evidence.append("source", .string("code")) }
        if !matched.isEmpty {
            evidence.append("calls", .array(matched.prefix(Self.evidenceCallLimit).map(\.evidence)))
            if matched.count > Self.evidenceCallLimit { evidence.append("omittedCallGroups", .int(matched.count - Self.evidenceCallLimit)) }
        }
        return .object(evidence)
    }
}

extension CallRecord {
    /// The group as evidence: who, what, how often, when, and a few event ids to look up.
    var evidence: JSONValue {
        var object = JSONObject()
        object.append("principal", .string(group.principal))
        object.append("callerKind", .string(group.callerKind.rawValue))
        object.append("operation", .string(group.operation))
        object.append("language", .string(group.language))
        if !stats.languageVersions.isEmpty { object.append("languageVersions", .strings(stats.languageVersions)) }
        if !stats.migrationSdkVersions.isEmpty { object.append("migrationSdkVersions", .strings(stats.migrationSdkVersions)) }
        object.append("network", .string(group.network.rawValue))
        if !stats.addresses.isEmpty { object.append("addresses", .strings(stats.addresses)) }
        object.append("calls", .int(stats.calls))
        object.append("failedCalls", .int(stats.failedCalls))
        if stats.firstSeen != .max { object.append("firstSeen", .string(Timestamp.format(stats.firstSeen))) }
        if stats.lastSeen != .min { object.append("lastSeen", .string(Timestamp.format(stats.lastSeen))) }
        if !stats.sampleEvents.isEmpty { object.append("eventIds", .strings(stats.sampleEvents.map(\.id))) }
        object.append("callerSignals", .strings(stats.callerSignals))
        return .object(object)
    }
}
