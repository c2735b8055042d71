/// Classifies a KMS call: caller kind, SDK language and network origin, with the signal that decided.
///
/// The patterns are data (`rules/classifiers/*.json`, embedded in the binary); results are memoised by
/// the distinct field values, so the regular expressions run once per distinct caller and User-Agent.
public struct CallClassifier: Sendable {
    /// The result for one call.
    public struct Classification: Equatable, Sendable {
        public var callerKind: CallerKind
        /// The field and value that decided the caller kind, e.g. `eventType: AliyunServiceEvent`.
        public var callerSignal: String
        /// `java`, `go`, `python`, `nodejs`, `php`, `dotnet`, `cpp`, ... or `unknown`.
        public var language: String
        public var languageVersion: String?
        /// The migration SDK version when the User-Agent shows it already in use.
        public var migrationSdkVersion: String?
        public var network: NetworkOrigin
        /// The public address, for `public` and `cloud-cidr` origins.
        public var address: String?
    }

    private let rules: ClassifierRules
    private let network: NetworkClassifier
    /// The event fields the caller kind depends on.
    private struct CallerFields: Hashable {
        var eventType: String?, identityType: String?, principal: String, sourceIpAddress: String?, userAgent: String?
    }

    private var kindCache: [CallerFields: (CallerKind, String)] = [:]
    /// The caches stop growing past this many entries (inputs of endless distinct values).
    private static let cacheLimit = 1 << 16
    private var agentCache: [String: (String, String?, String?)] = [:]

    /// A classifier with the given rules and declared cloud address ranges.
    public init(rules: ClassifierRules, network: NetworkClassifier) {
        self.rules = rules
        self.network = network
    }

    /// Classifies one event.
    public mutating func classify(_ event: TraceEvent) -> Classification {
        let (kind, signal) = callerKind(event)
        let (language, version, migrationSdk) = agent(event.userAgent)
        let (origin, address) = network.classify(vpcId: event.vpcId, eventSource: event.eventSource, sourceIpAddress: event.sourceIpAddress)
        return Classification(callerKind: kind, callerSignal: signal, language: language, languageVersion: version,
                              migrationSdkVersion: migrationSdk, network: origin, address: address)
    }

    private mutating func callerKind(_ event: TraceEvent) -> (CallerKind, String) {
        let fields = CallerFields(eventType: event.eventType, identityType: event.identityType, principal: event.principal,
                                  sourceIpAddress: event.sourceIpAddress, userAgent: event.userAgent)
        if let cached = kindCache[fields] { return cached }
        var result = (CallerKind.application, "no cloud-service, console or tool signal")
        search: for rule in rules.callerKinds {
            let value: String?
            switch rule.field {
            case .eventType: value = fields.eventType
            case .identityType: value = fields.identityType
            case .principal: value = fields.principal
            case .sourceIpAddress: value = fields.sourceIpAddress
            case .userAgent: value = fields.userAgent
            }
            if let value, value.contains(rule.pattern) {
                result = (rule.kind, "\(rule.field.rawValue): \(value)")
                break search
            }
        }
        if kindCache.count < Self.cacheLimit { kindCache[fields] = result }
        return result
    }

    private mutating func agent(_ userAgent: String?) -> (String, String?, String?) {
        guard let userAgent else { return ("unknown", nil, nil) }
        if let cached = agentCache[userAgent] { return cached }
        var result: (String, String?, String?) = ("unknown", nil, nil)
        for rule in rules.languages {
            if let match = userAgent.firstMatch(of: rule.pattern) {
                result.0 = rule.language
                result.1 = match.output.count > 1 ? match.output[1].substring.map(String.init) : nil
                break
            }
        }
        if let match = userAgent.firstMatch(of: rules.migrationSdk) {
            result.2 = match.output.count > 1 ? match.output[1].substring.map(String.init) : ""
        }
        if agentCache.count < Self.cacheLimit { agentCache[userAgent] = result }
        return result
    }
}
