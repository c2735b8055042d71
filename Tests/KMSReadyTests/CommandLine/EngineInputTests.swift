import Foundation
import Testing
@testable import KMSReady

/// What an engine (Spark, a job array) hands kmsready: lists of files, folders of summaries with the
/// engine's markers in them, shards that may overlap.
struct EngineInputTests {
    static let traces = Paths.packageRoot + "/samples/traces"
    static let inventory = Paths.packageRoot + "/samples/inventory"

    /// The sample trace files, as absolute paths.
    static func traceFiles() throws -> [String] {
        try InputFile.expand([traces]).map(\.path)
    }

    @Test func aListOfTracesFromAFileOrStandardInputReadsAsTheTracesDo() throws {
        let expected = try runKMSReady(["check", "--inventory", Self.inventory, "--traces", Self.traces, "--format", "json", "--quiet"])
        #expect(expected.status == 0)
        let files = try Self.traceFiles()
        let list = temporaryDirectory() + "/list.txt"
        try (files.joined(separator: "\r\n") + "\n\n").write(toFile: list, atomically: true, encoding: .utf8)
        let fromFile = try runKMSReady(["check", "--inventory", Self.inventory, "--traces-from", list, "--format", "json", "--quiet"])
        #expect(fromFile.status == 0 && fromFile.output == expected.output)
        let fromInput = try runKMSReady(["check", "--inventory", Self.inventory, "--traces-from", "-", "--format", "json", "--quiet"],
                                        input: files.joined(separator: "\n"))
        #expect(fromInput.status == 0 && fromInput.output == expected.output)
        // A list and --traces together, with a folder in the list.
        let mixed = try runKMSReady(["check", "--inventory", Self.inventory, "--traces", files[0], "--traces-from", "-", "--format", "json", "--quiet"],
                                    input: Self.traces + "/oss\n" + files.filter { !$0.contains("/oss/") && $0 != files[0] }.joined(separator: "\n"))
        #expect(mixed.status == 0 && mixed.output == expected.output)
    }

    @Test func aBadListIsOneLineNamingTheListAndLine() throws {
        let missing = try runKMSReady(["traces", "summarize", "--traces-from", "/nonexistent/list.txt"])
        #expect(missing.status == 2 && missing.errors == "kmsready: /nonexistent/list.txt: cannot open: No such file or directory\n")
        let empty = try runKMSReady(["traces", "summarize", "--traces-from", "-"], input: "\n \n")
        #expect(empty.status == 2 && empty.errors == "kmsready: standard input: lists no path\n")
        let absent = try runKMSReady(["traces", "summarize", "--traces-from", "-"], input: "/nonexistent/trace.json\n")
        #expect(absent.status == 2 && absent.errors == "kmsready: /nonexistent/trace.json: no such file or folder\n")
    }

    @Test func foldersSkipTheMarkersEnginesWriteBesideTheirOutput() throws {
        let folder = temporaryDirectory() + "/summaries"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let made = try runKMSReady(["traces", "summarize", "--traces", Self.traces, "--output", folder + "/part-00000", "--quiet"])
        #expect(made.status == 0)
        FileManager.default.createFile(atPath: folder + "/_SUCCESS", contents: Data())
        FileManager.default.createFile(atPath: folder + "/._SUCCESS.crc", contents: Data("crc".utf8))
        FileManager.default.createFile(atPath: folder + "/_temporary", contents: Data("partial".utf8))
        let merged = try runKMSReady(["check", "--inventory", Self.inventory, "--usage", folder, "--format", "json", "--quiet"])
        let direct = try runKMSReady(["check", "--inventory", Self.inventory, "--traces", Self.traces, "--format", "json", "--quiet"])
        #expect(merged.status == 0 && merged.output == direct.output)
        // A file named on purpose is read whatever its name.
        let named = try runKMSReady(["check", "--inventory", Self.inventory, "--usage", folder + "/_SUCCESS", "--quiet"])
        #expect(named.status == 2 && named.errors.contains("_SUCCESS"))
    }

    @Test func overlappingShardsAreRefusedNamingBoth() throws {
        let folder = temporaryDirectory()
        let files = try Self.traceFiles()
        let first = try runKMSReady(["traces", "summarize", "--traces", files[0], "--traces", files[1], "--output", folder + "/a.json", "--quiet"])
        let second = try runKMSReady(["traces", "summarize", "--traces", files[1], "--traces", files[2], "--output", folder + "/b.json", "--quiet"])
        #expect(first.status == 0 && second.status == 0)
        let run = try runKMSReady(["check", "--inventory", Self.inventory, "--usage", folder + "/a.json", "--usage", folder + "/b.json", "--quiet"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("kmsready: \(folder)/b.json: read \(files[1]) ("))
        #expect(run.errors.hasSuffix(", which the summary \(folder)/a.json read too: its events would be counted twice; leave one of the two out\n"))
        // A tree merge of disjoint shards is a shard like any other.
        let third = try runKMSReady(["traces", "summarize", "--traces", files[2], "--output", folder + "/c.json", "--quiet"])
        let tree = try runKMSReady(["traces", "summarize", "--usage", folder + "/a.json", "--usage", folder + "/c.json", "--output", folder + "/ac.json", "--quiet"])
        #expect(third.status == 0 && tree.status == 0)
        let again = try runKMSReady(["traces", "summarize", "--usage", folder + "/ac.json", "--usage", folder + "/c.json", "--quiet"])
        #expect(again.status == 2 && again.errors.contains("which the summary \(folder)/ac.json read too"))
    }
}
