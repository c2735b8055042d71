#if canImport(Glibc)
import Glibc
#endif
import KMSReady

/// `kmsready check`: reads the inputs, prints or writes the report, and chooses the exit status.
struct CheckCommand {
    enum Format: String { case table, json }

    var request = CheckRequest(inventory: [])
    var traceOptions = TraceOptions()
    var format = Format.table
    var output: String?
    var failOn: Verdict?
    var quiet = false

    init(_ arguments: inout Arguments) throws(UsageError) {
        while !arguments.isEmpty {
            if let path = try arguments.value("--inventory") { request.inventory.append(path) }
            else if try traceOptions.parse(&arguments) {}
            else if let path = try arguments.value("--rules") { request.ruleDirectories.append(path) }
            else if let text = try arguments.value("--format") {
                guard let value = Format(rawValue: text) else { throw UsageError("--format takes table or json, not '\(text)'") }
                format = value
            }
            else if let path = try arguments.value("--output") { output = path }
            else if let text = try arguments.value("--fail-on") {
                guard let value = Verdict(rawValue: text), value != .notRequired else {
                    throw UsageError("--fail-on takes blocked, needs-review, eligible-after-remediation or eligible, not '\(text)'")
                }
                failOn = value
            }
            else if arguments.flag("--quiet") { quiet = true }
            else { throw UsageError("unknown argument '\(arguments.next ?? "")' for check") }
        }
        if request.inventory.isEmpty { throw UsageError("check needs --inventory PATH") }
        traceOptions.apply(to: &request)
    }

    /// Runs the check and returns the exit status.
    func run() throws(InputError) -> Int32 {
        let report = try ProgressDisplay.around(quiet: quiet) { (progress) throws(InputError) -> Report in
            var request = request
            request.progress = progress
            return try Checker.run(request)
        }
        let text: String
        switch format {
        case .json: text = ReportJSON.render(report)
        case .table: text = ReportTable.render(report, width: Terminal.columns(default: 100))
        }
        if let output {
            try AtomicFile.write(text, to: output)
            if !quiet { Terminal.printError("kmsready: wrote \(output) (\(report.keys.count) keys)") }
        } else if !quiet {
            print(text, terminator: "")
        }
        if format != .table && !quiet {
            for warning in report.inventoryWarnings { Terminal.printError("warning: \(warning)") }
            if let traces = report.traces, traces.counters.malformedRecords > 0 {
                Terminal.printError("warning: \(traces.counters.malformedRecords) malformed trace record(s), e.g. \(traces.malformedSamples.first?.description ?? "")")
            }
        }
        if let failOn, report.anyKey(atOrAbove: failOn) { return 1 }
        return 0
    }
}
