/// What every event with the same caller fields has in common — whether it is a KMS call, and if so its
/// region, the group its calls are counted in and how the call was classified. `ScannedEventFold` works
/// it out once per distinct combination of those fields.
struct CallerClass: Sendable {
    /// What the fast path does with an event of the class.
    enum Kind: Sendable {
        /// A KMS call: fold it.
        case kms
        /// Another service's event: count it.
        case otherService
        /// Malformed (e.g. no `eventName`): the reference path words the reason.
        case deferred
    }

    var kind: Kind
    var region: String?
    var group: UsageGroup?
    /// The statistics of no calls of the class: the lists its calls fill, made once and shared.
    var emptyStats: UsageStats?
    /// Whether the class's calls come from public (or declared cloud) addresses, which its cells keep a
    /// few of: the address is not part of the class, so it is read per call.
    var recordsAddress = false
    /// What a call of the class counts as for coverage: its scope, operation and `eventRW`.
    var coverage: (scope: CoverageScope, operation: String, eventRW: String?)?

    /// The class of events with `fields` (whose id, time, error and keys are ignored).
    init(of fields: EventFields, classifier: inout CallClassifier) {
        switch EventFieldsDecoder.caller(of: fields) {
        case .malformed:
            kind = .deferred
        case .otherService:
            kind = .otherService
        case .kms(let caller):
            let event = TraceEvent(eventId: nil, eventName: caller.operation, eventTime: 0, eventType: fields.eventType,
                                   eventSource: fields.eventSource, region: caller.region, sourceIpAddress: fields.sourceIpAddress,
                                   userAgent: fields.userAgent, vpcId: fields.vpcId, errorCode: nil, identityType: caller.identityType,
                                   principal: caller.principal, keys: [])
            let result = classifier.classify(event)
            kind = .kms
            region = caller.region
            emptyStats = UsageStats(classifiedAs: result)
            emptyStats?.addresses = []
            recordsAddress = result.address != nil
            group = UsageGroup(event: event, classification: result)
            coverage = (CoverageScope(account: caller.account, region: caller.region), caller.operation, caller.eventRW)
        }
    }
}
