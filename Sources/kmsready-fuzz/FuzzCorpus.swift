import Foundation
import KMSReady

/// The checked-in corpus (`Tests/Fuzz/<target>/`): every reproducer of a defect found, and seeds in the
/// real formats. Replayed without the fuzzer on every test run; the fuzzer starts from it.
enum FuzzCorpus {
    /// The package's root, found from this file.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The corpus folder of the package.
    static let root = packageRoot + "/Tests/Fuzz"

    /// Feeds every file below `root/<target>/` to its target; returns how many each target was fed.
    /// A crash or a disagreement traps, as under the fuzzer.
    static func replay(_ root: String = root, targets: [FuzzTarget] = FuzzTarget.allCases) throws -> [FuzzTarget: Int] {
        var counts: [FuzzTarget: Int] = [:]
        for target in targets {
            let folder = root + "/" + target.rawValue
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
                bytes.withUnsafeBytes { target.run($0) }
                counts[target, default: 0] += 1
            }
        }
        return counts
    }

    /// The temporary file a target writes its bytes to (one per process: targets run one at a time).
    private static let scratch = NSTemporaryDirectory() + "/kmsready-fuzz-\(ProcessInfo.processInfo.processIdentifier)"

    /// Calls `body` with `bytes` written to a temporary file.
    static func withTemporaryFile<T>(_ bytes: [UInt8], _ body: (InputFile) -> T) -> T {
        let path = scratch + "-\(depth)"
        depth += 1
        defer { depth -= 1; unlink(path) }
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return body(InputFile(path: path, displayName: "fuzz-input"))
    }

    /// Calls `body` with a temporary folder holding `bytes` as the file `name`.
    static func withTemporaryFolder(file name: String, _ bytes: [UInt8], _ body: (String) -> Void) {
        let folder = scratch + "-folder"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes))
        body(folder)
    }

    /// How many temporary files are in use (a summary target reads its input and its written-back copy).
    nonisolated(unsafe) private static var depth = 0
}
