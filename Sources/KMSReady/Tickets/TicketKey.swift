/// A key as a ticket names it.
public struct TicketKey: Sendable {
    public let keyId: String
    public let alias: String?
    public let description: String?
    public let verdict: Verdict
    /// Who uses the key, which decides what the migration changes.
    public let scenario: MigrationScenario
    /// Remediations that must be done before the migration, as checklist items.
    public let checklist: [String]
    /// For requirements tickets: what support must look at (the findings that hold the key back).
    public let requirements: [String]
    /// The applications that call the key.
    public let applications: [ApplicationCaller]
    /// The cloud services that use the key for server-side encryption.
    public let cloudServices: [String]
    /// Why usage was not evaluated, when the scenario is unknown.
    public let usageNotEvaluatedReason: String?

    /// The scenario as a ticket line, with the reason when it is unknown.
    public var scenarioText: String {
        guard scenario == .unknown, let usageNotEvaluatedReason else { return scenario.text }
        return scenario.text + ": " + usageNotEvaluatedReason
    }
}

extension TicketKey {
    /// The ticket's view of a checked key.
    init(_ report: KeyReport, requirementRules: Set<String>) {
        keyId = report.key.id
        alias = report.key.firstAlias
        description = report.key.metadata?.description.flatMap { $0.isEmpty ? nil : $0 }
        verdict = report.verdict
        usageNotEvaluatedReason = report.usageNotEvaluatedReason
        checklist = report.findings.filter { $0.verdict == .eligibleAfterRemediation }.map(\.checklist)
        requirements = report.findings.filter { requirementRules.contains($0.ruleId) }.map(\.message)
        var callers: [ApplicationCaller.Identity: ApplicationCaller] = [:]
        var services = Set<String>()
        for (group, stats) in report.usage?.groups ?? [:] {
            switch group.callerKind {
            case .application:
                let identity = ApplicationCaller.Identity(principal: group.principal, language: group.language)
                let caller = ApplicationCaller(identity: identity, calls: stats.calls, networks: [group.network.rawValue],
                                               migrationSdkVersions: stats.migrationSdkVersions.sorted())
                callers[identity] = callers[identity].map { $0.merged(with: caller) } ?? caller
            case .cloudService:
                services.insert(group.principal)
            default:
                break
            }
        }
        applications = callers.values.sorted { $0.identity < $1.identity }
        cloudServices = services.sorted()
        switch (report.usage, services.isEmpty, callers.isEmpty) {
        case (nil, _, _): scenario = .unknown
        case (_, false, true): scenario = .cloudServices
        case (_, true, false): scenario = .applications
        case (_, false, false): scenario = .cloudServicesAndApplications
        case (_, true, true): scenario = .noServiceOrApplicationCalls
        }
    }
}
