import Foundation
import Testing
@testable import KMSReady
@testable import kmsready

/// Exit statuses and file output of the executable, through the same entry point `main` uses.
@Suite(.serialized) struct CommandLineTests {
    let inventory = Paths.packageRoot + "/samples/inventory"
    let traces = Paths.packageRoot + "/samples/traces"

    @Test func failOnSetsExitStatusOne() {
        #expect(runCommandLine(["check", "--inventory", inventory, "--traces", traces, "--quiet"]) == 0)
        #expect(runCommandLine(["check", "--inventory", inventory, "--traces", traces, "--quiet", "--fail-on", "blocked"]) == 1)
        let serviceKey = inventory + "/cn-hangzhou/"
        let files = ["describe-key", "list-aliases-by-key-id", "list-key-versions"].flatMap {
            ["--inventory", serviceKey + $0 + "-5a3ea049-f9bf-4d22-ad7a-bba2860aa2e9.json"]
        }
        #expect(runCommandLine(["check"] + files + ["--quiet", "--fail-on", "needs-review"]) == 0, "a service key alone is not-required")
    }

    @Test(arguments: [
        ["check"],
        ["check", "--inventory"],
        ["check", "--inventory", "x", "--format", "yaml"],
        ["check", "--inventory", "x", "--fail-on", "not-required"],
        ["check", "--inventory", "x", "--bogus"],
        ["frobnicate"],
        ["rules", "explode"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) {
        #expect(runCommandLine(arguments) == 2)
    }

    @Test func inputErrorsExitTwoAndLeaveTheOutputUntouched() throws {
        let dir = temporaryDirectory()
        let output = dir + "/report.json"
        try "previous report\n".write(toFile: output, atomically: true, encoding: .utf8)
        try "{\"Keys\": [".write(toFile: dir + "/broken.json", atomically: true, encoding: .utf8)
        #expect(runCommandLine(["check", "--inventory", dir + "/broken.json", "--format", "json", "--output", output]) == 2)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous report\n")
        #expect(runCommandLine(["check", "--inventory", dir + "/missing", "--output", output]) == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["broken.json", "report.json"], "no temporary file is left")
    }

    @Test func outputFileHoldsTheJSONReport() throws {
        let output = temporaryDirectory() + "/report.json"
        #expect(runCommandLine(["check", "--inventory", inventory, "--traces", traces, "--format", "json", "--output", output, "--quiet"]) == 0)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        let expected = ReportJSON.render(try Checker.run(CheckRequest(inventory: [inventory], traces: [traces])))
        #expect(written == expected)
        #expect(try JSONParser.parse(Array(written.utf8)).objectValue?["schemaVersion"] == .int(1))
    }

    @Test func rulesTestExitsOneWhenAnExampleFails() throws {
        let dir = temporaryDirectory()
        let failing = RuleTests.validRule.replacingOccurrences(of: #""nonTriggering": [{"facts": {}}]"#,
                                                               with: #""nonTriggering": [{"facts": {"key.origin": "EXTERNAL"}}]"#)
        try failing.write(toFile: dir + "/rule.json", atomically: true, encoding: .utf8)
        #expect(runCommandLine(["rules", "test", dir]) == 1)
        #expect(runCommandLine(["rules", "test", Paths.fixtures + "/rules/custom"]) == 0)
        #expect(runCommandLine(["rules", "show", "no-such-rule"]) == 2)
    }
}
