#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A day of the calendar, `YYYY-MM-DD`, as waiver expiry dates and `--today` are written.
public struct CalendarDate: Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let days: Int64

    /// Parses `YYYY-MM-DD`; `nil` for anything else, including days that do not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return nil }
        let days = Timestamp.daysFromCivil(year: year, month: month, day: day)
        guard Timestamp.civilFromDays(days) == (year, month, day) else { return nil }
        self.days = days
    }

    /// Today in UTC, from the system clock.
    public static func today() -> CalendarDate {
        CalendarDate(days: Int64(time(nil)) / 86_400)
    }

    /// The date `days` days after 1970-01-01.
    init(days: Int64) { self.days = days }

    /// The date `count` days later (earlier when negative).
    public func adding(days count: Int) -> CalendarDate { CalendarDate(days: days + Int64(count)) }

    /// The same day of the next month, or that month's last day when it is shorter (Jan 31 → Feb 28).
    public func addingOneMonth() -> CalendarDate {
        let (year, month, day) = Timestamp.civilFromDays(days)
        let (nextYear, nextMonth) = month == 12 ? (year + 1, 1) : (year, month + 1)
        var result = Timestamp.daysFromCivil(year: nextYear, month: nextMonth, day: day)
        while Timestamp.civilFromDays(result).1 != nextMonth { result -= 1 }
        return CalendarDate(days: result)
    }

    /// The day of the week, 0 = Monday (1970-01-01 was a Thursday).
    public var weekday: Int { Int(((days + 3) % 7 + 7) % 7) }

    /// `Mon` … `Sun`.
    public static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    public var description: String { String(Timestamp.format(days * 86_400).prefix(10)) }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.days < rhs.days }
}
