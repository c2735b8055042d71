import Foundation
import Testing
@testable import KMSReady
@testable import kmsready

/// Editions: every rule names its dated sources and editions; the samples differ between 2023 and 2025
/// exactly where Alibaba's pages do; every output names the edition it applied.
@Suite struct EditionTests {
    static let seed = Edition.named("2023")!
    static let today = Edition.named("2025")!

    /// Every built-in rule file says `editions` and `sources`, each source with its address and the
    /// page's Last Updated date; each source is a source of one of the rule's editions (so that a
    /// report's list of its edition's sources is complete), and each edition of the rule has one.
    @Test func everyBuiltInRuleNamesItsDatedSourcesAndItsEditions() throws {
        for file in EmbeddedRuleFiles.ruleFiles {
            let root = try JSONParser.parse(Array(file.text.utf8))
            #expect(root.objectValue?["source"] == nil, "\(file.name): use sources, a list")
            #expect(root.objectValue?["editions"] != nil, "\(file.name) names no editions")
            let rule = try RuleDecoder.decode(Array(file.text.utf8), file: file.name)
            #expect(!rule.sources.isEmpty, "\(file.name) names no source")
            func listed(_ source: RuleSource, in edition: String) -> Bool {
                Edition.named(edition)!.sources.contains { $0.url == source.url && $0.lastUpdated == source.lastUpdated }
            }
            let editions = rule.editions ?? []
            for source in rule.sources {
                #expect(source.url != nil && source.lastUpdated != nil, "\(file.name): \(source.document) lacks its address or date")
                #expect(editions.contains { listed(source, in: $0) }, "\(file.name): \(source.url ?? "") (\(source.lastUpdated ?? "")) is no source of its editions")
            }
            for edition in editions {
                #expect(rule.sources.contains { listed($0, in: edition) }, "\(file.name): no source of edition \(edition)")
            }
        }
        #expect(Edition.builtIn.map(\.id) == ["2023", "2025"])
        #expect(Edition.standard == Self.seed)
        #expect(Self.today.runLimits == Edition.RunLimits(keys: 50, secrets: 50) && Self.today.process == .migrationTool)
    }

    /// A rule without a date on a source, or naming an edition that does not exist, is refused with its place.
    @Test func aUserRuleSaysItsEditionsAndDatesRightOrIsRefused() throws {
        func decode(_ replacement: (String, String)) throws -> Rule {
            try RuleDecoder.decode(Array(RuleTests.validRule.replacingOccurrences(of: replacement.0, with: replacement.1).utf8), file: "mine.json")
        }
        #expect(throws: InputError(file: "mine.json", place: "$.editions[0]", message: "unknown edition '2024' (expected 2023, 2025)")) {
            try decode(("\"examples\"", "\"editions\": [\"2024\"], \"examples\""))
        }
        #expect(throws: InputError(file: "mine.json", place: "$.source.lastUpdated", message: "expected the page's Last Updated date as YYYY-MM-DD, or undated")) {
            try decode(("\"document\": \"doc\"", "\"document\": \"doc\", \"lastUpdated\": \"Sep 12, 2023\""))
        }
        let everyEdition = try decode(("", ""))
        #expect(everyEdition.editions == nil && everyEdition.belongs(to: Self.seed) && everyEdition.belongs(to: Self.today))
        let onlyToday = try decode(("\"examples\"", "\"editions\": [\"2025\"], \"examples\""))
        #expect(!onlyToday.belongs(to: Self.seed) && onlyToday.belongs(to: Self.today))
    }

    /// What the reference's table says changed, key by key and secret by secret on the samples; every
    /// other key and secret keeps its verdict.
    @Test func theSamplesDifferBetweenEditionsExactlyWhereTheDocumentsDo() throws {
        let before = try checkSamples(edition: "2023"), after = try checkSamples(edition: "2025", destinationType: .software)
        // alias or secret: (2023 verdict, the rule that decides it), (2025 verdict, the rule that decides it)
        let changes: [String: (Verdict, String, Verdict, String)] = [
            "alias/token-vault": (.blocked, "reencrypt-or-export-used", .eligible, "reencrypt-stays-on-shared-gateway"),  // ReEncrypt, Export
            "alias/web-session": (.blocked, "unsupported-sdk-language", .eligible, "applications-keep-their-sdk"),  // Node.js
            "alias/reporting": (.needsReview, "unknown-sdk-language", .eligible, "applications-keep-their-sdk"),  // language unknown
            "alias/legacy-crm": (.blocked, "multiple-key-versions", .needsReview, "multiple-key-versions-unconfirmed"),  // docs silent
            "alias/byok-archive": (.blocked, "external-key-material", .needsReview, "external-key-material-unconfirmed"),
            "alias/imported-pending": (.blocked, "external-key-material", .needsReview, "external-key-material-unconfirmed"),
            "alias/partner-gateway": (.needsReview, "public-network-caller", .eligibleAfterRemediation, "internet-access-required"),
            "alias/contracts-sign": (.eligible, "application-migration-obligations", .eligibleAfterRemediation, "terraform-managed-key"),
            "e9542c50-f827-4151-816f-e153732669d7": (.needsReview, "no-observed-use", .blocked, "key-spec-hardware-only"),  // AES_128 into software
            "prod/orders/db": (.blocked, "generic-secret-outside-kms-instance", .eligible, "secret-migrates-in-migration-tool"),
            "acs/ram/user/ci-deployer": (.blocked, "ram-secret-outside-kms-instance", .eligibleAfterRemediation, "secret-rotation-on-disable-first"),
            "rds/reporting": (.blocked, "managed-secret-outside-kms-instance", .eligibleAfterRemediation, "secret-rotation-on-disable-first"),
            "cache/sessions": (.blocked, "undocumented-secret-outside-kms-instance", .blocked, "secret-name-clash"),
            "prod/payments/webhook": (.blocked, "generic-secret-outside-kms-instance", .needsReview, "secret-key-needs-review"),
        ]
        func subjects(_ report: Report) -> [String: (Verdict, String?)] {
            var byName: [String: (Verdict, String?)] = [:]
            for key in report.keys { byName[key.key.firstAlias ?? key.key.id] = (key.verdict, key.mainFinding?.ruleId) }
            for secret in report.secrets { byName[secret.secret.name] = (secret.verdict, secret.mainFinding?.ruleId) }
            return byName
        }
        let old = subjects(before), new = subjects(after)
        #expect(old.keys.sorted() == new.keys.sorted())
        for (name, change) in changes {
            #expect(old[name]?.0 == change.0 && old[name]?.1 == change.1, "2023: \(name) is \(String(describing: old[name]))")
            #expect(new[name]?.0 == change.2 && new[name]?.1 == change.3, "2025: \(name) is \(String(describing: new[name]))")
        }
        let unchanged = old.keys.filter { changes[$0] == nil && old[$0]!.0 != new[$0]!.0 }
        #expect(unchanged.isEmpty, "verdicts changed where the documents did not: \(unchanged.sorted())")
        // Rotation: the same verdict, another rule, and no longer one version only.
        #expect(old["alias/billing"]?.1 == "automatic-rotation-enabled" && new["alias/billing"]?.1 == "rotation-on-disable-first")
        let crm = try #require(after.keys.first { $0.key.firstAlias == "alias/legacy-crm" })
        #expect(crm.findings.contains { $0.ruleId == "rotation-on-disable-first" })
    }

    /// The destination's type decides a spec that only one type takes; without it the key asks for it.
    @Test func keySpecMeetsTheDestinationType() throws {
        func verdict(_ type: KMSInstance.Kind?) throws -> (Verdict, [String]) {
            let key = try #require(try checkSamples(edition: "2025", destinationType: type).keys.first { $0.key.id.hasPrefix("e9542c50") })
            return (key.verdict, key.findings.map(\.ruleId).filter { $0.hasPrefix("key-spec") || $0.hasPrefix("destination") })
        }
        #expect(try verdict(.software) == (.blocked, ["key-spec-hardware-only"]))
        #expect(try verdict(.hardware).1.isEmpty)
        #expect(try verdict(nil) == (.needsReview, ["destination-type-unknown"]))
    }

    /// ReEncrypt's finding gives the busiest traced hour against the shared gateway's 750 QPS.
    @Test func reEncryptNamesItsPeakAgainstTheSharedGatewayLimit() throws {
        let report = try checkSamples(edition: "2025")
        let vault = try #require(report.keys.first { $0.key.firstAlias == "alias/token-vault" })
        let finding = try #require(vault.findings.first { $0.ruleId == "reencrypt-stays-on-shared-gateway" })
        let peak = try #require(vault.usage?.hourOfWeek.max())
        #expect(finding.message.contains("up to 750 QPS per account") && finding.message.contains("had at most \(peak) calls"))
        #expect(finding.verdict == .eligible)
    }

    /// Every report format names the edition it applied.
    @Test(arguments: ReportFormat.allCases)
    func everyReportFormatNamesTheEdition(_ format: ReportFormat) throws {
        for (id, report) in [("2023", try checkSamples()), ("2025", try checkSamples(edition: "2025"))] {
            let text = format.render(report)
            let edition = Edition.named(id)!
            switch format {
            case .json: #expect(text.contains("\"edition\": {\n    \"id\": \"\(id)\""))
            case .sarif: #expect(text.contains("\"edition\": {") && text.contains("\"id\": \"\(id)\""))
            case .junit: #expect(text.contains("<property name=\"edition\" value=\"\(id)\"/>"))
            case .csv: #expect(text.split(separator: "\r\n").dropFirst().allSatisfy { $0.hasSuffix(",\(id)") })
            case .table, .markdown, .html: #expect(text.contains("edition \(id)"))
            }
            if format == .markdown || format == .html { #expect(edition.sources.allSatisfy { text.contains($0.url!) }) }
        }
    }

    /// Tickets and both plans name the edition; under 2025 eligible keys get no ticket, the tool migrates them.
    @Test func ticketsAndPlansNameTheEdition() throws {
        let set = try sampleTickets()
        for format in TicketFormat.allCases {
            #expect(format.render(set, template: .builtIn(escaping: format.escaping)).contains("edition 2023"))
        }
        for format in PlanFormat.allCases {
            #expect(format.render(MigrationPlan(set, template: .builtIn(escaping: .none))).contains("2023"))
            #expect(format.render(try sampleMigrationToolPlan()).contains("2025"))
        }
        let today = TicketSet(report: try checkSamples(edition: "2025"), request: TicketRequest(destinations: try sampleDestinationMap(), search: set.search))
        #expect(today.tickets.allSatisfy { $0.kind == .requirements })
        #expect(today.notTicketed.contains { $0.reason.hasPrefix("the Migration Tool migrates it") })
        #expect(Set(today.tickets.flatMap(\.secrets).map(\.name)) == ["prod/payments/webhook", "cache/sessions"], "only secrets the tool may not take")
    }

    @Test func rulesListShowsEditionsAndShowGivesTheSources() throws {
        let rules = try RuleSet.load()
        let list = RuleText.list(rules)
        func line(_ id: String) -> String? { list.split(separator: "\n").first { $0.hasPrefix(id + " ") }.map(String.init) }
        #expect(list.contains("EDITIONS"))
        #expect(line("reencrypt-or-export-used")?.contains(" 2023 ") == true && line("service-key")?.contains(" 2023,2025 ") == true)
        #expect(list.contains("edition 2025: Self-service Migration Tool"))
        let shown = RuleText.show(try #require(rules.rule(id: "reencrypt-stays-on-shared-gateway")))
        #expect(shown.contains("editions:    2025") && shown.contains("ReEncrypt (API reference), Only the shared gateway; QPS limit 750 (Last Updated 2025-07-29)"))
        #expect(shown.contains("https://www.alibabacloud.com/help/doc-detail/2938467.html"))
    }

    @Test func theCommandLineTakesAnEditionAndRefusesAnUnknownOne() throws {
        let inventory = Paths.packageRoot + "/samples/inventory"
        #expect(runCommandLine(["check", "--inventory", inventory, "--edition", "2024", "--quiet"]) == 2)
        #expect(runCommandLine(["check", "--inventory", inventory, "--destination-type", "cloud", "--quiet"]) == 2)
        let output = temporaryDirectory() + "/report.json"
        #expect(runCommandLine(["check", "--inventory", inventory, "--edition", "2025", "--format", "json", "--output", output, "--quiet"]) == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("\"process\": \"migration-tool\""))
    }

    /// Under 2025 a secret that stays in its region goes through the Migration Tool, with its own checks;
    /// a move to another region is a re-creation under both editions.
    @Test func theSecretsPlanFollowsTheEdition() throws {
        let check = CheckRequest(inventory: ["samples/inventory"], traces: ["samples/traces"], base: Paths.packageRoot)
        func plan(_ edition: Edition) throws -> [String: SecretPlan.Entry] {
            let plan = try SecretPlan.read(check, destinationInventory: ["samples/destination-inventory"],
                                           request: SecretPlan.Request(toRegion: "cn-shanghai", edition: edition))
            #expect(plan.edition == edition)
            return Dictionary(uniqueKeysWithValues: plan.entries.map { ($0.secret.name, $0) })
        }
        let before = try plan(Self.seed), after = try plan(Self.today)
        #expect(before["prod/payments/webhook"]?.path == .reCreate && after["prod/payments/webhook"]?.path == .migrationTool)
        #expect(before["cache/sessions"]?.path == .needsReview && after["cache/sessions"]?.path == .migrationTool)
        #expect(after["prod/orders/db"]?.path == .reCreate, "cn-hangzhou to cn-shanghai is another region")
        func status(_ entry: SecretPlan.Entry?, _ check: String) -> PreflightCheck.Status? { entry?.preflight.first { $0.check == check }?.status }
        #expect(status(after["cache/sessions"], "name-clash") == .fail, "the destination instance holds cache/sessions")
        #expect(status(after["prod/payments/webhook"], "name-clash") == .pass && status(after["prod/payments/webhook"], "key-first") == .warn)
        #expect(status(after["rds/reporting"], "rotation-enabled") == .fail && status(after["rds/reporting"], "key-first") == .pass)
        #expect(after["cache/sessions"]?.steps.isEmpty == true, "the Migration Tool moves it: no API call to list")
        let unknown = try SecretPlan.read(check, destinationInventory: [], request: SecretPlan.Request(toRegion: "cn-shanghai", edition: Self.today))
        #expect(unknown.entries.first { $0.secret.name == "cache/sessions" }?.preflight.first { $0.check == "name-clash" }?.status == .unknown)
    }

    /// `{{` in a rule's message is a literal brace, so that a message can quote HCL.
    @Test func doubledBracesInAMessageAreLiteral() throws {
        let template = try MessageTemplate("lifecycle {{ ignore_changes = [x] } for {key.id}", path: "$.message")
        #expect(template.render(facts: Facts(values: ["key.id": .string("k1")], calls: nil), matched: []) == "lifecycle { ignore_changes = [x] } for k1")
    }
}

/// The shipped destination map.
func sampleDestinationMap() throws -> DestinationMap {
    try DestinationMapFile.read(InputFile(path: sampleDestinations, displayName: "samples/destinations.json"))
}

/// The samples under the 2025 edition, as the README's 2025 commands give them, against golden files.
@Suite struct Edition2025GoldenTests {
    @Test func theReportEqualsItsGolden() throws {
        let report = try checkSamples(edition: "2025")
        try expectGolden(ReportJSON.render(report), "Tests/KMSReadyTests/Fixtures/golden/report-2025.json")
        try expectGolden(ReportTable.render(report), "Tests/KMSReadyTests/Fixtures/golden/report-2025.txt")
    }

    @Test(arguments: [(PlanFormat.markdown, "md"), (.json, "json")])
    func thePlanEqualsItsGolden(_ format: PlanFormat, _ fileExtension: String) throws {
        let first = format.render(try sampleMigrationToolPlan())
        #expect(first == format.render(try sampleMigrationToolPlan()), "two runs on the same inputs must be byte-identical")
        try expectGolden(first, "Tests/KMSReadyTests/Fixtures/golden/plan-2025.\(fileExtension)")
    }

    @Test func theTicketsEqualTheirGolden() throws {
        let set = TicketSet(report: try checkSamples(edition: "2025"),
                            request: TicketRequest(destinations: try sampleDestinationMap(), search: try sampleTickets().search))
        try expectGolden(TicketFormat.text.render(set, template: .builtIn(escaping: .none)), "Tests/KMSReadyTests/Fixtures/golden/tickets-2025.txt")
    }
}
