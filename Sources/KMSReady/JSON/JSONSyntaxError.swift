/// A JSON text that does not parse, with the place where parsing stopped.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    /// What was wrong, e.g. "expected ',' or '}' after an object member".
    public let message: String
    /// The 1-based line of the offending byte.
    public let line: Int
    /// The 1-based column (in bytes) of the offending byte.
    public let column: Int
}
