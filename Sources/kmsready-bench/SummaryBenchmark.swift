import Foundation
import KMSReady

/// `kmsready-bench summary`: writes the usage summary file of a summary with many call groups per key —
/// what fleet traffic gives a few hot keys: thousands of principals, operations, languages and networks
/// — and prints the write's time and rate, median and best of the runs.
struct SummaryBenchmark {
    var groups = 24_000
    var keys = 100
    var runs = 9

    /// A benchmark of `groups` call groups over `keys` keys.
    init(groups: Int, keys: Int) {
        self.groups = groups
        self.keys = keys
    }

    init(_ arguments: [String]) throws {
        let values = try BenchOptions.numbers(arguments, for: "summary", names: ["--groups", "--keys", "--runs"])
        groups = values["--groups"] ?? groups
        keys = values["--keys"] ?? keys
        runs = values["--runs"] ?? runs
    }

    /// A summary of `groups` call groups spread over `keys` keys, each group a principal of thousands,
    /// an operation, a language and a network, with full statistics.
    func summary() -> UsageSummary {
        var summary = UsageSummary()
        let operations = ["Decrypt", "Encrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "ReEncrypt", "GetSecretValue"]
        let languages = ["java", "go", "python", "nodejs", "php", "dotnet", "unknown"]
        for index in 0..<groups {
            let key = KeyReference.id(String(format: "%08x-1111-4000-8000-%012x", index % keys, index % keys))
            let group = UsageGroup(principal: index % 3 == 0 ? "assumed-role:app-role-\(index % 997)" : "ram-user:service-\(index % 4_001)",
                                   callerKind: .application, operation: operations[index % operations.count],
                                   language: languages[(index / 7) % languages.count], network: NetworkOrigin.allCases[(index / 3) % NetworkOrigin.allCases.count])
            var stats = UsageStats()
            stats.calls = 1 + index % 500
            stats.failedCalls = index % 7
            stats.firstSeen = 1_772_323_200 + Int64(index)
            stats.lastSeen = stats.firstSeen + 86_400
            stats.languageVersions = ["1.8.0_292-b10", "17.0.2+8"]
            stats.callerSignals = ["no cloud-service, console or tool signal"]
            var usage = summary.keys[key] ?? KeyUsage()
            usage.groups[group] = stats
            usage.hourOfWeek[index % 168] += stats.calls
            summary.keys[key] = usage
        }
        return summary
    }

    func run() throws {
        let summary = summary()
        let output = NSTemporaryDirectory() + "kmsready-bench-summary-write-\(getpid()).json"
        defer { try? FileManager.default.removeItem(atPath: output) }
        var seconds: [Double] = []
        var bytes = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try AtomicFile.write(to: output) { (sink) throws(InputError) in try UsageSummaryJSON.write(summary, jobs: 1, to: sink) }
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            bytes = (try FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        }
        let sorted = seconds.sorted()
        let median = (sorted[(sorted.count - 1) / 2] + sorted[sorted.count / 2]) / 2
        let megabytes = Double(bytes) / 1_048_576
        print(String(format: "summary write: %d call groups over %d keys, %.1f MB, one core: median %.4f s (%.0f MB/s), best %.4f s (%.0f MB/s) of %d runs",
                     groups, keys, megabytes, median, megabytes / median, sorted[0], megabytes / sorted[0], runs))
    }
}
