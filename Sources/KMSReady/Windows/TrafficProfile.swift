/// How busy each hour of the week is on average: an hour-of-week histogram divided by how often each
/// hour of the week occurred in the period the traces cover.
///
/// Hours of the week the period never covered have no rate: nothing is known about them, so no
/// migration window is placed on them.
public struct TrafficProfile: Equatable, Sendable {
    /// Calls per hour of the week in UTC (168 buckets, Monday 00:00 first).
    public let histogram: [Int]
    /// The period the traces cover.
    public let period: EvidencePeriod
    /// How many times each hour of the week occurred in `period`.
    public let occurrences: [Int]

    /// The profile of `histogram` over `period`.
    public init(histogram: [Int], period: EvidencePeriod) {
        precondition(histogram.count == 168, "an hour-of-week histogram has 168 buckets")
        self.histogram = histogram
        self.period = period
        let hours = period.coveredHours
        let firstBucket = Timestamp.hourOfWeek(period.first)
        var occurrences = [Int](repeating: hours / 168, count: 168)
        for step in 0..<(hours % 168) { occurrences[(firstBucket + step) % 168] += 1 }
        self.occurrences = occurrences
    }

    /// All calls in the histogram.
    public var calls: Int { histogram.reduce(0, +) }

    /// Average calls in hour of the week `bucket`; `nil` when the period never covered it.
    public func rate(_ bucket: Int) -> Double? {
        occurrences[bucket] == 0 ? nil : Double(histogram[bucket]) / Double(occurrences[bucket])
    }

    /// Average calls in the `hours` hours from `start` (a whole UTC hour); `nil` when one of them was
    /// never covered.
    func expectedCalls(from start: Int64, hours: Int) -> Double? {
        var sum = 0.0
        for step in 0..<hours {
            guard let rate = rate(Timestamp.hourOfWeek(start + Int64(step) * 3600)) else { return nil }
            sum += rate
        }
        return sum
    }

    /// Like `expectedCalls`, with hours never covered counted as quiet: for tie-breaking only.
    func knownCalls(from start: Int64, hours: Int) -> Double {
        (0..<hours).reduce(0.0) { $0 + (rate(Timestamp.hourOfWeek(start + Int64($1) * 3600)) ?? 0) }
    }

    /// The busiest covered hour of the week (the earliest of equals) and its average calls.
    var peak: (bucket: Int, calls: Double) {
        var best = (bucket: 0, calls: -1.0)
        for bucket in 0..<168 {
            if let rate = rate(bucket), rate > best.calls { best = (bucket, rate) }
        }
        return best
    }

    /// The quietest covered hour's average calls.
    var trough: Double { (0..<168).compactMap(rate).min() ?? 0 }
}

/// The period traces cover: from the first to the last traced call.
public struct EvidencePeriod: Equatable, Sendable {
    /// The first call (seconds since 1970, UTC).
    public let first: Int64
    /// The last call.
    public let last: Int64

    public init(first: Int64, last: Int64) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    /// UTC hours covered, counting a started hour as one.
    public var coveredHours: Int { Int((last.flooredToHour - first.flooredToHour) / 3600) + 1 }
}

extension Int64 {
    /// The start of the UTC hour that holds this instant.
    var flooredToHour: Int64 { self >= 0 ? self / 3600 * 3600 : (self - 3599) / 3600 * 3600 }
}
