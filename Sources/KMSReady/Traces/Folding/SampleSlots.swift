#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The earliest events of each cell of a `CompactUsage`, kept in fixed slots: up to
/// `UsageStats.sampleEventLimit` (time, event id) pairs per cell, sorted and distinct as
/// `EventSample`s are. Ids are bytes in place, not strings, so the memory of a fold depends on its
/// cells, never on how many events replaced each other as samples, and merging copies no strings.
/// A slot holds 16 bytes: an id in a UUID's canonical form (an ActionTrail event id) as its bits
/// (`UUIDText`), another id of up to 16 bytes as it is; longer ids are kept aside by slot.
///
/// A cell's slots are one fixed-size record — the samples' times, their ids' bytes, the ids' forms,
/// then the count — so that a cell's samples share cache lines, and adding a cell (which a fold does
/// for every new caller of a key) or copying one is a single array element.
struct SampleSlots: Sendable {
    private static let limit = UsageStats.sampleEventLimit
    private static let slotBytes = 16
    /// The forms of a slot's id other than its length, for an id in place (0 to `slotBytes`): a UUID's
    /// bits, its letters uppercase or lowercase, or an id kept in `longIds`.
    private static let uppercaseUUID = UInt8.max - 2, lowercaseUUID = UInt8.max - 1, keptAside = UInt8.max

    // The layout of a record: the times first, so that they stay eight-byte aligned.
    private static let idsOffset = 8 * limit
    private static let formsOffset = idsOffset + limit * slotBytes
    static let countOffset = formsOffset + limit
    static let recordBytes = MemoryLayout<Record>.stride

    /// A cell's record, as words so that records are copied by word; all zero is a cell with no
    /// samples. (80 bytes: `countOffset` must stay below it, which a test checks.)
    private struct Record {
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    }

    private var records: [Record] = []
    /// The ids longer than a slot, by slot (`cell * limit + i`).
    private var longIds: [Int: [UInt8]] = [:]

    /// Makes room for the slots of `cells` cells in all.
    mutating func reserve(cells: Int) {
        records.reserveCapacity(cells)
    }

    /// Adds the slots of one more cell, empty.
    mutating func appendCell() {
        records.append(Record())
    }

    /// Adds the slots of one more cell, holding what `other`'s cell `otherCell` holds.
    mutating func appendCell(copying otherCell: Int, of other: SampleSlots) {
        let cell = records.count
        records.append(other.records[otherCell])
        for index in 0..<other.count(otherCell) where other.form(otherCell, index) == Self.keptAside {
            longIds[cell * Self.limit + index] = other.longIds[otherCell * Self.limit + index]
        }
    }

    /// Keeps the event (`time`, `id`) if it is among `cell`'s earliest; returns the time after which
    /// no event can be (the latest sample's once the cell is full, else `Int64.max`).
    mutating func offer(cell: Int, time: Int64, id: UnsafeRawBufferPointer) -> Int64 {
        if let position = position(of: time, in: cell, idOrder: { withId(cell, $0) { Self.compare(id, $0) } }) {
            makeRoom(in: cell, at: position)
            store(time, id, in: cell, position)
        }
        return cutoff(cell)
    }

    /// Offers each of `other`'s samples of `otherCell` to `cell`, a kept one copied slot and all (a
    /// UUID's bits are never written out as text and read back); returns `cell`'s new cutoff.
    mutating func merge(cell: Int, from other: SampleSlots, cell otherCell: Int) -> Int64 {
        // Samples come earliest first: past the cutoff, none of the rest can be kept either.
        for index in 0..<other.count(otherCell) where other.time(otherCell, index) <= cutoff(cell) {
            let idOrder = { position in other.withId(otherCell, index) { id in withId(cell, position) { Self.compare(id, $0) } } }
            guard let position = position(of: other.time(otherCell, index), in: cell, idOrder: idOrder) else { continue }
            makeRoom(in: cell, at: position)
            if other.form(otherCell, index) == Self.keptAside {
                longIds[cell * Self.limit + position] = other.longIds[otherCell * Self.limit + index]
            } else if form(cell, position) == Self.keptAside {
                longIds[cell * Self.limit + position] = nil
            }
            other.records.withUnsafeBytes { source in
                records.withUnsafeMutableBytes { target in
                    Self.copySlot(index, of: source.baseAddress! + otherCell * Self.recordBytes,
                                  to: position, of: target.baseAddress! + cell * Self.recordBytes)
                }
            }
        }
        return cutoff(cell)
    }

    /// Where a sample at `time` goes among `cell`'s, its id ordered against sample `i`'s by `idOrder(i)`
    /// (called only for samples of the same time); `nil` when the cell holds it already or is full of
    /// earlier ones.
    @inline(__always)
    private func position(of time: Int64, in cell: Int, idOrder: (Int) -> Int) -> Int? {
        let count = self.count(cell)
        var position = 0
        while position < count {
            let sampleTime = self.time(cell, position)
            let order = time != sampleTime ? (time < sampleTime ? -1 : 1) : idOrder(position)
            if order == 0 { return nil }
            if order < 0 { break }
            position += 1
        }
        return position == Self.limit ? nil : position
    }

    /// Moves `cell`'s samples from `position` on one slot later (the last one dropped when the cell is
    /// full) and counts the slot at `position`, which the caller then fills.
    @inline(__always)
    private mutating func makeRoom(in cell: Int, at position: Int) {
        let count = self.count(cell)
        var index = min(count, Self.limit - 1)
        while index > position {
            move(cell, from: index - 1, to: index)
            index -= 1
        }
        if count < Self.limit { setByte(cell, Self.countOffset, UInt8(count + 1)) }
    }

    /// `cell`'s samples, earliest first.
    func samples(of cell: Int) -> [EventSample] {
        let count = count(cell)
        var samples: [EventSample] = []
        samples.reserveCapacity(count)
        for index in 0..<count {
            let time = time(cell, index)
            if let (high, low, uppercase) = uuid(cell, index) {
                samples.append(EventSample(time: time, uuidHigh: high, low: low, uppercase: uppercase))
            } else {
                samples.append(withId(cell, index) { EventSample(time: time, idBytes: $0) })
            }
        }
        return samples
    }

    private func cutoff(_ cell: Int) -> Int64 {
        count(cell) == Self.limit ? time(cell, Self.limit - 1) : Int64.max
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

    // MARK: The record of a cell

    private func count(_ cell: Int) -> Int { Int(byte(cell, Self.countOffset)) }

    private func form(_ cell: Int, _ index: Int) -> UInt8 { byte(cell, Self.formsOffset + index) }

    private func byte(_ cell: Int, _ offset: Int) -> UInt8 {
        records.withUnsafeBytes { $0[cell * Self.recordBytes + offset] }
    }

    private mutating func setByte(_ cell: Int, _ offset: Int, _ value: UInt8) {
        records.withUnsafeMutableBytes { $0[cell * Self.recordBytes + offset] = value }
    }

    private func time(_ cell: Int, _ index: Int) -> Int64 {
        records.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: cell * Self.recordBytes + 8 * index, as: Int64.self) }
    }

    /// The bits of sample `index`'s id, and whether its letters are uppercase, when the id is a UUID.
    private func uuid(_ cell: Int, _ index: Int) -> (high: UInt64, low: UInt64, uppercase: Bool)? {
        let form = form(cell, index)
        guard form == Self.uppercaseUUID || form == Self.lowercaseUUID else { return nil }
        return records.withUnsafeBytes { records in
            let start = cell * Self.recordBytes + Self.idsOffset + index * Self.slotBytes
            return (records.loadUnaligned(fromByteOffset: start, as: UInt64.self), records.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self),
                    form == Self.uppercaseUUID)
        }
    }

    private func withId<Result>(_ cell: Int, _ index: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        if let (high, low, uppercase) = uuid(cell, index) { return UUIDText.withText(high, low, uppercase: uppercase) { body(UnsafeRawBufferPointer($0)) } }
        let form = form(cell, index)
        if form == Self.keptAside { return longIds[cell * Self.limit + index]!.withUnsafeBytes(body) }
        return records.withUnsafeBytes { records in
            let start = cell * Self.recordBytes + Self.idsOffset + index * Self.slotBytes
            return body(UnsafeRawBufferPointer(rebasing: records[start ..< start + Int(form)]))
        }
    }

    private mutating func store(_ time: Int64, _ id: UnsafeRawBufferPointer, in cell: Int, _ index: Int) {
        let slot = cell * Self.limit + index
        let uuid = UUIDText.parse(id.assumingMemoryBound(to: UInt8.self))
        let long = uuid == nil && id.count > Self.slotBytes
        if long { longIds[slot] = Array(id) } else if form(cell, index) == Self.keptAside { longIds[slot] = nil }
        records.withUnsafeMutableBytes { records in
            let record = records.baseAddress! + cell * Self.recordBytes
            let idStart = Self.idsOffset + index * Self.slotBytes
            record.storeBytes(of: time, toByteOffset: 8 * index, as: Int64.self)
            if let (high, low, uppercase) = uuid {
                record.storeBytes(of: uppercase ? Self.uppercaseUUID : Self.lowercaseUUID, toByteOffset: Self.formsOffset + index, as: UInt8.self)
                record.storeBytes(of: high, toByteOffset: idStart, as: UInt64.self)
                record.storeBytes(of: low, toByteOffset: idStart + 8, as: UInt64.self)
                return
            }
            record.storeBytes(of: long ? Self.keptAside : UInt8(id.count), toByteOffset: Self.formsOffset + index, as: UInt8.self)
            if !long, let bytes = id.baseAddress { (record + idStart).copyMemory(from: bytes, byteCount: id.count) }
        }
    }

    private mutating func move(_ cell: Int, from source: Int, to target: Int) {
        let (sourceSlot, targetSlot) = (cell * Self.limit + source, cell * Self.limit + target)
        if form(cell, target) == Self.keptAside { longIds[targetSlot] = nil }
        if form(cell, source) == Self.keptAside { longIds[targetSlot] = longIds[sourceSlot] }
        records.withUnsafeMutableBytes { records in
            let record = records.baseAddress! + cell * Self.recordBytes
            Self.copySlot(source, of: record, to: target, of: record)
        }
    }

    /// Copies slot `source` of the record at `sourceRecord` (its time, form and id bytes) to slot `target`
    /// of the record at `targetRecord`, which may be the same record.
    private static func copySlot(_ source: Int, of sourceRecord: UnsafeRawPointer, to target: Int, of targetRecord: UnsafeMutableRawPointer) {
        targetRecord.storeBytes(of: sourceRecord.loadUnaligned(fromByteOffset: 8 * source, as: Int64.self), toByteOffset: 8 * target, as: Int64.self)
        targetRecord.storeBytes(of: sourceRecord.load(fromByteOffset: formsOffset + source, as: UInt8.self), toByteOffset: formsOffset + target,
                                as: UInt8.self)
        (targetRecord + idsOffset + target * slotBytes).copyMemory(from: sourceRecord + idsOffset + source * slotBytes, byteCount: slotBytes)
    }

    /// Brings the cells' records into the cache before many lookups (`CacheWarming`).
    func warmCache() {
        CacheWarming.warm(records)
    }
}
