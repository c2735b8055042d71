/// Calls per key and hour of the week while a fold runs: 168 one-byte counters per key, which hold the
/// low eight bits of each count. Each time a counter wraps, 256 go to its key's carried row, made when
/// one of the key's counters first wraps; so no count is ever lost, and a key with few calls (most of
/// an estate's) takes 168 bytes. Every worker of a parallel fold writes a row for each key it meets:
/// with ten thousand keys that is 1.7 MB a worker, where four-byte counters took 6.7 MB.
struct HourCounts: Sendable {
    /// Each counter's low eight bits, key by key.
    private var low: [UInt8] = []
    /// The counts carried out of the low bytes (multiples of 256), by key, for keys whose counters have wrapped.
    private var carried: [Int: [Int]] = [:]

    /// Makes room for the counters of `keys` keys in all.
    mutating func reserve(keys: Int) {
        low.reserveCapacity(keys * 168)
    }

    /// Adds the counters of one more key, all zero; keys are numbered in order.
    mutating func appendKey() {
        low.append(contentsOf: Self.emptyRow)
    }

    /// Counts one call of key `key` in hour `hour` of the week.
    @inline(__always)
    mutating func addCall(key: Int, hour: Int) {
        let counter = key * 168 + hour
        low[counter] &+= 1
        if low[counter] == 0 { carryWrap(key: key, hour: hour) }
    }

    /// Adds `other`'s counters of its key `otherKey` to key `key` here.
    mutating func add(key: Int, from other: HourCounts, key otherKey: Int) {
        // Row by row through pointers, in a loop with no branch, which the compiler vectorizes (168
        // checked subscripts per key cost more than the rest of a merge). The sums that wrapped are
        // carried after the loop.
        let wrapped = low.withUnsafeMutableBufferPointer { low in
            other.low.withUnsafeBufferPointer { otherLow in
                let (row, otherRow) = (low.baseAddress! + key * 168, otherLow.baseAddress! + otherKey * 168)
                var wrapped: UInt8 = 0
                for hour in 0..<168 {
                    let sum = row[hour] &+ otherRow[hour]
                    wrapped |= sum < otherRow[hour] ? 1 : 0
                    row[hour] = sum
                }
                return wrapped != 0
            }
        }
        let otherCarried = other.carried.isEmpty ? nil : other.carried[otherKey]
        guard wrapped || otherCarried != nil else { return }
        var carriedRow = carried[key] ?? Self.emptyCarriedRow
        if wrapped {
            for hour in 0..<168 where low[key * 168 + hour] < other.low[otherKey * 168 + hour] { carriedRow[hour] += 256 }
        }
        if let otherCarried {
            for hour in 0..<168 { carriedRow[hour] += otherCarried[hour] }
        }
        carried[key] = carriedRow
    }

    /// Key `key`'s calls per hour of the week.
    func row(key: Int) -> [Int] {
        var row = [Int](unsafeUninitializedCapacity: 168) { row, initialized in
            low.withUnsafeBufferPointer { low in
                // Int is trivial: assigning to the uninitialized row initializes it.
                let (source, target) = (low.baseAddress! + key * 168, row.baseAddress!)
                for hour in 0..<168 { target[hour] = Int(source[hour]) }
            }
            initialized = 168
        }
        if !carried.isEmpty, let carried = carried[key] {
            for hour in 0..<168 { row[hour] += carried[hour] }
        }
        return row
    }

    /// Carries the 256 calls of a counter that wrapped.
    private mutating func carryWrap(key: Int, hour: Int) {
        carried[key, default: Self.emptyCarriedRow][hour] += 256
    }

    /// Brings the counters into the cache before many lookups (`CacheWarming`).
    func warmCache() {
        CacheWarming.warm(low)
    }

    /// One key's counters, no calls yet.
    private static let emptyRow = [UInt8](repeating: 0, count: 168)
    /// One key's carried counts, none yet.
    private static let emptyCarriedRow = [Int](repeating: 0, count: 168)
}
