/// Usage counted in flat arrays, one cell per (key, caller class), while events stream in; `summary`
/// turns it into `UsageSummary` form at the end. A cell's calls all share their group and
/// classification (they are the caller class's), so a cell needs only counts, times and the earliest
/// event ids — no strings per event.
struct CompactUsage: Sendable {
    /// The keys met so far, numbered in order of appearance, with their hash values: merging and
    /// partitioning look keys up by these, never hashing a key's strings again.
    private var keys: [KeyReference] = []
    private var keyHashes: [UInt64] = []
    private var keySlots = HashSlots()
    /// Calls per key and hour of the week: 168 counters per key.
    private var hours: [Int] = []
    private var cells: [Cell] = []
    /// The earliest events of each cell.
    private var samples = SampleSlots()
    /// The smallest public addresses of each cell (empty unless its caller class keeps them).
    private var addresses: [[String]] = []
    /// From a cell's owner (key and caller class), mixed, to its number.
    private var cellSlots = HashSlots(capacity: 2048)

    /// Empty usage.
    init() {}

    /// Empty usage with room for `keyCount` keys and `cellCount` cells: what a merge of known parts
    /// will hold, so that it does not grow its tables step by step.
    init(keyCount: Int, cellCount: Int) {
        keys.reserveCapacity(keyCount)
        keyHashes.reserveCapacity(keyCount)
        keySlots = HashSlots(capacity: keyCount)
        hours.reserveCapacity(keyCount * 168)
        cells.reserveCapacity(cellCount)
        addresses.reserveCapacity(cellCount)
        cellSlots = HashSlots(capacity: cellCount)
        samples.reserveCapacity(cells: cellCount)
    }

    /// How many keys and cells the usage holds.
    var counts: (keys: Int, cells: Int) { (keys.count, cells.count) }

    private struct Cell: Sendable {
        var owner: UInt64
        var calls = 0
        var failedCalls = 0
        var firstSeen = Int64.max
        var lastSeen = Int64.min
        /// An event later than this cannot be among the samples (the latest sample once the list is full).
        var sampleCutoff = Int64.max

        var key: Int { Int(owner >> 32) }
        var callerClass: Int { Int(owner & 0xFFFF_FFFF) }
    }

    /// The number of `key`, given on first sight.
    mutating func number(of key: KeyReference) -> Int32 {
        number(of: key, hash: UInt64(bitPattern: Int64(key.hashValue)))
    }

    /// The number of `key`, whose hash value is `hash`, given on first sight.
    private mutating func number(of key: KeyReference, hash: UInt64) -> Int32 {
        if let number = keySlots.find(hash, { keys[Int($0)] == key }) { return number }
        let number = Int32(keys.count)
        keys.append(key)
        keyHashes.append(hash)
        keySlots.insert(number, hash: hash)
        hours.append(contentsOf: Self.emptyHours)
        return number
    }

    /// Counts one call of `key` by a caller of class `callerClass`; `eventId` is read only when the
    /// event is among the cell's earliest, and `address` (a public source) only when it is among the
    /// cell's smallest.
    mutating func add(key: Int32, callerClass: Int32, time: Int64, hourOfWeek: Int, failed: Bool, eventId: UnsafeRawBufferPointer?,
                      address: UnsafeRawBufferPointer? = nil) {
        hours[Int(key) * 168 + hourOfWeek] += 1
        let cell = cellNumber(owner: Self.owner(key: key, callerClass: callerClass))
        cells[cell].calls += 1
        if failed { cells[cell].failedCalls += 1 }
        if time < cells[cell].firstSeen { cells[cell].firstSeen = time }
        if time > cells[cell].lastSeen { cells[cell].lastSeen = time }
        if let eventId, time <= cells[cell].sampleCutoff {
            cells[cell].sampleCutoff = samples.offer(cell: cell, time: time, id: eventId)
        }
        if let address { offer(address, cell: cell) }
    }

    /// Keeps `address` if it is among the cell's `UsageStats.valueLimit` smallest.
    private mutating func offer(_ address: UnsafeRawBufferPointer, cell: Int) {
        if addresses[cell].count >= UsageStats.valueLimit, !address.lexicographicallyPrecedes(addresses[cell][UsageStats.valueLimit - 1].utf8) {
            return
        }
        insertBounded(&addresses[cell], String(decoding: address, as: UTF8.self), limit: UsageStats.valueLimit)
    }

    /// Adds `other`'s counts for the keys in `partition`, with its caller class `n` numbered
    /// `callerClassNumbers[n]` here.
    mutating func merge(_ other: CompactUsage, callerClassNumbers: [Int32], partition: KeyPartition) {
        let keyNumbers = other.keys.indices.map { key in
            partition.contains(hash: other.keyHashes[key]) ? number(of: other.keys[key], hash: other.keyHashes[key]) : -1
        }
        for (otherKey, key) in keyNumbers.enumerated() where key >= 0 {
            for hour in 0..<168 { hours[Int(key) * 168 + hour] += other.hours[otherKey * 168 + hour] }
        }
        // Other threads read `other` too: a buffer pointer keeps its array's reference count untouched.
        other.cells.withUnsafeBufferPointer { otherCells in
            for (otherCell, cell) in otherCells.enumerated() where keyNumbers[cell.key] >= 0 {
                let number = cellNumber(owner: Self.owner(key: keyNumbers[cell.key], callerClass: callerClassNumbers[cell.callerClass]))
                cells[number].calls += cell.calls
                cells[number].failedCalls += cell.failedCalls
                cells[number].firstSeen = min(cells[number].firstSeen, cell.firstSeen)
                cells[number].lastSeen = max(cells[number].lastSeen, cell.lastSeen)
                cells[number].sampleCutoff = samples.merge(cell: number, from: other.samples, cell: otherCell)
                if !other.addresses[otherCell].isEmpty {
                    addresses[number] = mergeSmallest(addresses[number], other.addresses[otherCell], limit: UsageStats.valueLimit)
                }
            }
        }
    }

    /// The usage per key, with each cell's group and lists taken from `callerClasses`.
    func summary(callerClasses: [CallerClass]) -> [KeyReference: KeyUsage] {
        // Each folding caller class's group and lists, once: a cell then copies no optionals.
        var folding: [FoldingClass] = []
        let foldingNumbers = callerClasses.map { callerClass -> Int in
            guard let group = callerClass.group, let lists = callerClass.emptyStats else { return -1 }
            folding.append(FoldingClass(group: group, lists: lists))
            return folding.count - 1
        }
        var cellsPerKey = [Int](repeating: 0, count: keys.count)
        for cell in cells { cellsPerKey[cell.key] += 1 }
        var usage = keys.indices.map { key in
            KeyUsage(groupCapacity: cellsPerKey[key], hourOfWeek: Array(hours[key * 168 ..< key * 168 + 168]))
        }
        folding.withUnsafeBufferPointer { folding in
            for (number, cell) in cells.enumerated() {
                let classNumber = foldingNumbers[cell.callerClass]
                guard classNumber >= 0 else { continue }
                var stats = UsageStats(calls: cell.calls, failedCalls: cell.failedCalls, firstSeen: cell.firstSeen, lastSeen: cell.lastSeen,
                                       sampleEvents: samples.samples(of: number), listsOf: folding[classNumber].lists)
                if !addresses[number].isEmpty { stats.addresses = addresses[number] }
                usage[cell.key].add(stats, of: folding[classNumber].group)
            }
        }
        var result: [KeyReference: KeyUsage] = [:]
        result.reserveCapacity(keys.count)
        for (key, reference) in keys.enumerated() { result[reference] = usage[key] }
        return result
    }

    /// What the cells of a caller class that folds calls become in a summary.
    private struct FoldingClass {
        let group: UsageGroup
        /// The lists its calls fill.
        let lists: UsageStats
    }

    /// One key's hours, no calls yet.
    private static let emptyHours = [Int](repeating: 0, count: 168)

    private static func owner(key: Int32, callerClass: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: key)) << 32 | UInt64(UInt32(bitPattern: callerClass))
    }

    private mutating func cellNumber(owner: UInt64) -> Int {
        let hash = Self.mix(owner)
        if let number = cellSlots.find(hash, { cells[Int($0)].owner == owner }) { return Int(number) }
        let number = cells.count
        cells.append(Cell(owner: owner))
        addresses.append([])
        samples.appendCell()
        cellSlots.insert(Int32(number), hash: hash)
        return number
    }

    private static func mix(_ owner: UInt64) -> UInt64 {
        let mixed = owner &* 0x9E37_79B9_7F4A_7C15
        return mixed >> 32 ^ mixed
    }
}
