/// Classifies a KMS call: caller kind, SDK language and network origin, with the signal that decided.
///
/// The rules are data (`rules/classifiers/*.json`, embedded in the binary) and hold no regular
/// expression: the caller kind is a few byte comparisons of the event's type and identity, then what
/// the User-Agent says (`UserAgentTable`); readings of agents are remembered, since a fleet has few.
public struct CallClassifier: Sendable {
    /// The result for one call.
    public struct Classification: Equatable, Sendable {
        public var callerKind: CallerKind
        /// The field and value that decided the caller kind, e.g. `eventType: AliyunServiceEvent`.
        public var callerSignal: String
        /// `java`, `go`, `python`, `nodejs`, `php`, `dotnet` or `unknown`.
        public var language: String
        public var languageVersion: String?
        /// The migration SDK version when the User-Agent shows it already in use.
        public var migrationSdkVersion: String?
        public var network: NetworkOrigin
        /// The public address, for `public` and `cloud-cidr` origins.
        public var address: String?
    }

    private let rules: ClassifierRules
    /// How addresses are judged (the fast path judges them per call with it).
    let network: NetworkClassifier
    private var agentReadings: [String: UserAgentTable.Reading] = [:]
    /// Agents past this many are read again each time rather than remembered (inputs of endless distinct values).
    private static let agentReadingLimit = 1 << 12

    /// A classifier with the given rules and declared cloud address ranges.
    public init(rules: ClassifierRules, network: NetworkClassifier) {
        self.rules = rules
        self.network = network
    }

    /// Classifies one event.
    public mutating func classify(_ event: TraceEvent) -> Classification {
        let agent = reading(of: event.userAgent)
        let (kind, signal) = callerKind(event, agent: agent)
        let (origin, address) = network.classify(vpcId: event.vpcId, eventSource: event.eventSource, sourceIpAddress: event.sourceIpAddress)
        return Classification(callerKind: kind, callerSignal: signal, language: agent.language, languageVersion: agent.languageVersion,
                              migrationSdkVersion: agent.migrationSdkVersion, network: origin, address: address)
    }

    /// The first caller-kind rule that holds, else what the agent shows, else an application.
    private func callerKind(_ event: TraceEvent, agent: UserAgentTable.Reading) -> (CallerKind, String) {
        // An address never decides a kind; a host name in its place may.
        let sourceHost = event.sourceIpAddress.flatMap { IPAddress.looksLikeAddress($0) ? nil : $0 }
        for rule in rules.callerKinds {
            let value: String?
            switch rule.field {
            case .eventType: value = event.eventType
            case .identityType: value = event.identityType
            case .principal: value = event.principal
            case .sourceIpAddress: value = sourceHost
            }
            if let value, rule.test.holds(for: value) { return (rule.kind, "\(rule.field.rawValue): \(value)") }
        }
        if let kind = agent.callerKind, let signal = agent.signal { return (kind, "userAgent: \(signal)") }
        return (.application, "no cloud-service, console or tool signal")
    }

    private mutating func reading(of userAgent: String?) -> UserAgentTable.Reading {
        guard let userAgent else { return UserAgentTable.Reading() }
        if let known = agentReadings[userAgent] { return known }
        let reading = rules.userAgents.read(userAgent)
        if agentReadings.count < Self.agentReadingLimit { agentReadings[userAgent] = reading }
        return reading
    }
}
