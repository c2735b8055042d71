import Foundation
import Synchronization
import Testing
@testable import KMSReady

/// Paths of the package, its fixtures and its samples, found from this file.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let fixtures = packageRoot + "/Tests/KMSReadyTests/Fixtures"
    /// The built `kmsready` beside the test bundle.
    static let executable: String? = {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
        let path = directory + "/kmsready"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()
}

/// What a run of a program gave: its exit status (128 + the signal when one ended it) and its output.
struct ProgramRun {
    var status: Int32
    var output: String
    var errors: String
}

/// Runs `executable` with `arguments` in `directory`, `input` on its standard input, ending it with
/// SIGKILL after `timeout` seconds (a hang is then a status of 137, not a test that never ends).
func runProgram(_ executable: String, _ arguments: [String], in directory: String? = nil, input: String? = nil,
                timeout: Double = 60) throws -> ProgramRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    let standardInput = Pipe()
    if input != nil { process.standardInput = standardInput }
    try process.run()
    if let input {
        let writer = Thread {
            standardInput.fileHandleForWriting.write(Data(input.utf8))
            try? standardInput.fileHandleForWriting.close()
        }
        writer.start()
    }
    let pid = process.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { kill(pid, SIGKILL) }
    let errorData = Mutex(Data())
    let reader = Thread { errorData.withLock { $0 = errors.fileHandleForReading.readDataToEndOfFile() } }
    reader.start()
    let outputText = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    while reader.isExecuting || !reader.isFinished { usleep(1000) }
    let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    return ProgramRun(status: status, output: outputText, errors: String(decoding: errorData.withLock { $0 }, as: UTF8.self))
}

/// Runs the built `kmsready` with `arguments`.
func runKMSReady(_ arguments: [String], in directory: String? = nil, input: String? = nil, timeout: Double = 60) throws -> ProgramRun {
    try runProgram(try #require(Paths.executable, "the kmsready executable is built beside the tests"), arguments, in: directory, input: input,
                   timeout: timeout)
}

/// A fixture file, displayed by its path below Fixtures/.
func fixture(_ relative: String) -> InputFile {
    InputFile(path: Paths.fixtures + "/" + relative, displayName: relative)
}

/// A new empty folder in this test process's own temporary folder, which goes when the process
/// exits (the tests write a few hundred megabytes a run; they used to stay behind).
func temporaryDirectory() -> String {
    let path = testProcessFolder + "/" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// `kmsready-tests-<process id>` under the system's temporary folder, made on first use and removed at exit.
private let testProcessFolder: String = {
    let path = NSTemporaryDirectory() + "kmsready-tests-\(getpid())"
    try? FileManager.default.removeItem(atPath: path)  // Left by an earlier process with the same id.
    atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "kmsready-tests-\(getpid())") }
    return path
}()

/// Writes bytes to a new file in a new temporary folder and returns it as an input file named `name`.
func temporaryFile(_ name: String, _ bytes: [UInt8]) -> InputFile {
    let path = temporaryDirectory() + "/" + name
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    return InputFile(path: path, displayName: name)
}

func temporaryFile(_ name: String, _ text: String) -> InputFile { temporaryFile(name, Array(text.utf8)) }

extension UsageSummary {
    /// The summary without the files it names: what two readings of the same events in different files share.
    var withoutInputs: UsageSummary {
        var copy = self
        copy.inputs = []
        return copy
    }
}

/// The built-in classifier with no declared cloud ranges.
func defaultClassifier() -> CallClassifier {
    CallClassifier(rules: try! ClassifierRules.builtIn(), network: NetworkClassifier())
}

/// Reads trace files into a summary with the built-in classifier.
func summarize(_ files: [InputFile]) throws -> UsageSummary {
    try TraceReader.summarize(files, classifier: defaultClassifier())
}

/// Compares `actual` with the golden file at `relative` below the package root; with
/// `KMSREADY_UPDATE_GOLDEN=1` in the environment it rewrites the golden file instead.
func expectGolden(_ actual: String, _ relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let path = Paths.packageRoot + "/" + relative
    if ProcessInfo.processInfo.environment["KMSREADY_UPDATE_GOLDEN"] == "1" {
        try actual.write(toFile: path, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(actual == expected, "differs from \(relative); if the change is intended, run KMSREADY_UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
}

/// Runs the check on the shipped samples, as the README's main command does.
func checkSamples(traces: Bool = true, sources: [String] = []) throws -> Report {
    var request = CheckRequest(inventory: ["samples/inventory"], traces: traces ? ["samples/traces"] : [], base: Paths.packageRoot)
    request.sources = sources
    return try Checker.run(request)
}

/// The shipped destination map.
let sampleDestinations = Paths.packageRoot + "/samples/destinations.json"

/// The samples checked under `edition`: with the shipped destination map (and `destinationType` for the
/// destinations it does not type) and the shipped destination inventory, as the README's 2025 commands do.
func checkSamples(edition id: String, destinationType: KMSInstance.Kind? = nil, traces: Bool = true, sources: [String] = []) throws -> Report {
    var request = CheckRequest(inventory: ["samples/inventory"], traces: traces ? ["samples/traces"] : [], base: Paths.packageRoot)
    request.sources = sources
    request.edition = try #require(Edition.named(id))
    var map = try DestinationMapFile.read(InputFile(path: sampleDestinations, displayName: "samples/destinations.json"))
    map.defaultType = destinationType
    request.destinations = map
    request.destinationInventory = ["samples/destination-inventory"]
    return try Checker.run(request)
}

/// The 2025 plan of the samples as the README shows it: windows searched from Monday 2026-11-23, shown in Asia/Shanghai.
func sampleMigrationToolPlan(destinationType: KMSInstance.Kind? = nil) throws -> MigrationToolPlan {
    let report = try checkSamples(edition: "2025", destinationType: destinationType)
    var map = try DestinationMapFile.read(InputFile(path: sampleDestinations, displayName: "samples/destinations.json"))
    map.defaultType = destinationType
    let destination = try InventoryReader.read(try InputFile.expand(["samples/destination-inventory"], relativeTo: Paths.packageRoot))
    let search = WindowSearch(from: CalendarDate("2026-11-23")!, timeZone: LocalTimeZone(identifier: "Asia/Shanghai")!)
    return MigrationToolPlan(report: report, request: MigrationToolPlan.Request(destinations: map, destinationInventory: destination, search: search))
}

/// The tickets for the samples as the README shows them: the shipped destination map, windows searched
/// from Monday 2026-11-23 and shown in Asia/Shanghai.
func sampleTickets(traces: Bool = true, perKey: Bool = false, destinations: DestinationMap? = nil) throws -> TicketSet {
    let search = WindowSearch(from: CalendarDate("2026-11-23")!, timeZone: LocalTimeZone(identifier: "Asia/Shanghai")!)
    let map = try destinations ?? DestinationMapFile.read(InputFile(path: sampleDestinations, displayName: "samples/destinations.json"))
    return TicketSet(report: try checkSamples(traces: traces), request: TicketRequest(destinations: map, search: search, perKey: perKey))
}

/// The text of the error `body` throws, or `nil` when it throws none.
func thrownText(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch {
        return "\(error)"
    }
}
