/// Where to look for a migration window: `hours` long, starting on a whole UTC hour (the resolution of
/// the traffic histogram), inside the `withinDays` days that begin at local midnight of `from`.
public struct WindowSearch: Sendable {
    /// The first day of the search, in `timeZone`.
    public var from: CalendarDate
    /// How many days to search.
    public var withinDays: Int
    /// The window's length in hours.
    public var hours: Int
    /// The zone whose days bound the search and in which windows are shown.
    public var timeZone: LocalTimeZone

    public init(from: CalendarDate, withinDays: Int = 14, hours: Int = 2, timeZone: LocalTimeZone = .utc) {
        self.from = from
        self.withinDays = withinDays
        self.hours = hours
        self.timeZone = timeZone
    }

    /// The first instant of the search.
    public var begin: Int64 { timeZone.startOfDay(from) }
    /// The instant after the search.
    public var end: Int64 { timeZone.startOfDay(from.adding(days: withinDays)) }

    /// The quietest window for the summed calls of keys and secrets of one account and region whose
    /// traces `coverage` describes (hours are weighed over its traced period); `.noTrafficData` without
    /// traces, `.noCoverage` where the traces cannot show the calls.
    public func choose(usages: [KeyUsage?], coverage: RegionCoverage?) -> WindowChoice {
        guard let coverage else { return .noTrafficData }
        guard coverage.canShowUse else { return .noCoverage(coverage.explanation ?? coverage.status.rawValue) }
        var histogram = [Int](repeating: 0, count: 168)
        for usage in usages {
            for (hour, calls) in (usage?.hourOfWeek ?? []).enumerated() { histogram[hour] += calls }
        }
        return choose(TrafficProfile(histogram: histogram, period: EvidencePeriod(first: coverage.counts.firstSeen, last: coverage.counts.lastSeen)))
    }

    /// The quietest window for `profile` (the summed traffic of the keys that share it), or why there is none.
    ///
    /// Candidates start on every whole UTC hour from `begin` and end by `end`; a candidate is supported
    /// only when the traces covered every hour of the week it spans. The candidate with the fewest
    /// expected calls wins; among equals, the one with the fewest calls in the `hours` before and
    /// after it (a late start or a long migration stays quiet); then the earliest.
    public func choose(_ profile: TrafficProfile?) -> WindowChoice {
        guard let profile else { return .noTrafficData }
        let span = Int64(hours) * 3600
        let peak = profile.peak
        let tolerance = 1e-9 * max(1, peak.calls)
        var best: (start: Int64, calls: Double, margin: Double)?
        var start = (begin + 3599).flooredToHour
        while start + span <= end {
            if let calls = profile.expectedCalls(from: start, hours: hours) {
                let margin = profile.knownCalls(from: start - span, hours: hours) + profile.knownCalls(from: start + span, hours: hours)
                if let current = best {
                    if calls < current.calls - tolerance || (calls <= current.calls + tolerance && margin < current.margin - tolerance) {
                        best = (start, calls, margin)
                    }
                } else {
                    best = (start, calls, margin)
                }
            }
            start += 3600
        }
        guard let best else { return .notCovered(profile.period) }
        return .chosen(MigrationWindow(start: best.start, hours: hours, expectedCalls: best.calls, peakHourOfWeek: peak.bucket,
                                       peakCalls: peak.calls, isFlat: peak.calls - profile.trough <= tolerance,
                                       evidence: profile.period, evidenceCalls: profile.calls))
    }
}
