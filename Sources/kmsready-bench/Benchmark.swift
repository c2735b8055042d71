import Foundation
import KMSReady

/// Generates the files, runs the measurements and prints the results.
struct Benchmark {
    let options: BenchOptions
    private let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]

    init(_ options: BenchOptions) { self.options = options }

    func run() throws {
        let directory = options.directory ?? NSTemporaryDirectory() + "kmsready-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { if options.directory == nil { try? FileManager.default.removeItem(atPath: directory) } }
        print("kmsready-bench: \(options.megabytes) MB per form, \(options.keys) keys, seed fixed; 1 core and \(options.jobs) jobs; best of \(options.runs) runs")
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB")
        print("")
        print(pad("form", 15) + pad("MB", 7) + pad("events", 10) + pad("floor s", 9) + pad("jobs", 6)
              + pad("fold s", 8) + pad("MB/s", 8) + pad("events/s", 11) + pad("RSS MB", 8) + "vs floor")
        for form in options.forms {
            let path = "\(directory)/events-\(form.rawValue.replacingOccurrences(of: ".gz", with: "")).\(form.fileExtension)"
            var generator = SyntheticTraces(keyCount: options.keys)
            let events = try generator.write(form, to: path, bytes: options.megabytes << 20)
            let megabytes = Double(try uncompressedSize(path, form)) / 1_048_576
            let floorCommand = form == .gzipJSONLines ? ["gzip", "-dc", path] : ["wc", "-l", path]
            let floor = best { ChildProcess.run(floorCommand, discardOutput: true) }
            var digests: Set<String> = []
            var groups = 0
            for jobs in Set([1, options.jobs]).sorted() {
                let (fold, report) = try bestFold([executable, "fold", "--jobs", String(jobs), path])
                digests.insert(report.digest)
                groups = report.groups
                print(pad(form.rawValue, 15) + pad(String(format: "%.0f", megabytes), 7) + pad(String(events), 10)
                      + pad(String(format: "%.3f", floor.seconds), 9) + pad(String(jobs), 6)
                      + pad(String(format: "%.3f", report.seconds), 8)
                      + pad(String(format: "%.0f", megabytes / report.seconds), 8)
                      + pad(String(format: "%.0f", Double(events) / report.seconds), 11)
                      + pad(String(format: "%.0f", Double(fold.peakRSSBytes) / 1_048_576), 8)
                      + String(format: "%.2fx %@", report.seconds / floor.seconds, floorCommand[0] == "gzip" ? "gzip -dc" : "wc -l"))
            }
            print(digests.count == 1 ? "  summaries of all runs identical (digest \(digests.first!), \(groups) call groups)" : "  SUMMARIES DIFFER: \(digests.sorted())")
            if options.directory == nil { try? FileManager.default.removeItem(atPath: path) }
        }
        if options.scaleCheck { try scaleCheck(directory) }
    }

    /// Peak RSS for 200 MB and 2 GB of JSON lines over the same keys.
    private func scaleCheck(_ directory: String) throws {
        print("")
        print("peak RSS against input size (JSON lines, \(options.keys) keys, \(options.jobs) jobs):")
        var results: [Int] = []
        for megabytes in [200, 2000] {
            let path = "\(directory)/scale-\(megabytes).jsonl"
            var generator = SyntheticTraces(keyCount: options.keys)
            let events = try generator.write(.jsonLines, to: path, bytes: megabytes << 20)
            let (fold, report) = try bestFold([executable, "fold", "--jobs", String(options.jobs), path])
            try? FileManager.default.removeItem(atPath: path)
            results.append(fold.peakRSSBytes)
            print("  \(megabytes) MB, \(events) events, \(report.groups) call groups: \(String(format: "%.1f", report.seconds)) s, peak RSS \(fold.peakRSSBytes >> 20) MB")
        }
        print(String(format: "  difference: %.1f %%", Double(results[1] - results[0]) * 100 / Double(results[0])))
    }

    /// What a fold child reports: its fold time (without start-up and digest), the summary's number of
    /// call groups and its digest.
    private struct FoldReport {
        var seconds: Double
        var groups: Int
        var digest: String
    }

    /// The fastest of the runs of a fold child, by its own fold time.
    private func bestFold(_ command: [String]) throws -> (ChildProcess, FoldReport) {
        var best: (ChildProcess, FoldReport)?
        for _ in 0..<options.runs {
            let child = ChildProcess.run(command)
            let words = child.output.split(whereSeparator: \.isWhitespace).map(String.init)
            guard child.status == 0, words.count == 8, let seconds = Double(words[1]), let groups = Int(words[5]) else {
                throw BenchOptions.Invalid(message: "fold failed: \(child.output)")
            }
            if best == nil || seconds < best!.1.seconds { best = (child, FoldReport(seconds: seconds, groups: groups, digest: words[7])) }
        }
        return best!
    }

    private func best(_ measure: () -> ChildProcess) -> ChildProcess {
        (0..<options.runs).map { _ in measure() }.min { $0.seconds < $1.seconds }!
    }

    private func uncompressedSize(_ path: String, _ form: SyntheticTraces.Form) throws -> Int {
        if form == .gzipJSONLines {
            var source = try openByteSource(InputFile(path: path, displayName: path))
            let block = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
            defer { block.deallocate() }
            var total = 0
            while case let count = try source.read(into: block), count > 0 { total += count }
            return total
        }
        return (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
