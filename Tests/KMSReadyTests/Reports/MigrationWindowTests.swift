import Testing
@testable import KMSReady

/// The migration window chosen from constructed hour-of-week histograms.
@Suite struct MigrationWindowTests {
    /// Four whole weeks of evidence, Monday 2026-10-26 00:00 to Sunday 2026-11-22 23:59 UTC: every hour
    /// of the week occurred 4 times.
    let fourWeeks = EvidencePeriod(first: Timestamp.parse("2026-10-26T00:00:00Z")!, last: Timestamp.parse("2026-11-22T23:59:59Z")!)
    let monday = CalendarDate("2026-11-23")!

    /// 400 calls (100 per week) in every hour except `quiet`, which have `quietCalls`.
    func histogram(quiet: [Int], quietCalls: Int = 4) -> [Int] {
        (0..<168).map { quiet.contains($0) ? quietCalls : 400 }
    }

    func hour(_ weekday: Int, _ hour: Int) -> Int { weekday * 24 + hour }

    func chosen(_ search: WindowSearch, _ histogram: [Int], period: EvidencePeriod? = nil) throws -> MigrationWindow {
        let choice = search.choose(TrafficProfile(histogram: histogram, period: period ?? fourWeeks))
        return try #require(choice.window, "expected a window, got \(choice)")
    }

    @Test func aClearQuietPeriodIsChosenWithItsExpectedVolumeAndThePeak() throws {
        let window = try chosen(WindowSearch(from: monday), histogram(quiet: [hour(2, 3), hour(2, 4)]))
        #expect(Timestamp.format(window.start) == "2026-11-25T03:00:00Z")
        #expect(window.end - window.start == 7200)
        #expect(window.expectedCalls == 2, "1 call per hour on average over 4 weeks")
        #expect(window.peakCalls == 100)
        #expect(!window.isFlat)
        #expect(window.utcText == "Wed 2026-11-25 03:00 – 05:00 UTC")
        #expect(window.evidenceCalls == 166 * 400 + 8)
    }

    @Test func aFlatHistogramGivesTheEarliestWindowAndSaysItIsNoQuieter() throws {
        let window = try chosen(WindowSearch(from: monday), [Int](repeating: 40, count: 168))
        #expect(Timestamp.format(window.start) == "2026-11-23T00:00:00Z")
        #expect(window.isFlat)
        #expect(window.expectedCalls == window.peakCalls * 2)
    }

    @Test func amongEquallyQuietWindowsTheOneFarthestFromTrafficWins() throws {
        let window = try chosen(WindowSearch(from: monday), histogram(quiet: Array(hour(2, 0)..<hour(2, 10)), quietCalls: 0))
        #expect(Timestamp.format(window.start) == "2026-11-25T02:00:00Z", "Wed 00:00 is as quiet but follows busy hours")
    }

    @Test func aWindowAcrossMidnightShowsTheEndDate() throws {
        let window = try chosen(WindowSearch(from: monday), histogram(quiet: [hour(1, 23), hour(2, 0)]))
        #expect(Timestamp.format(window.start) == "2026-11-24T23:00:00Z")
        #expect(window.utcText == "Tue 2026-11-24 23:00 – Wed 2026-11-25 01:00 UTC")
    }

    @Test func aWindowAcrossTheWeeksEndWrapsFromSundayToMonday() throws {
        let window = try chosen(WindowSearch(from: monday), histogram(quiet: [hour(6, 23), hour(0, 0)]))
        #expect(Timestamp.format(window.start) == "2026-11-29T23:00:00Z")
        #expect(window.expectedCalls == 2)
    }

    @Test func aHalfHourOffsetZoneShowsWholeUTCHoursAtHalfPastInLocalTime() throws {
        let kolkata = try #require(LocalTimeZone(identifier: "Asia/Kolkata"))
        let search = WindowSearch(from: monday, timeZone: kolkata)
        #expect(Timestamp.format(search.begin) == "2026-11-22T18:30:00Z", "the search starts at local midnight")
        let quiet = try chosen(search, histogram(quiet: [hour(2, 3), hour(2, 4)]))
        #expect(quiet.localText(in: kolkata) == "Wed 2026-11-25 08:30 – 10:30 Asia/Kolkata (UTC+05:30)")
        #expect(quiet.peakHourText(in: kolkata) == "Mon 00:00 UTC = Mon 05:30 Asia/Kolkata")
        let flat = try chosen(search, [Int](repeating: 1, count: 168))
        #expect(Timestamp.format(flat.start) == "2026-11-22T19:00:00Z", "the first whole UTC hour after local midnight")
        #expect(flat.localText(in: kolkata) == "Mon 2026-11-23 00:30 – 02:30 Asia/Kolkata (UTC+05:30)")
    }

    @Test func aDaylightSavingChangeInsideTheWindowShowsBothOffsetsAndKeepsItsLength() throws {
        let berlin = try #require(LocalTimeZone(identifier: "Europe/Berlin"))
        let search = WindowSearch(from: CalendarDate("2026-03-23")!, timeZone: berlin)
        let window = try chosen(search, histogram(quiet: [hour(6, 0), hour(6, 1)]))
        #expect(Timestamp.format(window.start) == "2026-03-29T00:00:00Z")
        #expect(window.end - window.start == 7200, "two real hours, though the clock moves three")
        #expect(window.localText(in: berlin) == "Sun 2026-03-29 01:00 – 04:00 Europe/Berlin (UTC+01:00 → UTC+02:00: the clocks change during the window)")
        #expect(Timestamp.format(search.end) == "2026-04-05T22:00:00Z", "the search ends at local midnight in summer time")
    }

    @Test func windowsStayOnHoursOfTheWeekTheTracesCovered() throws {
        // One day of traces, Tuesday 2026-11-17 10:00–13:59 UTC: only those hours of the week are known.
        let period = EvidencePeriod(first: Timestamp.parse("2026-11-17T10:00:00Z")!, last: Timestamp.parse("2026-11-17T13:59:00Z")!)
        let sparse = (0..<168).map { $0 == hour(1, 12) ? 9 : 0 }
        let window = try chosen(WindowSearch(from: monday), sparse, period: period)
        #expect(Timestamp.format(window.start) == "2026-11-24T10:00:00Z", "Tue 10:00–12:00 is covered and quiet; Mon is not covered")
        let oneMonday = WindowSearch(from: monday, withinDays: 1).choose(TrafficProfile(histogram: sparse, period: period))
        #expect(oneMonday == .notCovered(period), "no invented window on hours without evidence")
    }

    @Test func withoutTracesThereIsNoWindow() {
        #expect(WindowSearch(from: monday).choose(nil) == .noTrafficData)
    }

    @Test func occurrencesCountEachHourOfTheWeekInThePeriod() {
        let tenDays = EvidencePeriod(first: Timestamp.parse("2026-11-02T00:00:00Z")!, last: Timestamp.parse("2026-11-11T23:00:00Z")!)
        let profile = TrafficProfile(histogram: [Int](repeating: 0, count: 168), period: tenDays)
        #expect(profile.occurrences[hour(0, 0)] == 2 && profile.occurrences[hour(2, 23)] == 2)
        #expect(profile.occurrences[hour(3, 0)] == 1 && profile.occurrences[hour(6, 23)] == 1)
    }

    @Test func callRatesReadWithAtMostOneDecimal() {
        #expect(MigrationWindow.callsText(0) == "0")
        #expect(MigrationWindow.callsText(0.25) == "0.3")
        #expect(MigrationWindow.callsText(1234.5) == "1,234.5")
        #expect(MigrationWindow.callsText(1_000_000) == "1,000,000")
    }
}
