import Synchronization

/// What one `UsageFolder` gathered, in the form it was gathered: the fast path's cells, in partitions
/// of the key space, with their caller classes, and a summary of what the reference path folded.
///
/// After a parallel fold, the workers' parts are merged partition by partition, the cores taking the
/// partitions in turn, as cells (numbers, not strings: caller classes are matched by the bytes they were
/// read from), so a merge allocates only what an absorbed part adds; each merged partition is then
/// turned into its share of the summary on the same core.
public struct GatheredUsage: Sendable {
    /// The cells, one `CompactUsage` per partition of the key space (see `PartitionedUsage`).
    var cells: [CompactUsage]
    var callerClasses: [CallerClass]
    /// The caller classes' numbers by the bytes of their caller fields.
    var callerClassNumbers: SignatureTable
    /// The reference path's events, the counters and the malformed-record samples.
    var referenceSummary: UsageSummary

    /// Everything gathered, as one summary.
    public var summary: UsageSummary { Self.merge([self], jobs: 1) }

    /// Adds `other`'s caller classes to this part's numbering and its reference summary to this
    /// part's; returns the numbers here of `other`'s caller classes, by their numbers there.
    private mutating func joinCallerClasses(of other: GatheredUsage) -> [Int32] {
        referenceSummary.merge(other.referenceSummary)
        return other.callerClasses.indices.map { number in
            // No limit, so there is always a number.
            let (merged, added) = other.callerClassNumbers.withSignature(Int32(number)) { callerClassNumbers.number(of: $0)! }
            if added { callerClasses.append(other.callerClasses[number]) }
            return merged
        }
    }

    /// The summary of all of `parts`, built on up to `jobs` cores; the same for any number of jobs.
    /// The caller classes are joined first, into the first part's numbering; then each partition of
    /// the first part absorbs the same partition of every other part and becomes its share of the
    /// summary, the partitions side by side, its keys going into the summary as soon as it is done. An
    /// absorbed partition is let go at once, before the summary is built, so a merge holds no more than
    /// its parts.
    public static func merge(_ parts: consuming [GatheredUsage], jobs: Int) -> UsageSummary {
        guard !parts.isEmpty else { return UsageSummary() }
        var (whole, columns) = columns(of: parts)
        // The cores take the columns as they finish one, the largest first, so that the last ones are
        // small and the cores end together: partitions differ in size (a key with many callers fills
        // its own). Taken in the partitions' order, two cores ended 1.11 and 0.80 ms apart, largest
        // first 0.65 and 0.73 ms, the slower core 0.4-0.5 ms sooner (medians of two sets of fourteen
        // two-job merges of 256 MB of fleet traffic).
        columns.sort { cellCount($0) > cellCount($1) }
        // Each column is taken out by the core that merges it, which then holds its only reference.
        let slots = Mutex(columns.map { Optional($0) })
        let partitionCount = columns.count
        // Partitions hold disjoint keys: each key goes into the summary once, as its partition is done,
        // into room made for as many keys as the parts have met (the same key in two parts counts twice).
        let keys = Mutex([KeyReference: KeyUsage](minimumCapacity: columns.reduce(0) { $0 + $1.reduce(0) { $0 + $1.cells.keyCount } }))
        columns = []
        let folding = CompactUsage.FoldingClasses(whole.callerClasses)
        let next = Atomic<Int>(0)
        _ = parallelMap(min(partitionCount, max(1, jobs))) { _ in  // Each core's work ends in `keys`.
            while case let index = next.add(1, ordering: .relaxed).oldValue, index < partitionCount {
                let column = slots.withLock { slots in
                    defer { slots[index] = nil }
                    return slots[index]!
                }
                let share = Self.summary(of: column, folding: folding)
                keys.withLock { keys in
                    for (key, usage) in zip(share.keys, share.usage) { keys[key] = usage }
                }
            }
        }
        var summary = UsageSummary()
        summary.keys = keys.withLock { keys in
            defer { keys = [:] }
            return keys
        }
        // The reference path may have met any key, as the fast path did.
        summary.merge(whole.referenceSummary)
        return summary
    }

    /// One partition of every part, each with the numbers its caller classes have in the merged part.
    private typealias Column = [(cells: CompactUsage, callerClassNumbers: [Int32])]

    /// The cells of a column's partitions, a cell of two parts counted twice: what merging and
    /// summarizing the column takes.
    private static func cellCount(_ column: Column) -> Int { column.reduce(0) { $0 + $1.cells.cellCount } }

    /// The first of `parts`, its caller classes joined by every other part's, and the parts' cells by
    /// partition. Parts partitioned differently (a parallel fold never makes them) give one column:
    /// a key may then be in any partition of a part.
    private static func columns(of parts: consuming [GatheredUsage]) -> (whole: GatheredUsage, columns: [Column]) {
        var whole = parts.removeFirst()
        let samePartitions = parts.allSatisfy { $0.cells.count == whole.cells.count }
        var columns = Array(repeating: Column(), count: samePartitions ? whole.cells.count : 1)
        let ownNumbers = Array(0..<Int32(whole.callerClasses.count))
        for (index, cells) in whole.cells.enumerated() { columns[index % columns.count].append((cells, ownNumbers)) }
        whole.cells = []
        for part in parts {  // Consumes the parts: the columns then hold the only references to their cells.
            let callerClassNumbers = whole.joinCallerClasses(of: part)
            for (index, cells) in part.cells.enumerated() { columns[index % columns.count].append((cells, callerClassNumbers)) }
        }
        return (whole, columns)
    }

    /// The usage per key of one column: its first partition absorbs the others, each let go once absorbed.
    private static func summary(of column: consuming Column, folding: CompactUsage.FoldingClasses) -> (keys: [KeyReference], usage: [KeyUsage]) {
        var merged = column.removeFirst().cells
        while let absorbed = column.popLast() {
            merged.merge(absorbed.cells, callerClassNumbers: absorbed.callerClassNumbers)
        }
        return merged.summary(folding: folding)
    }
}
