/// Folds trace events, one at a time, into a `UsageSummary`.
public struct UsageFolder {
    /// The summary so far.
    public private(set) var summary = UsageSummary()
    private var classifier: CallClassifier

    /// A folder that classifies calls with `classifier`.
    public init(classifier: CallClassifier) {
        self.classifier = classifier
    }

    /// Folds one decoded record found at `line` of `file`.
    public mutating func add(_ outcome: TraceRecordOutcome, file: String, line: Int) {
        switch outcome {
        case .otherService:
            summary.counters.otherServiceEvents += 1
        case .malformed(let reason):
            summary.addMalformed(MalformedRecord(file: file, line: line, reason: reason))
        case .event(let event):
            add(event)
        }
    }

    /// Folds one KMS event.
    public mutating func add(_ event: TraceEvent) {
        guard !event.keys.isEmpty else {
            summary.counters.eventsWithoutKey += 1
            return
        }
        summary.counters.kmsEvents += 1
        let classification = classifier.classify(event)
        let group = UsageGroup(principal: event.principal, callerKind: classification.callerKind, operation: event.eventName,
                               language: classification.language, network: classification.network)
        let hour = Timestamp.hourOfWeek(event.eventTime)
        for reference in event.keys {
            summary.keys[reference, default: KeyUsage()].groups[group, default: UsageStats()].add(event, classification)
            summary.keys[reference, default: KeyUsage()].hourOfWeek[hour] += 1
        }
    }

    /// Counts one file as read.
    public mutating func countFile() { summary.counters.files += 1 }
}
