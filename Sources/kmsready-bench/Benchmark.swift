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
        for profile in options.profiles {
            print("")
            print("callers: \(profile.rawValue) (\(Self.describe(profile)))")
            print(pad("form", 15) + pad("MB", 7) + pad("events", 10) + pad("floor s", 9) + pad("jobs", 6)
                  + pad("fold s", 8) + pad("MB/s", 8) + pad("events/s", 11) + pad("RSS MB", 8) + "vs floor")
            for form in options.forms { try measure(form, profile: profile, directory: directory) }
        }
        if options.scaleCheck { try scaleCheck(directory) }
    }

    /// Waits until a file just written is on disk: otherwise the kernel writes it back while the first
    /// folds run, and on two cores its flusher takes time from a two-job fold.
    private static func flushToDisk(_ path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// What a caller profile varies, for the heading.
    private static func describe(_ profile: SyntheticCallers.Profile) -> String {
        switch profile {
        case .fleet: return "a new source address on nearly every event, 10,000 assumed-role sessions, 400 principals, 18 agents verbatim and applications' own tokens, skewed keys"
        case .repeated: return "each caller one fixed address and identity, keys used evenly"
        case .fleetVaryingIds: return "fleet, with every RAM user's principalId new on each call"
        }
    }

    /// Folds one generated file of `form` on one core and on all, beside its floor (and jq, for JSON lines).
    private func measure(_ form: SyntheticTraces.Form, profile: SyntheticCallers.Profile, directory: String) throws {
        let path = "\(directory)/events-\(profile.rawValue)-\(form.rawValue.replacingOccurrences(of: ".gz", with: "")).\(form.fileExtension)"
        var generator = SyntheticTraces(keyCount: options.keys, callers: profile)
        let events = try generator.write(form, to: path, bytes: options.megabytes << 20)
        Self.flushToDisk(path)
        defer { if options.directory == nil { try? FileManager.default.removeItem(atPath: path) } }
        let megabytes = Double(try uncompressedSize(path, form)) / 1_048_576
        let floorCommand = form == .gzipJSONLines ? ["gzip", "-dc", path] : ["wc", "-l", path]
        let floor = best { ChildProcess.run(floorCommand, discardOutput: true) }
        var digests: Set<String> = []
        var last: FoldReport?
        var oneJob: FoldReport?
        let jobCounts = Set([1, options.jobs]).sorted()
        let folds = try bestFolds(jobCounts.map { [executable, "fold", "--jobs", String($0), path] })
        for (jobs, (peakRSSBytes, report)) in zip(jobCounts, folds) {
            digests.insert(report.digest)
            last = report
            if jobs == 1 { oneJob = report }
            var row = pad(form.rawValue, 15) + pad(String(format: "%.0f", megabytes), 7) + pad(String(events), 10)
                + pad(String(format: "%.3f", floor.seconds), 9) + pad(String(jobs), 6)
                + pad(String(format: "%.3f", report.seconds), 8)
                + pad(String(format: "%.0f", megabytes / report.seconds), 8)
                + pad(String(format: "%.0f", Double(events) / report.seconds), 11)
                + pad(String(format: "%.0f", Double(peakRSSBytes) / 1_048_576), 8)
                + String(format: "%.2fx %@", report.seconds / floor.seconds, floorCommand[0] == "gzip" ? "gzip -dc" : "wc -l")
            if jobs > 1, let oneJob {
                row += String(format: "; %.2fx one job (medians %.2fx)", oneJob.seconds / report.seconds, oneJob.medianSeconds / report.medianSeconds)
            }
            print(row)
        }
        guard let last else { return }
        print(digests.count == 1 ? "  summaries of all runs identical (digest \(digests.first!), \(last.groups) call groups)" : "  SUMMARIES DIFFER: \(digests.sorted())")
        print(String(format: "  summary file: %.1f MB, %.0f bytes per call group, written in %.3f s (%.0f MB/s)",
                     Double(last.summaryBytes) / 1_048_576, Double(last.summaryBytes) / Double(max(1, last.groups)),
                     last.summarySeconds, Double(last.summaryBytes) / 1_048_576 / max(last.summarySeconds, 1e-9)))
        if form == .jsonLines, let oneJob {
            let jq = best { ChildProcess.run(["jq", "-c", "[.requestParameters.KeyId,.eventName]", path], discardOutput: true) }
            if jq.status == 0 {
                print(String(format: "  jq -c '[.requestParameters.KeyId,.eventName]': %.3f s, %.0f MB/s; kmsready on one core is %.1fx jq",
                             jq.seconds, megabytes / jq.seconds, jq.seconds / oneJob.seconds))
            } else {
                print("  jq: not run (\(jq.output.isEmpty ? "not installed" : jq.output))")
            }
        }
    }

    /// Peak RSS for 200 MB and 2 GB of JSON lines over the same keys — the 2 GB meeting more of the skewed
    /// keys, so more call groups — and for the 200 MB repeated ten times (the same call groups): what a fold
    /// keeps follows its call groups, never its input's size.
    private func scaleCheck(_ directory: String) throws {
        print("")
        print("peak RSS against input size (JSON lines, \(options.profiles[0].rawValue) callers, \(options.keys) keys, \(options.jobs) jobs):")
        var results: [(rss: Int, groups: Int)] = []
        var smallEvents = 0
        let small = "\(directory)/scale-200.jsonl"
        defer { try? FileManager.default.removeItem(atPath: small) }
        for (megabytes, repeated) in [(200, false), (2000, false), (2000, true)] {
            let path = repeated ? "\(directory)/scale-200x10.jsonl" : megabytes == 200 ? small : "\(directory)/scale-2000.jsonl"
            var events: Int
            if repeated {
                // Copied a block at a time: a child's peak RSS counts the parent's at the spawn (Linux
                // keeps the high-water mark across exec), so the parent must stay small.
                _ = FileManager.default.createFile(atPath: path, contents: nil)
                let output = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                for _ in 0..<10 {
                    let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: small))
                    while let block = try input.read(upToCount: 4 << 20), !block.isEmpty { try output.write(contentsOf: block) }
                    try input.close()
                }
                try output.close()
                events = 10 * smallEvents
            } else {
                var generator = SyntheticTraces(keyCount: options.keys, callers: options.profiles[0])
                events = try generator.write(.jsonLines, to: path, bytes: megabytes << 20)
                if megabytes == 200 { smallEvents = events }
            }
            Self.flushToDisk(path)
            let (peakRSSBytes, report) = try bestFolds([[executable, "fold", "--jobs", String(options.jobs), path]])[0]
            if path != small { try? FileManager.default.removeItem(atPath: path) }
            results.append((peakRSSBytes, report.groups))
            print("  \(megabytes) MB\(repeated ? " (the 200 MB ten times)" : ""), \(events) events, \(report.groups) call groups: "
                  + "\(String(format: "%.1f", report.seconds)) s, peak RSS \(peakRSSBytes >> 20) MB")
        }
        func growth(_ a: Int, _ b: Int) -> Double { Double(b - a) * 100 / Double(a) }
        print(String(format: "  2 GB against 200 MB: peak RSS %+.1f %% with %+.1f %% call groups; the same traffic repeated: %+.1f %% with %+.1f %% call groups",
                     growth(results[0].rss, results[1].rss), growth(results[0].groups, results[1].groups),
                     growth(results[0].rss, results[2].rss), growth(results[0].groups, results[2].groups)))
    }

    /// What a fold child reports: its fold time (without start-up and digest), the summary's number of
    /// call groups and its digest, and the size and writing time of its summary file.
    private struct FoldReport {
        var seconds: Double
        /// The median fold time of all the runs (the middle one's, or the mean of the middle two).
        var medianSeconds = 0.0
        var groups: Int
        var digest: String
        var summaryBytes: Int
        var summarySeconds: Double
    }

    /// For each of `commands` (fold children), the fastest of its runs, by its own fold time, with the
    /// median fold time of the runs, the fastest writing of its summary file in any run (each timing is
    /// the best of the runs, as the fold's is), and the highest peak RSS of all its runs (a two-job
    /// fold's peak varies from run to run with how the workers' ends overlap: the highest is what a user
    /// must allow for). The commands take turns, run by run, so that a change in the machine's speed
    /// while they run touches them alike and the ratio of their times stays fair.
    private func bestFolds(_ commands: [[String]]) throws -> [(peakRSSBytes: Int, report: FoldReport)] {
        var best = [FoldReport?](repeating: nil, count: commands.count)
        var peakRSSBytes = [Int](repeating: 0, count: commands.count)
        var times = [[Double]](repeating: [], count: commands.count)
        for _ in 0..<options.runs {
            for (index, command) in commands.enumerated() {
                let child = ChildProcess.run(command)
                let words = child.output.split(whereSeparator: \.isWhitespace).map(String.init)
                guard child.status == 0, words.count == 12, let seconds = Double(words[1]), let groups = Int(words[5]),
                      let summaryBytes = Int(words[9]), let summarySeconds = Double(words[11]) else {
                    throw BenchOptions.Invalid(message: "fold failed: \(child.output)")
                }
                peakRSSBytes[index] = max(peakRSSBytes[index], child.peakRSSBytes)
                times[index].append(seconds)
                let fastestWriting = min(summarySeconds, best[index]?.summarySeconds ?? summarySeconds)
                if best[index] == nil || seconds < best[index]!.seconds {
                    best[index] = FoldReport(seconds: seconds, groups: groups, digest: words[7], summaryBytes: summaryBytes, summarySeconds: summarySeconds)
                }
                best[index]!.summarySeconds = fastestWriting
            }
        }
        for index in commands.indices {
            let sorted = times[index].sorted()
            best[index]!.medianSeconds = (sorted[(sorted.count - 1) / 2] + sorted[sorted.count / 2]) / 2
        }
        return zip(peakRSSBytes, best).map { ($0, $1!) }
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
