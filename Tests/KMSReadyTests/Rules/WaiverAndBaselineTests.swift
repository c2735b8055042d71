import Foundation
import Testing
@testable import KMSReady
@testable import kmsready

/// Waivers (in force, expired, stale, malformed), the baseline diff and `--filter`.
@Suite struct WaiverAndBaselineTests {
    let today = CalendarDate("2026-11-22")!
    let byok = "68525b35-e72f-40a6-bd92-0b16a2f1fb94"
    let legacyCRM = "81c7a343-2460-4494-aa87-d2a5076f4a3e"

    func waivers(_ json: String) throws -> [Waiver] { try WaiverFile.read(temporaryFile("waivers.json", json)) }

    func waiver(key: String, rule: String, expires: String) -> String {
        "{\"key\": \"\(key)\", \"rule\": \"\(rule)\", \"reason\": \"accepted\", \"approvedBy\": \"sec@example.com\", \"expires\": \"\(expires)\"}"
    }

    @Test func aWaiverInForceMarksTheFindingAndStopsItFailing() throws {
        let report = try checkSamples().applying(try waivers("{\"waivers\": [\(waiver(key: "alias/byok-*", rule: "external-*", expires: "2026-11-22"))]}"), today: today)
        let key = try #require(report.keys.first { $0.key.id == byok })
        #expect(key.verdict == .blocked, "a waiver does not make a key migratable")
        #expect(key.findings.first { $0.ruleId == "external-key-material" }?.waiver?.reason == "accepted")
        #expect(key.failingVerdict < .blocked)
        #expect(report.waiverNotices.isEmpty)
        #expect(ReportJSON.render(report).contains("\"verdictWithoutWaived\""))
    }

    @Test func anExpiredWaiverNoLongerAppliesAndIsReported() throws {
        let report = try checkSamples().applying(try waivers("{\"waivers\": [\(waiver(key: legacyCRM, rule: "multiple-key-versions", expires: "2026-11-21"))]}"), today: today)
        #expect(report.keys.first { $0.key.id == legacyCRM }?.findings.allSatisfy { $0.waiver == nil } == true)
        #expect(report.waiverNotices.map(\.kind) == [.expired])
        #expect(report.waiverNotices[0].description.contains("expired 2026-11-21"))
    }

    @Test func aWaiverMatchingNothingIsStale() throws {
        let report = try checkSamples().applying(try waivers("{\"waivers\": [\(waiver(key: "alias/nothing-*", rule: "*", expires: "2030-01-01"))]}"), today: today)
        #expect(report.waiverNotices.map(\.kind) == [.stale])
        #expect(report.keys.allSatisfy { $0.findings.allSatisfy { $0.waiver == nil } })
    }

    @Test(arguments: [
        ("{\"waivers\": [{\"key\": \"k\", \"rule\": \"r\", \"approvedBy\": \"a\", \"expires\": \"2027-01-01\"}]}", "$.waivers[0].reason", "missing"),
        ("{\"waivers\": [{\"key\": \"k\", \"rule\": \"r\", \"reason\": \"  \", \"approvedBy\": \"a\", \"expires\": \"2027-01-01\"}]}", "$.waivers[0].reason", "empty"),
        ("{\"waivers\": [{\"key\": \"k\", \"rule\": \"r\", \"reason\": \"x\", \"approvedBy\": \"a\", \"expires\": \"2027-02-30\"}]}", "$.waivers[0].expires", "YYYY-MM-DD"),
        ("{\"waiver\": []}", "$.waivers", "missing"),
    ])
    func badWaiverFilesAreErrorsWithTheirPlace(_ json: String, _ place: String, _ words: String) {
        #expect {
            _ = try waivers(json)
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.place == place && error.description.contains(words) && error.file.hasSuffix("waivers.json")
        }
    }

    @Test func waiverGlobs() {
        #expect(Glob.matches("alias/legacy-*", "alias/legacy-crm"))
        #expect(Glob.matches("*", ""))
        #expect(Glob.matches("a?c*d", "abcxxd"))
        #expect(!Glob.matches("alias/legacy-*", "alias/legacy"))
        #expect(!Glob.matches("a*b", "acbc"))
    }

    @Test func baselineMarksKeysNewChangedUnchangedAndGone() throws {
        let report = try checkSamples().compared(with: try BaselineFile.read(fixture("baseline-report.json")))
        let changes = Dictionary(uniqueKeysWithValues: report.keys.map { ($0.key.id, $0.change) })
        #expect(changes[byok] == .changed(from: .eligible))
        #expect(changes["0c95c7ec-e1ce-4a97-9027-5ef1c6d7ad6b"] == .changed(from: .blocked))
        #expect(changes["26121052-0857-48d9-b4fb-2dc51e8fabe9"] == .unchanged)
        #expect(changes[legacyCRM] == .new)
        let baseline = try #require(report.baseline)
        #expect(baseline.gone.map(\.keyId) == ["f0e1d2c3-0000-4000-8000-00000000dead"])
        #expect((baseline.newKeys, baseline.changedKeys, baseline.unchangedKeys) == (report.keys.count - 3, 2, 1))
    }

    @Test func failOnNewCountsOnlyKeysThatGotWorse() throws {
        let sameAsNow = Dictionary(uniqueKeysWithValues: try checkSamples().keys.map { ($0.key.id, $0.verdict) })
        let unchanged = try checkSamples().compared(with: sameAsNow)
        #expect(unchanged.fails(at: .blocked))
        #expect(!unchanged.fails(at: .blocked, onlyWorse: true), "an estate adopted as it is does not fail")
        var better = sameAsNow
        better[byok] = .eligible
        #expect(try checkSamples().compared(with: better).fails(at: .blocked, onlyWorse: true))
        var improved = sameAsNow
        improved["0c95c7ec-e1ce-4a97-9027-5ef1c6d7ad6b"] = .blocked
        #expect(!(try checkSamples().compared(with: improved).fails(at: .eligibleAfterRemediation, onlyWorse: true)), "getting better never fails")
    }

    @Test func aBaselineThatIsNotAReportIsAnError() {
        #expect(throws: InputError.self) { try BaselineFile.read(temporaryFile("b.json", "{\"keys\": []}")) }
        #expect(throws: InputError.self) { try BaselineFile.read(temporaryFile("b.json", "{\"schemaVersion\": 1, \"keys\": [{\"keyId\": \"k\", \"verdict\": \"fine\"}]}")) }
    }

    @Test func filtersKeepWholeKeysMatchingEveryCriterion() throws {
        let report = try checkSamples()
        var filter = ReportFilter()
        #expect(filter.add("verdict=blocked,needs-review") == nil)
        #expect(filter.add("region=cn-hangzhou") == nil)
        let kept = report.filtered(by: filter).keys
        #expect(!kept.isEmpty && kept.allSatisfy { $0.verdict >= .needsReview && $0.key.region == "cn-hangzhou" })
        var rule = ReportFilter()
        #expect(rule.add("rule=external-*") == nil)
        #expect(Set(report.filtered(by: rule).keys.map(\.key.id)) == ["24cb71f2-de5f-4531-95a4-15abf319e407", byok])
        var bad = ReportFilter()
        #expect(bad.add("colour=red") != nil)
        #expect(bad.add("verdict=fine") != nil)
        #expect(bad.add("tag=env") != nil)
    }

    @Test func commandLineWritesEveryOutputAndFailsOnlyOnUnwaivedFindings() throws {
        let dir = temporaryDirectory()
        let root = Paths.packageRoot
        let base = ["check", "--inventory", root + "/samples/inventory", "--traces", root + "/samples/traces", "--quiet", "--today", "2026-11-22"]
        #expect(runCommandLine(base + ["--output", dir + "/r.sarif", "--output", dir + "/r.xml", "--output", "markdown:" + dir + "/summary.txt"]) == 0)
        for file in ["r.sarif", "r.xml", "summary.txt"] { #expect(FileManager.default.fileExists(atPath: dir + "/" + file)) }
        // Waive every blocker: --fail-on blocked passes, the report still says blocked.
        let all = temporaryFile("all.json", "{\"waivers\": [{\"key\": \"*\", \"rule\": \"*\", \"reason\": \"r\", \"approvedBy\": \"a\", \"expires\": \"2030-01-01\"}]}")
        #expect(runCommandLine(base + ["--fail-on", "blocked"]) == 1)
        #expect(runCommandLine(base + ["--fail-on", "blocked", "--waivers", all.path]) == 0)
        #expect(runCommandLine(base + ["--fail-on-new"]) == 2, "--fail-on-new needs --baseline")
        #expect(runCommandLine(base + ["--filter", "verdict=eligible", "--fail-on", "blocked"]) == 0)
        #expect(runCommandLine(base + ["--waivers", fixture("baseline-report.json").path]) == 2, "not a waiver file")
    }
}
