/// The outcome of a window search.
public enum WindowChoice: Equatable, Sendable {
    /// A window the traffic evidence supports.
    case chosen(MigrationWindow)
    /// No traces were given: the window must be chosen by hand.
    case noTrafficData
    /// The traces cover too short a period: no candidate falls on hours of the week they covered.
    case notCovered(EvidencePeriod)
    /// The traces of the ticket's account and region cannot show its keys' use (no events, or no
    /// cryptographic call: a Write-only trail); the reason says which, and the fix.
    case noCoverage(String)

    /// The window, when one was chosen.
    public var window: MigrationWindow? {
        if case .chosen(let window) = self { return window }
        return nil
    }
}

/// A migration window chosen from traffic, with the evidence that supports it.
public struct MigrationWindow: Equatable, Sendable {
    /// The first instant (seconds since 1970, UTC; a whole hour).
    public let start: Int64
    /// Length in hours.
    public let hours: Int
    /// Average calls of the ticket's keys during the window's hours of the week.
    public let expectedCalls: Double
    /// The busiest hour of the week (UTC, 0 = Monday 00:00).
    public let peakHourOfWeek: Int
    /// Average calls in the busiest hour.
    public let peakCalls: Double
    /// Whether every covered hour is as busy as every other: no hour is quieter than this window.
    public let isFlat: Bool
    /// The period of the traces the choice rests on.
    public let evidence: EvidencePeriod
    /// The keys' calls in that period.
    public let evidenceCalls: Int

    /// The instant the window ends.
    public var end: Int64 { start + Int64(hours) * 3600 }
}
