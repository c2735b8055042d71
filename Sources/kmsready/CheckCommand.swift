#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KMSReady

/// `kmsready check`: reads the inputs, prints or writes the report in each asked format, and chooses
/// the exit status.
struct CheckCommand {
    var inputs = CheckInputs()
    var format = ReportFormat.table
    /// Whether `--format` was given: with `--quiet`, the report goes to standard output only then.
    var formatNamed = false
    var outputs: [(format: ReportFormat, file: String)] = []
    var failOn: Verdict?
    var failOnNew = false
    var waiverFile: String?
    var today: CalendarDate?
    var baselineFile: String?
    var filter = ReportFilter()
    var quiet = false

    init(_ arguments: inout Arguments) throws(UsageError) {
        while !arguments.isEmpty {
            if try inputs.parse(&arguments) {}
            else if let value: ReportFormat = try arguments.choice("--format", for: "check") { format = value; formatNamed = true }
            else if let output: (format: ReportFormat, file: String) = try arguments.output(extensions: ".json .csv .md .html .sarif .xml .txt") {
                outputs.append(output)
            }
            else if let value = try arguments.failOn() { failOn = value }
            else if arguments.flag("--fail-on-new") { failOnNew = true }
            else if let path = try arguments.value("--waivers") { waiverFile = path }
            else if let text = try arguments.value("--today") {
                guard let date = CalendarDate(text) else { throw UsageError("--today takes a date YYYY-MM-DD, not '\(text)'") }
                today = date
            }
            else if let path = try arguments.value("--baseline") { baselineFile = path }
            else if let text = try arguments.value("--filter") {
                if let message = filter.add(text) { throw UsageError(message) }
            }
            else if arguments.flag("--quiet") { quiet = true }
            else { throw UsageError("unknown argument '\(arguments.next ?? "")' for check") }
        }
        try inputs.finish(command: "check")
        if failOnNew && baselineFile == nil { throw UsageError("--fail-on-new needs --baseline FILE") }
    }

    /// Runs the check and returns the exit status.
    func run() throws(InputError) -> Int32 {
        var report = try inputs.report(quiet: quiet)
        if let waiverFile {
            report = report.applying(try WaiverFile.read(InputFile(path: waiverFile, displayName: waiverFile)), today: today ?? .today())
        }
        if let baselineFile {
            report = report.compared(with: try BaselineFile.read(InputFile(path: baselineFile, displayName: baselineFile)))
        }
        report = report.filtered(by: filter)
        let colour = isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR").map { $0.pointee == 0 } ?? true
        let options = ReportOptions(width: Terminal.columns(default: 100), colour: colour, failOn: failOn)
        let fullReport = outputs.first { $0.format == .html }?.file ?? outputs.first { $0.format == .json }?.file
        let files = outputs.map { output in
            AtomicFile.Output(path: output.file, text: output.format.render(report, options: ReportOptions(failOn: failOn, fullReport: fullReport)))
        }
        try AtomicFile.write(files, sparing: inputs.paths + [waiverFile, baselineFile].compactMap { $0 })
        for output in outputs where !quiet {
            Terminal.printError("kmsready: wrote \(output.file) (\(output.format.rawValue), \(report.keys.count) keys)")
        }
        if outputs.isEmpty && (!quiet || formatNamed) { print(format.render(report, options: options), terminator: "") }
        if (format != .table || !outputs.isEmpty) && !quiet { printWarnings(report) }
        let threshold = failOn ?? (failOnNew ? .eligibleAfterRemediation : nil)
        if let threshold, report.fails(at: threshold, onlyWorse: failOnNew) { return 1 }
        return 0
    }

    /// What the table shows above the keys, on standard error when the report goes elsewhere.
    private func printWarnings(_ report: Report) {
        for warning in report.inventoryWarnings { Terminal.printError("warning: \(warning)") }
        for notice in report.waiverNotices { Terminal.printError("warning: \(notice.description)") }
        if let traces = report.traces, traces.counters.malformedRecords > 0 {
            Terminal.printError("warning: \(traces.counters.malformedRecords) malformed trace record(s), e.g. \(traces.malformedSamples.first?.description ?? "")")
        }
    }
}
