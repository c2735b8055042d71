/// How windows, hours and call rates read in tickets and plans.
extension MigrationWindow {
    /// `Tue 2026-11-24 20:00 – 22:00 Asia/Shanghai (UTC+08:00)`; the end carries its date when the window
    /// crosses midnight, and both offsets when the clocks change inside the window.
    public func localText(in zone: LocalTimeZone) -> String {
        if zone.isUTC { return utcText }
        let first = zone.local(start), last = zone.local(end)
        var text = Self.range(first, last) + " " + zone.identifier
        if first.offset == last.offset {
            text += " (\(first.offsetText))"
        } else {
            text += " (\(first.offsetText) → \(last.offsetText): the clocks change during the window)"
        }
        return text
    }

    /// `Tue 2026-11-24 12:00 – 14:00 UTC`.
    public var utcText: String { Self.range(LocalTimeZone.utc.local(start), LocalTimeZone.utc.local(end)) + " UTC" }

    private static func range(_ first: LocalTime, _ last: LocalTime) -> String {
        first.text + " – " + (last.date == first.date ? last.time : last.text)
    }

    /// The busiest hour of the week: `Mon 01:00 UTC`, and in `zone` when that is not UTC (at the offset
    /// the zone has at the window's start).
    public func peakHourText(in zone: LocalTimeZone) -> String {
        let utc = CalendarDate.weekdayNames[peakHourOfWeek / 24] + " " + LocalTime.clock(minuteOfDay: peakHourOfWeek % 24 * 60) + " UTC"
        let offsetMinutes = Int(zone.offset(at: start) / 60)
        guard offsetMinutes != 0 else { return utc }
        let minuteOfWeek = ((peakHourOfWeek * 60 + offsetMinutes) % 10_080 + 10_080) % 10_080
        return utc + " = " + CalendarDate.weekdayNames[minuteOfWeek / 1440] + " " + LocalTime.clock(minuteOfDay: minuteOfWeek % 1440) + " " + zone.identifier
    }

    /// A call rate with at most one decimal: `0`, `0.5`, `1,234.5`.
    public static func callsText(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        var whole = String(tenths / 10)
        var index = whole.count - 3
        while index > 0 {
            whole.insert(",", at: whole.index(whole.startIndex, offsetBy: index))
            index -= 3
        }
        return tenths % 10 == 0 ? whole : whole + "." + String(tenths % 10)
    }
}
