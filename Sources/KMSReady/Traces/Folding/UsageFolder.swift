/// Folds trace records, one at a time, into a `UsageSummary`.
///
/// A record goes first to the fast path (`ScannedEventFold`), which reads only the fields the fold
/// needs straight from the bytes; whatever it does not vouch for (a syntax error, an escaped member
/// name, a duplicate field, a record that is not a single event) goes to the reference path —
/// `JSONParser` and `TraceRecordDecoder` — so both paths give the same outcome for every record.
public struct UsageFolder {
    /// Counters, malformed records and the events folded by the reference path.
    private var folded = UsageSummary()
    private var fast: ScannedEventFold
    private var classifier: CallClassifier
    private let progress: TraceProgress?
    private var unreportedEvents = 0
    /// Records the fast path left to the reference path.
    private(set) var referenceRecords = 0

    /// A folder that classifies calls with `classifier` and counts folded records in `progress`. Its
    /// usage is kept in `partitions` partitions of the key space, which the cores that merge it with
    /// other folders' share out (`GatheredUsage.merge`); folders to be merged keep the same number.
    public init(classifier: CallClassifier, progress: TraceProgress? = nil, partitions: Int = 1) {
        self.init(classifier: classifier, progress: progress, partitions: partitions, learning: SharedLearning(workers: 1))
    }

    /// A folder as above that shares what it works out with the other workers of `learning`.
    init(classifier: CallClassifier, progress: TraceProgress?, partitions: Int, learning: SharedLearning) {
        self.classifier = classifier
        self.progress = progress
        fast = ScannedEventFold(classifier: classifier, partitions: partitions, learning: learning)
    }

    /// The summary so far.
    public var summary: UsageSummary { gathered.summary }

    /// What was folded so far, as gathered (see `GatheredUsage.merge`).
    public var gathered: GatheredUsage {
        let (cells, callerClasses, callerClassNumbers) = fast.gathered
        var reference = folded
        reference.coverage.merge(fast.coverage)
        return GatheredUsage(cells: cells, callerClasses: callerClasses, callerClassNumbers: callerClassNumbers, referenceSummary: reference)
    }

    /// Folds one record of `file`.
    public mutating func add(_ record: TraceRecordBytes, file: String) {
        if let problem = record.problem {
            add(.malformed(problem), file: file, line: record.line)
        } else if !count(fast.add(record.bytes)) {
            addDecodedByReference(record, file: file)
        }
        countRecord()
    }

    /// Folds `record` when the fast path vouches for it as one whole event (or another service's) and
    /// returns true; otherwise folds and counts nothing and returns false. A reader that only guessed
    /// where a record ends offers its guess here, and on false finds the end and calls `add`.
    public mutating func addIfWhole(_ record: TraceRecordBytes) -> Bool {
        guard count(fast.add(record.bytes)) else { return false }
        countRecord()
        return true
    }

    /// Counts what the fast path folded and returns true, or returns false when it left the record to
    /// the reference path (and folded nothing).
    private mutating func count(_ result: ScannedEventFold.Result) -> Bool {
        switch result {
        case .folded: folded.counters.kmsEvents += 1
        case .withoutKey: folded.counters.eventsWithoutKey += 1
        case .otherService: folded.counters.otherServiceEvents += 1
        case .deferred: return false
        }
        return true
    }

    /// Counts one record read, for the progress shown.
    private mutating func countRecord() {
        unreportedEvents += 1
        if unreportedEvents == 4096, let progress {
            progress.addEvents(unreportedEvents)
            unreportedEvents = 0
        }
    }

    /// Folds one record through the reference decoder alone, never the fast path: what the fast path
    /// must agree with.
    public mutating func addDecodedByReference(_ record: TraceRecordBytes, file: String) {
        referenceRecords += 1
        let value: JSONValue
        do throws(JSONSyntaxError) {
            value = try JSONParser.parse(record.bytes, options: .record)
        } catch {
            add(.malformed("malformed JSON: \(error.message) (column \(error.column))"), file: file, line: record.line + error.line - 1)
            return
        }
        for outcome in TraceRecordDecoder.outcomes(of: value) {
            add(outcome, file: file, line: record.line)
        }
    }

    /// Returns the malformed-record samples listed since the last call and clears the list (they are
    /// still counted): the lines of a shard are renumbered before its samples join the others.
    public mutating func takeMalformedSamples() -> [MalformedRecord] {
        progress?.addEvents(unreportedEvents)
        unreportedEvents = 0
        defer { folded.malformedSamples = [] }
        return folded.malformedSamples
    }

    /// Counts one file as read.
    public mutating func countFile() { folded.counters.files += 1 }

    /// Folds one decoded record found at `line` of `file`.
    public mutating func add(_ outcome: TraceRecordOutcome, file: String, line: Int) {
        switch outcome {
        case .otherService:
            folded.counters.otherServiceEvents += 1
        case .malformed(let reason):
            folded.addMalformed(MalformedRecord(file: file, line: line, reason: reason))
        case .event(let event):
            add(event)
        }
    }

    /// Folds one KMS event.
    public mutating func add(_ event: TraceEvent) {
        folded.coverage.add(event)
        guard !event.keys.isEmpty else {
            folded.counters.eventsWithoutKey += 1
            return
        }
        folded.counters.kmsEvents += 1
        let classification = classifier.classify(event)
        let group = UsageGroup(event: event, classification: classification)
        let hour = Timestamp.hourOfWeek(event.eventTime)
        for reference in event.keys {
            folded.keys[reference, default: KeyUsage()].add(event, group: group, classification: classification, hourOfWeek: hour)
        }
    }
}
