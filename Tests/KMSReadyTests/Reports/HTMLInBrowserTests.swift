import Foundation
import Testing
@testable import KMSReady

/// The HTML report as a person sees it: loaded in headless Chromium, its scripts run, then the DOM and a
/// screenshot checked — for the samples and for a generated estate of 10,000 keys. Skipped, saying so,
/// where Chromium is not installed (`.ci/run` installs Debian's `chromium`).
let chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
    FileManager.default.isExecutableFile(atPath: $0)
}

@Suite(.enabled(if: chromiumPath != nil, "Chromium is not installed (apt-get install chromium): the HTML report is not checked in a browser"))
struct HTMLInBrowserTests {
    static let chromium = chromiumPath

    /// Runs headless Chromium on `url` with `arguments`; its standard output, or `nil` after 120 s.
    func chromium(_ arguments: [String], url: String) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.chromium!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--virtual-time-budget=10000"]
            + arguments + [url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchTime.now() + .seconds(120)
        let timer = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: timer)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        return process.terminationReason == .exit ? String(decoding: data, as: UTF8.self) : nil
    }

    /// The DOM after the page's scripts ran, at `url` (`#filter=…`, `#key=…`).
    func dom(_ file: String, fragment: String) throws -> String {
        let dom = try #require(try chromium(["--dump-dom"], url: "file://" + file + fragment))
        #expect(dom.contains("data-ready=\"true\""), "the page's script finished")
        #expect(!dom.contains("data-script-error=\""), "no script error")
        return dom
    }

    /// The keys the table shows.
    func rows(_ dom: String) -> Int { dom.components(separatedBy: "<tr data-key=\"").count - 1 - 1 }  // less the script's template

    @Test func theSampleReportFiltersAndOpensKeysInABrowser() throws {
        let file = temporaryDirectory() + "/report.html"
        try ReportHTML.render(try checkSamples()).write(toFile: file, atomically: true, encoding: .utf8)
        let all = try dom(file, fragment: "")
        #expect(rows(all) == 22)
        #expect(all.contains("Keys 1–22 of 22; page 1 of 1."))
        let blocked = try dom(file, fragment: "#filter=blocked")
        #expect(rows(blocked) == 5 && blocked.contains("Keys 1–5 of 5 matching (22 in all)"))
        let opened = try dom(file, fragment: "#filter=orders-db&key=2adfdbb6-f02b-4cbf-a212-91a5907e47da")
        #expect(rows(opened) == 1)
        #expect(opened.contains("id=\"key-2adfdbb6-f02b-4cbf-a212-91a5907e47da\""))
        #expect(opened.contains("Calls per hour of the week (UTC)") && opened.contains("application-migration-obligations"))
        #expect(opened.contains("acs:kms:cn-hangzhou:1540355698845812:key/2adfdbb6-f02b-4cbf-a212-91a5907e47da"))
        let screenshot = temporaryDirectory() + "/sample.png"
        _ = try chromium(["--screenshot=" + screenshot, "--window-size=1280,1600"], url: "file://" + file)
        let png = try Data(contentsOf: URL(fileURLWithPath: screenshot))
        #expect(png.count > 10_000 && png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    /// The 2025 report names its edition and sources where a reader sees them, and opens a key's 2025 finding.
    @Test func the2025ReportShowsItsEditionInABrowser() throws {
        let file = temporaryDirectory() + "/report-2025.html"
        try ReportHTML.render(try checkSamples(edition: "2025")).write(toFile: file, atomically: true, encoding: .utf8)
        let opened = try dom(file, fragment: "#filter=token-vault&key=26121052-0857-48d9-b4fb-2dc51e8fabe9")
        #expect(opened.contains("<p id=\"edition\">rules: edition 2025: Self-service Migration Tool"))
        #expect(opened.contains("Rules that ran (") && opened.contains("): edition 2025</h2>"))
        #expect(opened.contains("reencrypt-stays-on-shared-gateway") && opened.contains("up to 750 QPS per account"))
        #expect(EditionTests.today.sources.allSatisfy { opened.contains("href=\"\($0.url!)\"") })
    }

    /// A generated estate of 10,000 keys: the report stays under 10 MB, the table shows one page of
    /// 100 keys, and filtering works over all of them.
    @Test func aTenThousandKeyReportWorksInABrowser() throws {
        let dir = temporaryDirectory()
        var generator = SyntheticTraces(seed: 20_261_123, keyCount: 10_000)
        try SyntheticEstate.writeInventory(keyIds: generator.keyIds, to: dir + "/inventory")
        try generator.write(.jsonLines, to: dir + "/events.jsonl", bytes: 4_000_000)
        let report = try Checker.run(CheckRequest(inventory: [dir + "/inventory"], traces: [dir + "/events.jsonl"]))
        #expect(report.keys.count == 10_000)
        let html = ReportHTML.render(report)
        #expect(html.utf8.count < 10_000_000)
        let file = dir + "/report.html"
        try html.write(toFile: file, atomically: true, encoding: .utf8)
        let page = try dom(file, fragment: "")
        #expect(rows(page) == 100 && page.contains("Keys 1–100 of 10000; page 1 of 100."))
        let external = report.keys.filter { $0.findings.contains { $0.ruleId == "external-key-material" } }.count
        let filtered = try dom(file, fragment: "#filter=external-key-material")
        #expect(external > 0 && filtered.contains("of \(external) matching (10000 in all)"))
        #expect(rows(filtered) == min(100, external))
        let screenshot = dir + "/estate.png"
        _ = try chromium(["--screenshot=" + screenshot, "--window-size=1280,1400"], url: "file://" + file)
        #expect(try Data(contentsOf: URL(fileURLWithPath: screenshot)).count > 50_000, "the table is drawn")
    }
}
