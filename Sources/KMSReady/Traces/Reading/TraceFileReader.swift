/// Splits a trace file into records, streaming, whatever its form:
///
/// - JSON lines (ActionTrail events or SLS export rows, one per line): each line is a record; a bad line
///   is passed on as malformed with its line number, and reading goes on at the next line.
/// - a JSON array of events (a trail's OSS delivery): each element is a record; a damaged element is
///   one malformed record wherever the next element can be found (`readElement`).
/// - a LookupEvents response `{"Events": [...], ...}`: each element of `Events` is a record, the rest is
///   skipped; likewise under `body` when an SDK prints the response with its `headers` and `statusCode`.
/// - pretty-printed events, one after another: each is a record.
///
/// Gzip-compressed files of any of these are read through `openByteSource`. Records are handed out as
/// spans of the read buffer, never copied. A file cut short (an unterminated array, a truncated gzip stream)
/// is an error.
public enum TraceFileReader {
    /// How a trace file lays out its events.
    public enum Layout: Sendable {
        /// One record per line: split at any line boundary and read the parts in parallel.
        case jsonLines
        /// An array of events (a trail's OSS delivery): split at likely element boundaries, which the
        /// reading of the part before each one confirms.
        case array
        /// LookupEvents pages or pretty-printed events: read from the start.
        case documents
    }

    /// Calls `record` with the bytes of each record and the line it starts on, or with a problem that
    /// spoils only that record. The bytes are valid only during the call. An array's element alone on
    /// its line is first offered to `whole` as the line holds it (see `WholeLineOffers`), and given to
    /// `record` only when `whole` did not take it.
    public static func read(_ file: InputFile, progress: TraceProgress? = nil, offeringWhole whole: (TraceRecordBytes) -> Bool = { _ in false },
                            record: (TraceRecordBytes) -> Void) throws(InputError) {
        var cursor = ByteCursor(source: try openByteSource(file, progress: progress), file: file.displayName)
        var offers = WholeLineOffers()
        switch try layout(&cursor) {
        case .jsonLines: try readLines(&cursor, record: record)
        case .array, .documents: try readDocuments(&cursor, record: record, whole: whole, offers: &offers)
        }
    }

    /// Reads the elements of a file's top-level array that start in `range`: the first part reads the
    /// opening bracket, every other part must start at an element. A part stops at the first element
    /// that starts at or after the end of its range; the last part reads to the end of the file.
    /// Line numbers count from the start of the range.
    ///
    /// Returns the lines the part spans and the offset where it stopped, which is where the next part
    /// must have started for its reading to be right; `nil` when the array closed before the range ended.
    /// Elements are offered to `whole` first, as `read` offers them.
    public static func readArrayElements(_ file: InputFile, range: Range<Int>, fileSize: Int, isFirst: Bool, isLast: Bool,
                                         progress: TraceProgress? = nil, offeringWhole whole: (TraceRecordBytes) -> Bool = { _ in false },
                                         record: (TraceRecordBytes) -> Void) throws(InputError) -> (lines: Int, stoppedAt: Int?) {
        var source = try FileByteSource(file, range: range.lowerBound..<fileSize)
        source.progress = progress
        source.countedEnd = isLast ? fileSize : range.upperBound
        var cursor = ByteCursor(source: source, file: file.displayName)
        var offers = WholeLineOffers()
        if isFirst {
            try cursor.skipWhitespace()
            guard try cursor.next() == UInt8(ascii: "[") else { throw cursor.error("expected '[' at the start of an array of events") }
            try cursor.skipWhitespace()
            if try cursor.peek() == UInt8(ascii: "]") {
                cursor.advance()
                try readDocuments(&cursor, record: record, whole: whole, offers: &offers)
                return (cursor.line - 1, isLast ? fileSize : nil)
            }
        }
        while true {
            try cursor.skipWhitespace()
            let offset = range.lowerBound + cursor.consumed
            if !isLast && offset >= range.upperBound { return (cursor.line - 1, offset) }
            if try readElement(&cursor, in: .topLevel, record: record, whole: whole, offers: &offers) == .closed {
                if !isLast { return (cursor.line - 1, nil) }
                try readDocuments(&cursor, record: record, whole: whole, offers: &offers)
                return (cursor.line - 1, fileSize)
            }
        }
    }

    /// Reads the bytes in `range` of a plain JSON-lines file, which must start at a line start; line
    /// numbers count from the start of the range.
    /// Returns the number of lines the range holds.
    public static func readLines(_ file: InputFile, range: Range<Int>, progress: TraceProgress? = nil,
                                 record: (TraceRecordBytes) -> Void) throws(InputError) -> Int {
        var source = try FileByteSource(file, range: range)
        source.progress = progress
        var cursor = ByteCursor(source: source, file: file.displayName)
        if range.lowerBound == 0 { try cursor.skipWhitespace() }
        try readLines(&cursor, record: record)
        return cursor.line - 1
    }

    /// The layout of a file, from its first bytes; an empty file or one that does not start like JSON
    /// events is an error.
    public static func layout(of file: InputFile) throws(InputError) -> Layout {
        var cursor = ByteCursor(source: try openByteSource(file), file: file.displayName, blockSize: ByteCursor.peekingBlockSize)
        return try layout(&cursor)
    }

    /// Reads the layout and leaves the cursor at the first record.
    private static func layout(_ cursor: inout ByteCursor) throws(InputError) -> Layout {
        try cursor.skipWhitespace()
        guard let first = try cursor.peek() else { throw InputError(file: cursor.file, message: "empty file: no events") }
        switch first {
        case UInt8(ascii: "["):
            return .array
        case UInt8(ascii: "{"):
            return try firstLineIsOpenBrace(&cursor) ? .documents : .jsonLines
        default:
            // A damaged first line (NUL bytes left by a crash, a stray header) is one malformed record of
            // JSON lines, as it would be further down, when a line after it starts an object.
            guard try laterLineStartsAnObject(&cursor) else {
                throw cursor.error("expected JSON events (an object, an array or JSON lines), found '\(printable(first))'")
            }
            return .jsonLines
        }
    }

    /// How far into a file a line starting with `{` is looked for, past damaged first lines.
    private static let damagedLinesLimit = 64 << 10

    /// Whether a line after the first, within `damagedLinesLimit` bytes, starts (after blanks) with `{`.
    private static func laterLineStartsAnObject(_ cursor: inout ByteCursor) throws(InputError) -> Bool {
        cursor.beginCapture()
        defer { cursor.rewindToCapture() }
        var atLineStart = false
        while cursor.capturedCount < damagedLinesLimit, let byte = try cursor.peek() {
            if atLineStart && byte == UInt8(ascii: "{") { return true }
            if byte == 0x0A { atLineStart = true } else if !isBlank(byte) { atLineStart = false }
            cursor.advance()
        }
        return false
    }

    /// Whether the first line holds only `{`: the start of a pretty-printed document rather than JSON lines.
    private static func firstLineIsOpenBrace(_ cursor: inout ByteCursor) throws(InputError) -> Bool {
        cursor.beginCapture()
        cursor.advance()
        var onlyBrace = true
        while let byte = try cursor.peek(), byte != 0x0A {
            if !isBlank(byte) { onlyBrace = false; break }
            cursor.advance()
        }
        cursor.rewindToCapture()
        return onlyBrace
    }

    // MARK: JSON lines

    private static func readLines(_ cursor: inout ByteCursor, record: (TraceRecordBytes) -> Void) throws(InputError) {
        while true {
            let line = cursor.line
            switch try cursor.nextLine() {
            case nil:
                return
            case .tooLong:
                record(TraceRecordBytes(line: line, bytes: UnsafeRawBufferPointer(start: nil, count: 0),
                                        problem: "line longer than \(ByteCursor.captureLimit >> 20) MiB"))
            case .text(let bytes):
                if isBlank(bytes) { continue }
                record(TraceRecordBytes(line: line, bytes: bytes, problem: nil))
            case .unterminated(let bytes):
                if isBlank(bytes) { continue }
                // A damaged line is one malformed record, but a last line cut off is a file cut short, as a
                // truncated array or gzip stream is: how much is missing is unknown.
                guard (try? JSONParser.parse(bytes, options: .record)) != nil else {
                    throw InputError(file: cursor.file, place: "line \(line)",
                                     message: "the file ends inside a record, with no line break: it was cut short")
                }
                record(TraceRecordBytes(line: line, bytes: bytes, problem: nil))
            }
        }
    }

    private static func isBlank(_ bytes: UnsafeRawBufferPointer) -> Bool {
        for byte in bytes where !isBlank(byte) { return false }
        return true
    }

    /// A space, a tab or a carriage return: blank within a line.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }

    // MARK: Documents (arrays, LookupEvents pages, pretty-printed events)

    private static func readDocuments(_ cursor: inout ByteCursor, record: (TraceRecordBytes) -> Void,
                                      whole: (TraceRecordBytes) -> Bool, offers: inout WholeLineOffers) throws(InputError) {
        while true {
            try cursor.skipWhitespace()
            guard let byte = try cursor.peek() else { return }
            switch byte {
            case UInt8(ascii: "["): try readArray(&cursor, in: .topLevel, record: record, whole: whole, offers: &offers)
            case UInt8(ascii: "{"): try readTopLevelObject(&cursor, record: record, whole: whole, offers: &offers)
            default: throw cursor.error("expected '[' or '{' at the start of a JSON document, found '\(printable(byte))'")
            }
        }
    }

    /// Each element of an array is a record.
    private static func readArray(_ cursor: inout ByteCursor, in array: ArrayPlace, record: (TraceRecordBytes) -> Void,
                                  whole: (TraceRecordBytes) -> Bool, offers: inout WholeLineOffers) throws(InputError) {
        cursor.advance()
        try cursor.skipWhitespace()
        if try cursor.peek() == UInt8(ascii: "]") { cursor.advance(); return }
        while try readElement(&cursor, in: array, record: record, whole: whole, offers: &offers) == .more {}
    }

    /// What follows an element of an array.
    private enum AfterElement { case more, closed }

    /// Where an array of events sits: what may follow its closing bracket.
    private enum ArrayPlace {
        /// A document of its own (a trail's delivery): the end of the file or another document.
        case topLevel
        /// A LookupEvents page's `Events`: another member of the page, or the page's end.
        case events
    }

    /// Whether an array's elements are offered whole as their lines hold them. Finding where an element
    /// ends by its structure is a pass over its bytes before the fold's own (on one core, 256 MB of
    /// fleet events as an array took 465 ms against 326 ms as JSON lines; offered whole, 318 ms:
    /// medians of eight alternating rounds). An element alone on its line, as in a trail's
    /// deliveries, ends at the last `}` of the line (before a comma or the closing bracket): it is
    /// offered as that, and the fold takes it only if it reads it as one whole event, which it then is
    /// (a whole object ends at the brace that closes its first one). After `missLimit` offers in a row
    /// that were not taken (an array on one line, elements over many lines, events the fold leaves to
    /// the reference path), elements are found by structure only.
    private struct WholeLineOffers {
        static let missLimit = 8
        /// The longest line looked at for an element.
        static let lineLimit = 64 << 10
        var misses = 0
    }

    /// Reads one element of an array as a record, and the comma or bracket after it.
    ///
    /// A damaged element is one malformed record, as a damaged line is, wherever the reader can find
    /// the next element (`resynchronise`): an element whose structure breaks (a stray quote, a bracket
    /// too few, the file's end) is read again from its start up to the next element boundary, and an
    /// element followed by something other than a comma or the closing bracket is handed on whole and
    /// the reader goes on at the next boundary after it.
    private static func readElement(_ cursor: inout ByteCursor, in array: ArrayPlace, record: (TraceRecordBytes) -> Void,
                                    whole: (TraceRecordBytes) -> Bool, offers: inout WholeLineOffers) throws(InputError) -> AfterElement {
        try cursor.skipWhitespace()
        let line = cursor.line
        if offers.misses < WholeLineOffers.missLimit, let element = try wholeLineElement(&cursor),
           whole(TraceRecordBytes(line: line, bytes: element, problem: nil)) {
            cursor.skip(element.count)
            offers.misses = 0
            return try separator(&cursor, in: array, record: record)
        }
        if offers.misses < WholeLineOffers.missLimit { offers.misses += 1 }
        cursor.beginCapture()
        do {
            try skipValue(&cursor)
        } catch {
            guard !cursor.sourceFailed else { throw error }
            cursor.rewindToCapture()
            return try resynchronise(&cursor, in: array, line: line, record: record, failure: error)
        }
        record(TraceRecordBytes(line: line, bytes: cursor.endCapture(), problem: nil))
        return try separator(&cursor, in: array, record: record)
    }

    /// Reads the comma or bracket after an element; anything else is damage, skipped up to the next
    /// element as one malformed record.
    private static func separator(_ cursor: inout ByteCursor, in array: ArrayPlace, record: (TraceRecordBytes) -> Void) throws(InputError) -> AfterElement {
        try cursor.skipWhitespace()
        switch try cursor.peek() {
        case UInt8(ascii: ","): cursor.advance(); return .more
        case UInt8(ascii: "]"): cursor.advance(); return .closed
        case nil: throw cursor.error("unexpected end of file inside an array of events: it was cut short")
        case _?: return try skipDamageBetweenElements(&cursor, in: array, record: record)
        }
    }

    /// Skips what stands between an element and the next one where a comma should: up to a `{` that
    /// starts an element (`startsAnElement`; after a comma, or alone when the comma is missing too) or a
    /// closing bracket that may end the array. The bytes are one malformed record; a file that ends
    /// first is an error.
    private static func skipDamageBetweenElements(_ cursor: inout ByteCursor, in array: ArrayPlace,
                                                  record: (TraceRecordBytes) -> Void) throws(InputError) -> AfterElement {
        let line = cursor.line
        var trials = TrialBudget(line: line)
        cursor.beginCapture()
        while let byte = try cursor.peek() {
            let damaged = cursor.capturedCount
            switch byte {
            case UInt8(ascii: "{") where try startsAnElement(&cursor, in: array, budget: &trials):
                // Only a comma missing: no bytes to count, no event lost.
                if damaged == 0 { cursor.cancelCapture() } else { handOn(&cursor, first: damaged, line: line, to: record) }
                return .more
            case UInt8(ascii: ","):
                cursor.advance()
                try cursor.skipWhitespace()
                guard try cursor.peek() == UInt8(ascii: "{"), try startsAnElement(&cursor, in: array, budget: &trials) else { continue }
                handOn(&cursor, first: damaged, line: line, to: record)
                return .more
            case UInt8(ascii: "]"):
                cursor.advance()
                guard try canFollowArray(&cursor, array) else { continue }
                handOn(&cursor, first: damaged, line: line, to: record)
                return .closed
            default:
                cursor.advance()
            }
        }
        cursor.cancelCapture()
        throw InputError(file: cursor.file, place: "line \(line)",
                         message: "damage after an array element, and no element or end of the array after it: the file was cut short or is broken beyond reading")
    }

    /// Finds the next element boundary after a damaged element's first byte: a `}` followed (blanks
    /// allowed) by a comma and a `{` that starts an element (`startsAnElement`), by such a `{` alone (a
    /// comma missing), or by the array's closing bracket where the array may end (`ArrayPlace`). The
    /// bytes up to and including that `}` are handed on as one record (a malformed one, unless they read
    /// as an event) and reading goes on at the next element, or after the array. A file that ends
    /// before any boundary was cut short or is broken beyond finding one: `failure`, where reading the
    /// element broke, is thrown.
    ///
    /// Whether a `{` starts an element is decided by the bytes from it on only, never by where the reading
    /// began, so that the parts of a split array and the whole array read alike.
    private static func resynchronise(_ cursor: inout ByteCursor, in array: ArrayPlace, line: Int, record: (TraceRecordBytes) -> Void,
                                      failure: InputError) throws(InputError) -> AfterElement {
        var trials = TrialBudget(line: line)
        cursor.beginCapture()
        if try cursor.peek() != nil { cursor.advance() }
        while let byte = try cursor.peek() {
            cursor.advance()
            guard byte == UInt8(ascii: "}") else { continue }
            let damaged = cursor.capturedCount
            try cursor.skipWhitespace()
            var sawComma = false
            if try cursor.peek() == UInt8(ascii: ",") {
                sawComma = true
                cursor.advance()
                try cursor.skipWhitespace()
            }
            switch try cursor.peek() {
            case UInt8(ascii: "{") where try startsAnElement(&cursor, in: array, budget: &trials):
                handOn(&cursor, first: damaged, line: line, to: record)
                return .more
            case UInt8(ascii: "]") where !sawComma:
                cursor.advance()
                guard try canFollowArray(&cursor, array) else { continue }
                handOn(&cursor, first: damaged, line: line, to: record)
                return .closed
            default:
                continue
            }
        }
        cursor.cancelCapture()
        throw failure
    }

    /// The bytes that trials of candidate elements may read while one damage is resynchronised: each
    /// trial reads a value, so without a bound a long run of candidates that each read far (one line of
    /// many megabytes of nested brackets) would take quadratic time. Past it the damage is beyond reading.
    private struct TrialBudget {
        static let bytes = 16 << 20
        var left = bytes
        let line: Int
    }

    /// Hands the first `count` bytes of the capture under way on as the record starting on `line`, and
    /// ends the capture.
    private static func handOn(_ cursor: inout ByteCursor, first count: Int, line: Int, to record: (TraceRecordBytes) -> Void) {
        cursor.peekCapture(from: 0) { record(TraceRecordBytes(line: line, bytes: UnsafeRawBufferPointer(rebasing: $0[0..<count]), problem: nil)) }
        cursor.cancelCapture()
    }

    /// Whether what follows a closing bracket may follow an array in `place`: the end of the file or
    /// another document at the top level; after `Events`, the page's closing brace or another of a
    /// LookupEvents page's members (not a member of an event, which follows the `}]` of an event's own
    /// `resources`). Called inside a capture; the cursor is left where it was.
    private static func canFollowArray(_ cursor: inout ByteCursor, _ place: ArrayPlace) throws(InputError) -> Bool {
        let mark = cursor.capturedCount, line = cursor.line
        defer { cursor.rewind(toCaptured: mark, line: line) }
        try cursor.skipWhitespace()
        let next = try cursor.peek()
        switch place {
        case .topLevel: return next == nil || next == UInt8(ascii: "[") || next == UInt8(ascii: "{")
        case .events:
            if next == UInt8(ascii: "}") { return true }
            guard next == UInt8(ascii: ",") else { return false }
            cursor.advance()
            try cursor.skipWhitespace()
            guard try cursor.peek() == UInt8(ascii: "\"") else { return false }
            return lookupEventsMembers.contains(try readName(&cursor))
        }
    }

    /// The members of a LookupEvents response beside `Events`.
    private static let lookupEventsMembers: Set<String> = ["RequestId", "NextToken", "StartTime", "EndTime"]

    /// Whether the `{` at the cursor starts an element: it reads as a value followed by a comma, or by
    /// a closing bracket that may end the array, so that the `},{` between two objects of an event's own
    /// list is not taken for a boundary. The cursor, inside a capture, is left where it was; the bytes
    /// read are taken from `budget`, and an error once it is spent.
    private static func startsAnElement(_ cursor: inout ByteCursor, in array: ArrayPlace, budget: inout TrialBudget) throws(InputError) -> Bool {
        let start = cursor.capturedCount
        let line = cursor.line
        defer {
            budget.left -= cursor.capturedCount - start
            cursor.rewind(toCaptured: start, line: line)
        }
        guard budget.left > 0 else {
            throw InputError(file: cursor.file, place: "line \(budget.line)",
                             message: "a damaged array element with no element found after it in \(TrialBudget.bytes >> 20) MiB of trials: the array is broken beyond reading")
        }
        do {
            try skipValue(&cursor)
            try cursor.skipWhitespace()
            switch try cursor.peek() {
            case UInt8(ascii: ","): return true
            case UInt8(ascii: "]"):
                cursor.advance()
                return try canFollowArray(&cursor, array)
            default: return false
            }
        } catch {
            if cursor.sourceFailed { throw error }
            return false
        }
    }

    /// The bytes of the element at the cursor up to the last `}` of its line, when the line holds
    /// nothing after it but a comma or the array's closing bracket (and blanks); not consumed.
    private static func wholeLineElement(_ cursor: inout ByteCursor) throws(InputError) -> UnsafeRawBufferPointer? {
        guard try cursor.peek() == UInt8(ascii: "{"), let line = try cursor.peekLine(limit: WholeLineOffers.lineLimit) else { return nil }
        var end = line.count
        func dropBlanks() { while end > 0, isBlank(line[end - 1]) { end -= 1 } }
        dropBlanks()
        if end > 0, line[end - 1] == UInt8(ascii: ",") || line[end - 1] == UInt8(ascii: "]") {
            end -= 1
            dropBlanks()
        }
        guard end > 1, line[end - 1] == UInt8(ascii: "}") else { return nil }
        return UnsafeRawBufferPointer(rebasing: line[0..<end])
    }

    /// A top-level object is a LookupEvents page when it has an `Events` array, or a `body` object with
    /// one (the Tea SDKs' `{"headers", "statusCode", "body"}`): the elements are streamed one by one.
    /// Otherwise it is one record (a wrapper whose body holds no `Events` included: the decoder says why).
    private static func readTopLevelObject(_ cursor: inout ByteCursor, record: (TraceRecordBytes) -> Void,
                                           whole: (TraceRecordBytes) -> Bool, offers: inout WholeLineOffers) throws(InputError) {
        let line = cursor.line
        cursor.beginCapture()
        if !(try readMembers(&cursor, record: record, whole: whole, offers: &offers, inBody: false)) {
            record(TraceRecordBytes(line: line, bytes: cursor.endCapture(), problem: nil))
        }
    }

    /// Reads the object at the cursor, streaming its `Events` array's elements (and those of a `body`
    /// object's, at the top level); returns whether it streamed any array, in which case the capture the
    /// caller began is cancelled.
    private static func readMembers(_ cursor: inout ByteCursor, record: (TraceRecordBytes) -> Void,
                                    whole: (TraceRecordBytes) -> Bool, offers: inout WholeLineOffers, inBody: Bool) throws(InputError) -> Bool {
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
                    if !streamedEvents && cursor.isCapturing { cursor.cancelCapture() }
                    streamedEvents = true
                    try readArray(&cursor, in: .events, record: record, whole: whole, offers: &offers)
                } else if name == "body", !inBody, try cursor.peek() == UInt8(ascii: "{") {
                    if try readMembers(&cursor, record: record, whole: whole, offers: &offers, inBody: true) { streamedEvents = true }
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
        return streamedEvents
    }

    /// Reads a member name (a JSON string) and decodes it.
    private static func readName(_ cursor: inout ByteCursor) throws(InputError) -> String {
        let nested = cursor.isCapturing
        if !nested { cursor.beginCapture() }
        let start = cursor.capturedCount
        try skipString(&cursor)
        let name = cursor.peekCapture(from: start) { (bytes) -> String? in
            (try? JSONParser.parse(bytes, options: .record))?.stringValue
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
            try cursor.skipContainer(maximumDepth: JSONParser.maximumDepth)
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
        try cursor.skipStringBody()
    }
}

/// One record's bytes and the line it starts on, or the problem that spoiled it.
public struct TraceRecordBytes {
    /// The 1-based line where the record starts.
    public let line: Int
    /// The record's JSON text, valid only during the call that receives it.
    public let bytes: UnsafeRawBufferPointer
    /// Set when the record could not even be delimited (e.g. an overlong line); `bytes` is then empty.
    public let problem: String?

    /// A record of `bytes` starting on `line`, or the `problem` that spoiled it.
    public init(line: Int, bytes: UnsafeRawBufferPointer, problem: String?) {
        self.line = line
        self.bytes = bytes
        self.problem = problem
    }
}
