#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The earliest events of each cell of a `CompactUsage`, kept in fixed slots of flat arrays: up to
/// `UsageStats.sampleEventLimit` (time, event id) pairs per cell, sorted and distinct as
/// `EventSample`s are. Ids are bytes in place, not strings, so the memory of a fold depends on its
/// cells, never on how many events replaced each other as samples, and merging copies no strings.
/// A slot holds 36 bytes, an ActionTrail event id's length; longer ids are kept aside by slot.
struct SampleSlots: Sendable {
    private static let limit = UsageStats.sampleEventLimit
    private static let slotBytes = 36
    /// The length of an id kept in `longIds`.
    private static let longLength = UInt8.max

    /// The samples a cell holds.
    private var counts: [UInt8] = []
    /// Slot `cell * limit + i` is the cell's `i`-th sample.
    private var times: [Int64] = []
    private var lengths: [UInt8] = []
    /// Slot `s`'s id is `bytes[s * slotBytes ..< s * slotBytes + lengths[s]]`, unless it is long.
    private var bytes: [UInt8] = []
    private var longIds: [Int: [UInt8]] = [:]

    /// Adds the slots of one more cell, empty.
    mutating func appendCell() {
        counts.append(0)
        times.append(contentsOf: Self.emptyTimes)
        lengths.append(contentsOf: Self.emptyLengths)
        bytes.append(contentsOf: Self.emptyBytes)
    }

    /// Adds the slots of one more cell, holding what `other`'s cell `otherCell` holds.
    mutating func appendCell(copying otherCell: Int, of other: SampleSlots) {
        let first = otherCell * Self.limit, slot = counts.count * Self.limit
        counts.append(other.counts[otherCell])
        times.append(contentsOf: other.times[first ..< first + Self.limit])
        lengths.append(contentsOf: other.lengths[first ..< first + Self.limit])
        bytes.append(contentsOf: other.bytes[first * Self.slotBytes ..< (first + Self.limit) * Self.slotBytes])
        for offset in 0..<Self.limit where other.lengths[first + offset] == Self.longLength {
            longIds[slot + offset] = other.longIds[first + offset]
        }
    }

    /// One cell's slots, empty: appended as arrays, which copy, where repeated elements are counted out.
    private static let emptyTimes = [Int64](repeating: 0, count: limit)
    private static let emptyLengths = [UInt8](repeating: 0, count: limit)
    private static let emptyBytes = [UInt8](repeating: 0, count: limit * slotBytes)

    /// Keeps the event (`time`, `id`) if it is among `cell`'s earliest; returns the time after which
    /// no event can be (the latest sample's once the cell is full, else `Int64.max`).
    mutating func offer(cell: Int, time: Int64, id: UnsafeRawBufferPointer) -> Int64 {
        let first = cell * Self.limit
        let count = Int(counts[cell])
        var position = 0
        while position < count {
            let order = compare(time, id, withSlot: first + position)
            if order == 0 { return cutoff(cell) }
            if order < 0 { break }
            position += 1
        }
        if position == Self.limit { return cutoff(cell) }
        var slot = first + min(count, Self.limit - 1)
        while slot > first + position {
            move(from: slot - 1, to: slot)
            slot -= 1
        }
        store(time, id, in: first + position)
        if count < Self.limit { counts[cell] += 1 }
        return cutoff(cell)
    }

    /// Offers each of `other`'s samples of `otherCell` to `cell`; returns `cell`'s new cutoff.
    mutating func merge(cell: Int, from other: SampleSlots, cell otherCell: Int) -> Int64 {
        var cutoff = cutoff(cell)
        // Samples come earliest first: past the cutoff, none of the rest can be kept either.
        for slot in otherCell * Self.limit ..< otherCell * Self.limit + Int(other.counts[otherCell]) where other.times[slot] <= cutoff {
            other.withId(slot) { cutoff = offer(cell: cell, time: other.times[slot], id: $0) }
        }
        return cutoff
    }

    /// `cell`'s samples, earliest first.
    func samples(of cell: Int) -> [EventSample] {
        var samples: [EventSample] = []
        samples.reserveCapacity(Int(counts[cell]))
        for slot in cell * Self.limit ..< cell * Self.limit + Int(counts[cell]) {
            samples.append(withId(slot) { EventSample(time: times[slot], id: String(decoding: $0, as: UTF8.self)) })
        }
        return samples
    }

    private func cutoff(_ cell: Int) -> Int64 {
        Int(counts[cell]) == Self.limit ? times[cell * Self.limit + Self.limit - 1] : Int64.max
    }

    /// The order of (`time`, `id`) against slot `slot`'s sample: negative before, 0 equal, positive after.
    private func compare(_ time: Int64, _ id: UnsafeRawBufferPointer, withSlot slot: Int) -> Int {
        if time != times[slot] { return time < times[slot] ? -1 : 1 }
        return withId(slot) { Self.compare(id, $0) }
    }

    /// Orders ids as their strings order: by bytes when both are ASCII (the same order), else as strings.
    private static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        guard a.allSatisfy({ $0 < 0x80 }) && b.allSatisfy({ $0 < 0x80 }) else {
            let (left, right) = (String(decoding: a, as: UTF8.self), String(decoding: b, as: UTF8.self))
            return left == right ? 0 : (left < right ? -1 : 1)
        }
        let common = min(a.count, b.count)
        if common > 0, case let order = memcmp(a.baseAddress!, b.baseAddress!, common), order != 0 { return order < 0 ? -1 : 1 }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    private func withId<Result>(_ slot: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        if lengths[slot] == Self.longLength { return longIds[slot]!.withUnsafeBytes(body) }
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[slot * Self.slotBytes ..< slot * Self.slotBytes + Int(lengths[slot])])) }
    }

    private mutating func store(_ time: Int64, _ id: UnsafeRawBufferPointer, in slot: Int) {
        times[slot] = time
        if id.count > Self.slotBytes {
            lengths[slot] = Self.longLength
            longIds[slot] = Array(id)
            return
        }
        if lengths[slot] == Self.longLength { longIds[slot] = nil }
        lengths[slot] = UInt8(id.count)
        bytes.withUnsafeMutableBytes { storage in
            storage.baseAddress!.advanced(by: slot * Self.slotBytes).copyMemory(from: id.baseAddress ?? UnsafeRawPointer(storage.baseAddress!), byteCount: id.count)
        }
    }

    private mutating func move(from source: Int, to target: Int) {
        times[target] = times[source]
        if lengths[target] == Self.longLength { longIds[target] = nil }
        lengths[target] = lengths[source]
        if lengths[source] == Self.longLength {
            longIds[target] = longIds[source]
            return
        }
        bytes.withUnsafeMutableBytes { storage in
            let base = storage.baseAddress!
            base.advanced(by: target * Self.slotBytes).copyMemory(from: base.advanced(by: source * Self.slotBytes), byteCount: Self.slotBytes)
        }
    }
}
