import Foundation
import KMSReady

/// `kmsready-bench estate`: a generated estate (10,000 keys in two regions with raw ListKeys pages,
/// DescribeKey and ListKeyVersions per key, and 200,000 fleet-shaped events) checked the way
/// `kmsready check --output report.json --output report.html --output report.md --output report.sarif`
/// checks it, stage by stage, with each output's size.
struct EstateBenchmark {
    var keys = 10_000
    var events = 200_000
    var directory: String?
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--keys": keys = try Self.number(rest.popFirst(), argument)
            case "--events": events = try Self.number(rest.popFirst(), argument)
            case "--jobs": jobs = try Self.number(rest.popFirst(), argument)
            case "--dir":
                guard let value = rest.popFirst() else { throw BenchOptions.Invalid(message: "--dir takes a folder") }
                directory = value
            default: throw BenchOptions.Invalid(message: "unknown argument '\(argument)' for estate")
            }
        }
    }

    private static func number(_ text: String?, _ name: String) throws -> Int {
        guard let text, let value = Int(text), value > 0 else { throw BenchOptions.Invalid(message: "\(name) takes a positive whole number") }
        return value
    }

    func run() throws {
        let directory = self.directory ?? NSTemporaryDirectory() + "kmsready-estate-\(getpid())"
        defer { if self.directory == nil { try? FileManager.default.removeItem(atPath: directory) } }
        var generator = SyntheticTraces(seed: 20_261_123, keyCount: keys)
        try? FileManager.default.removeItem(atPath: directory + "/inventory")
        try FileManager.default.createDirectory(atPath: directory + "/traces", withIntermediateDirectories: true)
        let files = try SyntheticEstate.writeInventory(keyIds: generator.keyIds, to: directory + "/inventory")
        // About 1.35 kB per event.
        let written = try generator.write(.jsonLines, to: directory + "/traces/events.jsonl", bytes: events * 1_350)
        print("kmsready-bench estate: \(keys) keys in 2 regions (\(files) inventory files), \(written) events, \(jobs) jobs; release build")
        print("files in \(directory)")
        var stages: [(String, Double, String)] = []
        func stage<T>(_ name: String, _ body: () throws -> T, detail: (T) -> String = { _ in "" }) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let value = try body()
            stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, detail(value)))
            return value
        }
        let inventory = try stage("read inventory", { try InventoryReader.read(try InputFile.expand([directory + "/inventory"])) },
                                  detail: { "\($0.keys.count) keys" })
        var request = CheckRequest(inventory: [directory + "/inventory"], traces: [directory + "/traces"])
        request.jobs = jobs
        let usage = try stage("read traces", { try Checker.readUsage(request) }, detail: { "\($0?.counters.kmsEvents ?? 0) KMS events" })
        let rules = try RuleSet.load()
        let report = stage("rules", { Checker.report(inventory: inventory, usage: usage, rules: rules) },
                           detail: { "\($0.keys.reduce(0) { $0 + $1.findings.count }) findings" })
        for format in [ReportFormat.json, .html, .markdown, .sarif] {
            let path = directory + "/report." + (format == .markdown ? "md" : format.rawValue)
            _ = try stage("write \(format.rawValue)", { () throws -> Int in
                let text = format.render(report)
                try AtomicFile.write(text, to: path)
                return text.utf8.count
            }, detail: { String(format: "%.2f MB", Double($0) / 1_048_576) })
        }
        for (name, seconds, detail) in stages {
            print("  " + name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%7.2f s  ", seconds) + detail)
        }
        print(String(format: "  total           %7.2f s", stages.reduce(0) { $0 + $1.1 }))
        try browser(directory + "/report.html")
    }

    /// Loads the HTML report in headless Chromium, when installed, and prints when its script had the
    /// table ready (the page's own clock) and how long the browser took in all.
    private func browser(_ file: String) throws {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("  browser: Chromium not installed (apt-get install chromium); not measured")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--dump-dom", "file://" + file]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let ready = dom.range(of: "data-ready-ms=\"").map { dom[$0.upperBound...].prefix { $0.isNumber } } ?? ""
        let error = dom.contains("data-script-error=\"") ? "; SCRIPT ERROR" : ""
        print(String(format: "  browser: table ready %@ ms after the page started (Chromium's clock); Chromium in all %.2f s%@",
                     String(ready), seconds, error))
    }
}
