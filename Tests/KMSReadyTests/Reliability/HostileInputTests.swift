import Foundation
import Testing
@testable import KMSReady

/// The reproducers of issue 35, each a regression test: what a hostile or damaged input did to kmsready
/// (crash, hang, exhausted memory, silent miscount), and the one-line error or count it gives now.
@Suite(.serialized) struct HostileInputTests {
    let inventory = Paths.packageRoot + "/samples/inventory"
    let traces = Paths.packageRoot + "/samples/traces"

    /// The samples' usage summary as compact JSON, with the first match of each pattern replaced.
    func summary(replacing replacements: [(String, String)] = []) throws -> String {
        var text = UsageSummaryJSON.render(try summarize(InputFile.expand([traces])))
        for (pattern, replacement) in replacements {
            let range = try #require(text.range(of: pattern, options: .regularExpression), "\(pattern)")
            text.replaceSubrange(range, with: replacement)
        }
        return text
    }

    func write(_ text: String, _ name: String, in dir: String) throws -> String {
        let path = dir + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    // MARK: 1. Arithmetic overflow

    @Test func countsPastTwoToThe53AreRefusedWhereTheyAre() throws {
        let dir = temporaryDirectory()
        let huge = try write(summary(replacing: [(#""kmsEvents":\d+"#, #""kmsEvents":9223372036854775807"#)]), "huge.json", in: dir)
        let run = try runKMSReady(["traces", "summarize", "--usage", huge, "--usage", huge, "--quiet"])
        #expect(run.status == 2)
        #expect(run.errors == "kmsready: \(huge): $.counters.kmsEvents: 9223372036854775807 is more than 2^53, more than any traces hold\n")
        let calls = try write(summary(replacing: [(#""calls":\d+"#, #""calls":9223372036854775807"#)]), "calls.json", in: dir)
        #expect(thrownText { _ = try UsageSummaryJSON.read(InputFile(path: calls, displayName: "calls.json")) }
                == "calls.json: $.keys[0].groups[0].calls: 9223372036854775807 is more than 2^53, more than any traces hold")
        let hour = try write(summary(replacing: [(#""hourOfWeek":\[\[\d+"#, #""hourOfWeek":[[9223372036854775807"#)]), "hour.json", in: dir)
        let ticket = try runKMSReady(["ticket", "--inventory", inventory, "--usage", hour, "--destination", "kst-hzz62f1cb66fa42qo9o3b", "--quiet"])
        #expect(ticket.status == 2 && ticket.errors.hasSuffix("$.keys[0].hourOfWeek[0][0]: 9223372036854775807 is more than 2^53, more than any traces hold\n"))
    }

    @Test func sumsPastTwoToThe53AreRefusedNotWrapped() throws {
        let dir = temporaryDirectory()
        let limit = String(UsageTotals.limit)
        // Each group at the limit: valid alone, two of them in one key pass it.
        let text = try summary(replacing: [(#""calls":\d+"#, #""calls":"# + limit), (#""calls":\d+,"failedCalls""#, #""calls":1,"failedCalls""#)])
        let twoGroups = text.replacingOccurrences(of: #""calls":1,"failedCalls""#, with: #""calls":"# + limit + #","failedCalls""#)
        let file = try write(twoGroups, "two.json", in: dir)
        #expect(thrownText { _ = try UsageSummaryJSON.read(InputFile(path: file, displayName: "two.json")) }
                == "two.json: the groups' calls add up to more than 2^53, more than any traces hold")
        let events = try summary(replacing: [(#""kmsEvents":\d+"#, #""kmsEvents":"# + limit)])
        // The second summary read other files (its inputs are not those of the first).
        let otherFiles = events.replacingOccurrences(of: #""inputs":\[[^\]]*\]"#, with: #""inputs":[]"#, options: .regularExpression)
        let first = try write(events, "first.json", in: dir), second = try write(otherFiles, "second.json", in: dir)
        let run = try runKMSReady(["check", "--inventory", inventory, "--usage", first, "--usage", second, "--quiet"])
        #expect(run.status == 2)
        #expect(run.errors == "kmsready: \(second): with the summaries before it, counters.kmsEvents add up to more than 2^53, more than any traces hold\n")
    }

    // MARK: 2. Memory before shape

    @Test func aSummaryIsCheckedAsItIsReadNotAfter() throws {
        // The first group holds a field the format lacks; 20 MB of keys follow it. The error names the
        // place, found before the rest is read into values.
        let text = try summary(replacing: [(#""principal":"#, #""bogus":[],"principal":"#)])
        let keys = text.range(of: #""keys":["#)!.upperBound
        let filler = (0..<60_000).map { #"{"key":"key-\#($0)","hourOfWeek":[\#(Array(repeating: "[" + Array(repeating: "0", count: 24).joined(separator: ",") + "]", count: 7).joined(separator: ","))],"groups":[]}"# }.joined(separator: ",")
        let last = text.lastIndex(of: "]")!
        let padded = String(text[..<last]) + "," + filler + String(text[last...])
        #expect(padded.utf8.count > 20 << 20 && keys < last)
        let file = temporaryFile("padded.json", padded)
        #expect(thrownText { _ = try UsageSummaryJSON.read(file) }?.hasPrefix("padded.json: $.keys[0].groups[0].bogus: unknown field") == true)
        // And a gzip inventory whose values would take 30 times its text is refused early.
        let dense = "[" + Array(repeating: "[[0]]", count: 2_000_000).joined(separator: ",") + "]"
        let gzip = temporaryDirectory() + "/dense.json.gz"
        let writer = try GzipFileWriter(path: gzip)
        try writer.write(Array(dense.utf8))
        try writer.close()
        let error = thrownText { _ = try InventoryReader.read([InputFile(path: gzip, displayName: "dense.json.gz")]) }
        #expect(error?.hasPrefix("dense.json.gz: line 1, column ") == true)
        #expect(error?.hasSuffix("malformed JSON: the values read so far would take more than 8 times the text's size in memory") == true)
    }

    // MARK: 3. Folder walks

    @Test func linksAreFollowedOnceAndFilesReadOnce() throws {
        let dir = temporaryDirectory()
        let inventoryCopy = dir + "/inventory"
        try FileManager.default.copyItem(atPath: inventory, toPath: inventoryCopy)
        try FileManager.default.createSymbolicLink(atPath: inventoryCopy + "/a", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: inventoryCopy + "/b", withDestinationPath: ".")
        let expected = try InputFile.expand([inventory]).count
        #expect(try InputFile.expand([inventoryCopy]).count == expected)
        let traceDir = dir + "/traces"
        try FileManager.default.createDirectory(atPath: traceDir + "/sub", withIntermediateDirectories: true)
        let source = traces + "/sls-export-actiontrail-cn-shanghai.jsonl"
        try FileManager.default.copyItem(atPath: source, toPath: traceDir + "/events.jsonl")
        try FileManager.default.createSymbolicLink(atPath: traceDir + "/sub/up", withDestinationPath: "..")
        let once = try summarize([InputFile(path: source, displayName: "events.jsonl")]).counters
        #expect(try summarize(InputFile.expand([traceDir])).counters == once)
        #expect(try summarize(InputFile.expand([source, traces + "/./sls-export-actiontrail-cn-shanghai.jsonl"])).counters == once)
    }

    // MARK: 4. Outputs over inputs

    @Test func anOutputNeverLandsOnAnInput() throws {
        let dir = temporaryDirectory()
        let inventoryCopy = dir + "/inventory"
        try FileManager.default.copyItem(atPath: inventory, toPath: inventoryCopy)
        let victim = try #require(InputFile.expand([inventoryCopy]).first).path
        let before = try Data(contentsOf: URL(fileURLWithPath: victim))
        var run = try runKMSReady(["check", "--inventory", victim, "--output", "json:" + victim, "--quiet"])
        #expect(run.status == 2 && run.errors == "kmsready: \(victim): not written: it is the input \(victim) of this run\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: victim)) == before)
        run = try runKMSReady(["check", "--inventory", inventoryCopy, "--output", inventoryCopy + "/report.json", "--quiet"])
        #expect(run.status == 2 && run.errors.contains("not written: it is inside the input folder \(inventoryCopy), where the next run would read it"))
        run = try runKMSReady(["check", "--inventory", inventoryCopy, "--output", dir + "/r.json", "--output", "json:" + dir + "/./r.json", "--quiet"])
        #expect(run.status == 2 && run.errors.contains("not written: the output \(dir)/r.json is the same file"))
    }

    @Test func severalOutputsAreWrittenAllOrNone() throws {
        let dir = temporaryDirectory()
        let run = try runKMSReady(["check", "--inventory", inventory, "--output", dir + "/report.json", "--output", dir + "/missing/report.md", "--quiet"])
        #expect(run.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == [], "neither output nor a temporary file")
    }

    @Test func anInterruptedRunLeavesNoTemporaryFile() throws {
        // A pretty summary of many keys is made inside the write, after the temporary file is opened:
        // the run is interrupted while that file exists.
        let dir = temporaryDirectory()
        let keys = (0..<20_000).map { #"{"eventName":"Decrypt","serviceName":"Kms","acsRegion":"cn-hangzhou","eventTime":"2026-03-04T10:11:12Z","requestParameters":{"KeyId":"key-\#($0)"}}"# }
        let input = try write(keys.joined(separator: "\n") + "\n", "events.jsonl", in: dir)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Paths.executable))
        process.arguments = ["traces", "summarize", "--traces", input, "--pretty", "--output", dir + "/usage.json", "--quiet"]
        try process.run()
        var sawTemporary = false
        for _ in 0..<20_000 where process.isRunning {
            if try FileManager.default.contentsOfDirectory(atPath: dir).contains(where: { $0.hasSuffix(".tmp") }) {
                sawTemporary = true
                process.terminate()
                break
            }
            usleep(500)
        }
        process.waitUntilExit()
        #expect(sawTemporary, "the run ended before its temporary file was seen")
        // Interrupted before its rename, the run leaves nothing; after it (a race lost), the whole output.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(left == (process.terminationReason == .uncaughtSignal ? ["events.jsonl"] : ["events.jsonl", "usage.json"]))
    }

    // MARK: 5. Templates

    @Test func deeplyNestedTemplatesAreRefusedAtOnce() throws {
        let deep = String(repeating: "{{#hasSecrets}}\n", count: 40_000) + String(repeating: "{{/hasSecrets}}\n", count: 40_000)
        let started = Date()
        #expect(thrownText { _ = try TicketTemplate(deep, file: "deep.txt", escaping: .none) } == "deep.txt: line 33: sections nested deeper than 32 levels")
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(thrownText { _ = try TicketTemplate("{{#keys}}{{#keys}}{{keyId}}{{/keys}}{{/keys}}", file: "t.txt", escaping: .none) }
                == "t.txt: line 1: {{#keys}} inside {{#keys}} would repeat the whole list for each of its elements")
    }

    // MARK: 6. Rule patterns

    @Test func aCatastrophicPatternInAUserRuleEndsAtOnce() throws {
        let dir = temporaryDirectory()
        let rule = RuleTests.validRule
            .replacingOccurrences(of: #"{"equals": {"fact": "key.origin", "value": "EXTERNAL"}}"#, with: #"{"matches": {"fact": "key.description", "pattern": "^(a+)+$"}}"#)
            .replacingOccurrences(of: #""triggering": [{"facts": {"key.origin": "EXTERNAL"}}]"#, with: #""triggering": [{"facts": {"key.description": "aaaa"}}]"#)
            .replacingOccurrences(of: #""nonTriggering": [{"facts": {}}]"#, with: #""nonTriggering": [{"facts": {"key.description": "\#(String(repeating: "a", count: 40))b"}}]"#)
        _ = try write(rule, "rule.json", in: dir)
        let run = try runKMSReady(["rules", "test", dir], timeout: 20)
        #expect(run.status == 0, "\(run.output)\(run.errors)")
    }

    // MARK: 7. Byte order marks

    @Test func aByteOrderMarkIsSkippedByEveryReader() throws {
        let template = try TicketTemplate.load(temporaryFile("t.txt", "\u{FEFF}Migrate {{region}}\n"), escaping: .none)
        let set = try sampleTickets()
        #expect(template.render(set.tickets[0], search: set.search).title == "Migrate \(set.tickets[0].region)")
        let dir = temporaryDirectory()
        let file = try #require(InputFile.expand([inventory]).first)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file.path))
        let marked = dir + "/marked.json"
        try (Data([0xEF, 0xBB, 0xBF]) + bytes).write(to: URL(fileURLWithPath: marked))
        #expect(try InventoryReader.read([InputFile(path: marked, displayName: "marked.json")]).sortedKeys.map(\.id) == InventoryReader.read([file]).sortedKeys.map(\.id))
    }

    // MARK: 8. Invalid UTF-8 and repeated members in inventories

    @Test func inventoriesRefuseInvalidUTF8AndRepeatedMembers() throws {
        let broken: [UInt8] = Array(#"{"KeyMetadata": {"KeyId": "key-"#.utf8) + [0xFF] + Array(#""}}"#.utf8)
        let file = temporaryFile("describe-key.json", broken)
        #expect(thrownText { _ = try InventoryReader.read([file]) } == "describe-key.json: line 1, column 27: malformed JSON: a string that is not valid UTF-8")
        let twice = temporaryFile("twice.json", #"{"KeyMetadata": {"KeyId": "key-a", "KeyId": "key-b"}}"#)
        #expect(thrownText { _ = try InventoryReader.read([twice]) } == "twice.json: line 1, column 36: malformed JSON: the member name \"KeyId\" appears twice in one object")
    }

    // MARK: 9. The same damage, the same answer

    @Test func aDamagedFirstLineIsOneMalformedRecordAsAnyOtherLine() throws {
        let source = try String(contentsOfFile: traces + "/sls-export-actiontrail-cn-shanghai.jsonl", encoding: .utf8)
        let nul = String(repeating: "\u{0}", count: 40) + "\n"
        let first = try summarize([temporaryFile("first.jsonl", nul + source)])
        let later = try summarize([temporaryFile("later.jsonl", source + nul)])
        let none = try summarize([temporaryFile("none.jsonl", source)])
        #expect(first.counters.malformedRecords == none.counters.malformedRecords + 1 && later.counters == first.counters)
        #expect(first.counters.kmsEvents == later.counters.kmsEvents && first.keys == later.keys)
    }

    @Test func aFileCutShortIsAnErrorWhateverItsForm() throws {
        let page = try String(contentsOfFile: traces + "/lookup-events-cn-hangzhou-page-1.json", encoding: .utf8)
        let compact = JSONWriter.compact(try JSONParser.parse(Array(page.utf8)))
        let cut = String(compact.prefix(compact.count / 2))
        let array = "[" + cut.components(separatedBy: #""Events":["#)[1]
        #expect(thrownText { _ = try summarize([temporaryFile("page.json", cut)]) } == "page.json: line 1: the file ends inside a record, with no line break: it was cut short")
        #expect(thrownText { _ = try summarize([temporaryFile("array.json", array)]) }?.hasPrefix("array.json: line 1: unexpected end of file") == true)
        #expect(try runKMSReady(["traces", "summarize", "--traces", temporaryFile("page.json", cut).path, "--quiet"]).status == 2)
    }

    // MARK: 10. FIFOs, control characters

    @Test func aFIFOIsRefusedNotWaitedFor() throws {
        let dir = temporaryDirectory()
        #expect(mkfifo(dir + "/events.jsonl", 0o600) == 0)
        var run = try runKMSReady(["traces", "summarize", "--traces", dir + "/events.jsonl"], timeout: 20)
        #expect(run.status == 2 && run.errors == "kmsready: \(dir)/events.jsonl: not a regular file (a FIFO): kmsready reads files and folders; save the stream to a file first\n")
        run = try runKMSReady(["traces", "summarize", "--traces", dir], timeout: 20)
        #expect(run.status == 2 && run.errors.contains("not a regular file (a FIFO)"))
    }

    @Test func controlCharactersFromInputsAreShownEscaped() throws {
        let dir = temporaryDirectory()
        let name = dir + "/evil\u{1B}[2J\nname.json"
        try "{\"Keys\": [".write(toFile: name, atomically: true, encoding: .utf8)
        let run = try runKMSReady(["check", "--inventory", name])
        #expect(run.status == 2)
        #expect(run.errors == "kmsready: \(dir)/evil\\x1B[2J\\nname.json: line 1, column 11: malformed JSON: unexpected end of input, expected a value\n")
        // In the table and in Markdown, an alias holding an escape sequence is shown as text.
        let inventoryCopy = dir + "/inventory"
        try FileManager.default.copyItem(atPath: inventory, toPath: inventoryCopy)
        let aliases = inventoryCopy + "/cn-beijing/list-aliases-by-key-id-6535ce6c-1396-4d3d-a319-1173392f2403.json"
        let text = try String(contentsOfFile: aliases, encoding: .utf8)
        try text.replacingOccurrences(of: #""AliasName": "alias/sms-gateway""#, with: #""AliasName": "alias/a\u001b]0;owned\u0007""#)
            .write(toFile: aliases, atomically: true, encoding: .utf8)
        let table = try runKMSReady(["check", "--inventory", inventoryCopy])
        #expect(table.status == 0 && !table.output.contains("\u{1B}") && table.output.contains("alias/a\\x1B]0;own"))
        let markdown = try runKMSReady(["check", "--inventory", inventoryCopy, "--format", "markdown"])
        #expect(!markdown.output.contains("\u{1B}") && !markdown.output.contains("\u{07}") && markdown.output.contains("\\x1B"))
    }

    // MARK: Found by the fuzz targets

    /// `cidrs`: a line of only `/` split into no parts, and the first was read regardless.
    @Test func aRangeOfOnlyASlashIsNoRange() throws {
        #expect(CIDRRange("/") == nil && CIDRRange("/8") == nil && CIDRRange("10.0.0.0/") == nil)
        #expect(thrownText { _ = try NetworkClassifier.readCloudRanges(temporaryFile("cidrs.txt", "# ranges\n/\n")) }
                == "cidrs.txt: line 2: '/' is not an address range such as 47.96.0.0/16")
    }
}
