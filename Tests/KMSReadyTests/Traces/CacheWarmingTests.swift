import Testing
@testable import KMSReady

/// `CacheWarming` reads every `lineBytes`-th byte of an array's storage, from its first, and no other byte.
@Suite struct CacheWarmingTests {
    @Test func readsTheFirstByteOfEachLine() {
        var bytes = [UInt8](repeating: 0, count: 3 * CacheWarming.lineBytes + 5)
        for (line, value) in [1, 2, 4, 8].enumerated() { bytes[line * CacheWarming.lineBytes] = UInt8(value) }
        // Bytes inside lines, read by a warming that starts past a line's first byte or strides half a line.
        bytes[1] = 16
        bytes[CacheWarming.lineBytes / 2] = 32
        bytes[CacheWarming.lineBytes + 1] = 64
        #expect(CacheWarming.warm(bytes) == 1 ^ 2 ^ 4 ^ 8)
    }

    @Test func readsLinesOfWiderElementsByTheirBytes() {
        // Eight-byte elements, eight to a line: elements 0, 8 and 16 start lines (their low bytes first).
        let words = (0..<20).map { UInt64(0x0100 + $0) }
        #expect(CacheWarming.warm(words) == UInt8(0) ^ 8 ^ 16)
        #expect(CacheWarming.warm([UInt64]()) == 0)
    }
}
