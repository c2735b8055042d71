/// What every event with the same caller fields has in common — whether it is a KMS call, and if so its
/// region, the group its calls are counted in and how the call was classified. `ScannedEventFold` works
/// it out once per distinct combination of those fields.
///
/// A class, not a structure, and never changed once made: the workers of a parallel fold hand classes to
/// each other (`SharedLearning`) and to the merge, and handing one over counts one reference, where a
/// structure's copy counted each of its dozen strings and lists — on cache lines the other core wrote
/// last (a worker of two spent 7.6 ms on its first sights of classes with copies, 5.6 ms without).
final class CallerClass: Sendable {
    /// What the fast path does with an event of the class.
    enum Kind: Sendable {
        /// A KMS call: fold it.
        case kms
        /// Another service's event: count it.
        case otherService
        /// Malformed (e.g. no `eventName`): the reference path words the reason.
        case deferred
    }

    let kind: Kind
    let region: String?
    let group: UsageGroup?
    /// The statistics of no calls of the class: the lists its calls fill, made once and shared.
    let emptyStats: UsageStats?
    /// Whether the class's calls come from public (or declared cloud) addresses, which its cells keep a
    /// few of: the address is not part of the class, so it is read per call.
    let recordsAddress: Bool
    /// What a call of the class counts as for coverage: its scope, operation and `eventRW`.
    let coverage: (scope: CoverageScope, operation: String, eventRW: String?)?

    /// The class of events with `fields` (whose id, time, error and keys are ignored).
    convenience init(of fields: EventFields, classifier: inout CallClassifier) {
        switch EventFieldsDecoder.caller(of: fields) {
        case .malformed:
            self.init(kind: .deferred)
        case .otherService:
            self.init(kind: .otherService)
        case .kms(let caller):
            let event = TraceEvent(eventId: nil, eventName: caller.operation, eventTime: 0, eventType: fields.eventType,
                                   eventSource: fields.eventSource, region: caller.region, sourceIpAddress: fields.sourceIpAddress,
                                   userAgent: fields.userAgent, vpcId: fields.vpcId, errorCode: nil, identityType: caller.identityType,
                                   principal: caller.principal, keys: [], account: caller.account, callingAccount: caller.callingAccount)
            let result = classifier.classify(event)
            var emptyStats = UsageStats(classifiedAs: result)
            emptyStats.addresses = []
            self.init(kind: .kms, region: caller.region, group: UsageGroup(event: event, classification: result), emptyStats: emptyStats,
                      recordsAddress: result.address != nil,
                      coverage: (CoverageScope(account: caller.account, region: caller.region), caller.operation, caller.eventRW))
        }
    }

    private init(kind: Kind, region: String? = nil, group: UsageGroup? = nil, emptyStats: UsageStats? = nil, recordsAddress: Bool = false,
                 coverage: (scope: CoverageScope, operation: String, eventRW: String?)? = nil) {
        self.kind = kind
        self.region = region
        self.group = group
        self.emptyStats = emptyStats
        self.recordsAddress = recordsAddress
        self.coverage = coverage
    }
}
