import Dispatch
import Synchronization

/// Reads trace files into one `UsageSummary` on any number of cores: the files are cut into shards
/// (`TraceShard`), each worker folds shards into summaries of their own, and the summaries merge.
/// Merging is commutative, so the result is the same for every number of jobs.
public enum TraceReader {
    /// Reads every file with `jobs` workers and returns the summary of all of them. Bytes and events
    /// are counted in `progress` as they are read. The first error, in the order of the files, is thrown.
    /// Plain JSON-lines files of `minimumSplitBytes` or more are split between the workers.
    public static func summarize(_ files: [InputFile], classifier: CallClassifier, jobs: Int = 1, progress: TraceProgress? = nil,
                                 minimumSplitBytes: Int = TraceShard.defaultMinimumSplitBytes) throws(InputError) -> UsageSummary {
        let shards = try TraceShard.plan(files, jobs: jobs, minimumSplitBytes: minimumSplitBytes)
        progress?.totalBytes.store(shards.reduce(0) { $0 + $1.byteCount }, ordering: .relaxed)
        let work = SharedWork(shards: shards, classifier: classifier, progress: progress)
        let workers = max(1, min(jobs, shards.count))
        if workers == 1 {
            work.run()
        } else {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in work.run() }
        }
        return try work.result()
    }

    /// Folds one shard; returns how many lines it spans, so that later shards of the same file can
    /// number their lines from the file's start.
    static func fold(_ shard: TraceShard, into folder: inout UsageFolder, progress: TraceProgress?) throws(InputError) -> Int {
        if let range = shard.range {
            return try TraceFileReader.readLines(shard.file, range: range, progress: progress) { folder.add($0, file: shard.file.displayName) }
        }
        try TraceFileReader.read(shard.file, progress: progress) { folder.add($0, file: shard.file.displayName) }
        return 0
    }
}

/// The shards, handed out one at a time to the workers, and what the workers give back: each worker
/// folds all its shards into one `GatheredUsage` (so there are as many merges as workers, not shards),
/// and hands back each shard's malformed-record samples with the shard's line count, for renumbering.
private final class SharedWork: Sendable {
    private struct State {
        var next = 0
        var gathered: [GatheredUsage] = []
        var samples: [[MalformedRecord]]
        var lines: [Int]
        var failure: (index: Int, error: InputError)?
    }

    private let shards: [TraceShard]
    private let classifier: CallClassifier
    private let progress: TraceProgress?
    private let state: Mutex<State>

    init(shards: [TraceShard], classifier: CallClassifier, progress: TraceProgress?) {
        self.shards = shards
        self.classifier = classifier
        self.progress = progress
        state = Mutex(State(samples: Array(repeating: [], count: shards.count), lines: Array(repeating: 0, count: shards.count)))
    }

    /// One worker: takes shards until none is left or one has failed.
    func run() {
        var folder = UsageFolder(classifier: classifier, progress: progress)
        while let index = take() {
            let shard = shards[index]
            do {
                let lines = try TraceReader.fold(shard, into: &folder, progress: progress)
                if shard.part == 0 { folder.countFile() }
                let samples = folder.takeMalformedSamples()
                state.withLock {
                    $0.samples[index] = samples
                    $0.lines[index] = lines
                }
            } catch {
                _ = folder.takeMalformedSamples()
                state.withLock { state in
                    if state.failure == nil || index < state.failure!.index { state.failure = (index, error) }
                }
            }
        }
        let gathered = folder.gathered
        state.withLock { $0.gathered.append(gathered) }
    }

    private func take() -> Int? {
        state.withLock { state in
            guard state.failure == nil, state.next < shards.count else { return nil }
            defer { state.next += 1 }
            return state.next
        }
    }

    /// The merged summary, with the lines of later shards of a split file numbered from the file's start.
    func result() throws(InputError) -> UsageSummary {
        // Taken out of the state, so that the merge holds the only reference and can let go of it.
        let (gathered, samples, lines, failure) = state.withLock { state in
            defer { state.gathered = [] }
            return (state.gathered, state.samples, state.lines, state.failure)
        }
        if let failure { throw failure.error }
        let workers = gathered.count
        var merged = GatheredUsage.merge(gathered, jobs: workers)
        var lineOffset = 0
        for (index, shard) in shards.enumerated() {
            if shard.part == 0 { lineOffset = 0 }
            let renumbered = samples[index].map { MalformedRecord(file: $0.file, line: $0.line + lineOffset, reason: $0.reason) }
            merged.malformedSamples = mergeSmallest(merged.malformedSamples, renumbered, limit: UsageSummary.malformedSampleLimit)
            lineOffset += lines[index]
        }
        return merged
    }
}
