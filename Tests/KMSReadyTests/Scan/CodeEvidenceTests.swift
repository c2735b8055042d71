import Foundation
import Testing
@testable import KMSReady

/// `check --source samples/apps` changes exactly the verdicts the samples' code should change, each for
/// its reason; and `kmsready scan samples/apps` gives its golden reports.
@Suite struct CodeEvidenceTests {
    /// Per key whose findings code evidence changes: its verdict before and after, the findings added and removed.
    struct Change: Equatable, CustomStringConvertible {
        let key: String
        let before: Verdict, after: Verdict
        let added: [String], removed: [String]
        var description: String { "\(key.prefix(8)) \(before.rawValue) → \(after.rawValue) +\(added) -\(removed)" }
    }

    func changes(edition: String) throws -> [Change] {
        let without = try checkSamples(edition: edition), with = try checkSamples(edition: edition, sources: ["samples/apps"])
        let before = Dictionary(uniqueKeysWithValues: without.keys.map { ($0.key.id, $0) })
        return with.keys.compactMap { key in
            let old = before[key.key.id]!
            let oldRules = Set(old.findings.map(\.ruleId)), newRules = Set(key.findings.map(\.ruleId))
            guard old.verdict != key.verdict || oldRules != newRules else { return nil }
            return Change(key: key.key.id, before: old.verdict, after: key.verdict,
                          added: newRules.subtracting(oldRules).sorted(), removed: oldRules.subtracting(newRules).sorted())
        }
    }

    @Test func underThe2023RulesCodeBlocksTheKeysItShould() throws {
        #expect(try changes(edition: "2023") == [
            // The Encryption SDK given two keys re-encrypts under the billing key (contracts-archiver/archiver/envelope.py).
            Change(key: "0c95c7ec-e1ce-4a97-9027-5ef1c6d7ad6b", before: .eligibleAfterRemediation, after: .blocked, added: ["reencrypt-or-export-in-code"], removed: []),
            // A yearly job re-encrypts under the orders key: no trace of a month shows it (orders-service/YearlyRekeyJob.java).
            Change(key: "2adfdbb6-f02b-4cbf-a212-91a5907e47da", before: .eligible, after: .blocked, added: ["reencrypt-or-export-in-code"], removed: []),
            // The web frontend is TypeScript: already blocked by its traces, now by its code too.
            Change(key: "3d6ca428-29e8-4832-9649-43c23b91df07", before: .blocked, after: .blocked, added: ["unsupported-language-in-code"], removed: []),
            // The reporting service is PHP (a generic request naming the alias's ARN).
            Change(key: "637d7bec-b998-4937-958f-53af972dc873", before: .needsReview, after: .blocked, added: ["unsupported-language-in-code"], removed: []),
            // The ledger exports data keys (ledger-go/export.go): evidence where the traces cannot show use.
            Change(key: "ab74c73a-0cf3-4624-b585-e04cc1323723", before: .eligible, after: .blocked, added: ["reencrypt-or-export-in-code"], removed: []),
            // Not traced, but named in code that re-encrypts under it: used, and blocked.
            Change(key: "e9542c50-f827-4151-816f-e153732669d7", before: .needsReview, after: .blocked,
                   added: ["named-in-code-not-traced", "reencrypt-or-export-in-code"], removed: ["no-observed-use"]),
        ])
    }

    @Test func underThe2025RulesReEncryptOnlyKeepsItsGateway() throws {
        #expect(try changes(edition: "2025") == [
            Change(key: "0c95c7ec-e1ce-4a97-9027-5ef1c6d7ad6b", before: .eligibleAfterRemediation, after: .eligibleAfterRemediation,
                   added: ["reencrypt-in-code-shared-gateway"], removed: []),
            Change(key: "2adfdbb6-f02b-4cbf-a212-91a5907e47da", before: .eligible, after: .eligible, added: ["reencrypt-in-code-shared-gateway"], removed: []),
            Change(key: "e9542c50-f827-4151-816f-e153732669d7", before: .needsReview, after: .needsReview,
                   added: ["named-in-code-not-traced", "reencrypt-in-code-shared-gateway"], removed: ["no-observed-use"]),
        ])
    }

    /// The evidence says it comes from code, names the places, and counts no traced call.
    @Test func codeEvidenceIsNeverATracedCall() throws {
        let report = try checkSamples(sources: ["samples/apps"])
        let ledger = try #require(report.keys.first { $0.key.id == "ab74c73a-0cf3-4624-b585-e04cc1323723" })
        #expect(!ledger.usageEvaluated, "cn-beijing's traces are write-only: still not evaluated")
        let finding = try #require(ledger.findings.first { $0.ruleId == "reencrypt-or-export-in-code" })
        let evidence = try #require(finding.evidence.objectValue)
        #expect(evidence["source"] == .string("code") && evidence["calls"] == nil)
        #expect(finding.message.contains("ExportDataKey samples/apps/ledger-go/export.go:24:17 (go, v1)"))
        let orders = try #require(report.keys.first { $0.key.id == "2adfdbb6-f02b-4cbf-a212-91a5907e47da" })
        let traced = try #require(try checkSamples().keys.first { $0.key.id == orders.key.id })
        #expect(orders.usage == traced.usage && orders.usage?.calls == 60, "traced calls are the traces' alone")
    }

    @Test(arguments: [("2023", ScanFormat.json, "scan.json"), ("2023", .table, "scan.txt"), ("2023", .sarif, "scan.sarif"),
                      ("2023", .markdown, "scan.md"), ("2025", .json, "scan-2025.json")])
    func theSamplesScanEqualsItsGolden(_ edition: String, _ format: ScanFormat, _ golden: String) throws {
        let scan = try SourceScan(["samples/apps"], relativeTo: Paths.packageRoot)
        let report = ScanReport(scan: scan, rules: try RuleSet.load(), edition: try #require(Edition.named(edition)))
        let text = format.render(report, width: 160)
        #expect(text == format.render(ScanReport(scan: try SourceScan(["samples/apps"], relativeTo: Paths.packageRoot), rules: try RuleSet.load(),
                                                  edition: try #require(Edition.named(edition))), width: 160), "deterministic")
        try expectGolden(text, "Tests/KMSReadyTests/Fixtures/golden/" + golden)
    }

    /// What the samples hold, as the issue asks: five languages or more, three generations or more, and the traps.
    @Test func theSampleApplicationsHoldEveryTrap() throws {
        let scan = try SourceScan(["samples/apps"], relativeTo: Paths.packageRoot)
        let code = scan.observations.filter { $0.kind != .dependency && $0.kind != .terraform }
        #expect(Set(code.map(\.language)).subtracting([.config]).count >= 5)
        #expect(Set(code.compactMap(\.generation)).isSuperset(of: [.v1, .v2, .encryptionSDK, .generic]))
        #expect(code.contains { $0.operation == "ReEncrypt" && $0.via == "direct" } && code.contains { $0.operation == "ReEncrypt" && $0.via == "implicit" })
        #expect(code.contains { $0.operation == "ExportDataKey" && $0.reachability == .main })
        #expect(scan.skipped == ["vendored": 1], "the vendored SDK copy")
        #expect(!scan.observations.contains { $0.file.contains("aws") }, "the AWS look-alikes")
        let terraform = scan.observations.filter { $0.kind == .terraform && $0.subject == "alicloud_kms_key" }
        #expect(terraform.count == 1 && terraform[0].ignoreChanges == [])
    }
}
