/// One accepted exception from a waiver file: findings of the rules matching `rule` for the keys
/// matching `key` (by id or alias; `*` and `?` globs) are waived until `expires`, for `reason`.
public struct Waiver: Equatable, Sendable {
    /// A key id or alias, or a glob over them.
    public let key: String
    /// A rule id, or a glob over rule ids.
    public let rule: String
    public let reason: String
    public let approvedBy: String
    /// The last day the waiver applies.
    public let expires: CalendarDate
    /// Where the waiver is written: file and JSON path, for messages.
    public let place: String

    /// Whether the waiver applies on `day`: up to and including its expiry day.
    func isInForce(on day: CalendarDate) -> Bool { expires >= day }

    /// Whether the waiver covers `finding` of `key`.
    func covers(_ finding: Finding, of key: Key) -> Bool {
        Glob.matches(rule, finding.ruleId) && (Glob.matches(self.key, key.id) || key.aliases.contains { Glob.matches(self.key, $0) })
    }
}

/// What a finding carries when a waiver covers it.
public struct AppliedWaiver: Equatable, Sendable {
    public let reason: String
    public let approvedBy: String
    public let expires: CalendarDate
}

/// A waiver that needs attention: past its expiry (it no longer applies) or matching no finding.
public struct WaiverNotice: Equatable, Sendable {
    /// Why the waiver is reported.
    public enum Kind: String, Sendable {
        /// Past its expiry date: it no longer applies.
        case expired
        /// It covers no finding of this report.
        case stale
    }

    public let kind: Kind
    public let waiver: Waiver

    /// One line for people: `expired waiver (samples/waivers.json: $.waivers[1]): key …, rule …, expired 2026-01-31`.
    public var description: String {
        let detail = kind == .expired ? "expired \(waiver.expires)" : "matches no finding"
        return "\(kind.rawValue) waiver (\(waiver.place)): key \(waiver.key), rule \(waiver.rule), \(detail)"
    }
}
