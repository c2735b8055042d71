/// Usage counted in flat arrays, one cell per (key, caller class), while events stream in; `summary`
/// turns it into `UsageSummary` form at the end. A cell's calls all share their group and
/// classification (they are the caller class's), so a cell needs only counts, times and the earliest
/// event ids — no strings per event.
struct CompactUsage: Sendable {
    /// The keys met so far, numbered in order of appearance, with their hash values: merging looks
    /// keys up by these, never hashing a key's strings again.
    private var keys: [KeyReference] = []
    private var keyHashes: [UInt64] = []
    private var keySlots = HashSlots()
    /// Calls per key and hour of the week.
    private var hours = HourCounts()
    private var cells: [Cell] = []
    /// The earliest events of each cell.
    private var samples = SampleSlots()
    /// The smallest public addresses of each cell (empty unless its caller class keeps them).
    private var addresses: [[String]] = []
    /// From a cell's owner (key and caller class), mixed, to its number.
    private var cellSlots = HashSlots(capacity: 2048)

    /// Empty usage whose arrays have room for `keyRoom` keys and `cellRoom` cells before they grow (room
    /// that is not written to: the hash slots, which are, grow as before).
    init(keyRoom: Int, cellRoom: Int) {
        keys.reserveCapacity(keyRoom)
        keyHashes.reserveCapacity(keyRoom)
        hours.reserve(keys: keyRoom)
        cells.reserveCapacity(cellRoom)
        samples.reserve(cells: cellRoom)
        addresses.reserveCapacity(cellRoom)
    }

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

    /// The number of `key`, whose hash value is `hash`, given on first sight.
    mutating func number(of key: KeyReference, hash: UInt64) -> Int32 {
        if let number = keySlots.find(hash, { keys[Int($0)] == key }) { return number }
        let number = Int32(keys.count)
        keys.append(key)
        keyHashes.append(hash)
        keySlots.insert(number, hash: hash)
        hours.appendKey()
        return number
    }

    /// Counts one call of `key` by a caller of class `callerClass`; `eventId` is read only when the
    /// event is among the cell's earliest, and `address` (a public source) only when it is among the
    /// cell's smallest.
    mutating func add(key: Int32, callerClass: Int32, time: Int64, hourOfWeek: Int, failed: Bool, eventId: UnsafeRawBufferPointer?,
                      address: UnsafeRawBufferPointer? = nil) {
        hours.addCall(key: Int(key), hour: hourOfWeek)
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

    /// Adds `other`'s counts, with its caller class `n` numbered `callerClassNumbers[n]` here.
    mutating func merge(_ other: CompactUsage, callerClassNumbers: [Int32]) {
        // The tables looked up below, last written during the fold (`CacheWarming`).
        keySlots.warmCache()
        hours.warmCache()
        CacheWarming.warm(cells)
        cellSlots.warmCache()
        samples.warmCache()
        let keyNumbers = other.keys.indices.map { key in number(of: other.keys[key], hash: other.keyHashes[key]) }
        for (otherKey, key) in keyNumbers.enumerated() { hours.add(key: Int(key), from: other.hours, key: otherKey) }
        other.cells.withUnsafeBufferPointer { otherCells in
            for (otherCell, cell) in otherCells.enumerated() {
                let owner = Self.owner(key: keyNumbers[cell.key], callerClass: callerClassNumbers[cell.callerClass])
                let hash = Self.mix(owner)
                guard let number = existingCell(owner: owner, hash: hash) else {
                    // New here: the cell as it is, its samples copied whole.
                    var copy = cell
                    copy.owner = owner
                    _ = append(copy, hash: hash, addresses: other.addresses[otherCell]) { $0.appendCell(copying: otherCell, of: other.samples) }
                    continue
                }
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

    /// The keys met so far.
    var keyCount: Int { keys.count }
    /// The cells made so far: one per key and caller class met.
    var cellCount: Int { cells.count }

    /// The keys met so far and the usage of each, with each cell's group and lists taken from `folding`.
    func summary(folding: FoldingClasses) -> (keys: [KeyReference], usage: [KeyUsage]) {
        var cellsPerKey = [Int](repeating: 0, count: keys.count)
        for cell in cells { cellsPerKey[cell.key] += 1 }
        var usage = keys.indices.map { key in KeyUsage(groupCapacity: cellsPerKey[key], hourOfWeek: hours.row(key: key)) }
        folding.classes.withUnsafeBufferPointer { classes in
            for (number, cell) in cells.enumerated() {
                let classNumber = folding.numbers[cell.callerClass]
                guard classNumber >= 0 else { continue }
                // The class's lists, then this cell's counts, times, samples and addresses.
                var stats = classes[classNumber].lists
                (stats.calls, stats.failedCalls, stats.firstSeen, stats.lastSeen) = (cell.calls, cell.failedCalls, cell.firstSeen, cell.lastSeen)
                stats.sampleEvents = samples.samples(of: number)
                if !addresses[number].isEmpty { stats.addresses = addresses[number] }
                usage[cell.key].add(stats, of: classes[classNumber].group)
            }
        }
        return (keys, usage)
    }

    /// What the cells of each caller class that folds calls become in a summary — the class's group and
    /// the lists its calls fill — made once for all partitions (a class is a large value: making them
    /// for each of a two-job fold's eight partitions cost 30 M instructions more than for one).
    struct FoldingClasses: Sendable {
        /// By caller class, the number of its entry in `classes`, or -1 for a class that folds no calls.
        fileprivate let numbers: [Int]
        fileprivate let classes: [FoldingClass]

        /// A class's group and the lists its calls fill.
        fileprivate struct FoldingClass: Sendable {
            let group: UsageGroup
            let lists: UsageStats
        }

        init(_ callerClasses: [CallerClass]) {
            var classes: [FoldingClass] = []
            numbers = callerClasses.map { callerClass in
                guard let group = callerClass.group, let lists = callerClass.emptyStats else { return -1 }
                classes.append(FoldingClass(group: group, lists: lists))
                return classes.count - 1
            }
            self.classes = classes
        }
    }

    private static func owner(key: Int32, callerClass: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: key)) << 32 | UInt64(UInt32(bitPattern: callerClass))
    }

    /// The number of the cell of `owner`, added with no calls on first sight.
    private mutating func cellNumber(owner: UInt64) -> Int {
        let hash = Self.mix(owner)
        return existingCell(owner: owner, hash: hash) ?? append(Cell(owner: owner), hash: hash, addresses: []) { $0.appendCell() }
    }

    /// The number of the cell of `owner`, whose mixed value is `hash`, if there is one.
    private func existingCell(owner: UInt64, hash: UInt64) -> Int? {
        cellSlots.find(hash) { cells[Int($0)].owner == owner }.map { Int($0) }
    }

    /// Adds `cell` under `hash` with its addresses, its samples appended by `appendSamples`: every table
    /// of cells grows here, in step. Returns the cell's number.
    private mutating func append(_ cell: Cell, hash: UInt64, addresses cellAddresses: [String],
                                 samples appendSamples: (inout SampleSlots) -> Void) -> Int {
        let number = cells.count
        cells.append(cell)
        addresses.append(cellAddresses)
        appendSamples(&samples)
        cellSlots.insert(Int32(number), hash: hash)
        return number
    }

    private static func mix(_ owner: UInt64) -> UInt64 {
        let mixed = owner &* 0x9E37_79B9_7F4A_7C15
        return mixed >> 32 ^ mixed
    }
}
