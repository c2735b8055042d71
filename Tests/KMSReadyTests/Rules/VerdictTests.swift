import Testing
@testable import KMSReady

@Suite struct VerdictTests {
    /// The rules of the default edition (2023), which these tests judge by.
    let rules = try! RuleSet.load().applying(.standard)

    func report(_ key: Key, usage: KeyUsage?) -> KeyReport {
        KeyReport(key: key, evaluation: rules.evaluate(Facts(key: key, usage: usage)), usage: usage)
    }

    func describedKey(origin: String = "Aliyun_KMS", rotation: String = "Disabled", versions: Int = 1, aliases: Set<String> = [],
                      state: String = "Enabled", dkms: String? = nil) -> Key {
        var key = Key(id: "k1")
        key.arn = "acs:kms:cn-hangzhou:1540:key/k1"
        key.metadata = KeyMetadata(keyId: "k1", keyState: state, origin: origin, automaticRotation: rotation, dkmsInstanceId: dkms)
        key.reportedVersionCount = versions
        key.aliases = aliases
        return key
    }

    func usage(_ groups: [(CallerKind, String, String, NetworkOrigin)]) -> KeyUsage {
        var usage = KeyUsage()
        for (kind, operation, language, network) in groups {
            var stats = UsageStats()
            stats.calls = 2
            stats.firstSeen = 100
            stats.lastSeen = 200
            usage.groups[UsageGroup(principal: "ram-user:app", callerKind: kind, operation: operation, language: language, network: network)] = stats
        }
        return usage
    }

    @Test func worstVerdictWins() {
        let key = describedKey(origin: "EXTERNAL", rotation: "Enabled", versions: 1, state: "Disabled")
        let result = report(key, usage: usage([(.application, "Decrypt", "java", .vpc)]))
        #expect(result.verdict == .blocked)
        #expect(result.findings.map(\.ruleId) == ["application-migration-obligations", "automatic-rotation-enabled", "external-key-material", "key-state-not-enabled"])
        #expect(result.mainFinding?.ruleId == "external-key-material")
    }

    @Test func anExemptionTakesTheKeyOutOfScope() {
        let result = report(describedKey(origin: "EXTERNAL", aliases: ["alias/acs/oss"]), usage: usage([(.cloudService, "Decrypt", "unknown", .service)]))
        #expect(result.verdict == .notRequired)
        #expect(result.findings.map(\.ruleId) == ["service-key"])
        #expect(report(describedKey(dkms: "kst-abc"), usage: nil).verdict == .notRequired)
    }

    @Test func withoutTracesUsageRulesAreNotEvaluatedAndTheReportSaysSo() {
        let result = report(describedKey(), usage: nil)
        #expect(result.verdict == .eligible)
        #expect(!result.usageEvaluated)
        // Rules about code evidence are no question without --source: not listed.
        #expect(result.notEvaluated == rules.rules.filter { $0.readsUsage && !$0.condition.requiredFacts.contains { $0.hasPrefix("code.") } }.map(\.id))
        #expect(result.reason.contains("usage rules were not evaluated"))
    }

    @Test func tracedButUnusedNeedsReview() {
        let result = report(describedKey(), usage: KeyUsage())
        #expect(result.verdict == .needsReview)
        #expect(result.findings.map(\.ruleId) == ["no-observed-use"])
    }

    @Test func rotationWithOneVersionIsEligibleAfterRemediationWithTheCommand() throws {
        let result = report(describedKey(rotation: "Enabled"), usage: usage([(.cloudService, "GenerateDataKey", "unknown", .service)]))
        #expect(result.verdict == .eligibleAfterRemediation)
        let finding = try #require(result.findings.first { $0.ruleId == "automatic-rotation-enabled" })
        #expect(finding.remediation.hasSuffix("aliyun kms UpdateRotationPolicy --KeyId k1 --EnableAutomaticRotation false"))
    }

    @Test func evidenceShowsFactsAndMatchedCallsOnly() throws {
        let result = report(describedKey(), usage: usage([(.application, "ReEncrypt", "python", .vpc), (.application, "Decrypt", "python", .vpc)]))
        let finding = try #require(result.findings.first { $0.ruleId == "reencrypt-or-export-used" })
        #expect(finding.verdict == .blocked)
        let calls = try #require(finding.evidence.objectValue?["calls"]?.arrayValue)
        #expect(calls.count == 1)
        #expect(calls[0].objectValue?["operation"] == .string("ReEncrypt"))
        #expect(finding.message == "Applications call ReEncrypt with this key (2 calls by ram-user:app, 1970-01-01T00:01:40Z to 1970-01-01T00:03:20Z): these operations cannot be used on a migrated key.")
    }

    @Test func unknownLanguageAndPublicCallersNeedReviewOtherLanguagesBlock() {
        #expect(report(describedKey(), usage: usage([(.application, "Decrypt", "unknown", .vpc)])).verdict == .needsReview)
        #expect(report(describedKey(), usage: usage([(.application, "Decrypt", "java", .public)])).verdict == .needsReview)
        #expect(report(describedKey(), usage: usage([(.application, "Decrypt", "php", .vpc)])).verdict == .blocked)
        #expect(report(describedKey(), usage: usage([(.tool, "Decrypt", "unknown", .public)])).findings.map(\.ruleId) == [])
    }
}
