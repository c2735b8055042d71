/// Usage counted in flat arrays, one cell per (key, caller class), while events stream in; `summary`
/// turns it into `UsageSummary` form at the end. A cell's calls all share their group and
/// classification (they are the caller class's), so a cell needs only counts, times and the earliest
/// event ids — no strings per event.
struct CompactUsage: Sendable {
    /// The keys met so far, numbered in order of appearance.
    private var keys: [KeyReference] = []
    private var keyNumbers: [KeyReference: Int32] = [:]
    /// Calls per key and hour of the week: 168 counters per key.
    private var hours: [Int] = []
    private var cells: [Cell] = []
    /// The earliest events of each cell.
    private var samples = SampleSlots()
    /// The smallest public addresses of each cell (empty unless its caller class keeps them).
    private var addresses: [[String]] = []
    /// Open addressing from a cell's owner (key and caller class) to its number, or -1 for a free slot.
    private var slots: [Int32]
    private var mask: Int

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

    init() {
        mask = 4095
        slots = Array(repeating: -1, count: mask + 1)
    }

    /// The number of `key`, given on first sight.
    mutating func number(of key: KeyReference) -> Int32 {
        if let number = keyNumbers[key] { return number }
        let number = Int32(keys.count)
        keys.append(key)
        keyNumbers[key] = number
        hours.append(contentsOf: repeatElement(0, count: 168))
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
        let keyNumbers = other.keys.map { partition.contains($0) ? number(of: $0) : -1 }
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
        var cellsPerKey = [Int](repeating: 0, count: keys.count)
        for cell in cells { cellsPerKey[cell.key] += 1 }
        var usage = keys.indices.map { key in
            var keyUsage = KeyUsage()
            keyUsage.hourOfWeek = Array(hours[key * 168 ..< key * 168 + 168])
            keyUsage.groups.reserveCapacity(cellsPerKey[key])
            return keyUsage
        }
        callerClasses.withUnsafeBufferPointer { callerClasses in
            for (number, cell) in cells.enumerated() {
                guard let group = callerClasses[cell.callerClass].group, let lists = callerClasses[cell.callerClass].emptyStats else { continue }
                var stats = UsageStats(calls: cell.calls, failedCalls: cell.failedCalls, firstSeen: cell.firstSeen, lastSeen: cell.lastSeen,
                                       sampleEvents: samples.samples(of: number), listsOf: lists)
                if !addresses[number].isEmpty { stats.addresses = addresses[number] }
                usage[cell.key].add(stats, of: group)
            }
        }
        var result: [KeyReference: KeyUsage] = [:]
        result.reserveCapacity(keys.count)
        for (key, reference) in keys.enumerated() { result[reference] = usage[key] }
        return result
    }

    private static func owner(key: Int32, callerClass: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: key)) << 32 | UInt64(UInt32(bitPattern: callerClass))
    }

    private mutating func cellNumber(owner: UInt64) -> Int {
        var slot = Self.slot(of: owner, mask: mask)
        while true {
            let number = slots[slot]
            if number < 0 { break }
            if cells[Int(number)].owner == owner { return Int(number) }
            slot = (slot + 1) & mask
        }
        let number = cells.count
        cells.append(Cell(owner: owner))
        addresses.append([])
        samples.appendCell()
        slots[slot] = Int32(number)
        if cells.count * 2 > mask { grow() }
        return number
    }

    private mutating func grow() {
        mask = mask * 2 + 1
        slots = Array(repeating: -1, count: mask + 1)
        for (number, cell) in cells.enumerated() {
            var slot = Self.slot(of: cell.owner, mask: mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }

    private static func slot(of owner: UInt64, mask: Int) -> Int {
        let mixed = owner &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32 ^ mixed) & mask
    }
}
