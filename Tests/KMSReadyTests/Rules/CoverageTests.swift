import Foundation
import Testing
@testable import KMSReady

/// Usage is judged only where the traces could show it: per account and region of the inventory.
@Suite struct CoverageTests {
    /// Every KMS event of the shipped samples, as JSON lines, kept where `keep` holds.
    func sampleEvents(where keep: (JSONObject) -> Bool) throws -> InputFile {
        var lines: [String] = []
        for file in try InputFile.expand(["samples/traces"], relativeTo: Paths.packageRoot) {
            try TraceFileReader.read(file) { record in
                guard let value = try? JSONParser.parse(record.bytes) else { return }
                var events: [JSONValue] = []
                switch value {
                case .array(let elements): events = elements
                case .object(let object): events = object["Events"]?.arrayValue ?? [value]
                default: break
                }
                for event in events {
                    guard var object = event.objectValue else { continue }
                    // An SLS row holds the event as an object or as a JSON string.
                    if let inner = object["event"]?.objectValue { object = inner }
                    if let inner = object["event"]?.stringValue, let parsed = try? JSONParser.parse(Array(inner.utf8)).objectValue { object = parsed }
                    if keep(object) { lines.append(JSONWriter.compact(.object(object))) }
                }
            }
        }
        return temporaryFile("kept.jsonl", lines.joined(separator: "\n"))
    }

    func check(traces file: InputFile, minimumTraceDays: Int = 30) throws -> Report {
        var request = CheckRequest(inventory: ["samples/inventory"], traces: [file.path], base: Paths.packageRoot)
        request.minimumTraceDays = minimumTraceDays
        return try Checker.run(request)
    }

    @Test func managementOnlyTracesLeaveEveryKeyUsageNotEvaluated() throws {
        let writes = try sampleEvents { $0["eventRW"]?.stringValue == "Write" }
        let report = try check(traces: writes)
        #expect(report.usageEvaluated, "traces were given")
        #expect(report.keys.allSatisfy { !$0.usageEvaluated })
        #expect(report.keys.allSatisfy { !$0.findings.contains { $0.ruleId == "no-observed-use" } }, "never a usage verdict from traces that cannot show use")
        #expect(report.coverage.map(\.status) == [.writeOnly, .writeOnly, .writeOnly])
        let hangzhou = try #require(report.keys.first { $0.key.region == "cn-hangzhou" && $0.key.firstAlias == "alias/orders-db" })
        #expect(hangzhou.usageNotEvaluatedReason?.contains("the trail records Write events only: set its event type to All") == true)
        #expect(hangzhou.reason.hasPrefix("No inventory rule found a blocker; usage rules were not evaluated: the traces of account 1540355698845812 in cn-hangzhou hold"))
    }

    @Test func readEventsWithoutACryptographicCallAreNotEnoughEither() throws {
        let management = try sampleEvents { !KMSOperation.cryptographic.contains($0["eventName"]?.stringValue ?? "") }
        let report = try check(traces: management)
        #expect(report.keys.allSatisfy { !$0.usageEvaluated })
        #expect(report.coverage.first { $0.scope.region == "cn-hangzhou" }?.status == .noCryptographicCalls)
    }

    @Test func tracesOfOneRegionLeaveTheOthersNotEvaluatedAndTheTracedOneRight() throws {
        let hangzhou = try sampleEvents { $0["acsRegion"]?.stringValue == "cn-hangzhou" }
        let report = try check(traces: hangzhou)
        let full = try checkSamples()
        for key in report.keys {
            if key.key.region == "cn-hangzhou" {
                let same = try #require(full.keys.first { $0.key.id == key.key.id })
                #expect(key.usageEvaluated)
                #expect(key.verdict == same.verdict && key.findings.map(\.ruleId) == same.findings.map(\.ruleId), "\(key.key.id)")
            } else {
                #expect(!key.usageEvaluated, "\(key.key.id)")
                #expect(key.usageNotEvaluatedReason?.hasPrefix("there are no KMS events of account 1540355698845812 in \(key.key.region!)") == true)
            }
        }
        #expect(report.coverage.map(\.status) == [.noTraces, .covered, .noTraces])
    }

    @Test func aShortPeriodWarnsOnKeysWithNoObservedUse() throws {
        let report = try checkSamples()
        let unused = try #require(report.keys.first { $0.key.id == "e9542c50-f827-4151-816f-e153732669d7" })
        let warning = try #require(unused.findings.first { $0.ruleId == "short-trace-period" })
        #expect(warning.message == "The traces of cn-shanghai span 13 days, fewer than 30, and show no call of the key: a monthly job would not show.")
        #expect(!report.keys.contains { $0.key.region == "cn-hangzhou" && $0.findings.contains { $0.ruleId == "short-trace-period" } },
                "cn-hangzhou is traced over 34 days")
        let lenient = try check(traces: try sampleEvents { _ in true }, minimumTraceDays: 7)
        #expect(!lenient.keys.contains { $0.findings.contains { $0.ruleId == "short-trace-period" } })
        #expect(lenient.coverage.map(\.status) == [.writeOnly, .covered, .covered])
    }

    @Test func eventsWithoutAnAccountCountForTheirRegion() {
        var coverage = TraceCoverage()
        let event = TraceEvent(eventId: nil, eventName: "Decrypt", eventTime: 1_772_000_000, eventType: nil, eventSource: nil, region: "cn-hangzhou",
                               sourceIpAddress: nil, userAgent: nil, vpcId: nil, errorCode: nil, identityType: nil, principal: "unknown", keys: [])
        coverage.add(event)
        let scope = CoverageScope(account: "1540355698845812", region: "cn-hangzhou")
        #expect(RegionCoverage(scope: scope, coverage: coverage, keys: 1, minimumDays: 0).status == .covered)
        #expect(RegionCoverage(scope: CoverageScope(account: "1540355698845812", region: "cn-shanghai"), coverage: coverage, keys: 1, minimumDays: 0).status == .noTraces)
    }

    @Test func olderEventsWithoutEventRWAreReadOrWriteByTheirOperation() {
        #expect(KMSOperation.isRead("Decrypt", eventRW: nil))
        #expect(KMSOperation.isRead("DescribeKey", eventRW: nil))
        #expect(!KMSOperation.isRead("UpdateRotationPolicy", eventRW: nil))
        #expect(KMSOperation.isRead("UpdateRotationPolicy", eventRW: "read"), "the event's own word wins")
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatShowsTheCoverage(_ format: ReportFormat) throws {
        let output = format.render(try checkSamples())
        let expected: [String]
        switch format {
        case .table, .markdown, .html: expected = ["write-only", "short-period", "covered", "set its event type to All", "2026-02-09 to 2026-03-15"]
        case .json: expected = ["\"coverage\": [", "\"status\": \"write-only\"", "\"usageNotEvaluatedReason\": \"the traces of account"]
        case .sarif: expected = ["\"toolExecutionNotifications\"", "Trace coverage of account 1540355698845812 in cn-beijing: write-only"]
        case .junit: expected = ["<property name=\"coverage.1540355698845812.status\" value=\"write-only\"/>"]
        case .csv: expected = ["usage rules were not evaluated: the traces of account 1540355698845812 in cn-beijing"]
        }
        for text in expected { #expect(output.contains(text), "\(format) lacks \(text)") }
    }
}
