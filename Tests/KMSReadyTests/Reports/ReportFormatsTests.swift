import Foundation
import Testing
@testable import KMSReady
@testable import kmsready

/// Every format rendered from the samples' report, with waivers and a baseline applied, against golden
/// files; and what each format promises on its own.
@Suite struct ReportFormatsTests {
    static let today = CalendarDate("2026-11-22")!

    /// The samples' report with the shipped waivers (on a fixed day) and the baseline fixture.
    func decoratedReport() throws -> Report {
        let waivers = try WaiverFile.read(InputFile(path: Paths.packageRoot + "/samples/waivers.json", displayName: "samples/waivers.json"))
        let baseline = try BaselineFile.read(fixture("baseline-report.json"))
        return try checkSamples().applying(waivers, today: Self.today).compared(with: baseline)
    }

    @Test(arguments: [(ReportFormat.table, "txt"), (.json, "json"), (.csv, "csv"), (.markdown, "md"), (.html, "html"), (.sarif, "sarif"), (.junit, "xml")])
    func everyFormatEqualsItsGolden(_ format: ReportFormat, _ fileExtension: String) throws {
        let options = ReportOptions(failOn: .blocked)
        let first = format.render(try decoratedReport(), options: options)
        #expect(first == format.render(try decoratedReport(), options: options), "two runs must be byte-identical")
        try expectGolden(first, "Tests/KMSReadyTests/Fixtures/golden/report.\(fileExtension)")
    }

    @Test func outputNamesGiveTheirFormat() {
        #expect(ReportFormat.output("out/report.sarif")! == (.sarif, "out/report.sarif"))
        #expect(ReportFormat.output("results.xml")! == (.junit, "results.xml"))
        #expect(ReportFormat.output("summary.md")! == (.markdown, "summary.md"))
        #expect(ReportFormat.output("junit:report.out")! == (.junit, "report.out"))
        #expect(ReportFormat.output("report.yaml") == nil)
        #expect(ReportFormat.output("dir.d/report") == nil)
        #expect(ReportFormat.output("csv:") == nil)
    }

    @Test func sarifListsEveryRuleAndFingerprintsEachFinding() throws {
        let report = try decoratedReport()
        let document = ReportSARIF.document(report)
        let run = try #require(document.objectValue?["runs"]?.arrayValue?.first?.objectValue)
        let rules = try #require(run["tool"]?.objectValue?["driver"]?.objectValue?["rules"]?.arrayValue)
        #expect(rules.compactMap { $0.objectValue?["id"]?.stringValue } == report.rules.map(\.id))
        for rule in rules.compactMap(\.objectValue) {
            for member in ["name", "shortDescription", "fullDescription", "help", "defaultConfiguration"] { #expect(rule[member] != nil, "rule lacks \(member)") }
        }
        let results = try #require(run["results"]?.arrayValue).compactMap(\.objectValue)
        let inScope = report.keys.flatMap { key in key.findings.filter { $0.verdict != .notRequired }.map { (key.key.id, $0.ruleId) } }
            + report.secrets.flatMap { secret in secret.findings.filter { $0.verdict != .notRequired }.map { (secret.secret.reference, $0.ruleId) } }
        #expect(results.count == inScope.count)
        let fingerprints = results.compactMap { $0["partialFingerprints"]?.objectValue?["kmsreadyKeyRule/v1"]?.stringValue }
        #expect(Set(fingerprints).count == results.count, "one fingerprint per (key, rule)")
        #expect(fingerprints == inScope.map { ReportText.fingerprint($0.0, $0.1) })
        #expect(results.allSatisfy { $0["locations"] != nil }, "every sample key and secret is defined in an inventory file")
        #expect(results.filter { $0["suppressions"] != nil }.count == 1, "the one waiver in force")
    }

    /// Past the results GitHub shows per run, findings are grouped per rule, region and waived-or-not:
    /// every finding is a related location exactly once, groups hold at most 1,000 keys, and a run-level
    /// notification says so.
    @Test func sarifGroupsFindingsPastGitHubsLimits() throws {
        let report = try decoratedReport()
        let document = ReportSARIF.document(report, perKeyLimit: 10)
        let run = try #require(document.objectValue?["runs"]?.arrayValue?.first?.objectValue)
        let results = try #require(run["results"]?.arrayValue).compactMap(\.objectValue)
        let inScope = report.keys.flatMap { key in key.findings.filter { $0.verdict != .notRequired }.map { "\(key.key.id) \($0.ruleId)" } }
            + report.secrets.flatMap { secret in secret.findings.filter { $0.verdict != .notRequired }.map { "\(secret.secret.reference) \($0.ruleId)" } }
        let related = results.flatMap { result in
            (result["relatedLocations"]?.arrayValue ?? []).compactMap { location -> String? in
                let text = location.objectValue?["message"]?.objectValue?["text"]?.stringValue
                return text.map { String($0.prefix { $0 != ":" }) + " " + (result["ruleId"]?.stringValue ?? "") }
            }
        }
        #expect(results.count < inScope.count && related.sorted() == inScope.sorted())
        #expect(results.allSatisfy { ($0["relatedLocations"]?.arrayValue?.count ?? 0) <= ReportSARIF.keysPerGroupedResult })
        let notifications = run["invocations"]?.arrayValue?.first?.objectValue?["toolExecutionNotifications"]?.arrayValue ?? []
        #expect(notifications.contains { $0.objectValue?["descriptor"]?.objectValue?["id"]?.stringValue == "grouped-results" })
        #expect(results.filter { $0["suppressions"] != nil }.count == 1, "the waived finding in a group of its own")
    }

    /// A job summary stays within its budget whatever the estate; what is left out is counted and the
    /// full report named.
    @Test func markdownStaysWithinItsBudget() throws {
        let report = try checkSamples()
        let full = ReportMarkdown.render(report)
        #expect(!full.contains("Left out"), "the samples fit whole")
        let cut = ReportMarkdown.render(report, fullReport: "out/report.html", budget: 6_000)
        #expect(cut.utf8.count <= 6_000)
        #expect(cut.contains("Every key is in `out/report.html`."))
        let needingAction = report.keys.filter { $0.verdict > .eligible }.count
        let section = cut.components(separatedBy: "### Keys needing action")[1].components(separatedBy: "### Details")[0]
        let shownRows = section.components(separatedBy: "\n").filter { $0.hasPrefix("| ") && $0.contains("| `") }.count
        #expect(cut.contains("\(needingAction - shownRows) of \(needingAction) rows of keys needing action"))
    }

    @Test func sarifLocationsPointAtTheKeyIdLine() throws {
        let key = try #require(try checkSamples().keys.first { $0.key.id == "26121052-0857-48d9-b4fb-2dc51e8fabe9" }?.key.definition)
        let text = try String(contentsOfFile: Paths.packageRoot + "/" + key.file, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[key.line - 1]
        #expect(line.contains("\"KeyId\"") && line.contains("26121052-0857-48d9-b4fb-2dc51e8fabe9"))
        #expect(key.jsonPath == "$.KeyMetadata.KeyId")
        #expect(ReportSARIF.uriReference("my inventory/ä.json") == "my%20inventory/%C3%A4.json")
        let bytes = Array("{\n  \"KeyId\": \"k\",\n  \"Arn\": \"key/k\"\n}\n\"k\"".utf8)
        var search = ForwardLineSearch(bytes)
        #expect(search.line(of: Array("\"k\"".utf8)) == 2)
        #expect(search.line(of: Array("\"x\"".utf8)) == nil)
    }

    @Test func csvQuotesFieldsAsRFC4180Says() throws {
        let report = try checkSamples()
        let text = ReportCSV.render(report)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.first == ReportCSV.columns.joined(separator: ","))
        #expect(lines.last == "", "every row ends in CRLF")
        let rows = report.keys.reduce(0) { $0 + max(1, $1.findings.count) } + report.secrets.reduce(0) { $0 + max(1, $1.findings.count) }
        #expect(lines.count == rows + 2)
        #expect(text.contains(",\"Create a new key in the dedicated KMS instance, import your key material into it, and move"))
    }

    /// A key whose texts hold `</script>` and `<!--` cannot end the page's data early.
    @Test func htmlDataCannotEndItsScriptElement() throws {
        var report = try checkSamples()
        var key = report.keys[0].key
        key.metadata?.description = "</script><script>document.title='x'</script><!-- <script>"
        report.keys[0] = KeyReport(key: key, evaluation: RuleEvaluation(), usage: nil)
        let html = ReportHTML.render(report)
        #expect(html.components(separatedBy: "</script>").count - 1 == 3, "the error catcher, the data and the script")
        #expect(!html.contains("<!-- <script>"))
    }

    /// The HTML data's marker substitution, byte by byte: every occurrence, left to right, none overlapping.
    @Test func keyTableDataReplacesEveryOccurrenceOfAKeyId() {
        #expect(KeyTableData.replacing("ab", with: 1, in: "ab-x-ab-abab") == "\u{1}-x-\u{1}-\u{1}\u{1}")
        #expect(KeyTableData.replacing("aa", with: 2, in: "aaa") == "\u{2}a")
        #expect(KeyTableData.replacing("é-1", with: 1, in: "clé-1 ünd é-1") == "cl\u{1} ünd \u{1}")
        #expect(KeyTableData.replacing("abc", with: 1, in: "ab") == nil)
        #expect(KeyTableData.replacing("x", with: 1, in: "") == nil)
    }

    @Test func markdownAndHTMLEscapeWhatTheyEmbed() {
        #expect(ReportText.escapeXML("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
    }
}
