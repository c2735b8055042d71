/// Calls per key and hour of the week while a fold runs: 168 counters per key, four bytes each (a
/// fold's largest table with ten thousand keys: 6.7 MB a worker instead of 13.4). A counter that would
/// pass `UInt32.max` moves its count into `spilled` and starts again, so no count is ever lost.
struct HourCounts: Sendable {
    private var counts: [UInt32] = []
    /// Counts moved out of full counters, by counter.
    private var spilled: [Int: Int] = [:]

    /// Makes room for the counters of `keys` keys in all.
    mutating func reserve(keys: Int) {
        counts.reserveCapacity(keys * 168)
    }

    /// Adds the counters of one more key, all zero; keys are numbered in order.
    mutating func appendKey() {
        counts.append(contentsOf: Self.emptyRow)
    }

    /// Counts one call of key `key` in hour `hour` of the week.
    @inline(__always)
    mutating func addCall(key: Int, hour: Int) {
        let counter = key * 168 + hour
        if counts[counter] == .max { spill(counter) }
        counts[counter] += 1
    }

    /// Adds `other`'s counters of its key `otherKey` to key `key` here.
    mutating func add(key: Int, from other: HourCounts, key otherKey: Int) {
        // Row by row through pointers, in a loop with no branch, which the compiler vectorizes (168
        // checked subscripts per key cost more than the rest of a merge). A sum that wrapped around is
        // put right after the loop: rare, so the loop stays branch-free.
        let wrapped = counts.withUnsafeMutableBufferPointer { counts in
            other.counts.withUnsafeBufferPointer { otherCounts in
                let (row, otherRow) = (counts.baseAddress! + key * 168, otherCounts.baseAddress! + otherKey * 168)
                var wrapped: UInt32 = 0
                for hour in 0..<168 {
                    let sum = row[hour] &+ otherRow[hour]
                    wrapped |= sum < otherRow[hour] ? 1 : 0
                    row[hour] = sum
                }
                return wrapped != 0
            }
        }
        if wrapped {
            for hour in 0..<168 {
                let (counter, added) = (key * 168 + hour, other.counts[otherKey * 168 + hour])
                guard counts[counter] < added else { continue }
                // The counter wrapped: it held counts[counter] - added + 2^32, more than fits.
                counts[counter] &-= added
                spill(counter)
                counts[counter] = added
            }
        }
        guard !other.spilled.isEmpty else { return }
        for hour in 0..<168 {
            if let extra = other.spilled[otherKey * 168 + hour] { spilled[key * 168 + hour, default: 0] += extra }
        }
    }

    /// Key `key`'s calls per hour of the week.
    func row(key: Int) -> [Int] {
        var row = [Int](unsafeUninitializedCapacity: 168) { row, initialized in
            counts.withUnsafeBufferPointer { counts in
                // Int is trivial: assigning to the uninitialized row initializes it.
                let (source, target) = (counts.baseAddress! + key * 168, row.baseAddress!)
                for hour in 0..<168 { target[hour] = Int(source[hour]) }
            }
            initialized = 168
        }
        if !spilled.isEmpty {
            for hour in 0..<168 { row[hour] += spilled[key * 168 + hour, default: 0] }
        }
        return row
    }

    private mutating func spill(_ counter: Int) {
        spilled[counter, default: 0] += Int(counts[counter])
        counts[counter] = 0
    }

    /// One key's counters, no calls yet.
    private static let emptyRow = [UInt32](repeating: 0, count: 168)
}
