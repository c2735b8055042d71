/// One event of a group, ordered by time then id.
///
/// An id of up to 39 ASCII bytes (an ActionTrail event id has 36) is kept in the sample itself rather
/// than in a string of its own: a summary holds up to three samples per call group, and a string per
/// id was a quarter of a summary's memory and of its allocations. Other ids are kept as strings.
/// Either way, samples compare, order and hash as their ids' strings do.
public struct EventSample: Comparable, Hashable, Sendable {
    public var time: Int64
    private var storedId: StoredId

    /// The sample of the event `id` at `time`.
    public init(time: Int64, id: String) {
        self.time = time
        var utf8 = id
        storedId = utf8.withUTF8 { StoredId($0) } ?? .string(id)
    }

    /// The sample of the event whose id is the UTF-8 `idBytes`, at `time`.
    init(time: Int64, idBytes: UnsafeRawBufferPointer) {
        self.time = time
        storedId = StoredId(idBytes.assumingMemoryBound(to: UInt8.self)) ?? .string(String(decoding: idBytes, as: UTF8.self))
    }

    /// The event's id.
    public var id: String {
        get {
            if case .string(let string) = storedId { return string }
            return withIdUTF8 { String(decoding: $0, as: UTF8.self) }
        }
        set { self = EventSample(time: time, id: newValue) }
    }

    /// Calls `body` with the UTF-8 bytes of the id (no string is made for an id kept in the sample).
    func withIdUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storedId {
        case .ascii(var bytes):
            return withUnsafeBytes(of: &bytes) { raw in body(UnsafeBufferPointer(rebasing: raw.assumingMemoryBound(to: UInt8.self)[..<Int(raw[39])])) }
        case .string(var string):
            return string.withUTF8(body)
        }
    }

    public static func == (lhs: EventSample, rhs: EventSample) -> Bool {
        guard lhs.time == rhs.time else { return false }
        if case .ascii(let left) = lhs.storedId, case .ascii(let right) = rhs.storedId { return left == right }
        // A string may equal an ASCII id without being ASCII (U+212A KELVIN SIGN is "K").
        return lhs.id == rhs.id
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(time)
        hasher.combine(id)
    }

    public static func < (lhs: EventSample, rhs: EventSample) -> Bool {
        if lhs.time != rhs.time { return lhs.time < rhs.time }
        if case .ascii = lhs.storedId, case .ascii = rhs.storedId {
            // ASCII strings order as their bytes do.
            return lhs.withIdUTF8 { left in rhs.withIdUTF8 { right in left.lexicographicallyPrecedes(right) } }
        }
        return lhs.id < rhs.id
    }

    /// An id: up to 39 ASCII bytes in place, the count in the last byte; else a string.
    private enum StoredId: Sendable {
        case ascii(ASCIIBytes)
        case string(String)

        /// Forty bytes: 39 for the id, its count in the last.
        struct ASCIIBytes: Equatable, Sendable {
            var words: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)

            static func == (lhs: ASCIIBytes, rhs: ASCIIBytes) -> Bool {
                lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2 && lhs.words.3 == rhs.words.3
                    && lhs.words.4 == rhs.words.4
            }
        }

        /// The id `utf8` in place, or `nil` when it is longer than 39 bytes or not ASCII.
        init?(_ utf8: UnsafeBufferPointer<UInt8>) {
            guard utf8.count < 40 else { return nil }
            var bytes = ASCIIBytes()
            withUnsafeMutableBytes(of: &bytes.words) { raw in
                if let start = utf8.baseAddress { raw.baseAddress!.copyMemory(from: start, byteCount: utf8.count) }
                raw[39] = UInt8(utf8.count)
            }
            // ASCII when no byte has its high bit set (the count's byte never has), a word at a time.
            let words = bytes.words
            guard (words.0 | words.1 | words.2 | words.3 | words.4) & 0x8080_8080_8080_8080 == 0 else { return nil }
            self = .ascii(bytes)
        }
    }
}
