import Foundation
import Testing
@testable import KMSReady

/// The README is the manual: every `kmsready` command in its `sh` blocks runs, as a user would type it
/// at the package's root, and succeeds (exit 1 only where it is the answer: `--fail-on`, a failed
/// preflight).
@Suite struct ReadmeTests {
    /// The commands of the README's `sh` blocks, continuation lines joined; `swift run kmsready` as
    /// `kmsready`. Commands of other tools (the benchmark, the export script that needs the aliyun CLI,
    /// `swift test`) are left to their own tests.
    static func commands() throws -> [String] {
        let readme = try String(contentsOfFile: Paths.packageRoot + "/README.md", encoding: .utf8)
        var commands: [String] = []
        for block in readme.components(separatedBy: "```sh\n").dropFirst() {
            let body = block.components(separatedBy: "\n```")[0]
            let joined = body.replacingOccurrences(of: "\\\n", with: " ")
            for line in joined.split(separator: "\n") {
                let command = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].trimmingCharacters(in: .whitespaces)
                guard command.hasPrefix("swift run kmsready ") || command.hasPrefix("kmsready ") else { continue }
                commands.append(command.replacingOccurrences(of: "swift run kmsready ", with: "kmsready "))
            }
        }
        return commands
    }

    @Test func everyCommandOfTheReadmeRuns() throws {
        let commands = try Self.commands()
        #expect(commands.count >= 12, "\(commands)")
        #expect(commands.first == "kmsready check --inventory samples/inventory --traces samples/traces", "the first command is the main job")
        let executable = try #require(Paths.executable, "the kmsready executable is built beside the tests")
        // A folder of its own holds what the commands write; the package's folders are linked in.
        let dir = temporaryDirectory()
        for name in ["samples", "rules", "Tests"] {
            try FileManager.default.createSymbolicLink(atPath: dir + "/" + name, withDestinationPath: Paths.packageRoot + "/" + name)
        }
        for command in commands {
            let run = try runProgram("/bin/bash", ["-c", "set -o pipefail; kmsready() { '\(executable)' \"$@\"; }; " + command], in: dir)
            // Exit 1 is the answer of a --fail-on or of a failed preflight; anything else must succeed.
            let allowed: Set<Int32> = command.contains("--fail-on") || command.contains("secrets plan") ? [0, 1] : [0]
            #expect(allowed.contains(run.status), "\(command): exit \(run.status)\n\(run.errors)")
        }
    }

    @Test func theReadmeIsAManualNotADiary() throws {
        let lines = try String(contentsOfFile: Paths.packageRoot + "/README.md", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count <= 300, "README.md has \(lines.count) lines")
        let firstScreen = lines.prefix(20).joined(separator: "\n")
        #expect(firstScreen.contains("swift run kmsready check --inventory samples/inventory --traces samples/traces") && firstScreen.contains("swift test"))
    }
}
