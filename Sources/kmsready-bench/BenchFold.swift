import Foundation
import KMSReady

/// The child side of a measurement: `kmsready-bench fold --jobs N FILE...` folds the files the way
/// `kmsready traces summarize` does and prints the event count, the number of call groups (what the
/// fold's memory follows), a digest of the merged summary, and the size of the summary file and the time
/// it took to write it (to a temporary file, as `kmsready traces summarize --output` writes it).
enum BenchFold {
    static func run(_ arguments: [String]) -> Int32 {
        var jobs = 1
        var files: [String] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "--jobs", let text = rest.popFirst(), let value = Int(text) { jobs = value } else { files.append(argument) }
        }
        do {
            let classifier = CallClassifier(rules: try ClassifierRules.builtIn(), network: NetworkClassifier(cloudRanges: []))
            let start = DispatchTime.now().uptimeNanoseconds
            let summary = try TraceReader.summarize(try InputFile.expand(files), classifier: classifier, jobs: jobs)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let events = summary.counters.kmsEvents + summary.counters.eventsWithoutKey + summary.counters.otherServiceEvents
            let groups = summary.keys.values.reduce(0) { $0 + $1.groups.count }
            let writeStart = DispatchTime.now().uptimeNanoseconds
            let output = NSTemporaryDirectory() + "kmsready-bench-summary-\(ProcessInfo.processInfo.processIdentifier).json"
            defer { try? FileManager.default.removeItem(atPath: output) }
            try AtomicFile.write(to: output) { (sink) throws(InputError) in try UsageSummaryJSON.write(summary, jobs: jobs, to: sink) }
            let summaryBytes = (try FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
            let writeSeconds = Double(DispatchTime.now().uptimeNanoseconds - writeStart) / 1e9
            print("seconds \(seconds) events \(events) groups \(groups) digest \(digest(summary)) summaryBytes \(summaryBytes) summarySeconds \(writeSeconds)")
            return 0
        } catch {
            FileHandle.standardError.write(Data("kmsready-bench fold: \(error)\n".utf8))
            return 2
        }
    }

    /// An FNV-1a digest over everything the summary holds, in a fixed order: equal summaries, equal digests.
    /// (Cheaper than rendering the summary file, so that the timing shows the fold.)
    private static func digest(_ summary: UsageSummary) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ text: String) { for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }; mix(0xFF) }
        func mix(_ value: Int) { hash = (hash ^ UInt64(bitPattern: Int64(value))) &* 0x100_0000_01B3 }
        let c = summary.counters
        [c.files, c.kmsEvents, c.otherServiceEvents, c.eventsWithoutKey, c.malformedRecords].forEach(mix)
        summary.malformedSamples.forEach { mix($0.description) }
        for (reference, usage) in summary.keys.sorted(by: { $0.key < $1.key }) {
            mix(reference.text)
            usage.hourOfWeek.forEach(mix)
            for (group, stats) in usage.groups.sorted(by: { $0.key < $1.key }) {
                [group.principal, group.callerKind.rawValue, group.operation, group.language, group.network.rawValue].forEach(mix)
                [stats.calls, stats.failedCalls, Int(stats.firstSeen), Int(stats.lastSeen)].forEach(mix)
                stats.sampleEvents.forEach { mix(Int($0.time)); mix($0.id) }
                (stats.languageVersions + stats.migrationSdkVersions + stats.callerSignals + stats.addresses).forEach(mix)
            }
        }
        return String(hash, radix: 16)
    }
}
