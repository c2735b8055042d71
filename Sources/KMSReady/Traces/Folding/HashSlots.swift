/// Open addressing from 64-bit hashes to the numbers of entries that the owner keeps in arrays of its
/// own: the tables of the fast path (signatures, counter cells, keys) use it so that an entry is hashed
/// once, when it is added, and a lookup compares stored hashes before it asks about the entry. A slot
/// keeps the low half of its entry's hash, which is all that choosing slots needs (tables stay far below
/// 2³¹ slots): eight bytes a slot.
struct HashSlots: Sendable {
    private struct Slot: Sendable {
        var hash: UInt32 = 0
        /// The entry's number, or -1 for a free slot.
        var entry: Int32 = -1
    }

    private var slots: [Slot]
    private var mask: Int
    /// Entries placed so far.
    private var count = 0

    /// Slots for `capacity` entries before the first growth (rounded up to a power of two).
    init(capacity: Int = 512) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        mask = size - 1
        slots = Array(repeating: Slot(), count: size)
    }

    /// The first entry with `hash` for which `matches` holds, or `nil`.
    @inline(__always)
    func find(_ hash: UInt64, _ matches: (Int32) -> Bool) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = slots[slot].entry
                if entry < 0 { return nil }
                if slots[slot].hash == UInt32(truncatingIfNeeded: hash) && matches(entry) { return entry }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Places `entry` (not yet placed) under `hash`; grows to keep at most half the slots in use.
    mutating func insert(_ entry: Int32, hash: UInt64) {
        Self.place(Slot(hash: UInt32(truncatingIfNeeded: hash), entry: entry), in: &slots, mask: mask)
        count += 1
        if count * 2 > mask { grow() }
    }

    private static func place(_ new: Slot, in slots: inout [Slot], mask: Int) {
        var slot = Int(new.hash) & mask
        while slots[slot].entry >= 0 { slot = (slot + 1) & mask }
        slots[slot] = new
    }

    private mutating func grow() {
        let old = slots
        mask = mask * 2 + 1
        slots = Array(repeating: Slot(), count: mask + 1)
        for slot in old where slot.entry >= 0 { Self.place(slot, in: &slots, mask: mask) }
    }

    /// Brings the slots into the cache before many lookups (`CacheWarming`).
    func warmCache() {
        CacheWarming.warm(slots)
    }
}
