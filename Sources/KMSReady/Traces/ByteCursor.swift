/// A read position over a `ByteSource` that refills a buffer in large blocks, counts lines, and can
/// capture the bytes of a span (one JSON value) however many refills it takes.
struct ByteCursor {
    private var source: any ByteSource
    private let block = ReadBlock(byteCount: ByteCursor.blockSize)
    private var buffer: [UInt8] = []
    private var position = 0
    private var captureStart: Int?
    private var ended = false
    /// The 1-based line of the next byte.
    private(set) var line = 1
    /// Bytes consumed from the stream.
    private(set) var consumed = 0
    let file: String

    static let blockSize = 1 << 20
    /// A single JSON value (one event, one line) larger than this is refused rather than buffered.
    static let captureLimit = 64 << 20

    init(source: any ByteSource, file: String) {
        self.source = source
        self.file = file
    }

    /// The next byte without consuming it; `nil` at the end of the stream.
    mutating func peek() throws(InputError) -> UInt8? {
        if position < buffer.count { return buffer[position] }
        return try refill() ? buffer[position] : nil
    }

    /// Consumes one byte.
    mutating func advance() {
        if buffer[position] == 0x0A { line += 1 }
        position += 1
        consumed += 1
    }

    /// Consumes and returns the next byte.
    mutating func next() throws(InputError) -> UInt8? {
        guard let byte = try peek() else { return nil }
        advance()
        return byte
    }

    /// Skips JSON whitespace and a UTF-8 byte order mark.
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

    private var captureLine = 1
    private var captureConsumed = 0

    /// Starts capturing at the current position.
    mutating func beginCapture() {
        captureStart = position
        captureLine = line
        captureConsumed = consumed
    }

    /// Whether a capture is under way.
    var isCapturing: Bool { captureStart != nil }

    /// How many bytes the capture under way holds.
    var capturedCount: Int { position - (captureStart ?? position) }

    /// Passes the captured bytes from `offset` on to `body`, keeping the capture going.
    func peekCapture<T>(from offset: Int, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        let start = captureStart! + offset
        return buffer.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<position])) }
    }

    /// Moves back to where the capture started and ends it: the captured bytes will be read again.
    mutating func rewindToCapture() {
        position = captureStart!
        line = captureLine
        consumed = captureConsumed
        captureStart = nil
    }

    /// Ends the capture and passes the captured bytes to `body`.
    mutating func endCapture<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        let start = captureStart!
        captureStart = nil
        return try buffer.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start..<position])) }
    }

    /// Drops the capture without using it.
    mutating func cancelCapture() { captureStart = nil }

    /// An error at the current line.
    func error(_ message: String) -> InputError {
        InputError(file: file, place: "line \(line)", message: message)
    }

    /// Reads another block; keeps the bytes still needed (from the capture start, or the position).
    private mutating func refill() throws(InputError) -> Bool {
        guard !ended else { return false }
        let keep = captureStart ?? position
        if keep > 0 {
            buffer.removeSubrange(0..<keep)
            position -= keep
            if captureStart != nil { captureStart = 0 }
        }
        if buffer.count - (captureStart ?? position) > Self.captureLimit {
            throw error("a single JSON value longer than \(Self.captureLimit >> 20) MiB")
        }
        let count = try source.read(into: block.storage)
        if count == 0 { ended = true; return false }
        buffer.append(contentsOf: block.storage[0..<count])
        return true
    }
}

/// A block of memory that reads land in before they join the cursor's buffer; freed with its last owner.
final class ReadBlock {
    let storage: UnsafeMutableRawBufferPointer

    init(byteCount: Int) { storage = .allocate(byteCount: byteCount, alignment: 16) }

    deinit { storage.deallocate() }
}
