/// Everything the traces say about how keys are used, folded per key reference.
///
/// A summary is a value that merges: `merge` is associative and commutative, and every bounded list
/// keeps the smallest elements of a total order, so shards folded in any order, on any number of
/// threads or machines, merge into the same summary.
public struct UsageSummary: Equatable, Sendable {
    /// Usage per key reference.
    public var keys: [KeyReference: KeyUsage] = [:]
    /// What was read and what could not be used.
    public var counters = TraceCounters()
    /// The files read, in order: a summary that read any of them cannot be merged with this one.
    public var inputs: [TraceInput] = []
    /// What the traces could have shown, per account and region.
    public var coverage = TraceCoverage()
    /// The first malformed records by file and line (at most `malformedSampleLimit`); all are counted.
    public var malformedSamples: [MalformedRecord] = []

    /// How many malformed records are listed by place.
    public static let malformedSampleLimit = 20

    /// An empty summary.
    public init() {}

    /// Adds `other` into this summary.
    public mutating func merge(_ other: UsageSummary) {
        for (reference, usage) in other.keys {
            keys[reference, default: KeyUsage()].merge(usage)
        }
        counters.merge(other.counters)
        inputs = (inputs + other.inputs).sorted()
        coverage.merge(other.coverage)
        malformedSamples = mergeSmallest(malformedSamples, other.malformedSamples, limit: Self.malformedSampleLimit)
    }

    /// Records a malformed record.
    public mutating func addMalformed(_ record: MalformedRecord) {
        counters.malformedRecords += 1
        malformedSamples = mergeSmallest(malformedSamples, [record], limit: Self.malformedSampleLimit)
    }
}

/// Counts of what the trace readers saw.
public struct TraceCounters: Equatable, Sendable {
    /// Trace files read.
    public var files = 0
    /// KMS events folded into a key's usage.
    public var kmsEvents = 0
    /// Well-formed events of other services, skipped.
    public var otherServiceEvents = 0
    /// Records that were not usable events (bad JSON, missing fields), each counted with its place.
    public var malformedRecords = 0
    /// KMS events that name no key (e.g. ListKeys, CreateKey, or a failed call without one).
    public var eventsWithoutKey = 0

    public init() {}

    mutating func merge(_ other: TraceCounters) {
        files += other.files
        kmsEvents += other.kmsEvents
        otherServiceEvents += other.otherServiceEvents
        malformedRecords += other.malformedRecords
        eventsWithoutKey += other.eventsWithoutKey
    }
}

/// A record that could not be used, with its place.
public struct MalformedRecord: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public static func < (lhs: MalformedRecord, rhs: MalformedRecord) -> Bool {
        (lhs.file, lhs.line, lhs.reason) < (rhs.file, rhs.line, rhs.reason)
    }

    public var description: String { DisplayText.escaped("\(file): line \(line): \(reason)") }
}

/// How one key was used: calls grouped by who, what, in which language and from where, plus when.
public struct KeyUsage: Equatable, Sendable {
    /// Statistics per group of calls.
    public var groups: [UsageGroup: UsageStats] = [:]
    /// Calls per hour of the week in UTC (168 buckets, Monday 00:00 first).
    public var hourOfWeek: [Int]

    public init() { hourOfWeek = [Int](repeating: 0, count: 168) }

    /// No groups yet, with room for `groupCapacity` of them, and the given hours.
    init(groupCapacity: Int, hourOfWeek: [Int]) {
        // Made with its room: reserving room in the empty dictionary resizes it through a generic
        // path that looks its type up again (4.2 M instructions more per 64 MB of fleet traffic).
        groups = Dictionary(minimumCapacity: groupCapacity)
        self.hourOfWeek = hourOfWeek
    }

    /// Adds `other` into this usage.
    public mutating func merge(_ other: KeyUsage) {
        for (group, stats) in other.groups { add(stats, of: group) }
        for hour in 0..<168 { hourOfWeek[hour] += other.hourOfWeek[hour] }
    }

    /// Adds the statistics of calls of `group` (not their hours).
    mutating func add(_ stats: consuming UsageStats, of group: UsageGroup) {
        if let existing = groups.updateValue(stats, forKey: group) {
            groups[group] = existing.merged(with: groups[group]!)
        }
    }

    /// Adds one call of `group`.
    mutating func add(_ event: TraceEvent, group: UsageGroup, classification: CallClassifier.Classification, hourOfWeek hour: Int) {
        groups[group, default: UsageStats()].add(event, classification)
        hourOfWeek[hour] += 1
    }

    /// All calls.
    public var calls: Int { groups.values.reduce(0) { $0 + $1.calls } }
    /// The time of the key's earliest call, `nil` when no group was folded.
    public var firstSeen: Int64? { groups.values.map(\.firstSeen).min() }
    /// The time of the key's latest call, `nil` when no group was folded.
    public var lastSeen: Int64? { groups.values.map(\.lastSeen).max() }
    /// The principals that called, sorted and distinct.
    public var principals: [String] { distinct(groups.keys.map(\.principal)) }
}

/// The identity of a group of calls: one principal's calls of one operation, in one language, from one network origin.
public struct UsageGroup: Hashable, Comparable, Sendable {
    public let principal: String
    public let callerKind: CallerKind
    public let operation: String
    public let language: String
    public let network: NetworkOrigin
    /// The hash of the principal and the operation, worked out once: they tell nearly all groups of
    /// one key apart, and building a summary hashes every group into its key's dictionary, while the
    /// groups themselves come from a few thousand caller classes.
    private let hashCode: Int

    public init(principal: String, callerKind: CallerKind, operation: String, language: String, network: NetworkOrigin) {
        self.principal = principal
        self.callerKind = callerKind
        self.operation = operation
        self.language = language
        self.network = network
        var hasher = Hasher()
        hasher.combine(principal)
        hasher.combine(operation)
        hashCode = hasher.finalize()
    }

    /// The group of `event`, classified as `classification`.
    init(event: TraceEvent, classification: CallClassifier.Classification) {
        self.init(principal: event.groupPrincipal, callerKind: classification.callerKind, operation: event.eventName,
                  language: classification.language, network: classification.network)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(hashCode)
    }

    public static func == (lhs: UsageGroup, rhs: UsageGroup) -> Bool {
        lhs.hashCode == rhs.hashCode && lhs.principal == rhs.principal && lhs.callerKind == rhs.callerKind
            && lhs.operation == rhs.operation && lhs.language == rhs.language && lhs.network == rhs.network
    }

    public static func < (lhs: UsageGroup, rhs: UsageGroup) -> Bool {
        (lhs.principal, lhs.callerKind.rawValue, lhs.operation, lhs.language, lhs.network.rawValue)
            < (rhs.principal, rhs.callerKind.rawValue, rhs.operation, rhs.language, rhs.network.rawValue)
    }
}

/// Statistics of a group of calls; bounded lists keep their smallest elements.
public struct UsageStats: Equatable, Sendable {
    public var calls = 0
    public var failedCalls = 0
    public var firstSeen = Int64.max
    public var lastSeen = Int64.min
    /// The earliest events of the group (time, id): a few ids a reviewer can look up in ActionTrail.
    public var sampleEvents: [EventSample] = []
    public var languageVersions: [String] = []
    public var migrationSdkVersions: [String] = []
    /// The signals that classified the caller kind.
    public var callerSignals: [String] = []
    /// Public source addresses (only for public and declared-cloud origins).
    public var addresses: [String] = []

    static let sampleEventLimit = 3
    static let valueLimit = 5

    public init() {}

    /// Adds one call.
    mutating func add(_ event: TraceEvent, _ classification: CallClassifier.Classification) {
        calls += 1
        if event.errorCode != nil { failedCalls += 1 }
        firstSeen = min(firstSeen, event.eventTime)
        lastSeen = max(lastSeen, event.eventTime)
        if let id = event.eventId { insertBounded(&sampleEvents, EventSample(time: event.eventTime, id: id), limit: Self.sampleEventLimit) }
        if let version = classification.languageVersion { insertBounded(&languageVersions, version, limit: Self.valueLimit) }
        if let version = classification.migrationSdkVersion { insertBounded(&migrationSdkVersions, version, limit: Self.valueLimit) }
        insertBounded(&callerSignals, classification.callerSignal, limit: Self.valueLimit)
        if let address = classification.address { insertBounded(&addresses, address, limit: Self.valueLimit) }
    }

    /// No calls yet, but the lists that calls classified as `classification` would fill.
    init(classifiedAs classification: CallClassifier.Classification) {
        languageVersions = classification.languageVersion.map { [$0] } ?? []
        migrationSdkVersions = classification.migrationSdkVersion.map { [$0] } ?? []
        callerSignals = [classification.callerSignal]
        addresses = classification.address.map { [$0] } ?? []
    }

    /// The statistics of both groups together.
    public func merged(with other: UsageStats) -> UsageStats {
        var result = UsageStats()
        result.calls = calls + other.calls
        result.failedCalls = failedCalls + other.failedCalls
        result.firstSeen = min(firstSeen, other.firstSeen)
        result.lastSeen = max(lastSeen, other.lastSeen)
        result.sampleEvents = mergeSmallest(sampleEvents, other.sampleEvents, limit: Self.sampleEventLimit)
        result.languageVersions = mergeSmallest(languageVersions, other.languageVersions, limit: Self.valueLimit)
        result.migrationSdkVersions = mergeSmallest(migrationSdkVersions, other.migrationSdkVersions, limit: Self.valueLimit)
        result.callerSignals = mergeSmallest(callerSignals, other.callerSignals, limit: Self.valueLimit)
        result.addresses = mergeSmallest(addresses, other.addresses, limit: Self.valueLimit)
        return result
    }
}

/// The `limit` smallest distinct elements of two sorted, distinct lists, sorted.
func mergeSmallest<T: Comparable>(_ a: [T], _ b: [T], limit: Int) -> [T] {
    if b.isEmpty || a == b { return a.count <= limit ? a : Array(a.prefix(limit)) }
    if a.isEmpty { return b.count <= limit ? b : Array(b.prefix(limit)) }
    var result: [T] = []
    result.reserveCapacity(min(limit, a.count + b.count))
    var i = 0, j = 0
    while result.count < limit && (i < a.count || j < b.count) {
        let next: T
        if j >= b.count || (i < a.count && a[i] <= b[j]) {
            next = a[i]
            if j < b.count && b[j] == a[i] { j += 1 }
            i += 1
        } else {
            next = b[j]
            j += 1
        }
        if result.last != next { result.append(next) }
    }
    return result
}

/// Inserts `element` into a sorted, distinct list that keeps its `limit` smallest elements.
func insertBounded<T: Comparable>(_ list: inout [T], _ element: T, limit: Int) {
    if list.count >= limit, let last = list.last, element >= last { return }
    var low = 0, high = list.count
    while low < high {
        let mid = (low + high) / 2
        if list[mid] < element { low = mid + 1 } else { high = mid }
    }
    if low < list.count && list[low] == element { return }
    list.insert(element, at: low)
    if list.count > limit { list.removeLast() }
}
