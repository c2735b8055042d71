/// Line and column arithmetic over UTF-8 text, for error messages and the locations reports point at.
enum TextPosition {
    /// The 1-based line and byte column of `offset`.
    static func lineAndColumn(of offset: Int, in bytes: UnsafeRawBufferPointer) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return (line, offset - lineStart + 1)
    }

    /// The 1-based line on which `needle` first occurs in `bytes`, or `nil` when it does not.
    static func line(ofFirst needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !needle.isEmpty, let start = bytes.firstRange(of: needle)?.lowerBound else { return nil }
        return bytes.withUnsafeBytes { lineAndColumn(of: start, in: $0).line }
    }
}
