import Foundation
import KMSReady

/// One kind of input kmsready reads, fed arbitrary bytes: by libFuzzer, or by a replay of the checked-in
/// corpus. A target returns normally whatever the bytes are — an input error is an answer — and traps
/// (so the fuzzer reports it) when kmsready crashes or when two ways of reading the same bytes disagree.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// A JSON document, strict and lenient; what parses writes back and parses to the same value.
    case json
    /// Trace records, one per line, folded by the fast path and by the reference path alone: equal summaries.
    case fold
    /// A trace file of any layout (lines, array, LookupEvents pages, gzip), read on one core and on two
    /// with the smallest split: equal summaries.
    case traceFile = "trace-file"
    /// An inventory file (any KMS response).
    case inventory
    /// A rule file, its examples run.
    case rules
    /// A ticket template, rendered for the samples' tickets.
    case template
    /// A usage summary file; what reads writes back and reads to the same summary.
    case summary
    /// A waiver file.
    case waivers
    /// A `--destination` map.
    case destinations
    /// A baseline (an earlier JSON report).
    case baseline
    /// A rule pattern (the first line) matched against text (the rest).
    case pattern
    /// A `--cloud-cidrs` file.
    case cidrs
    /// A source file for `kmsready scan`, its language chosen by the first byte.
    case source
    /// A `--traces-from` list of paths.
    case pathList = "path-list"

    /// Builds what the targets share (the classifier, the built-in rules, the samples' tickets) before the
    /// first input: built during one, it would look to the fuzzer's leak check like memory that input leaked.
    static func prepare() {
        _ = classifier
        _ = builtInRules
        _ = tickets
    }

    /// Feeds `bytes` to this target.
    func run(_ bytes: UnsafeRawBufferPointer) {
        switch self {
        case .json: Self.json(bytes)
        case .fold: Self.fold(bytes)
        case .traceFile: Self.traceFile(bytes)
        case .inventory: Self.withFile(bytes) { _ = try? InventoryReader.read([$0]) }
        case .rules: Self.withFile(bytes) { file in
            guard let rule = try? RuleDecoder.decode(Array(bytes), file: file.displayName), let set = try? RuleSet([rule]) else { return }
            _ = RuleExampleRunner.run(set)
        }
        case .template: Self.template(bytes)
        case .summary: Self.summary(bytes)
        case .waivers: Self.withFile(bytes) { _ = try? WaiverFile.read($0) }
        case .destinations: _ = try? DestinationMapFile.parse(String(decoding: bytes, as: UTF8.self), source: "fuzz")
        case .baseline: Self.withFile(bytes) { _ = try? BaselineFile.read($0) }
        case .pattern: Self.pattern(bytes)
        case .cidrs: Self.withFile(bytes) { _ = try? NetworkClassifier.readCloudRanges($0) }
        case .source: Self.source(bytes)
        case .pathList: _ = try? PathList.paths(in: Array(bytes), listName: "fuzz")
        }
    }

    private static func json(_ bytes: UnsafeRawBufferPointer) {
        _ = try? JSONParser.parse(bytes, options: .record)
        guard let value = try? JSONParser.parse(bytes) else { return }
        let again = try? JSONParser.parse(Array(JSONWriter.compact(value).utf8))
        guard again == value else { fatalError("a document written back parses to another value") }
    }

    private static let classifier = CallClassifier(rules: try! ClassifierRules.builtIn(), network: NetworkClassifier(cloudRanges: []))

    private static func fold(_ bytes: UnsafeRawBufferPointer) {
        var fast = UsageFolder(classifier: classifier)
        var reference = UsageFolder(classifier: classifier)
        var line = 1
        for record in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let span = UnsafeRawBufferPointer(rebasing: record)
            let bytes = TraceRecordBytes(line: line, bytes: span, problem: nil)
            fast.add(bytes, file: "fuzz")
            reference.addDecodedByReference(bytes, file: "fuzz")
            line += 1
        }
        guard fast.summary == reference.summary else { fatalError("the fast and the reference fold differ") }
    }

    private static func traceFile(_ bytes: UnsafeRawBufferPointer) {
        withFile(bytes) { file in
            let one = Result { () throws(InputError) in try TraceReader.summarize([file], classifier: classifier, jobs: 1) }
            let two = Result { () throws(InputError) in try TraceReader.summarize([file], classifier: classifier, jobs: 2, minimumSplitBytes: 1) }
            switch (one, two) {
            case (.success(let a), .success(let b)) where a != b: fatalError("one core and two read the file differently")
            case (.success, .failure), (.failure, .success): fatalError("one core and two disagree on whether the file reads")
            default: break
            }
        }
    }

    private static let tickets: TicketSet? = {
        let root = FuzzCorpus.packageRoot
        guard let report = try? Checker.run(CheckRequest(inventory: [root + "/samples/inventory"], traces: [root + "/samples/traces"])) else { return nil }
        let search = WindowSearch(from: CalendarDate("2026-11-23")!, timeZone: .utc)
        return TicketSet(report: report, request: TicketRequest(destinations: DestinationMap(instance: "kst-hzz62f1cb66fa42qo9o3b"), search: search, perKey: false))
    }()

    private static func template(_ bytes: UnsafeRawBufferPointer) {
        withFile(bytes) { file in
            for format in [TicketFormat.text, .markdown] {
                guard let template = try? TicketTemplate.load(file, escaping: format.escaping), let tickets else { continue }
                _ = format.render(tickets, template: template)
            }
        }
    }

    private static func summary(_ bytes: UnsafeRawBufferPointer) {
        withFile(bytes) { file in
            guard let summary = try? UsageSummaryJSON.read(file) else { return }
            let again = FuzzCorpus.withTemporaryFile(Array(UsageSummaryJSON.render(summary).utf8)) { try? UsageSummaryJSON.read($0) }
            guard again == summary else { fatalError("a summary written back reads as another") }
        }
    }

    private static func pattern(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let pattern = try? RulePattern(String(parts[0])) else { return }
        _ = pattern.matches(parts.count > 1 ? String(parts[1]) : "")
    }

    /// The file names the `source` target gives its bytes: one per language and manifest kind.
    private static let sourceNames = ["Main.java", "main.go", "app.py", "index.ts", "app.php", "App.cs", "main.cpp", "kms.tf",
                                      "run.sh", "application.yml", "pom.xml", "go.mod", "requirements.txt", "package.json", "Main.kt", "client.rs"]

    private static func source(_ bytes: UnsafeRawBufferPointer) {
        guard let first = bytes.first else { return }
        let name = sourceNames[Int(first) % sourceNames.count]
        FuzzCorpus.withTemporaryFolder(file: name, Array(bytes.dropFirst())) { folder in
            guard let scan = try? SourceScan([folder]) else { return }
            _ = ScanReport(scan: scan, rules: builtInRules, edition: .standard)
        }
    }

    private static let builtInRules = try! RuleSet.load()

    private static func withFile(_ bytes: UnsafeRawBufferPointer, _ body: (InputFile) -> Void) {
        FuzzCorpus.withTemporaryFile(Array(bytes), body)
    }
}
