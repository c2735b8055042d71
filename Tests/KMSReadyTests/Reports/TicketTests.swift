import Foundation
import Testing
@testable import KMSReady
@testable import kmsready

/// Tickets and the plan on the samples (golden files), the destination map, templates, and the promise
/// that no destination id or window appears that the inputs did not give or support.
@Suite struct TicketTests {
    let orders = "2adfdbb6-f02b-4cbf-a212-91a5907e47da"
    let billing = "0c95c7ec-e1ce-4a97-9027-5ef1c6d7ad6b"
    let webSession = "3d6ca428-29e8-4832-9649-43c23b91df07"
    let partnerGateway = "49d27c12-6f6a-4f96-bfcf-9718051d65b2"
    let rdsTDE = "1f61d4ea-8fe4-4aa0-a36b-1f3c2638faa9"

    @Test(arguments: [(TicketFormat.text, "txt"), (.markdown, "md"), (.json, "json")])
    func ticketsEqualTheirGolden(_ format: TicketFormat, _ fileExtension: String) throws {
        let template = TicketTemplate.builtIn(escaping: format.escaping)
        let first = format.render(try sampleTickets(), template: template)
        #expect(first == format.render(try sampleTickets(), template: template), "two runs must be byte-identical")
        try expectGolden(first, "Tests/KMSReadyTests/Fixtures/golden/tickets.\(fileExtension)")
    }

    @Test(arguments: [(PlanFormat.markdown, "md"), (.json, "json")])
    func planEqualsItsGolden(_ format: PlanFormat, _ fileExtension: String) throws {
        let plan = MigrationPlan(try sampleTickets(), template: .builtIn(escaping: .none))
        try expectGolden(format.render(plan), "Tests/KMSReadyTests/Fixtures/golden/plan.\(fileExtension)")
    }

    @Test func keysAreGroupedByDestinationAndRegionWithRequirementsapart() throws {
        let set = try sampleTickets()
        #expect(set.tickets.map(\.id) == [
            "migration-cn-beijing-kst-bjj7e2d9c4a1f6b3e8d5c", "migration-cn-hangzhou-kst-hzz6412a7f5e4b3c8d1a",
            "migration-cn-shanghai-kst-shh63a1c9e2b7d4f0a5e", "requirements-cn-hangzhou-kst-hzz6412a7f5e4b3c8d1a",
            "requirements-cn-shanghai-no-destination",
        ])
        #expect(set.tickets[2].keys.map(\.keyId) == [billing])
        #expect(set.tickets[2].keys[0].checklist.first?.hasPrefix("Automatic rotation disabled") == true)
        #expect(set.tickets[3].keys.map(\.keyId) == [partnerGateway], "blocked only by its network origin")
        #expect(set.tickets[4].keys.map(\.keyId) == [webSession], "blocked only by its language")
        #expect(set.unassigned.map(\.keyId).contains(rdsTDE), "cn-shanghai keys without env=prod have no destination")
        let counted = set.tickets.reduce(0) { $0 + $1.keys.count } + set.unassigned.count + set.notTicketed.count
        #expect(counted == 22, "every key is ticketed, unassigned or listed as not ticketed")
    }

    @Test func perKeyGivesOneTicketPerKey() throws {
        let set = try sampleTickets(perKey: true)
        #expect(set.tickets.allSatisfy { $0.keys.count == 1 && $0.id == "\($0.kind.rawValue)-\($0.keys[0].keyId)" })
        #expect(set.tickets.count == 9)
    }

    @Test func applicationsGetADeadlineOneMonthAfterTheMigration() throws {
        let ticket = try #require(try sampleTickets().tickets.first { $0.region == "cn-hangzhou" })
        let window = try #require(ticket.window.window)
        #expect(window.localText(in: LocalTimeZone(identifier: "Asia/Shanghai")!) == "Mon 2026-11-23 00:00 – 02:00 Asia/Shanghai (UTC+08:00)")
        #expect(ticket.migrationDate?.description == "2026-11-23")
        #expect(ticket.applicationDeadline?.description == "2026-12-23")
        #expect(ticket.applications.map(\.caller.identity.principal) == ["ram-user:contracts-svc", "ram-user:orders-service"])
        #expect(CalendarDate("2027-01-31")!.addingOneMonth().description == "2027-02-28")
        #expect(CalendarDate("2026-12-15")!.addingOneMonth().description == "2027-01-15")
    }

    /// Every `kst-…` id in every output, for the no-invention checks.
    func instanceIds(_ set: TicketSet) -> Set<String> {
        let outputs = TicketFormat.allCases.map { $0.render(set, template: .builtIn(escaping: $0.escaping)) }
            + PlanFormat.allCases.map { $0.render(MigrationPlan(set, template: .builtIn(escaping: .none))) }
        let regex = try! NSRegularExpression(pattern: "kst-[a-z0-9]+")
        return Set(outputs.flatMap { text in
            regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range, in: text)!]) }
        })
    }

    @Test func noOutputNamesAnInstanceTheInputsDidNotGive() throws {
        let onlyHangzhou = DestinationMap(entries: [.init(region: "cn-hangzhou", instance: "kst-hzzonly1", place: "test")])
        let set = try sampleTickets(destinations: onlyHangzhou)
        let inventoryInstances = Set(try checkSamples().keys.compactMap { $0.key.metadata?.dkmsInstanceId }.filter { !$0.isEmpty })
        #expect(inventoryInstances == ["kst-hzz6412a7f5e4b3c8d1a"], "the key already in a dedicated instance, named in the plan's table")
        #expect(instanceIds(set) == inventoryInstances.union(["kst-hzzonly1"]))
        #expect(Set(set.tickets.compactMap(\.destination)) == ["kst-hzzonly1"])
        #expect(set.tickets.filter { $0.kind == .migration }.allSatisfy { $0.region == "cn-hangzhou" })
        #expect(set.unassigned.contains { $0.keyId == billing })
        #expect(instanceIds(try sampleTickets()) == ["kst-bjj7e2d9c4a1f6b3e8d5c", "kst-hzz6412a7f5e4b3c8d1a", "kst-shh63a1c9e2b7d4f0a5e"])
    }

    @Test func withoutTracesNoWindowIsInvented() throws {
        let set = try sampleTickets(traces: false)
        #expect(!set.tickets.isEmpty && set.tickets.allSatisfy { $0.window == .noTrafficData && $0.migrationDate == nil })
        let text = TicketFormat.text.render(set, template: .builtIn(escaping: .none))
        #expect(text.contains("No traffic data; choose off-peak manually."))
        #expect(!text.contains(" UTC"), "no window time, in any zone")
        #expect(text.contains("within one month of the migration date") || !text.contains("After the migration"))
        let json = TicketFormat.json.render(set, template: .builtIn(escaping: .none))
        #expect(json.contains("\"status\": \"no-traffic-data\"") && !json.contains("\"start\""))
        let plan = PlanFormat.markdown.render(MigrationPlan(set, template: .builtIn(escaping: .none)))
        #expect(plan.contains("no window from traffic: choose off-peak manually") && !plan.contains("before 20"))
    }

    /// A region whose trail records Write events only gives its ticket no window, and every output says why.
    @Test func aRegionWithoutCoverageGetsNoWindowAndTheReason() throws {
        let set = try sampleTickets()
        let beijing = try #require(set.tickets.first { $0.region == "cn-beijing" })
        guard case .noCoverage(let reason) = beijing.window else { Issue.record("expected no window, got \(beijing.window)"); return }
        #expect(reason.contains("the trail records Write events only: set its event type to All"))
        #expect(beijing.migrationDate == nil && beijing.keys.allSatisfy { $0.scenario == .unknown })
        let text = TicketFormat.text.render(set, template: .builtIn(escaping: .none))
        #expect(text.contains("No window from traffic: the traces of account 1540355698845812 in cn-beijing hold 6 management calls and no Read event"))
        let json = TicketFormat.json.render(set, template: .builtIn(escaping: .none))
        #expect(json.contains("\"status\": \"no-coverage\""))
        let plan = PlanFormat.markdown.render(MigrationPlan(set, template: .builtIn(escaping: .none)))
        #expect(plan.contains("no window: the region's traces cannot show its keys' calls"))
    }

    @Test func theReadmeShowsATicketOfTheSamplesAsTheToolWritesIt() throws {
        let readme = try String(contentsOfFile: Paths.packageRoot + "/README.md", encoding: .utf8)
        let set = try sampleTickets()
        let ticket = TicketTemplate.builtIn(escaping: .none).render(set.tickets[2], search: set.search).document
        // The README shows the ticket's start, whole lines of it.
        let block = try #require(readme.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "```\n").first)
        #expect(block.split(separator: "\n").count >= 8 && ticket.hasPrefix(block), "README's sample ticket is out of date")
    }

    @Test func rulesShowNamesTheChecklistAndSupportRequirement() throws {
        let rules = try RuleSet.load(adding: [])
        let rotation = try #require(rules.rules.first { $0.id == "automatic-rotation-enabled" })
        #expect(RuleText.show(rotation).contains("checklist:   Automatic rotation disabled"))
        let language = try #require(rules.rules.first { $0.id == "unsupported-sdk-language" })
        #expect(language.supportRequirement && RuleText.show(language).contains("requirements ticket"))
    }

    // MARK: The destination map

    func key(_ id: String, region: String, tags: [String: String] = [:]) -> Key {
        var key = Key(id: id)
        key.arn = "acs:kms:\(region):1234:key/\(id)"
        key.tags = tags
        return key
    }

    @Test func theMostSpecificEntryWinsAndEqualWeightsMustAgree() {
        let map = DestinationMap(entries: [
            .init(instance: "kst-default", place: "$[0]"),
            .init(region: "cn-hangzhou", instance: "kst-region", place: "$[1]"),
            .init(tag: ("team", "pay"), instance: "kst-tag", place: "$[2]"),
            .init(region: "cn-hangzhou", tag: ("env", "prod"), instance: "kst-both", place: "$[3]"),
            .init(tag: ("env", "prod"), instance: "kst-prod", place: "$[4]"),
        ])
        #expect(map.destination(of: key("a", region: "cn-beijing")) == .instance("kst-default"))
        #expect(map.destination(of: key("a", region: "cn-hangzhou")) == .instance("kst-region"))
        #expect(map.destination(of: key("a", region: "cn-hangzhou", tags: ["team": "pay"])) == .instance("kst-tag"))
        #expect(map.destination(of: key("a", region: "cn-hangzhou", tags: ["env": "prod", "team": "pay"])) == .instance("kst-both"))
        guard case .unassigned(let reason) = map.destination(of: key("a", region: "cn-beijing", tags: ["env": "prod", "team": "pay"])) else {
            Issue.record("two tag entries name different instances")
            return
        }
        #expect(reason.contains("kst-tag ($[2])") && reason.contains("kst-prod ($[4])"))
        #expect(DestinationMap(entries: []).destination(of: key("a", region: "cn-beijing")) == .unassigned("no --destination entry matches its region cn-beijing or tags"))
    }

    @Test func oneInstanceForKeysOfTwoRegionsAssignsNone() throws {
        let set = try sampleTickets(destinations: DestinationMap(instance: "kst-everything"))
        #expect(set.tickets.allSatisfy { $0.destination == nil && $0.kind == .requirements }, "requirements tickets go out without a destination")
        #expect(set.tickets.count == 2)
        #expect(set.unassigned.contains { $0.keyId == orders && $0.reason.contains("a KMS instance belongs to one region") })
    }

    @Test(arguments: [
        (#"{"destinations": [{"region": "cn-hangzhou", "instance": "kms-1"}]}"#, "map.json: $.destinations[0].instance: expected a KMS instance id kst-…, found 'kms-1'"),
        (#"{"destinations": [{"tag": "team", "instance": "kst-a1"}]}"#, "map.json: $.destinations[0].tag: expected KEY=VALUE, found 'team'"),
        (#"{"destinations": [{"regoin": "cn-hangzhou", "instance": "kst-a1"}]}"#, "map.json: $.destinations[0].regoin: unknown field (expected one of: instance, region, tag, type)"),
        (#"{"destinations": [{"region": "cn-hangzhou"}]}"#, "map.json: $.destinations[0].instance: required field is missing"),
        (#"{"destinations": [{"region": "cn-hangzhou", "instance": "kst-a1"}"#, "map.json: line 1, column 66: malformed JSON: unexpected end of input inside an array"),
    ])
    func malformedDestinationMapsNameFileAndPath(_ json: String, _ message: String) {
        #expect(throws: InputError.self) { try DestinationMapFile.read(temporaryFile("map.json", json)) }
        do {
            _ = try DestinationMapFile.read(temporaryFile("map.json", json))
        } catch {
            #expect(error.description == message)
        }
    }

    // MARK: Templates

    @Test func aReplacedTemplateDecidesWordingAndOrder() throws {
        let template = try TicketTemplate("Move {{#keys}}{{alias}} {{/keys}}to {{destination}}\n{{#window}}at {{windowUTC}}\n{{/window}}{{^window}}{{noWindow}}\n{{/window}}",
                                          file: "mine.txt", escaping: .none)
        let ticket = try #require(try sampleTickets().tickets.first { $0.region == "cn-hangzhou" })
        let rendered = template.render(ticket, search: try sampleTickets().search)
        #expect(rendered.title == "Move alias/contracts-sign alias/orders-db alias/ecs-disk to kst-hzz6412a7f5e4b3c8d1a")
        #expect(rendered.document.hasSuffix("at Sun 2026-11-22 16:00 – 18:00 UTC\n"))
    }

    @Test func sectionLinesLeaveNoBlankLinesAndMarkdownValuesAreEscaped() throws {
        let template = try TextTemplate("a\n  {{#items}}\n- {{name}} `{{{name}}}`\n  {{/items}}\n{{! note }}\nb\n",
                                        schema: ["items": .list, "name": .text], escaping: .markdown)
        #expect(template.render(["items": .list([["name": .text("x_*y")], ["name": .text("z")]])]) == "a\n- x\\_\\*y `x_*y`\n- z `z`\nb\n")
    }

    @Test(arguments: [
        ("{{#keys}}\n{{keyId}}\n", "mine.txt: line 1: {{#keys}} is never closed"),
        ("{{keyid}}", "mine.txt: line 1: unknown name 'keyid'"),
        ("ok\n{{keys}}", "mine.txt: line 2: 'keys' is a list: use {{#keys}}…{{/keys}}"),
        ("{{#keys}}{{/window}}", "mine.txt: line 1: {{/window}} closes no open {{#window}}"),
        ("{{region", "mine.txt: line 1: '{{' without '}}' on the same line"),
    ])
    func malformedTemplatesNameFileAndLine(_ source: String, _ message: String) {
        let text = thrownText { _ = try TicketTemplate(source, file: "mine.txt", escaping: .none) }
        #expect(text?.hasPrefix(message) == true, "\(text ?? "no error")")
    }

    // MARK: The command line

    var inventory: String { Paths.packageRoot + "/samples/inventory" }
    var traces: String { Paths.packageRoot + "/samples/traces" }

    @Test func ticketAndPlanWriteTheirFilesAtomically() throws {
        let dir = temporaryDirectory()
        let common = ["--inventory", inventory, "--traces", traces, "--destination", sampleDestinations, "--from", "2026-11-23",
                      "--timezone", "Asia/Shanghai", "--quiet"]
        #expect(runCommandLine(["ticket"] + common + ["--format", "json", "--output", dir + "/tickets.json"]) == 0)
        #expect(try String(contentsOfFile: dir + "/tickets.json", encoding: .utf8) == TicketFormat.json.render(try sampleTickets(), template: .builtIn(escaping: .none)))
        #expect(runCommandLine(["plan"] + common + ["--output", dir + "/plan.md"]) == 0)
        #expect(try String(contentsOfFile: dir + "/plan.md", encoding: .utf8).hasPrefix("# CMK migration plan"))
        let mine = dir + "/mine.txt"
        try "Ticket {{id}}\n".write(toFile: mine, atomically: true, encoding: .utf8)
        #expect(runCommandLine(["ticket"] + common + ["--template", mine, "--output", dir + "/mine.out"]) == 0)
        #expect(try String(contentsOfFile: dir + "/mine.out", encoding: .utf8).hasPrefix("Ticket migration-cn-beijing-kst-bjj7e2d9c4a1f6b3e8d5c\n"))
        try "{{nope}}\n".write(toFile: mine, atomically: true, encoding: .utf8)
        #expect(runCommandLine(["ticket"] + common + ["--template", mine, "--output", dir + "/mine.out"]) == 2)
        #expect(try String(contentsOfFile: dir + "/mine.out", encoding: .utf8).hasPrefix("Ticket "), "a failed run leaves the old file")
        try #"{"destinations": [{"instance": "nope"}]}"#.write(toFile: dir + "/bad.json", atomically: true, encoding: .utf8)
        #expect(runCommandLine(["plan"] + common.filter { $0 != sampleDestinations && $0 != "--destination" } + ["--destination", dir + "/bad.json"]) == 2)
    }

    @Test(arguments: [
        ["ticket", "--inventory", "samples/inventory"],
        ["ticket", "--destination", "kst-abc"],
        ["ticket", "--inventory", "samples/inventory", "--destination", "kst-ABC"],
        ["ticket", "--inventory", "samples/inventory", "--destination", "kst-abc", "--timezone", "Mars/Olympus"],
        ["ticket", "--inventory", "samples/inventory", "--destination", "kst-abc", "--from", "2026-02-30"],
        ["ticket", "--inventory", "samples/inventory", "--destination", "kst-abc", "--window-hours", "0"],
        ["ticket", "--inventory", "samples/inventory", "--destination", "kst-abc", "--within-days", "400"],
        ["ticket", "--inventory", "samples/inventory", "--destination", "kst-abc", "--format", "html"],
        ["plan", "--inventory", "samples/inventory", "--destination", "kst-abc", "--format", "txt"],
    ])
    func ticketUsageErrorsExitTwo(_ arguments: [String]) {
        #expect(runCommandLine(arguments) == 2)
    }
}
