/// One check to pass before something moves: what was checked, how it came out, and why. A check that
/// lacks the data it needs says `unknown` and names what to export: it never passes without knowing.
public struct PreflightCheck: Equatable, Sendable {
    /// How a check came out.
    public enum Status: String, Sendable, CaseIterable {
        /// Something stands in the way: do what the message says first.
        case fail
        /// Worth a look; nothing stops the move.
        case warn
        /// The inputs cannot tell: the message says what to export or where to look.
        case unknown
        case pass
    }

    /// A short kebab-case name, e.g. `name-exists`, `quota`.
    public let check: String
    public let status: Status
    public let message: String

    public init(check: String, status: Status, message: String) {
        self.check = check
        self.status = status
        self.message = message
    }
}
