/// Reads trace files into one `UsageSummary`: frames records, decodes events and folds them.
public struct TraceReader {
    private var folder: UsageFolder

    /// A reader that classifies calls with `classifier`.
    public init(classifier: CallClassifier) {
        folder = UsageFolder(classifier: classifier)
    }

    /// Reads every file and returns the summary of all of them.
    public static func summarize(_ files: [InputFile], classifier: CallClassifier) throws(InputError) -> UsageSummary {
        var reader = TraceReader(classifier: classifier)
        for file in files { try reader.read(file) }
        return reader.summary
    }

    /// The summary of the files read so far.
    public var summary: UsageSummary { folder.summary }

    /// Reads one file.
    public mutating func read(_ file: InputFile) throws(InputError) {
        folder.countFile()
        try TraceFileReader.read(file) { record in
            if let problem = record.problem {
                folder.add(.malformed(problem), file: file.displayName, line: record.line)
                return
            }
            let value: JSONValue
            do throws(JSONSyntaxError) {
                value = try JSONParser.parse(record.bytes)
            } catch {
                folder.add(.malformed("malformed JSON: \(error.message) (column \(error.column))"), file: file.displayName, line: record.line + error.line - 1)
                return
            }
            for outcome in TraceRecordDecoder.outcomes(of: value) {
                folder.add(outcome, file: file.displayName, line: record.line)
            }
        }
    }
}
