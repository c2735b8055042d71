import Foundation
import KMSReady

/// `kmsready-bench memory`: the peak memory of `kmsready` reading one large input of each kind — valid,
/// and hostile in the ways issue 35 found (a gzip summary or inventory that inflates to a document whose
/// values would take many times its size) — beside the input's size on disk and inflated. Each run is a
/// child process, so its peak RSS is its own; an empty run's peak is shown as the floor.
struct MemoryBenchmark {
    var megabytes = 256

    init(_ arguments: [String]) throws {
        megabytes = try BenchOptions.numbers(arguments, for: "memory", names: ["--megabytes"])["--megabytes"] ?? megabytes
    }

    func run() throws {
        let dir = NSTemporaryDirectory() + "kmsready-bench-memory-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let kmsready = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kmsready").path
        let inventory = dir + "/describe-key.json"
        try Self.describeKey.write(toFile: inventory, atomically: true, encoding: .utf8)
        // The child shares this process's memory until it runs kmsready, and its peak counts it: each
        // input is made and let go before its run, and the floor is taken first.
        let floor = ChildProcess.run([kmsready, "check", "--inventory", inventory, "--quiet"], discardOutput: true)
        print("kmsready-bench memory: peak RSS of kmsready reading one input of about \(megabytes) MB; an empty run peaks at \(floor.peakRSSBytes >> 20) MB")
        print("input".padding(toLength: 42, withPad: " ", startingAt: 0) + "on disk MB  inflated MB  peak RSS MB  (peak - floor) / inflated  exit  seconds")
        let size = megabytes << 20
        let bench = CommandLine.arguments[0]
        func measure(_ name: String, _ file: String, inflated: Int, _ arguments: [String], keep: Bool = false) throws {
            let run = ChildProcess.run(arguments, discardOutput: true)
            let onDisk = Double(try Self.size(file)) / 1_048_576
            let peak = Double(run.peakRSSBytes) / 1_048_576
            let over = (peak - Double(floor.peakRSSBytes) / 1_048_576) / (Double(inflated) / 1_048_576)
            print(name.padding(toLength: 42, withPad: " ", startingAt: 0)
                  + String(format: "%10.1f  %11.1f  %11.0f  %24.2fx  %4d  %7.2f", onDisk, Double(inflated) / 1_048_576, peak, over, run.status, run.seconds))
            if !keep { try? FileManager.default.removeItem(atPath: file) }
        }

        // A valid summary: many keys of many groups.
        let summaryFile = dir + "/usage.json"
        try Self.writeSummary(summaryFile, groups: size / 628)
        try measure("usage summary, valid: read", summaryFile, inflated: try Self.size(summaryFile), [bench, "read", "usage", summaryFile], keep: true)
        try measure("usage summary, valid: check", summaryFile, inflated: try Self.size(summaryFile),
                    [kmsready, "check", "--inventory", inventory, "--usage", summaryFile, "--quiet"])
        // A gzip summary whose `tool` is an array of zeros: 24 bytes a value for 2 bytes of text.
        let zeros = dir + "/zeros-usage.json.gz"
        let zerosBytes = try Self.writeGzip(zeros, head: #"{"format":"kmsready-usage-summary","version":2,"tool":["#, repeating: "0,", bytes: size, tail: #"0],"bogus":1}"#)
        try measure("usage summary, gzip, values 12x its text", zeros, inflated: zerosBytes, [kmsready, "check", "--inventory", inventory, "--usage", zeros, "--quiet"])
        // A gzip inventory of nested one-element arrays: 30 times its text as values.
        let nested = dir + "/nested-inventory.json.gz"
        let nestedBytes = try Self.writeGzip(nested, head: "[", repeating: "[[0]],", bytes: min(size, InventoryReader.maximumFileSize - 16), tail: "[[0]]]")
        try measure("inventory, gzip, values 30x its text", nested, inflated: nestedBytes, [kmsready, "check", "--inventory", nested, "--quiet"])
        // A valid inventory: one ListKeys-like page of many keys.
        let keys = dir + "/list-keys.json"
        try Self.writeListKeys(keys, bytes: min(size, InventoryReader.maximumFileSize / 2))
        try measure("inventory, valid ListKeys page: read", keys, inflated: try Self.size(keys), [bench, "read", "inventory", keys], keep: true)
        try measure("inventory, valid ListKeys page: check", keys, inflated: try Self.size(keys), [kmsready, "check", "--inventory", keys, "--quiet"])
        print("exit 2: refused with a one-line error; exit 0: read. \"read\" reads the input alone (kmsready-bench read);")
        print("\"check\" also checks every key and holds the report: its part grows with the keys, not the bytes.")
    }

    /// `kmsready-bench read usage|inventory FILE`: reads one input as `check` does, and nothing more.
    static func read(_ arguments: [String]) -> Int32 {
        guard arguments.count == 2 else { return 2 }
        let file = InputFile(path: arguments[1], displayName: arguments[1])
        do {
            switch arguments[0] {
            case "usage": _ = try UsageSummaryJSON.read(file)
            case "inventory": _ = try InventoryReader.read([file])
            default: return 2
            }
            return 0
        } catch {
            FileHandle.standardError.write(Data("kmsready-bench: \(error)\n".utf8))
            return 2
        }
    }

    /// Writes the summary file of a summary of `groups` call groups, 240 to a key.
    private static func writeSummary(_ path: String, groups: Int) throws {
        let summary = SummaryBenchmark(groups: groups, keys: max(1, groups / 240)).summary()
        try AtomicFile.write(to: path) { (sink) throws(InputError) in try UsageSummaryJSON.write(summary, to: sink) }
    }

    /// Writes one ListKeys response of about `bytes`.
    private static func writeListKeys(_ path: String, bytes: Int) throws {
        let count = bytes / 110
        let page = #"{"Keys":{"Key":["# + (0..<count).map { index in
            let id = String(format: "%08x-1111-4000-8000-%012x", index, index)
            return #"{"KeyId":"\#(id)","KeyArn":"acs:kms:cn-hangzhou:1540355698845812:key/\#(id)"}"#
        }.joined(separator: ",") + #"]},"TotalCount":\#(count),"PageNumber":1,"PageSize":\#(count),"RequestId":"B1"}"#
        try page.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A DescribeKey response, the inventory beside the summaries.
    private static let describeKey = #"{"KeyMetadata":{"KeyId":"00000000-1111-4000-8000-000000000000","Arn":"acs:kms:cn-hangzhou:1540355698845812:key/00000000-1111-4000-8000-000000000000","KeyState":"Enabled","Origin":"Aliyun_KMS","KeySpec":"Aliyun_AES_256","KeyUsage":"ENCRYPT/DECRYPT","ProtectionLevel":"SOFTWARE","CreationDate":"2026-01-05T08:00:00Z","Creator":"1540355698845812","Description":"","AutomaticRotation":"Disabled","PrimaryKeyVersion":"11111111-1111-4000-8000-000000000000"},"RequestId":"A1"}"#

    private static func size(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// Writes `head`, `unit` repeated to about `bytes`, and `tail`, gzip-compressed; returns the size inflated.
    private static func writeGzip(_ path: String, head: String, repeating unit: String, bytes: Int, tail: String) throws -> Int {
        let writer = try GzipFileWriter(path: path, level: 1)
        try writer.write(Array(head.utf8))
        let block = Array(String(repeating: unit, count: (1 << 20) / unit.utf8.count).utf8)
        var written = head.utf8.count
        while written + block.count + tail.utf8.count <= bytes {
            try writer.write(block)
            written += block.count
        }
        try writer.write(Array(tail.utf8))
        try writer.close()
        return written + tail.utf8.count
    }
}
