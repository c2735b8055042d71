/// Who uses a key, in the terms of the migration document.
public enum MigrationScenario: String, Sendable {
    /// Scenario 1: server-side encryption by Alibaba Cloud services only.
    case cloudServices = "cloud-services"
    /// Scenario 2: the user's own applications only.
    case applications
    /// Both scenarios.
    case cloudServicesAndApplications = "cloud-services-and-applications"
    /// Traced, but neither cloud services nor applications called it (consoles, tools only).
    case noServiceOrApplicationCalls = "no-service-or-application-calls"
    /// Usage was not evaluated: no traces, or traces that cannot show the key's region.
    case unknown

    /// A line for a ticket.
    public var text: String {
        switch self {
        case .cloudServices: return "server-side encryption by cloud services (scenario 1): no application change"
        case .applications: return "own applications (scenario 2): applications switch to an AAP and the migration SDK"
        case .cloudServicesAndApplications: return "cloud services (scenario 1) and own applications (scenario 2)"
        case .noServiceOrApplicationCalls: return "no cloud service or application calls in the traces (console or tools only)"
        case .unknown: return "unknown: usage rules were not evaluated"
        }
    }
}
