import Testing
@testable import KMSReady

/// `HashSlots` finds every entry it placed, through growth and through hashes that collide, and asks
/// the owner only about entries whose hash is equal.
@Suite struct HashSlotsTests {
    @Test func findsEveryEntryThroughGrowthAndCollisions() {
        var slots = HashSlots(capacity: 4)
        // Ten thousand entries; every fourth shares its hash with the one before it, and many hashes
        // share their low bits (the slot they start probing at).
        let hashes: [UInt64] = (0..<10_000).map { (number: Int) -> UInt64 in
            let shared = number % 4 == 3 ? number - 1 : number
            return UInt64(shared) << 40 | UInt64(shared % 7)
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
            #expect(asked.allSatisfy { hashes[Int($0)] == hash })
        }
        #expect(slots.find(UInt64.max) { _ in true } == nil)
    }
}
