/// A list of input paths, one a line (`--traces-from FILE|-`): how a Spark task, a job array or
/// `find … >list` hands kmsready a shard's files without a command line as long as the shard.
///
/// Lines are read as UTF-8; blanks around a path and a trailing carriage return are dropped, and blank
/// lines are skipped. Relative paths are taken from where the tool runs, as paths on its command line are.
public enum PathList {
    /// The name that reads the list from standard input.
    public static let standardInput = "-"
    /// A list is read whole; larger ones are refused (4 million paths of 64 bytes).
    public static let maximumSize = 256 << 20

    /// The paths listed in the file at `path`, or on standard input when `path` is `-`. A list naming no
    /// path, a line that is not UTF-8 or holds a NUL byte, is an error naming the list and the line.
    public static func read(_ path: String) throws(InputError) -> [String] {
        let name = path == standardInput ? StandardInputByteSource.displayName : path
        var source: any ByteSource = path == standardInput ? StandardInputByteSource() : try FileByteSource(InputFile(path: path, displayName: path))
        return try paths(in: source.readAll(limit: maximumSize, file: name), listName: name)
    }

    /// The paths in the text of a list named `listName`.
    public static func paths(in bytes: [UInt8], listName: String) throws(InputError) -> [String] {
        var paths: [String] = []
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard !line.contains(0) else { throw InputError(file: listName, place: "line \(index + 1)", message: "a NUL byte in a path") }
            guard let text = String(validating: line, as: UTF8.self) else {
                throw InputError(file: listName, place: "line \(index + 1)", message: "not UTF-8 text")
            }
            let path = text.trimmingBlanks
            if !path.isEmpty { paths.append(path) }
        }
        guard !paths.isEmpty else { throw InputError(file: listName, message: "lists no path") }
        return paths
    }
}

private extension String {
    /// The text without spaces, tabs and carriage returns at either end.
    var trimmingBlanks: String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }
}
