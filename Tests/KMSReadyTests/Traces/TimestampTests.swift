import Testing
@testable import KMSReady

@Suite struct TimestampTests {
    @Test(arguments: [
        ("1970-01-01T00:00:00Z", Int64(0)),
        ("2026-03-04T10:11:12Z", Int64(1_772_619_072)),
        ("2026-03-04T10:11:12.345Z", Int64(1_772_619_072)),
        ("2026-03-04T18:11:12+08:00", Int64(1_772_619_072)),
        ("2026-03-04T10:11:12", Int64(1_772_619_072)),
        ("2000-02-29T23:59:59Z", Int64(951_868_799)),
    ])
    func parses(_ text: String, _ seconds: Int64) {
        #expect(Timestamp.parse(text) == seconds)
    }

    @Test(arguments: ["", "2026-03-04", "2026-13-01T00:00:00Z", "2026-03-04T10:11:12+0800", "2026-03-04T10:11:12Zjunk", "yesterday"])
    func rejects(_ text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test func formatsAndRoundTrips() {
        #expect(Timestamp.format(1_772_619_072) == "2026-03-04T10:11:12Z")
        for seconds in stride(from: Int64(-86_400 * 400), through: 86_400 * 365 * 60, by: 86_400 * 37 + 3_599) {
            #expect(Timestamp.parse(Timestamp.format(seconds)) == seconds)
        }
    }

    @Test func hourOfWeekStartsMondayMidnightUTC() {
        #expect(Timestamp.hourOfWeek(Timestamp.parse("2026-03-02T00:30:00Z")!) == 0)    // a Monday
        #expect(Timestamp.hourOfWeek(Timestamp.parse("2026-03-04T10:11:12Z")!) == 58)   // Wednesday 10:00
        #expect(Timestamp.hourOfWeek(Timestamp.parse("2026-03-08T23:59:59Z")!) == 167)  // Sunday 23:00
        #expect(Timestamp.hourOfWeek(0) == 3 * 24)                                      // 1970-01-01 was a Thursday
    }
}
