import Foundation
import Testing
@testable import KMSReady

@Suite struct RuleTests {
    static let builtIn = try! RuleSet.load()

    /// Every rule's own examples: triggering ones fire it, non-triggering ones do not.
    @Test(arguments: builtIn.rules.map(\.id))
    func ruleExamples(_ id: String) throws {
        let rule = try #require(Self.builtIn.rule(id: id))
        let results = RuleExampleRunner.run(try RuleSet([rule]))
        #expect(!results.isEmpty)
        for result in results {
            #expect(result.passed, "\(result.file) \(result.path) \(result.mustTrigger ? "must trigger" : "must not trigger")")
        }
    }

    @Test func theBuiltInRulesCoverEveryDocumentedRule() {
        let seed = Self.builtIn.applying(Edition.named("2023")!), today = Self.builtIn.applying(Edition.named("2025")!)
        #expect(seed.rules.filter { $0.subject == .key }.map(\.id) == [
            "application-migration-obligations", "automatic-rotation-enabled", "cloud-service-only", "dedicated-instance",
            "external-key-material", "inventory-conflict", "inventory-incomplete", "key-state-not-enabled", "multiple-key-versions",
            "named-in-code-not-traced", "no-observed-use", "public-network-caller", "reencrypt-or-export-in-code", "reencrypt-or-export-used",
            "service-key", "short-trace-period", "unknown-sdk-language", "unsupported-language-in-code", "unsupported-sdk-language",
        ])
        #expect(seed.rules.filter { $0.subject == .secret }.map(\.id) == [
            "generic-secret-outside-kms-instance", "managed-secret-outside-kms-instance", "ram-secret-outside-kms-instance",
            "secret-in-kms-instance", "secret-inventory-conflict", "secret-inventory-incomplete", "undocumented-secret-outside-kms-instance",
            "undocumented-secret-type",
        ])
        #expect(seed.rules.filter(\.readsUsage).map(\.id) == [
            "application-migration-obligations", "cloud-service-only", "named-in-code-not-traced", "no-observed-use", "public-network-caller",
            "reencrypt-or-export-used", "short-trace-period", "unknown-sdk-language", "unsupported-sdk-language",
        ])
        #expect(today.rules.filter { $0.subject == .key }.map(\.id) == [
            "applications-keep-their-sdk", "dedicated-instance", "destination-type-unknown", "export-operations-either-gateway",
            "external-key-material-unconfirmed", "hsm-key-to-software-instance", "internet-access-required", "inventory-conflict", "inventory-incomplete",
            "key-spec-hardware-only", "key-spec-unconfirmed-for-software", "key-state-unconfirmed", "multiple-key-versions-unconfirmed",
            "named-in-code-not-traced", "no-observed-use", "reencrypt-in-code-shared-gateway", "reencrypt-stays-on-shared-gateway",
            "rotation-on-disable-first", "service-key", "short-trace-period", "terraform-managed-key",
        ])
        #expect(today.rules.filter { $0.subject == .secret }.map(\.id) == [
            "secret-in-kms-instance", "secret-inventory-conflict", "secret-inventory-incomplete", "secret-key-blocked", "secret-key-needs-review",
            "secret-migrates-in-migration-tool", "secret-name-clash", "secret-possible-name-clash", "secret-rotation-on-disable-first",
            "secret-type-unconfirmed", "terraform-managed-secret",
        ])
        #expect(seed.rules.filter { $0.subject == .code }.map(\.id) == [
            "code-client-migration-edit", "code-hand-written-endpoint", "code-language-without-migration-sdk", "code-reencrypt-or-export",
            "code-secrets-client", "code-service-key-reference",
        ])
        #expect(today.rules.filter { $0.subject == .code }.map(\.id) == [
            "code-export-either-gateway", "code-reencrypt-shared-gateway", "code-secrets-client-unchanged", "code-service-key-reference",
            "code-terraform-ignore-changes",
        ])
    }

    @Test func userRulesAreAddedAndTestable() throws {
        let rules = try RuleSet.load(adding: ["Tests/KMSReadyTests/Fixtures/rules/custom"], relativeTo: Paths.packageRoot)
        #expect(rules.rules.count == Self.builtIn.rules.count + 1)
        let custom = try #require(rules.rule(id: "hsm-protection-level"))
        #expect(custom.file == "Tests/KMSReadyTests/Fixtures/rules/custom/hsm-protection.json")
        let only = try RuleSet.only(["Tests/KMSReadyTests/Fixtures/rules/custom"], relativeTo: Paths.packageRoot)
        #expect(RuleText.exampleResults(RuleExampleRunner.run(only)) == "ok   hsm-protection-level (2 examples)\n2 passed, 0 failed\n")
    }

    @Test func failingExamplesAreReportedWithTheirPlace() throws {
        let text = Self.validRule.replacingOccurrences(of: #""triggering": [{"facts": {"key.origin": "EXTERNAL"}}]"#,
                                                  with: #""triggering": [{"facts": {"key.origin": "Aliyun_KMS"}}]"#)
        let rule = try RuleDecoder.decode(Array(text.utf8), file: "mine.json")
        let output = RuleText.exampleResults(RuleExampleRunner.run(try RuleSet([rule])))
        #expect(output == "FAIL my-rule: mine.json: $.examples.triggering[0]: must trigger the rule but does not\n1 passed, 1 failed\n")
    }

    @Test func duplicateIdsAreAnError() throws {
        let dir = temporaryDirectory()
        try Self.validRule.replacingOccurrences(of: "my-rule", with: "service-key").write(toFile: dir + "/dup.json", atomically: true, encoding: .utf8)
        #expect(throws: InputError(file: dir + "/dup.json", place: "$.id", message: "rule id 'service-key' is already defined by rules/service-key.json")) {
            try RuleSet.load(adding: [dir])
        }
    }

    static let validRule = """
    {"id": "my-rule", "title": "t", "description": "d", "severity": "high", "verdict": "blocked",
     "condition": {"equals": {"fact": "key.origin", "value": "EXTERNAL"}},
     "message": "m {key.origin}", "remediation": "r", "source": {"document": "doc"},
     "examples": {"triggering": [{"facts": {"key.origin": "EXTERNAL"}}], "nonTriggering": [{"facts": {}}]}}
    """

    @Test(arguments: [
        (#""condition": {"equals": {"fact": "key.origin", "value": "EXTERNAL"}}"#, #""condition": {"equals": {"fact": "key.orign", "value": "EXTERNAL"}}"#,
         "$.condition.equals.fact: unknown fact 'key.orign' for this rule's subject (kmsready rules facts lists them)"),
        (#""condition": {"equals": {"fact": "key.origin", "value": "EXTERNAL"}}"#, #""condition": {"like": {"fact": "key.origin"}}"#,
         "$.condition.like: unknown operator (expected one of: all, any, not, equals, in, exists, greaterThan, contains, matches, anyCall)"),
        (#""condition": {"equals": {"fact": "key.origin", "value": "EXTERNAL"}}"#, #""condition": {"equals": {"fact": "call.operation", "value": "Decrypt"}}"#,
         "$.condition.equals.fact: call.* facts can only be read inside anyCall"),
        (#""condition": {"equals": {"fact": "key.origin", "value": "EXTERNAL"}}"#, #""condition": {"matches": {"fact": "key.aliases", "pattern": "(["}}"#,
         "$.condition.matches.pattern: not a pattern kmsready runs: '[' is never closed at character 3"),
        (#""condition": {"equals": {"fact": "key.origin", "value": "EXTERNAL"}}"#, #""condition": {"all": []}"#,
         "$.condition.all: needs at least one condition"),
        (#""severity": "high""#, #""severity": "critical""#, "$.severity: expected one of: info, low, medium, high"),
        (#""verdict": "blocked""#, #""verdict": "forbidden""#, "$.verdict: expected one of: blocked, needs-review, eligible-after-remediation, eligible, not-required"),
        (#""id": "my-rule""#, #""id": "My_Rule""#, "$.id: rule ids are kebab-case: lower-case letters, digits and single hyphens"),
        (#""message": "m {key.origin}""#, #""message": "m {key.nope}""#, "$.message: unknown placeholder {key.nope}: use a fact or matched.* name (kmsready rules facts)"),
        (#""nonTriggering": [{"facts": {}}]"#, #""nonTriggering": []"#, "$.examples.nonTriggering: a rule needs at least one example here: its examples are its tests"),
        (#""title": "t","#, #""title": "t", "supportRequirement": "yes","#, "$.supportRequirement: expected true or false, found a string"),
        (#""title": "t","#, #""title": "t", "checklist": "done {key.nope}","#, "$.checklist: unknown placeholder {key.nope}: use a fact or matched.* name (kmsready rules facts)"),
        (#""title": "t","#, #""title": "t", "titel": "x","#, "$.titel: unknown field (expected one of: checklist, condition, description, editions, examples, id, message, remediation, severity, source, sources, subject, supportRequirement, title, verdict)"),
    ])
    func malformedRulesNameFileAndPath(_ original: String, _ replacement: String, _ message: String) {
        let text = Self.validRule.replacingOccurrences(of: original, with: replacement)
        #expect(text != Self.validRule)
        #expect(thrownText { _ = try RuleDecoder.decode(Array(text.utf8), file: "rules/mine.json") } == "rules/mine.json: " + message)
    }

    @Test func malformedRuleJSONNamesTheLine() {
        #expect(throws: InputError(file: "r.json", place: "line 2, column 1", message: "malformed JSON: unexpected end of input inside an object")) {
            try RuleDecoder.decode(Array("{\"id\": \"x\",\n".utf8), file: "r.json")
        }
    }
}

/// The rules compiled into the binary are exactly the files of `rules/`.
@Suite struct EmbeddedRuleFilesTests {
    static let sourcePath = Paths.packageRoot + "/Sources/KMSReady/Rules/EmbeddedRuleFiles.swift"

    func filesOnDisk() throws -> [(name: String, text: String)] {
        let root = Paths.packageRoot + "/rules"
        return try InputFile.expand([root]).map {
            (name: String($0.path.dropFirst(root.count + 1)), text: try String(contentsOfFile: $0.path, encoding: .utf8))
        }.sorted { $0.name < $1.name }
    }

    @Test func embeddedSetEqualsTheRulesFolder() throws {
        let disk = try filesOnDisk()
        if ProcessInfo.processInfo.environment["KMSREADY_UPDATE_EMBEDDED_RULES"] == "1" {
            try Self.source(for: disk).write(toFile: Self.sourcePath, atomically: true, encoding: .utf8)
            return
        }
        let embedded = EmbeddedRuleFiles.files
        #expect(embedded.map(\.name) == disk.map(\.name),
                "rules/ changed: run KMSREADY_UPDATE_EMBEDDED_RULES=1 swift test --filter EmbeddedRuleFilesTests")
        for (a, b) in zip(embedded, disk) {
            #expect(a.text == b.text, "\(a.name) differs from rules/\(b.name): run KMSREADY_UPDATE_EMBEDDED_RULES=1 swift test --filter EmbeddedRuleFilesTests")
        }
        #expect(try String(contentsOfFile: Self.sourcePath, encoding: .utf8) == Self.source(for: disk))
    }

    /// The Swift source that embeds `files`.
    static func source(for files: [(name: String, text: String)]) -> String {
        var lines = [
            "// Generated from rules/ by `KMSREADY_UPDATE_EMBEDDED_RULES=1 swift test --filter EmbeddedRuleFilesTests`; do not edit.",
            "",
            "/// The files of `rules/`, compiled into the binary so that the tool needs no file beside it.",
            "/// A test proves this set equals `rules/`.",
            "enum EmbeddedRuleFiles {",
            "    /// (path below `rules/`, contents), sorted by path.",
            "    static let files: [(name: String, text: String)] = [",
        ]
        for file in files {
            lines.append("        (name: \"\(file.name)\", text: ####\"\"\"")
            lines.append(file.text + "\n\"\"\"####),")
        }
        lines += [
            "    ]",
            "",
            "    /// The embedded file at `name` (a path below `rules/`).",
            "    static func file(_ name: String) -> (name: String, text: String)? {",
            "        files.first { $0.name == name }.map { (name: \"rules/\" + $0.name, text: $0.text) }",
            "    }",
            "",
            "    /// The rule files: those at the top of `rules/` (keys and secrets) and in `rules/scan/` (code).",
            "    static var ruleFiles: [(name: String, text: String)] {",
            "        files.filter { !$0.name.contains(\"/\") || $0.name.hasPrefix(\"scan/\") }",
            "    }",
            "}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The conditions the Rules article shows are conditions the decoder takes. Regression (issue 35,
/// defect 10): the README documented `matches` with "value" where the decoder wants "pattern".
@Suite struct DocumentedConditionTests {
    @Test func everyConditionOfTheRulesArticleDecodes() throws {
        let article = try String(contentsOfFile: Paths.packageRoot + "/Sources/KMSReady/KMSReady.docc/Rules.md", encoding: .utf8)
        let block = try #require(article.components(separatedBy: "```json\n").dropFirst().first { $0.hasPrefix("  {\"equals\"") || $0.hasPrefix("{\"equals\"") })
        let conditions = block.components(separatedBy: "```")[0].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(conditions.count == 10)
        let operators = Set(conditions.compactMap { $0.dropFirst(2).split(separator: "\"").first.map(String.init) })
        #expect(operators == ["equals", "greaterThan", "contains", "matches", "in", "exists", "not", "all", "any", "anyCall"])
        for condition in conditions {
            let rule = RuleTests.validRule.replacingOccurrences(of: #"{"equals": {"fact": "key.origin", "value": "EXTERNAL"}}"#, with: condition)
            #expect(thrownText { _ = try RuleDecoder.decode(Array(rule.utf8), file: "Rules.md") } == nil, "\(condition)")
        }
    }
}
