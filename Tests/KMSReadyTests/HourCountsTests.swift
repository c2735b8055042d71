import Testing
@testable import KMSReady

/// `HourCounts` keeps four-byte counters, but no count is lost past `UInt32.max`: whether a counter
/// fills in a merge or on a call, the key's row still sums every call.
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

    @Test func countersThatFillInAMergeKeepTheirCalls() {
        #expect(doubled(31).row(key: 0) == [Int](repeating: 1 << 31, count: 168))
        #expect(doubled(32).row(key: 0) == [Int](repeating: 1 << 32, count: 168))
        #expect(doubled(34).row(key: 0) == [Int](repeating: 1 << 34, count: 168), "spilled counts merge too")
    }

    @Test func onlyTheCountersThatFillInAMergeSpill() {
        // Hour 3 holds 2^31 calls and hour 4 one; merged with 2^31 calls in every hour, hour 3 passes
        // UInt32.max and its neighbours do not: each hour keeps its own sum.
        var counts = doubled(31, hours: 3..<4)
        counts.addCall(key: 0, hour: 4)
        counts.add(key: 0, from: doubled(31), key: 0)
        var expected = [Int](repeating: 1 << 31, count: 168)
        expected[3] = 1 << 32
        expected[4] = (1 << 31) + 1
        #expect(counts.row(key: 0) == expected)
    }

    @Test func countersThatFillOnACallKeepTheirCalls() {
        // 2^31 + (2^31 - 1): every counter exactly full, with nothing spilled yet.
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
