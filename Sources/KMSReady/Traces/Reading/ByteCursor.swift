#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read position over a `ByteSource` that refills one growable buffer in large blocks, counts lines,
/// finds line ends with `memchr`, and can capture the bytes of a span (one JSON value) however many
/// refills it takes. Spans handed out point into the buffer and stay valid until the next read.
struct ByteCursor {
    private var source: any ByteSource
    private let storage: ByteStorage
    private var base: UnsafeMutablePointer<UInt8>
    private var position = 0
    private var end = 0
    private var captureStart: Int?
    private var captureLine = 1
    private var ended = false
    /// Bytes dropped from the front of the buffer so far.
    private var discarded = 0
    /// Whether reading the source failed (a damaged gzip stream, an I/O error), as opposed to the bytes
    /// read breaking the structure a caller expected.
    private(set) var sourceFailed = false
    /// The 1-based line of the next byte.
    private(set) var line = 1
    let file: String

    /// The smallest free space a read is given (a quarter of the buffer it starts with).
    private let blockSize: Int
    /// The most one read asks for.
    private let readSize: Int

    /// The smallest free space a read of a reading cursor is given.
    static let readingBlockSize = 1 << 20
    /// The most one read of a reading cursor asks for: bytes that stay in a core's own cache from the
    /// copy out of the page cache to the scan. (Reads filling the whole 4 MiB buffer made two jobs on
    /// 256 MB of fleet traffic 10 % slower, median of twelve: each worker's reads pushed the other's bytes
    /// out of the shared cache.)
    static let readingReadSize = 256 << 10
    /// The block of a cursor that looks at a file's first bytes only: a reading cursor's first read, into
    /// fresh pages of its 4 MiB buffer, took 0.23 ms of the 0.45 ms that planning a two-job fold of one
    /// file took, on the critical path before any worker starts.
    static let peekingBlockSize = 4 << 10
    /// A single JSON value (one event, one line) larger than this is refused rather than buffered.
    static let captureLimit = 64 << 20

    /// A cursor over `source`, the bytes of `file`, reading blocks of `blockSize` bytes at least.
    init(source: any ByteSource, file: String, blockSize: Int = readingBlockSize) {
        self.source = source
        self.file = file
        self.blockSize = blockSize
        readSize = min(Self.readingReadSize, blockSize)
        storage = ByteStorage(capacity: 4 * blockSize)
        base = storage.pointer
    }

    /// Bytes consumed from the stream.
    var consumed: Int { discarded + position }

    /// The next byte without consuming it; `nil` at the end of the stream.
    @inline(__always)
    mutating func peek() throws(InputError) -> UInt8? {
        if position < end { return base[position] }
        return try refill() ? base[position] : nil
    }

    /// Consumes one byte.
    @inline(__always)
    mutating func advance() {
        if base[position] == 0x0A { line += 1 }
        position += 1
    }

    /// Consumes and returns the next byte.
    mutating func next() throws(InputError) -> UInt8? {
        guard let byte = try peek() else { return nil }
        advance()
        return byte
    }

    /// Skips JSON whitespace and a UTF-8 byte order mark at the start of the stream.
    mutating func skipWhitespace() throws(InputError) {
        while let byte = try peek() {
            switch byte {
            case 0x20, 0x0A, 0x0D, 0x09: advance()
            case 0xEF where consumed == 0:
                advance(); _ = try next(); _ = try next()
            default: return
            }
        }
    }

    /// One line of a JSON-lines stream.
    enum Line {
        /// The line's bytes without the line break.
        case text(UnsafeRawBufferPointer)
        /// The last line, which the stream ended inside: no line break follows it.
        case unterminated(UnsafeRawBufferPointer)
        /// A line longer than `captureLimit`, skipped.
        case tooLong
    }

    /// The next line, or `nil` at the end of the stream; `line` is then the number of the next one.
    mutating func nextLine() throws(InputError) -> Line? {
        var searchFrom = position
        var tooLong = false
        while true {
            if let found = memchr(base + searchFrom, 0x0A, end - searchFrom) {
                let newline = UnsafeMutablePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                let span = UnsafeRawBufferPointer(start: base + position, count: newline - position)
                position = newline + 1
                line += 1
                return tooLong ? .tooLong : .text(span)
            }
            if end - position > Self.captureLimit {
                tooLong = true
                position = end
            }
            let scanned = end - position
            guard try refill() else {
                guard position < end || tooLong else { return nil }
                let span = UnsafeRawBufferPointer(start: base + position, count: end - position)
                position = end
                return tooLong ? .tooLong : .unterminated(span)
            }
            searchFrom = position + scanned
        }
    }

    /// The bytes from the current position up to the next line break (not included) or the end of the
    /// stream, without consuming them; `nil` when more than `limit` bytes come before either. The bytes
    /// stay valid until the next read.
    mutating func peekLine(limit: Int) throws(InputError) -> UnsafeRawBufferPointer? {
        var searchFrom = position
        while true {
            let searchEnd = min(end, position + limit)
            if searchEnd > searchFrom, let found = memchr(base + searchFrom, 0x0A, searchEnd - searchFrom) {
                let newline = UnsafeMutablePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                return UnsafeRawBufferPointer(start: base + position, count: newline - position)
            }
            if end - position >= limit { return nil }
            let scanned = end - position
            guard try refill() else { return UnsafeRawBufferPointer(start: base + position, count: end - position) }
            searchFrom = position + scanned
        }
    }

    /// Consumes `count` bytes of what `peekLine` gave (no line break among them).
    mutating func skip(_ count: Int) {
        precondition(count <= end - position, "skipping bytes not read")
        position += count
    }

    /// Skips the rest of a JSON string whose opening quote was consumed, up to and including its
    /// closing quote; escapes are stepped over, not checked (the record's parser checks them).
    mutating func skipStringBody() throws(InputError) {
        while true {
            position = skipPlainStringWords(base, from: position, end: end)
            guard position < end else {
                guard try refill() else { throw error("unexpected end of file inside a string") }
                continue
            }
            let byte = base[position]
            position += 1
            switch byte {
            case 0x22:
                return
            case 0x5C:
                if position == end, !(try refill()) { throw error("unexpected end of file inside a string") }
                position += 1
            case 0x0A:
                position -= 1
                throw error("line break inside a string")
            default:
                break
            }
        }
    }

    /// Skips the JSON object or array that starts at the current byte, structurally: strings are
    /// stepped over and brackets counted, and matched to their kind in the first 64 levels, so that a
    /// value missing a brace is found out at the next bracket of the other kind rather than taking its
    /// neighbours with it (the record's parser checks the rest).
    mutating func skipContainer(maximumDepth: Int) throws(InputError) {
        let startLine = line
        var depth = 0
        // Bit n set: level n + 1 is an array.
        var arrays: UInt64 = 0
        while true {
            while position < end {
                let byte = base[position]
                position += 1
                switch byte {
                case 0x22:
                    try skipStringBody()
                case 0x7B, 0x5B:
                    if depth < 64 && byte == 0x5B { arrays |= 1 << UInt64(depth) }
                    depth += 1
                    if depth > maximumDepth { throw error("nesting deeper than \(maximumDepth) levels") }
                case 0x7D, 0x5D:
                    depth -= 1
                    if depth < 64 {
                        let isArray = arrays & (1 << UInt64(depth)) != 0
                        if isArray != (byte == 0x5D) { throw error("'\(byte == 0x5D ? "]" : "}")' closes \(isArray ? "an array" : "an object")") }
                        arrays &= ~(1 << UInt64(depth))
                    }
                    if depth == 0 { return }
                case 0x0A:
                    line += 1
                default:
                    break
                }
            }
            guard try refill() else { throw error("unexpected end of file inside a value that starts at line \(startLine)") }
        }
    }

    /// Starts capturing at the current position.
    mutating func beginCapture() {
        captureStart = position
        captureLine = line
    }

    /// Whether a capture is under way.
    var isCapturing: Bool { captureStart != nil }

    /// How many bytes the capture under way holds.
    var capturedCount: Int { position - (captureStart ?? position) }

    /// Passes the captured bytes from `offset` on to `body`, keeping the capture going.
    func peekCapture<T>(from offset: Int, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        body(UnsafeRawBufferPointer(start: base + captureStart! + offset, count: position - captureStart! - offset))
    }

    /// Moves back to where the capture started and ends it: the captured bytes will be read again.
    mutating func rewindToCapture() {
        position = captureStart!
        line = captureLine
        captureStart = nil
    }

    /// Moves back to `offset` bytes after the capture's start, which was on `line`, keeping the capture.
    mutating func rewind(toCaptured offset: Int, line: Int) {
        position = captureStart! + offset
        self.line = line
    }

    /// Ends the capture and returns the captured bytes (valid until the next read).
    mutating func endCapture() -> UnsafeRawBufferPointer {
        let start = captureStart!
        captureStart = nil
        return UnsafeRawBufferPointer(start: base + start, count: position - start)
    }

    /// Drops the capture without using it.
    mutating func cancelCapture() { captureStart = nil }

    /// An error at the current line.
    func error(_ message: String) -> InputError {
        InputError(file: file, place: "line \(line)", message: message)
    }

    /// Reads more bytes; keeps those still needed (from the capture start, or the position) at the
    /// front of the buffer and grows it when a capture fills it.
    private mutating func refill() throws(InputError) -> Bool {
        guard !ended else { return false }
        let keep = captureStart ?? position
        if keep > 0 {
            memmove(base, base + keep, end - keep)
            end -= keep
            position -= keep
            discarded += keep
            if captureStart != nil { captureStart = 0 }
        }
        if end > Self.captureLimit {
            throw error("a single JSON value longer than \(Self.captureLimit >> 20) MiB")
        }
        if storage.capacity - end < blockSize {
            storage.grow(to: storage.capacity * 2)
            base = storage.pointer
        }
        let count: Int
        do {
            count = try source.read(into: UnsafeMutableRawBufferPointer(start: base + end, count: min(storage.capacity - end, readSize)))
        } catch {
            sourceFailed = true
            throw error
        }
        if count == 0 { ended = true; return false }
        end += count
        return true
    }
}
