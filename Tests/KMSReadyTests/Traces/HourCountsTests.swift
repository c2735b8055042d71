import Testing
@testable import KMSReady

/// `HourCounts` keeps one-byte counters, but no count is lost past 255: whether a counter wraps in a
/// merge or on a call, once or many times, the key's row still sums every call.
@Suite struct HourCountsTests {
    /// Counts of key 0 that are `2^power` in each of `hours` (every hour unless given), made by merging
    /// a row into itself.
    func doubled(_ power: Int, hours: Range<Int> = 0..<168) -> HourCounts {
        var counts = HourCounts()
        counts.appendKey()
        for hour in hours { counts.addCall(key: 0, hour: hour) }
        for _ in 0..<power {
            let copy = counts
            counts.add(key: 0, from: copy, key: 0)
        }
        return counts
    }

    @Test func countsPastFourBytesMergeWhole() {
        #expect(doubled(7).row(key: 0) == [Int](repeating: 1 << 7, count: 168))
        #expect(doubled(8).row(key: 0) == [Int](repeating: 1 << 8, count: 168))
        #expect(doubled(32).row(key: 0) == [Int](repeating: 1 << 32, count: 168))
        #expect(doubled(34).row(key: 0) == [Int](repeating: 1 << 34, count: 168), "carried counts merge too")
    }

    @Test func onlyTheCountersThatWrapInAMergeCarry() {
        // Hour 3 holds 2^31 calls and hour 4 one; merged with 2^31 calls in every hour, each hour
        // keeps its own sum.
        var counts = doubled(31, hours: 3..<4)
        counts.addCall(key: 0, hour: 4)
        counts.add(key: 0, from: doubled(31), key: 0)
        var expected = [Int](repeating: 1 << 31, count: 168)
        expected[3] = 1 << 32
        expected[4] = (1 << 31) + 1
        #expect(counts.row(key: 0) == expected)
    }

    @Test func countsPastFourBytesGrowOnCalls() {
        // 2^31 + (2^31 - 1) calls in every hour, then two more in hour 5.
        var counts = doubled(31)
        var lower = HourCounts()
        lower.appendKey()
        for power in 0..<31 { lower.add(key: 0, from: doubled(power), key: 0) }
        counts.add(key: 0, from: lower, key: 0)
        #expect(counts.row(key: 0) == [Int](repeating: Int(UInt32.max), count: 168))
        counts.addCall(key: 0, hour: 5)
        counts.addCall(key: 0, hour: 5)
        var expected = [Int](repeating: Int(UInt32.max), count: 168)
        expected[5] += 2
        #expect(counts.row(key: 0) == expected)
    }

    @Test func countersThatWrapOnCallsKeepTheirCalls() {
        var counts = HourCounts()
        counts.appendKey()
        counts.appendKey()
        for call in 0..<1_000 { counts.addCall(key: 1, hour: call % 3) }
        for _ in 0..<255 { counts.addCall(key: 0, hour: 7) }
        var expected = [Int](repeating: 0, count: 168)
        expected[0 ... 2] = [334, 333, 333]
        #expect(counts.row(key: 1) == expected)
        expected = [Int](repeating: 0, count: 168)
        expected[7] = 255
        #expect(counts.row(key: 0) == expected, "a full counter that has not wrapped")
        counts.addCall(key: 0, hour: 7)
        expected[7] = 256
        #expect(counts.row(key: 0) == expected)
    }

    @Test func countersThatWrapInAMergeKeepTheirCalls() {
        // Key 0 has 200 calls in hour 9 and 300 in hour 10 (carried once); key 0 of the other has
        // 100 in hour 9 (their sum wraps), 600 in hour 10 (carried twice) and 1 in hour 11.
        var counts = HourCounts()
        counts.appendKey()
        for _ in 0..<200 { counts.addCall(key: 0, hour: 9) }
        for _ in 0..<300 { counts.addCall(key: 0, hour: 10) }
        var other = HourCounts()
        other.appendKey()
        for _ in 0..<100 { other.addCall(key: 0, hour: 9) }
        for _ in 0..<600 { other.addCall(key: 0, hour: 10) }
        other.addCall(key: 0, hour: 11)
        counts.add(key: 0, from: other, key: 0)
        var expected = [Int](repeating: 0, count: 168)
        expected[9 ... 11] = [300, 900, 1]
        #expect(counts.row(key: 0) == expected)
    }

    @Test func keysKeepTheirOwnRows() {
        var counts = HourCounts()
        counts.appendKey()
        counts.appendKey()
        counts.addCall(key: 1, hour: 167)
        var other = HourCounts()
        other.appendKey()
        other.addCall(key: 0, hour: 0)
        counts.add(key: 1, from: other, key: 0)
        #expect(counts.row(key: 0) == [Int](repeating: 0, count: 168))
        #expect(counts.row(key: 1) == [1] + [Int](repeating: 0, count: 166) + [1])
    }
}
