import Testing
@testable import KMSReady

/// `HashSlots` finds every entry it placed, through growth and through hashes that collide, and asks
/// the owner only about entries whose hash has the same low half (the half a slot keeps).
@Suite struct HashSlotsTests {
    @Test func findsEveryEntryThroughGrowthAndCollisions() {
        var slots = HashSlots(capacity: 4)
        // Ten thousand entries: every fourth shares its whole hash with the one before it, every fourth
        // after that only the low half, and every low half is one of seven values, so probes run long.
        let hashes: [UInt64] = (0..<10_000).map { (number: Int) -> UInt64 in
            switch number % 4 {
            case 3: return UInt64(number - 1) << 40 | UInt64((number - 1) % 7)
            case 2: return UInt64(number - 1) << 40 | UInt64((number - 1) % 7) | 1 << 63
            default: return UInt64(number) << 40 | UInt64(number % 7)
            }
        }
        for (number, hash) in hashes.enumerated() {
            #expect(slots.find(hash) { $0 == Int32(number) } == nil)
            slots.insert(Int32(number), hash: hash)
        }
        for (number, hash) in hashes.enumerated() {
            var asked: [Int32] = []
            let found = slots.find(hash) { entry in
                asked.append(entry)
                return entry == Int32(number)
            }
            #expect(found == Int32(number))
            #expect(asked.allSatisfy { UInt32(truncatingIfNeeded: hashes[Int($0)]) == UInt32(truncatingIfNeeded: hash) })
        }
        #expect(slots.find(UInt64.max) { _ in true } == nil)
    }
}
