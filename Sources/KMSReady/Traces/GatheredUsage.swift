import Dispatch
import Synchronization

/// What one `UsageFolder` gathered, in the form it was gathered: the fast path's cells with their
/// caller classes, and a summary of what the reference path folded.
///
/// After a parallel fold, the workers' cells are merged as cells (numbers, not strings: caller
/// classes are matched by the bytes they were read from) and turned into one summary, one key
/// partition per core — the two costly steps after the fold, done cheaply and in parallel.
public struct GatheredUsage: Sendable {
    var cells: CompactUsage
    var callerClasses: [CallerClass]
    /// The caller classes' numbers by the bytes of their caller fields.
    var callerClassNumbers: SignatureTable
    /// The reference path's events, the counters and the malformed-record samples.
    var referenceSummary: UsageSummary

    /// Everything gathered, as one summary.
    public var summary: UsageSummary {
        var summary = UsageSummary()
        summary.keys = cells.summary(callerClasses: callerClasses)
        summary.merge(referenceSummary)
        return summary
    }

    /// The summary of all of `parts`, built on up to `jobs` cores; the same for any number of jobs.
    /// The parts are let go once their cells are merged, before the summary is built.
    public static func merge(_ parts: consuming [GatheredUsage], jobs: Int) -> UsageSummary {
        guard parts.count > 1 || jobs > 1 else { return parts.first?.summary ?? UsageSummary() }
        // One numbering of the caller classes of all parts.
        var callerClasses: [CallerClass] = []
        var callerClassNumbers = SignatureTable()
        let renumberings = parts.map { part in
            part.callerClasses.indices.map { number in
                // No limit, so there is always a number.
                let (merged, added) = part.callerClassNumbers.withSignature(Int32(number)) { callerClassNumbers.number(of: $0)! }
                if added { callerClasses.append(part.callerClasses[number]) }
                return merged
            }
        }
        let partitionCount = max(1, jobs)
        // Each partition holds about its share of the keys and cells of the largest part, or more.
        let largest = parts.reduce((keys: 0, cells: 0)) { (max($0.keys, $1.cells.counts.keys), max($0.cells, $1.cells.counts.cells)) }
        let mergedParts = parts
        let partitionCells = Mutex([CompactUsage](repeating: CompactUsage(), count: partitionCount))
        DispatchQueue.concurrentPerform(iterations: partitionCount) { index in
            let partition = KeyPartition(index: index, count: partitionCount)
            var cells = CompactUsage(keyCount: largest.keys / partitionCount + 1, cellCount: largest.cells / partitionCount + 1)
            for (part, renumbering) in zip(mergedParts, renumberings) {
                cells.merge(part.cells, callerClassNumbers: renumbering, partition: partition)
            }
            partitionCells.withLock { $0[index] = cells }
        }
        var referenceSummary = UsageSummary()
        for part in mergedParts { referenceSummary.merge(part.referenceSummary) }
        _ = consume mergedParts
        _ = consume parts
        let mergedCallerClasses = callerClasses
        let partitionKeys = Mutex([[KeyReference: KeyUsage]](repeating: [:], count: partitionCount))
        DispatchQueue.concurrentPerform(iterations: partitionCount) { index in
            let cells = partitionCells.withLock { partitions in
                defer { partitions[index] = CompactUsage() }
                return partitions[index]
            }
            let keys = cells.summary(callerClasses: mergedCallerClasses)
            partitionKeys.withLock { $0[index] = keys }
        }
        // The partitions hold disjoint keys; the reference path may have met any of them, as in `summary`.
        var summary = UsageSummary()
        let keysOfPartitions = partitionKeys.withLock { $0 }
        summary.keys.reserveCapacity(keysOfPartitions.reduce(0) { $0 + $1.count })
        for keys in keysOfPartitions { summary.keys.merge(keys) { first, _ in first } }
        summary.merge(referenceSummary)
        return summary
    }
}
