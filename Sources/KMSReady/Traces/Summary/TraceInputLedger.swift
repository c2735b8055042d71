/// The inputs of everything merged so far, by identity, so that a file is never counted twice: a file
/// named twice in one run, or read by two summaries, or by a summary and the traces beside it, is an
/// error naming both places. See <doc:BeyondOneMachine>.
public struct TraceInputLedger {
    private var seen: [TraceInput.Identity: (input: TraceInput, source: String?)] = [:]

    /// No inputs yet.
    public init() {}

    /// Adds the files the traces of this run name (`source` is `nil`) or a summary file read
    /// (`source` is its name); throws at the first that was added before.
    public mutating func add(_ inputs: [TraceInput], from source: String? = nil) throws(InputError) {
        for input in inputs {
            if let prior = seen[input.identity] {
                throw Self.overlap(input, prior: prior.input, priorSource: prior.source, source: source)
            }
            seen[input.identity] = (input, source)
        }
    }

    private static func overlap(_ input: TraceInput, prior: TraceInput, priorSource: String?, source: String?) -> InputError {
        let reader = { (source: String?) in source.map { "the summary \($0)" } ?? "the traces given" }
        if source != nil && source == priorSource {
            return InputError(file: source!, message: "names one file twice, \(prior) and \(input): summarize its traces again")
        }
        let named = input.file == prior.file ? "" : " (as \(prior.file))"
        let message = source == nil && priorSource == nil
            ? "holds the same bytes as \(prior), one file under two names: its events would be counted twice; name it once"
            : "read \(input), which \(reader(priorSource)) read too\(named): its events would be counted twice; leave one of the two out"
        return InputError(file: source ?? input.file, message: message)
    }
}
