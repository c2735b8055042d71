/// A problem with one input file, reported as one line that names the file and the place in it.
///
/// The executable prints `description` and exits with status 2.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public let file: String
    /// Where in the file: "line 3, column 7", "line 12" or a JSONPath such as `$.Keys.Key[0].KeyId`; `nil` for the whole file.
    public let place: String?
    /// What is wrong.
    public let message: String

    /// Creates an error about `file`, optionally at `place`.
    public init(file: String, place: String? = nil, message: String) {
        self.file = file
        self.place = place
        self.message = message
    }

    /// A syntax error at a line and column.
    public init(file: String, syntax: JSONSyntaxError, lineOffset: Int = 0) {
        self.init(file: file, place: "line \(syntax.line + lineOffset), column \(syntax.column)", message: "malformed JSON: \(syntax.message)")
    }

    /// A shape error at a JSONPath.
    public init(file: String, shape: JSONShapeError) {
        self.init(file: file, place: shape.path, message: shape.message)
    }

    /// The error as one line, control characters from the input escaped (``DisplayText``).
    public var description: String {
        DisplayText.escaped(place.map { "\(file): \($0): \(message)" } ?? "\(file): \(message)")
    }
}
