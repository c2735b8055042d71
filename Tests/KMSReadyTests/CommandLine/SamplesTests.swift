import Foundation
import Testing
@testable import KMSReady

/// The shipped samples give the expected reports, byte for byte, every time.
@Suite struct SamplesTests {
    @Test func jsonReportEqualsTheExpectedReport() throws {
        let first = ReportJSON.render(try checkSamples())
        let second = ReportJSON.render(try checkSamples())
        #expect(first == second, "two runs on the same inputs must be byte-identical")
        try expectGolden(first, "samples/expected-report.json")
    }

    @Test func tableReportEqualsTheGolden() throws {
        try expectGolden(ReportTable.render(try checkSamples()), "Tests/KMSReadyTests/Fixtures/golden/samples-table.txt")
    }

    @Test func withoutTracesTheReportSaysUsageWasNotEvaluated() throws {
        let report = try checkSamples(traces: false)
        #expect(!report.usageEvaluated)
        #expect(report.keys.allSatisfy { !$0.usageEvaluated })
        try expectGolden(ReportJSON.render(report), "Tests/KMSReadyTests/Fixtures/golden/samples-no-traces.json")
        try expectGolden(ReportTable.render(report), "Tests/KMSReadyTests/Fixtures/golden/samples-no-traces-table.txt")
    }

    @Test func samplesCoverEveryBuiltInRuleAndVerdict() throws {
        let report = try checkSamples()
        // The code evidence rules fire where the samples' applications are scanned too (CodeEvidenceTests).
        let withCode = try checkSamples(sources: ["samples/apps"])
        let fired = Set((report.keys + withCode.keys).flatMap { $0.findings.map(\.ruleId) })
        let rules = try RuleSet.load().applying(.standard).rules
        // The samples' exports agree with each other: the conflict rules fire on the real records' (RealRecordsTests).
        #expect(fired.union(["inventory-conflict"]) == Set(rules.filter { $0.subject == .key }.map(\.id)))
        let firedOnSecrets = Set(report.secrets.flatMap { $0.findings.map(\.ruleId) })
        #expect(firedOnSecrets.union(["secret-inventory-incomplete", "secret-inventory-conflict"]) == Set(rules.filter { $0.subject == .secret }.map(\.id)))
        #expect(Set(report.keys.map(\.verdict)) == Set(Verdict.allCases))
        #expect(report.keys.count >= 15)
        #expect(Set(report.keys.compactMap(\.key.region)) == ["cn-beijing", "cn-hangzhou", "cn-shanghai"])
        #expect(report.coverage.map(\.status) == [.writeOnly, .covered, .shortPeriod], "cn-beijing, cn-hangzhou, cn-shanghai")
    }

    @Test func tracesInEveryFormAreRead() throws {
        let files = try InputFile.expand(["samples/traces"], relativeTo: Paths.packageRoot).map(\.displayName)
        #expect(files.contains { $0.hasSuffix(".json.gz") })
        #expect(files.contains { $0.contains("lookup-events") })
        #expect(files.contains { $0.contains("sls-export") })
        let traces = try #require(try checkSamples().traces)
        #expect(traces.counters.files == files.count)
        #expect(traces.counters.malformedRecords == 1)
        #expect(traces.counters.otherServiceEvents == 2)
        #expect(traces.counters.eventsWithoutKey == 3)
        #expect(traces.unknownKeys.map(\.reference) == ["3f1d2b4c-0000-4c1e-9a2b-000000000000"])
    }
}

/// No value of `requestParameters` or `responseElements` other than key ids, and no access key id,
/// appears in any output.
@Suite struct SecretsTests {
    /// Field names whose values are identifiers kmsready may show: key references, request ids, regions,
    /// endpoints, and the names, types, versions and stages of secrets (never `SecretData`).
    static let identifierFields: Set<String> = ["KeyId", "DestinationKeyId", "SourceKeyId", "RequestId", "RegionId", "Region", "AcsHost", "HostId",
                                                "SecretName", "SecretType", "VersionId", "VersionStage", "SecretDataType", "FetchTags"]

    func secretValues() throws -> Set<String> {
        var values = Set<String>()
        func collect(_ value: JSONValue, field: String?) {
            switch value {
            case .string(let text):
                if let field, Self.identifierFields.contains(field) { return }
                if text.count >= 8 { values.insert(text) }
            case .array(let elements): elements.forEach { collect($0, field: field) }
            case .object(let object): object.members.forEach { collect($0.value, field: $0.name) }
            default: break
            }
        }
        func visitEvent(_ event: JSONValue) {
            guard var object = event.objectValue else { return }
            if let inner = object["event"] {
                if let text = inner.stringValue, let parsed = try? JSONParser.parse(Array(text.utf8)).objectValue { object = parsed }
                else if let parsed = inner.objectValue { object = parsed }
            }
            for field in ["requestParameters", "responseElements"] { if let value = object[field] { collect(value, field: nil) } }
            if let accessKey = object["userIdentity"]?.objectValue?["accessKeyId"]?.stringValue, !accessKey.isEmpty { values.insert(accessKey) }
        }
        for file in try InputFile.expand(["samples/traces"], relativeTo: Paths.packageRoot) {
            try TraceFileReader.read(file) { record in
                guard let value = try? JSONParser.parse(record.bytes) else { return }
                switch value {
                case .array(let events): events.forEach(visitEvent)
                case .object(let object) where object["Events"] != nil: object["Events"]?.arrayValue?.forEach(visitEvent)
                default: visitEvent(value)
                }
            }
        }
        return values
    }

    @Test func noRequestOrResponseValueReachesAnyOutput() throws {
        let secrets = try secretValues()
        #expect(secrets.count > 30, "the samples carry plaintexts, ciphertexts and access keys to look for")
        #expect(secrets.contains("c2VjcmV0LXBsYWludGV4dC0xMjM0NTY="))
        let report = try checkSamples()
        let tickets = try sampleTickets()
        let outputs = ReportFormat.allCases.map { $0.render(report, options: ReportOptions(width: 400, failOn: .eligible)) }
            + TicketFormat.allCases.map { $0.render(tickets, template: .builtIn(escaping: $0.escaping)) }
            + PlanFormat.allCases.map { $0.render(MigrationPlan(tickets, template: .builtIn(escaping: .none))) }
        for output in outputs {
            for secret in secrets {
                #expect(!output.contains(secret), "output contains a request/response value: \(secret)")
            }
        }
    }
}
