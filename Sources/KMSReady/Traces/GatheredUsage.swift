import Dispatch
import Synchronization

/// What one `UsageFolder` gathered, in the form it was gathered: the fast path's cells with their
/// caller classes, and a summary of what the reference path folded.
///
/// After a parallel fold, the workers' parts are merged in place, pairwise and in parallel rounds, as
/// cells (numbers, not strings: caller classes are matched by the bytes they were read from), so a
/// merge allocates only what the absorbed part adds; the one part left is turned into a summary one
/// key partition per core.
public struct GatheredUsage: Sendable {
    var cells: CompactUsage
    var callerClasses: [CallerClass]
    /// The caller classes' numbers by the bytes of their caller fields.
    var callerClassNumbers: SignatureTable
    /// The reference path's events, the counters and the malformed-record samples.
    var referenceSummary: UsageSummary

    /// Everything gathered, as one summary.
    public var summary: UsageSummary { summary(jobs: 1) }

    /// Everything gathered, as one summary built on up to `jobs` cores, one key partition each.
    func summary(jobs: Int) -> UsageSummary {
        var summary = UsageSummary()
        if jobs <= 1 {
            summary.keys = cells.summary(callerClasses: callerClasses)
        } else {
            var partitions = parallelMap(jobs) { index in
                cells.summary(callerClasses: callerClasses, partition: KeyPartition(index: index, count: jobs))
            }
            // The partitions hold disjoint keys: the first one's dictionary takes the others'.
            summary.keys = partitions[0]
            partitions[0] = [:]
            summary.keys.reserveCapacity(partitions.reduce(summary.keys.count) { $0 + $1.count })
            for keys in partitions.dropFirst() { summary.keys.merge(keys) { first, _ in first } }
        }
        // The reference path may have met any key, as the fast path did.
        summary.merge(referenceSummary)
        return summary
    }

    /// Adds everything `other` gathered: its caller classes join this part's numbering and its cells
    /// are merged into this part's.
    mutating func absorb(_ other: GatheredUsage) {
        let renumbering = other.callerClasses.indices.map { number in
            // No limit, so there is always a number.
            let (merged, added) = other.callerClassNumbers.withSignature(Int32(number)) { callerClassNumbers.number(of: $0)! }
            if added { callerClasses.append(other.callerClasses[number]) }
            return merged
        }
        cells.merge(other.cells, callerClassNumbers: renumbering)
        referenceSummary.merge(other.referenceSummary)
    }

    /// The summary of all of `parts`, built on up to `jobs` cores; the same for any number of jobs.
    /// Part `i` absorbs part `i + step` for `step` = 1, 2, 4, …, the pairs of a round in parallel; an
    /// absorbed part is let go on the core that absorbed it.
    public static func merge(_ parts: consuming [GatheredUsage], jobs: Int) -> UsageSummary {
        let slots = Mutex(parts.map { Optional($0) })
        let count = parts.count
        _ = consume parts
        var step = 1
        while step < count {
            let targets = Array(stride(from: 0, to: count - step, by: 2 * step))
            let pairStep = step
            DispatchQueue.concurrentPerform(iterations: targets.count) { pair in
                let (target, source) = (targets[pair], targets[pair] + pairStep)
                var (absorbing, absorbed) = slots.withLock { slots in
                    defer { (slots[target], slots[source]) = (nil, nil) }
                    return (slots[target]!, slots[source]!)
                }
                absorbing.absorb(absorbed)
                _ = consume absorbed
                slots.withLock { $0[target] = absorbing }
            }
            step *= 2
        }
        guard let whole = slots.withLock({ $0.first ?? nil }) else { return UsageSummary() }
        return whole.summary(jobs: max(1, jobs))
    }
}
