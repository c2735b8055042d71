/// What the traces hold per account and region: whether they could have shown a key's use at all.
///
/// Every KMS event counts — with or without a key, of a key in the inventory or not — because coverage
/// is a property of the trail, not of a key. Like `UsageSummary`, it merges associatively and commutatively.
public struct TraceCoverage: Equatable, Sendable {
    /// Counts per scope; events that name no account have a scope without one.
    public var scopes: [CoverageScope: CoverageCounts] = [:]

    public init() {}

    /// Counts one KMS event.
    mutating func add(_ event: TraceEvent) {
        scopes[CoverageScope(account: event.account, region: event.region), default: CoverageCounts()]
            .add(CoverageCounts(event: event))
    }

    /// Adds `other` into this coverage.
    public mutating func merge(_ other: TraceCoverage) {
        for (scope, counts) in other.scopes { scopes[scope, default: CoverageCounts()].add(counts) }
    }
}

/// An account and a region, the unit a trail records and coverage is judged in.
public struct CoverageScope: Hashable, Comparable, Sendable {
    public var account: String?
    public var region: String?

    public init(account: String?, region: String?) {
        self.account = account
        self.region = region
    }

    public static func < (lhs: CoverageScope, rhs: CoverageScope) -> Bool {
        (lhs.account ?? "", lhs.region ?? "") < (rhs.account ?? "", rhs.region ?? "")
    }
}

/// What the traces hold for one scope: how many cryptographic and management calls, how many Read
/// events (a trail that records Write events only has none), and the traced period.
public struct CoverageCounts: Equatable, Sendable {
    public var cryptographicCalls = 0
    public var managementCalls = 0
    public var readEvents = 0
    /// The first and last event, seconds since 1970 (`Int64.max` / `.min` when there is none).
    public var firstSeen = Int64.max
    public var lastSeen = Int64.min

    public init() {}

    /// The counts of one event.
    init(event: TraceEvent) {
        self.init(operation: event.eventName, eventRW: event.eventRW, events: 1, firstSeen: event.eventTime, lastSeen: event.eventTime)
    }

    /// The counts of `events` events of `operation` with the same `eventRW`, seen from `firstSeen` to `lastSeen`.
    init(operation: String, eventRW: String?, events: Int, firstSeen: Int64, lastSeen: Int64) {
        let cryptographic = KMSOperation.cryptographic.contains(operation)
        let read = KMSOperation.isRead(operation, eventRW: eventRW)
        cryptographicCalls = cryptographic ? events : 0
        managementCalls = cryptographic ? 0 : events
        readEvents = read ? events : 0
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }

    /// Adds `other` into these counts.
    mutating func add(_ other: CoverageCounts) {
        cryptographicCalls += other.cryptographicCalls
        managementCalls += other.managementCalls
        readEvents += other.readEvents
        firstSeen = min(firstSeen, other.firstSeen)
        lastSeen = max(lastSeen, other.lastSeen)
    }

    /// All events counted.
    public var events: Int { cryptographicCalls + managementCalls }
}
