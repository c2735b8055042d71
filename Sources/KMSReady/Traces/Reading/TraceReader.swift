import Dispatch
import Synchronization

/// Reads trace files into one `UsageSummary` on any number of cores: the files are cut into shards
/// (`TraceShard`), each worker folds shards into summaries of their own, and the summaries merge.
/// Merging is commutative, so the result is the same for every number of jobs. See <doc:TraceIngestion>.
public enum TraceReader {
    /// Reads every file with `jobs` workers and returns the summary of all of them. Bytes and events
    /// are counted in `progress` as they are read. The first error, in the order of the files, is thrown.
    /// Plain JSON-lines and array files of `minimumSplitBytes` or more are split between the workers.
    /// An array cut where no element started (the bytes sat in a string) is found out after the fold,
    /// and then everything is read again with arrays whole. The summary names every file with its size
    /// and fingerprint (`TraceInput`, taken by the worker that reads the file's first part); two files that
    /// hold the same bytes are an error, never counted twice.
    public static func summarize(_ files: [InputFile], classifier: CallClassifier, jobs: Int = 1, progress: TraceProgress? = nil,
                                 minimumSplitBytes: Int = TraceShard.defaultMinimumSplitBytes) throws(InputError) -> UsageSummary {
        let shards = try TraceShard.plan(files, jobs: jobs, minimumSplitBytes: minimumSplitBytes)
        if let summary = try summarize(shards, classifier: classifier, jobs: jobs, progress: progress) { return summary }
        progress?.restart()
        let whole = try TraceShard.plan(files, jobs: jobs, minimumSplitBytes: minimumSplitBytes, splitArrays: false)
        return try summarize(whole, classifier: classifier, jobs: jobs, progress: progress)!
    }

    /// The summary of `shards`, or `nil` when an array was cut where no element started.
    private static func summarize(_ shards: [TraceShard], classifier: CallClassifier, jobs: Int,
                                  progress: TraceProgress?) throws(InputError) -> UsageSummary? {
        progress?.totalBytes.store(shards.reduce(0) { $0 + $1.byteCount }, ordering: .relaxed)
        let workers = max(1, min(jobs, shards.count))
        let work = SharedWork(shards: shards, classifier: classifier, workers: workers, progress: progress)
        if workers == 1 {
            work.run()
        } else {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in work.run() }
        }
        return try work.result()
    }

    /// What reading one shard found out beside its records.
    struct ShardReading {
        /// The lines the shard spans, so that later shards of the same file can number their lines
        /// from the file's start.
        var lines = 0
        /// For a part of an array: the offset where it stopped, where the next part must start.
        var stoppedAt: Int?
        /// For a file's first part: the file's size and fingerprint.
        var input: TraceInput?
    }

    /// Folds one shard.
    static func fold(_ shard: TraceShard, into folder: inout UsageFolder, progress: TraceProgress?) throws(InputError) -> ShardReading {
        let file = shard.file.displayName
        switch shard.cut {
        case .whole:
            try TraceFileReader.read(shard.file, progress: progress, offeringWhole: { folder.addIfWhole($0) }) { folder.add($0, file: file) }
            return ShardReading()
        case .lines(let range):
            let lines = try TraceFileReader.readLines(shard.file, range: range, progress: progress) { folder.add($0, file: file) }
            return ShardReading(lines: lines)
        case .arrayElements(let range):
            let (lines, stoppedAt) = try TraceFileReader.readArrayElements(
                shard.file, range: range, fileSize: shard.fileSize, isFirst: shard.part == 0, isLast: shard.isLast,
                progress: progress, offeringWhole: { folder.addIfWhole($0) }) { folder.add($0, file: file) }
            return ShardReading(lines: lines, stoppedAt: stoppedAt)
        }
    }
}

/// The shards, handed out one at a time to the workers, and what the workers give back: each worker
/// folds all its shards into one `GatheredUsage` (so there are as many merges as workers, not shards),
/// and hands back each shard's malformed-record samples with what else it read, for renumbering lines
/// and confirming the cuts of arrays.
private final class SharedWork: Sendable {
    private struct State {
        var next = 0
        var gathered: [GatheredUsage] = []
        var samples: [[MalformedRecord]]
        var readings: [TraceReader.ShardReading]
        var failure: (index: Int, error: InputError)?
        /// A part of an array that did not start at the file's start failed: its cut may be wrong.
        var unconfirmedCut = false
    }

    private let shards: [TraceShard]
    private let classifier: CallClassifier
    /// The partitions of each worker's usage (`PartitionedUsage.partitions(forWorkers:)`).
    private let partitions: Int
    /// The caller classes and key lists the workers have worked out.
    private let learning: SharedLearning
    private let progress: TraceProgress?
    private let state: Mutex<State>

    init(shards: [TraceShard], classifier: CallClassifier, workers: Int, progress: TraceProgress?) {
        self.shards = shards
        self.classifier = classifier
        partitions = PartitionedUsage.partitions(forWorkers: workers)
        learning = SharedLearning(workers: workers)
        self.progress = progress
        state = Mutex(State(samples: Array(repeating: [], count: shards.count),
                            readings: Array(repeating: TraceReader.ShardReading(), count: shards.count)))
    }

    /// One worker: takes shards until none is left or one has failed.
    func run() {
        var folder = UsageFolder(classifier: classifier, progress: progress, partitions: partitions, learning: learning)
        while let index = take() {
            let shard = shards[index]
            do {
                var reading = try TraceReader.fold(shard, into: &folder, progress: progress)
                if shard.part == 0 {
                    folder.countFile()
                    reading.input = try TraceInput.of(shard.file)
                }
                let samples = folder.takeMalformedSamples()
                state.withLock {
                    $0.samples[index] = samples
                    $0.readings[index] = reading
                }
            } catch {
                _ = folder.takeMalformedSamples()
                state.withLock { state in
                    if shard.startsAtGuessedElement {
                        state.unconfirmedCut = true
                    } else if state.failure == nil || index < state.failure!.index {
                        state.failure = (index, error)
                    }
                }
            }
        }
        let gathered = folder.gathered
        state.withLock { $0.gathered.append(gathered) }
    }

    private func take() -> Int? {
        state.withLock { state in
            guard state.failure == nil, !state.unconfirmedCut, state.next < shards.count else { return nil }
            defer { state.next += 1 }
            return state.next
        }
    }

    /// The merged summary, with the lines of later shards of a split file numbered from the file's
    /// start and the files it read; `nil` when an array was cut where no element started. Two files that
    /// hold the same bytes are an error naming both, the first pair in the order of the files.
    func result() throws(InputError) -> UsageSummary? {
        // Taken out of the state, so that the merge holds the only reference and can let go of it.
        let (gathered, samples, readings, failure, unconfirmedCut) = state.withLock { state in
            defer { state.gathered = [] }
            return (state.gathered, state.samples, state.readings, state.failure, state.unconfirmedCut)
        }
        if unconfirmedCut { return nil }
        if let failure { throw failure.error }
        if !cutsAreConfirmed(readings) { return nil }
        let inputs = readings.compactMap(\.input)
        var ledger = TraceInputLedger()
        try ledger.add(inputs)
        let workers = gathered.count
        var merged = GatheredUsage.merge(gathered, jobs: workers)
        var lineOffset = 0
        for (index, shard) in shards.enumerated() {
            if shard.part == 0 { lineOffset = 0 }
            let renumbered = samples[index].map { MalformedRecord(file: $0.file, line: $0.line + lineOffset, reason: $0.reason) }
            merged.malformedSamples = mergeSmallest(merged.malformedSamples, renumbered, limit: UsageSummary.malformedSampleLimit)
            lineOffset += readings[index].lines
        }
        merged.inputs = inputs.sorted()
        return merged
    }

    /// Whether every part of an array after the first started where the part before it stopped: that
    /// part started at the start of the file or at a confirmed element, so it read elements only.
    private func cutsAreConfirmed(_ readings: [TraceReader.ShardReading]) -> Bool {
        shards.indices.allSatisfy { index in
            guard shards[index].startsAtGuessedElement, case .arrayElements(let range) = shards[index].cut else { return true }
            return readings[index - 1].stoppedAt == range.lowerBound
        }
    }
}
