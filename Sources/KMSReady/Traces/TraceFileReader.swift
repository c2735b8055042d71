/// Splits a trace file into records, streaming, whatever its form:
///
/// - JSON lines (ActionTrail events or SLS export rows, one per line): each line is a record; a bad line
///   is passed on as malformed with its line number, and reading goes on at the next line.
/// - a JSON array of events (a trail's OSS delivery): each element is a record.
/// - a LookupEvents response `{"Events": [...], ...}`: each element of `Events` is a record, the rest is skipped.
/// - pretty-printed events, one after another: each is a record.
///
/// Gzip-compressed files of any of these are read through `openByteSource`. Only one record is held in
/// memory at a time. A broken structure (an unterminated array, a truncated gzip stream) is an error.
public enum TraceFileReader {
    /// Calls `record` with the bytes of each record and the line it starts on, or with a problem that
    /// spoils only that record.
    public static func read(_ file: InputFile, record: (TraceRecordBytes) -> Void) throws(InputError) {
        var cursor = ByteCursor(source: try openByteSource(file), file: file.displayName)
        try cursor.skipWhitespace()
        guard let first = try cursor.peek() else { throw InputError(file: file.displayName, message: "empty file: no events") }
        switch first {
        case UInt8(ascii: "["):
            try readDocuments(&cursor, record: record)
        case UInt8(ascii: "{"):
            if try firstLineIsOpenBrace(&cursor) {
                try readDocuments(&cursor, record: record)
            } else {
                try readLines(&cursor, record: record)
            }
        default:
            throw cursor.error("expected JSON events (an object, an array or JSON lines), found '\(printable(first))'")
        }
    }

    /// Whether the first line holds only `{`: the start of a pretty-printed document rather than JSON lines.
    private static func firstLineIsOpenBrace(_ cursor: inout ByteCursor) throws(InputError) -> Bool {
        cursor.beginCapture()
        cursor.advance()
        var onlyBrace = true
        while let byte = try cursor.peek(), byte != 0x0A {
            if byte != 0x20 && byte != 0x09 && byte != 0x0D { onlyBrace = false; break }
            cursor.advance()
        }
        cursor.rewindToCapture()
        return onlyBrace
    }

    // MARK: JSON lines

    private static func readLines(_ cursor: inout ByteCursor, record: (TraceRecordBytes) -> Void) throws(InputError) {
        while try cursor.peek() != nil {
            let line = cursor.line
            cursor.beginCapture()
            var tooLong = false
            while let byte = try cursor.peek(), byte != 0x0A {
                cursor.advance()
                if cursor.capturedCount > ByteCursor.captureLimit { tooLong = true; break }
            }
            if tooLong {
                cursor.cancelCapture()
                while let byte = try cursor.next(), byte != 0x0A {}
                record(TraceRecordBytes(line: line, bytes: [], problem: "line longer than \(ByteCursor.captureLimit >> 20) MiB"))
                continue
            }
            let bytes = cursor.endCapture { Array($0) }
            _ = try cursor.next()  // the newline
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            record(TraceRecordBytes(line: line, bytes: bytes, problem: nil))
        }
    }

    // MARK: Documents (arrays, LookupEvents pages, pretty-printed events)

    private static func readDocuments(_ cursor: inout ByteCursor, record: (TraceRecordBytes) -> Void) throws(InputError) {
        while true {
            try cursor.skipWhitespace()
            guard let byte = try cursor.peek() else { return }
            switch byte {
            case UInt8(ascii: "["): try readArray(&cursor, record: record)
            case UInt8(ascii: "{"): try readTopLevelObject(&cursor, record: record)
            default: throw cursor.error("expected '[' or '{' at the start of a JSON document, found '\(printable(byte))'")
            }
        }
    }

    /// Each element of an array is a record.
    private static func readArray(_ cursor: inout ByteCursor, record: (TraceRecordBytes) -> Void) throws(InputError) {
        cursor.advance()
        try cursor.skipWhitespace()
        if try cursor.peek() == UInt8(ascii: "]") { cursor.advance(); return }
        while true {
            try cursor.skipWhitespace()
            let line = cursor.line
            cursor.beginCapture()
            try skipValue(&cursor)
            let bytes = cursor.endCapture { Array($0) }
            record(TraceRecordBytes(line: line, bytes: bytes, problem: nil))
            try cursor.skipWhitespace()
            switch try cursor.next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "]"): return
            case nil: throw cursor.error("unexpected end of file inside an array of events")
            case let other?: throw cursor.error("expected ',' or ']' between events, found '\(printable(other))'")
            }
        }
    }

    /// A top-level object is a LookupEvents page when it has an `Events` array (streamed element by
    /// element), and otherwise one record.
    private static func readTopLevelObject(_ cursor: inout ByteCursor, record: (TraceRecordBytes) -> Void) throws(InputError) {
        let line = cursor.line
        cursor.beginCapture()
        var streamedEvents = false
        cursor.advance()
        try cursor.skipWhitespace()
        if try cursor.peek() == UInt8(ascii: "}") {
            cursor.advance()
        } else {
            members: while true {
                try cursor.skipWhitespace()
                guard try cursor.peek() == UInt8(ascii: "\"") else { throw cursor.error("expected a member name in double quotes") }
                let name = try readName(&cursor)
                try cursor.skipWhitespace()
                guard try cursor.next() == UInt8(ascii: ":") else { throw cursor.error("expected ':' after a member name") }
                try cursor.skipWhitespace()
                if name == "Events", try cursor.peek() == UInt8(ascii: "[") {
                    if !streamedEvents { cursor.cancelCapture() }
                    streamedEvents = true
                    try readArray(&cursor, record: record)
                } else {
                    try skipValue(&cursor)
                }
                try cursor.skipWhitespace()
                switch try cursor.next() {
                case UInt8(ascii: ","): continue members
                case UInt8(ascii: "}"): break members
                case nil: throw cursor.error("unexpected end of file inside an object")
                case let other?: throw cursor.error("expected ',' or '}' after an object member, found '\(printable(other))'")
                }
            }
        }
        if !streamedEvents {
            let bytes = cursor.endCapture { Array($0) }
            record(TraceRecordBytes(line: line, bytes: bytes, problem: nil))
        }
    }

    /// Reads a member name (a JSON string) and decodes it.
    private static func readName(_ cursor: inout ByteCursor) throws(InputError) -> String {
        let nested = cursor.isCapturing
        if !nested { cursor.beginCapture() }
        let start = cursor.capturedCount
        try skipString(&cursor)
        let name = cursor.peekCapture(from: start) { (bytes) -> String? in
            (try? JSONParser.parse(bytes))?.stringValue
        }
        if !nested { cursor.cancelCapture() }
        guard let name else { throw cursor.error("malformed member name") }
        return name
    }

    /// Skips one JSON value structurally (strings, nesting); its full syntax is checked when it is parsed.
    static func skipValue(_ cursor: inout ByteCursor) throws(InputError) {
        guard let first = try cursor.peek() else { throw cursor.error("unexpected end of file, expected a value") }
        switch first {
        case UInt8(ascii: "\""):
            try skipString(&cursor)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let startLine = cursor.line
            var depth = 0
            while let byte = try cursor.peek() {
                switch byte {
                case UInt8(ascii: "\""):
                    try skipString(&cursor)
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    if depth > JSONParser.maximumDepth { throw cursor.error("nesting deeper than \(JSONParser.maximumDepth) levels") }
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { cursor.advance(); return }
                default:
                    break
                }
                cursor.advance()
            }
            throw cursor.error("unexpected end of file inside a value that starts at line \(startLine)")
        default:
            while let byte = try cursor.peek() {
                switch byte {
                case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), 0x20, 0x0A, 0x0D, 0x09: return
                default: cursor.advance()
                }
            }
        }
    }

    private static func skipString(_ cursor: inout ByteCursor) throws(InputError) {
        cursor.advance()  // the opening quote
        while let byte = try cursor.peek() {
            if byte == 0x0A { throw cursor.error("line break inside a string") }
            cursor.advance()
            switch byte {
            case UInt8(ascii: "\""): return
            case UInt8(ascii: "\\"): _ = try cursor.next()
            default: break
            }
        }
        throw cursor.error("unexpected end of file inside a string")
    }
}

/// One record's bytes and the line it starts on, or the problem that spoiled it.
public struct TraceRecordBytes {
    /// The 1-based line where the record starts.
    public let line: Int
    /// The record's JSON text.
    public let bytes: [UInt8]
    /// Set when the record could not even be delimited (e.g. an overlong line); `bytes` is then empty.
    public let problem: String?
}
