import KMSReady

/// `kmsready traces summarize`: folds traces (and earlier summaries) into one usage summary file.
struct TracesCommand {
    var traceOptions = TraceOptions()
    var output: String?
    var quiet = false
    var pretty = false

    init(_ arguments: inout Arguments) throws(UsageError) {
        guard arguments.positional() == "summarize" else { throw UsageError("traces takes the subcommand summarize") }
        while !arguments.isEmpty {
            if try traceOptions.parse(&arguments) {}
            else if let path = try arguments.value("--output") { output = path }
            else if arguments.flag("--quiet") { quiet = true }
            else if arguments.flag("--pretty") { pretty = true }
            else { throw UsageError("unknown argument '\(arguments.next ?? "")' for traces summarize") }
        }
        if traceOptions.traces.isEmpty && traceOptions.usageSummaries.isEmpty {
            throw UsageError("traces summarize needs --traces PATH, --traces-from LIST or --usage FILE")
        }
    }

    /// Writes the summary and returns the exit status.
    func run() throws(InputError) -> Int32 {
        var request = CheckRequest(inventory: [])
        traceOptions.apply(to: &request)
        let summary = try ProgressDisplay.around(quiet: quiet) { (progress) throws(InputError) -> UsageSummary in
            request.progress = progress
            return try Checker.readUsage(request) ?? UsageSummary()
        }
        let write = { (sink: ByteSink) throws(InputError) in try UsageSummaryJSON.write(summary, pretty: pretty, jobs: traceOptions.jobs, to: sink) }
        if let output {
            try AtomicFile.write(to: output, sparing: request.inputPaths, write)
            if !quiet {
                let c = summary.counters
                Terminal.printError("kmsready: wrote \(output) (\(summary.keys.count) keys, \(c.kmsEvents) KMS events, \(c.malformedRecords) malformed records)")
            }
        } else {
            try write(.standardOutput)
        }
        return 0
    }
}
