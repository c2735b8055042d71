/// One event of a group, ordered by time then id.
///
/// An id in a UUID's canonical form (the form of ActionTrail's event ids: 36 characters, hex digits of
/// one case in groups of 8-4-4-4-12) is kept as its 128 bits rather than as a string: a summary holds
/// up to three samples per call group, a string per id was a quarter of a summary's memory and of its
/// allocations, and with the id's 40 bytes in place a sample took 56 bytes, where it now takes 32.
/// Other ids are kept as strings. Either way, samples compare, order and hash as their ids' strings do.
public struct EventSample: Comparable, Hashable, Sendable {
    public var time: Int64
    private var storedId: StoredId

    /// The sample of the event `id` at `time`.
    public init(time: Int64, id: String) {
        self.time = time
        var utf8 = id
        storedId = utf8.withUTF8 { StoredId(uuid: $0) } ?? .string(id)
    }

    /// The sample of the event whose id is the UTF-8 `idBytes`, at `time`.
    init(time: Int64, idBytes: UnsafeRawBufferPointer) {
        self.time = time
        storedId = StoredId(uuid: idBytes.assumingMemoryBound(to: UInt8.self)) ?? .string(String(decoding: idBytes, as: UTF8.self))
    }

    /// The sample of the event at `time` whose id is the UUID of bits `high` and `low`, written with
    /// uppercase or lowercase letters.
    init(time: Int64, uuidHigh high: UInt64, low: UInt64, uppercase: Bool) {
        self.time = time
        storedId = uppercase ? .uppercaseUUID(high, low) : .lowercaseUUID(high, low)
    }

    /// The event's id.
    public var id: String {
        get {
            if case .string(let string) = storedId { return string }
            return withIdUTF8 { String(decoding: $0, as: UTF8.self) }
        }
        set { self = EventSample(time: time, id: newValue) }
    }

    /// Calls `body` with the UTF-8 bytes of the id (no string is made for an id kept as a UUID).
    func withIdUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storedId {
        case .uppercaseUUID(let high, let low):
            return UUIDText.withText(high, low, uppercase: true, body)
        case .lowercaseUUID(let high, let low):
            return UUIDText.withText(high, low, uppercase: false, body)
        case .string(var string):
            return string.withUTF8(body)
        }
    }

    public static func == (lhs: EventSample, rhs: EventSample) -> Bool {
        guard lhs.time == rhs.time else { return false }
        switch (lhs.storedId, rhs.storedId) {
        case let (.uppercaseUUID(leftHigh, leftLow), .uppercaseUUID(rightHigh, rightLow)),
             let (.lowercaseUUID(leftHigh, leftLow), .lowercaseUUID(rightHigh, rightLow)):
            return leftHigh == rightHigh && leftLow == rightLow
        default:
            // A string may equal another without equal bytes (U+212A KELVIN SIGN is "K").
            return lhs.id == rhs.id
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(time)
        hasher.combine(id)
    }

    public static func < (lhs: EventSample, rhs: EventSample) -> Bool {
        if lhs.time != rhs.time { return lhs.time < rhs.time }
        switch (lhs.storedId, rhs.storedId) {
        case let (.uppercaseUUID(leftHigh, leftLow), .uppercaseUUID(rightHigh, rightLow)),
             let (.lowercaseUUID(leftHigh, leftLow), .lowercaseUUID(rightHigh, rightLow)):
            // Hex digits of one case order as their values, and the dashes stand in the same places.
            return (leftHigh, leftLow) < (rightHigh, rightLow)
        default:
            return lhs.id < rhs.id
        }
    }

    /// An id: a UUID's 128 bits, with the case of its letters (one with no letters is uppercase, so that
    /// equal texts are always stored alike), or a string.
    private enum StoredId: Sendable {
        case uppercaseUUID(UInt64, UInt64)
        case lowercaseUUID(UInt64, UInt64)
        case string(String)

        /// The UUID `utf8` spells, or `nil` when it is not one in canonical form with letters of one case.
        init?(uuid utf8: UnsafeBufferPointer<UInt8>) {
            guard let (high, low, uppercase) = UUIDText.parse(utf8) else { return nil }
            self = uppercase ? .uppercaseUUID(high, low) : .lowercaseUUID(high, low)
        }
    }
}
