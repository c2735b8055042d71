/// The sums of a usage summary's counts, which must stay under 2^53: every count kmsready adds up — a
/// key's calls, an hour's calls over keys, the events of merged shards — is then a sum of parts of these
/// and cannot overflow, and every count can be written to and read from JSON exactly. 2^53 is 9.0 × 10^15;
/// a year of 100 million calls a second is 3.2 × 10^15. See <doc:HostileInput>.
public struct UsageTotals: Equatable, Sendable {
    /// The most any total (and so any count) may be.
    public static let limit = 1 << 53

    /// Each total by what it counts, in a fixed order.
    private var sums: [Int]

    /// What each total counts, as errors name it.
    private static let names = [
        "counters.files", "counters.kmsEvents", "counters.otherServiceEvents", "counters.eventsWithoutKey",
        "counters.malformedRecords", "the groups' calls", "the groups' failedCalls", "the keys' hourOfWeek calls",
        "the coverage's cryptographicCalls", "the coverage's managementCalls", "the coverage's readEvents",
    ]

    /// The totals of `summary`; a sum past the limit is held at `limit + 1`, so that none overflows.
    public init(_ summary: UsageSummary) {
        sums = Array(repeating: 0, count: Self.names.count)
        let counters = summary.counters
        for (slot, value) in [counters.files, counters.kmsEvents, counters.otherServiceEvents, counters.eventsWithoutKey,
                              counters.malformedRecords].enumerated() { add(value, slot) }
        for usage in summary.keys.values {
            for stats in usage.groups.values {
                add(stats.calls, 5)
                add(stats.failedCalls, 6)
            }
            for calls in usage.hourOfWeek { add(calls, 7) }
        }
        for counts in summary.coverage.scopes.values {
            add(counts.cryptographicCalls, 8)
            add(counts.managementCalls, 9)
            add(counts.readEvents, 10)
        }
    }

    /// What the first total over the limit counts; `nil` when none is.
    public var exceeded: String? {
        sums.firstIndex { $0 > Self.limit }.map { Self.names[$0] }
    }

    /// Adds `other`'s totals to these.
    public mutating func add(_ other: UsageTotals) {
        for slot in sums.indices { add(other.sums[slot], slot) }
    }

    private mutating func add(_ value: Int, _ slot: Int) {
        sums[slot] = min(sums[slot] + min(max(value, 0), Self.limit + 1), Self.limit + 1)
    }
}
