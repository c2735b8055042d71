#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import KMSReady

/// `kmsready-bench trail` writes a trail's month as OSS holds it (`SyntheticTrail`) with its inventory;
/// `kmsready-bench spark` times one machine against the Spark sample (`samples/spark/kmsready_spark.py`)
/// on such a month: wall time and the bytes of the summaries each writes, and whether the two reports
/// are the same bytes. The Spark job runs in local mode with the Python and pyspark found in PATH and
/// PYTHONPATH (`.ci/spark` installs a pinned pyspark in `.build-spark/python`).
struct SparkBenchmark {
    var megabytes = 1_024
    var days = 30
    var keys = 10_000
    var runs = 3
    var shardMegabytes = 128
    var directory: String?
    var damaged = false
    var master = "local[2]"
    var python = "python3"
    var kmsready = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kmsready").path
    /// The first day of the month written.
    static let start = "2026-11-01"

    init(_ arguments: [String], command: String) throws {
        var numbers: [String] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--dir", "--master", "--python", "--kmsready":
                guard let value = rest.popFirst() else { throw BenchOptions.Invalid(message: "\(argument) takes a value") }
                switch argument {
                case "--dir": directory = value
                case "--master": master = value
                case "--python": python = value
                default: kmsready = value
                }
            case "--damaged": damaged = true
            default:
                numbers.append(argument)
                if let value = rest.popFirst() { numbers.append(value) }
            }
        }
        let values = try BenchOptions.numbers(numbers, for: command, names: ["--megabytes", "--days", "--keys", "--runs", "--shard-megabytes"])
        megabytes = values["--megabytes"] ?? megabytes
        days = values["--days"] ?? days
        keys = values["--keys"] ?? keys
        runs = values["--runs"] ?? runs
        shardMegabytes = values["--shard-megabytes"] ?? shardMegabytes
    }

    /// The last day of the month written.
    var end: String { Timestamp.format(Timestamp.parse(Self.start + "T00:00:00Z")! + Int64(days - 1) * 86_400).prefix(10).description }

    /// `kmsready-bench trail`: writes the month and its inventory under `--dir`.
    func writeTrail() throws {
        guard let directory else { throw BenchOptions.Invalid(message: "trail needs --dir DIR") }
        let written = try SyntheticTrail.write(to: directory, megabytes: megabytes, days: days, start: Self.start, keyCount: keys, damaged: damaged)
        try SyntheticEstate.writeInventory(keyIds: written.keyIds, to: directory + "/inventory")
        print("wrote \(written.files) delivery files (\(written.events) events, \(written.bytes) bytes gzip) from \(Self.start) to \(end) under \(directory)/AliyunLogs")
    }

    /// `kmsready-bench spark`.
    func run() throws {
        guard FileManager.default.isExecutableFile(atPath: kmsready) else {
            throw BenchOptions.Invalid(message: "no kmsready at \(kmsready): swift build -c release --product kmsready (or --kmsready PATH)")
        }
        let job = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("samples/spark/kmsready_spark.py").path
        guard ChildProcess.run([python, "-c", "import pyspark"], discardOutput: true).status == 0 else {
            throw BenchOptions.Invalid(message: "\(python) cannot import pyspark: pip install pyspark==3.5.5 (with a JDK 17), or .ci/spark once and PYTHONPATH=.build-spark/python")
        }
        let made = directory == nil
        let root = directory ?? NSTemporaryDirectory() + "kmsready-spark-bench-\(getpid())"
        defer { if made { try? FileManager.default.removeItem(atPath: root) } }
        var bench = self
        bench.directory = root
        if !FileManager.default.fileExists(atPath: root + "/AliyunLogs") { try bench.writeTrail() }
        // A sandbox: loopback only, no UI.
        setenv("SPARK_LOCAL_IP", "127.0.0.1", 1)
        setenv("PYSPARK_SUBMIT_ARGS", "--conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 pyspark-shell", 1)
        let inShell = { (command: String) in ChildProcess.run(["/bin/sh", "-c", "cd '\(root)' && " + command]) }

        print("\n| Run on \(megabytes) MB of events, \(days) days (median of \(runs)) | Wall | Summaries written | Report |")
        print("|---|---|---|---|")
        var reference: String?
        for jobs in [1, 2] {
            var times: [Double] = []
            for _ in 0..<runs {
                let run = inShell("'\(kmsready)' traces summarize --traces AliyunLogs --jobs \(jobs) --quiet --output one.json")
                guard run.status == 0 else { throw BenchOptions.Invalid(message: "kmsready traces summarize failed (status \(run.status))") }
                times.append(run.seconds)
            }
            let report = inShell("'\(kmsready)' check --inventory inventory --usage one.json --format json --quiet")
            reference = reference ?? report.output
            let bytes = (try? FileManager.default.attributesOfItem(atPath: root + "/one.json")[.size] as? Int) ?? 0
            print("| one machine, `traces summarize --jobs \(jobs)` | \(Self.seconds(times)) | 1 × \(Self.megabytes(bytes)) | \(report.output == reference ? "the reference" : "DIFFERENT") |")
        }
        for readBy in ["path", "spark"] {
            var times: [Double] = []
            var stats: [String: Any] = [:]
            var same = true
            for round in 0..<runs {
                let output = "spark-\(readBy)-\(round)"
                let run = inShell("rm -rf \(output) && '\(python)' '\(job)' --master '\(master)' --traces 'file://\(root)' --from \(Self.start) --to \(end) --output \(output) "
                                  + "--kmsready '\(kmsready)' --shard-megabytes \(shardMegabytes) --read-by \(readBy) --stats \(output).json 2>/dev/null")
                guard run.status == 0 else { throw BenchOptions.Invalid(message: "the Spark job failed (status \(run.status)): run it by hand to see why") }
                times.append(run.seconds)
                stats = (try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: root + "/\(output).json")))) as? [String: Any] ?? [:]
                same = same && inShell("'\(kmsready)' check --inventory inventory --usage \(output) --format json --quiet").output == reference
            }
            let levels = (stats["levels"] as? [[String: Any]] ?? []).map { "\($0["summaries"] ?? 0) × \(Self.megabytes(($0["bytes"] as? Int ?? 0) / max(1, $0["summaries"] as? Int ?? 1)))" }
            let shards = (stats["shards"] as? [Any])?.count ?? 0
            print("| Spark `\(master)`, read by \(readBy), \(shards) shards | \(Self.seconds(times)) | \(levels.joined(separator: " → ")) | \(same ? "equal" : "DIFFERENT") |")
        }
    }

    private static func seconds(_ times: [Double]) -> String {
        let sorted = times.sorted()
        return String(format: "%.2f s (%.2f–%.2f)", sorted[sorted.count / 2], sorted.first!, sorted.last!)
    }

    private static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
}
