#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KMSReady

/// `kmsready scan PATH…`: scans code, prints or writes the report in each asked format, and chooses the
/// exit status.
struct ScanCommand {
    var paths: [String] = []
    var edition = Edition.standard
    var format = ScanFormat.table
    /// Whether `--format` was given: with `--quiet`, the report goes to standard output only then.
    var formatNamed = false
    var outputs: [(format: ScanFormat, file: String)] = []
    var failOn: Verdict?
    var includeTests = false
    var ruleDirectories: [String] = []
    var quiet = false

    init(_ arguments: inout Arguments) throws(UsageError) {
        while !arguments.isEmpty {
            if let path = arguments.positional() { paths.append(path) }
            else if let value = try arguments.edition() { edition = value }
            else if let value: ScanFormat = try arguments.choice("--format", for: "scan") { format = value; formatNamed = true }
            else if let output: (format: ScanFormat, file: String) = try arguments.output(extensions: ".json .md .sarif .txt") {
                outputs.append(output)
            }
            else if let value = try arguments.failOn() { failOn = value }
            else if arguments.flag("--include-tests") { includeTests = true }
            else if let path = try arguments.value("--rules") { ruleDirectories.append(path) }
            else if arguments.flag("--quiet") { quiet = true }
            else { throw UsageError("unknown argument '\(arguments.next ?? "")' for scan") }
        }
        if paths.isEmpty { throw UsageError("scan needs a PATH: a repository, a folder or a file") }
    }

    /// Runs the scan and returns the exit status.
    func run() throws(InputError) -> Int32 {
        let rules = try RuleSet.load(adding: ruleDirectories)
        let report = ScanReport(scan: try SourceScan(paths), rules: rules, edition: edition, includeTests: includeTests)
        let files = outputs.map { AtomicFile.Output(path: $0.file, text: $0.format.render(report)) }
        try AtomicFile.write(files, sparing: paths + ruleDirectories)
        for output in outputs where !quiet {
            Terminal.printError("kmsready: wrote \(output.file) (\(output.format.rawValue), \(report.judged.count) findings)")
        }
        if outputs.isEmpty && (!quiet || formatNamed) { Terminal.printOutput(format.render(report, width: Terminal.columns(default: 100))) }
        if let failOn, report.fails(at: failOn) { return 1 }
        return 0
    }
}
