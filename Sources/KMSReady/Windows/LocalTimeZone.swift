import Foundation

/// The user's time zone (an IANA name such as `Asia/Shanghai`), for migration windows shown in local
/// time. Offsets come from the system's time zone database and follow daylight saving time.
public struct LocalTimeZone: Sendable {
    /// The name as the user gave it.
    public let identifier: String
    private let zone: TimeZone

    /// UTC.
    public static let utc = LocalTimeZone(identifier: "UTC", zone: TimeZone(secondsFromGMT: 0)!)

    /// The zone named `identifier`; `nil` when the system does not know it.
    public init?(identifier: String) {
        if identifier == "UTC" { self = .utc; return }
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.init(identifier: identifier, zone: zone)
    }

    private init(identifier: String, zone: TimeZone) {
        self.identifier = identifier
        self.zone = zone
    }

    /// Whether this is UTC itself, so that a window needs no second rendering in UTC.
    public var isUTC: Bool { identifier == "UTC" }

    /// Seconds east of UTC at the instant `seconds` (since 1970, UTC).
    public func offset(at seconds: Int64) -> Int64 {
        Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))))
    }

    /// The first instant of `date` in this zone (local midnight, or the first local time after a
    /// daylight-saving gap at midnight).
    public func startOfDay(_ date: CalendarDate) -> Int64 {
        let localMidnight = date.days * 86_400
        var instant = localMidnight - offset(at: localMidnight)
        instant = localMidnight - offset(at: instant)
        while instant + offset(at: instant) < localMidnight { instant += 1800 }
        return instant
    }

    /// The local date and time of `seconds`.
    public func local(_ seconds: Int64) -> LocalTime {
        let shifted = seconds + offset(at: seconds)
        let days = Timestamp.days(shifted)
        let minuteOfDay = Int((shifted - days * 86_400) / 60)
        return LocalTime(date: CalendarDate(days: days), minuteOfDay: minuteOfDay, offset: offset(at: seconds))
    }
}

/// A wall-clock time in some zone: date, time of day and the zone's offset then.
public struct LocalTime: Equatable, Sendable {
    public let date: CalendarDate
    /// Minutes since local midnight.
    public let minuteOfDay: Int
    /// Seconds east of UTC.
    public let offset: Int64

    /// `HH:MM`.
    public var time: String { Self.clock(minuteOfDay: minuteOfDay) }

    /// `HH:MM` of a minute of the day.
    static func clock(minuteOfDay: Int) -> String { Timestamp.pad(minuteOfDay / 60, 2) + ":" + Timestamp.pad(minuteOfDay % 60, 2) }

    /// `UTC+08:00`, `UTC-02:30`, `UTC+00:00`.
    public var offsetText: String {
        let minutes = abs(offset) / 60
        return "UTC" + (offset < 0 ? "-" : "+") + Timestamp.pad(Int(minutes / 60), 2) + ":" + Timestamp.pad(Int(minutes % 60), 2)
    }

    /// `Tue 2026-11-24 02:00`.
    public var text: String { CalendarDate.weekdayNames[date.weekday] + " " + date.description + " " + time }
}
