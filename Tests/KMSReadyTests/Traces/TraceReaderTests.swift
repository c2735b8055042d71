import Foundation
import Testing
@testable import KMSReady

@Suite struct TraceReaderTests {
    let orders = KeyReference.id("0b30658a-ed1a-4922-b8f7-a673ca9c****")

    @Test(arguments: ["traces/lookup-events.json", "traces/events-array.json", "traces/events.jsonl", "traces/events.jsonl.gz"])
    func everyFormGivesTheSameUsage(_ path: String) throws {
        let summary = try summarize([fixture(path)])
        #expect(summary.counters.kmsEvents == 3)
        #expect(summary.counters.malformedRecords == 0)
        let usage = try #require(summary.keys[orders])
        #expect(summary.keys.count == 1)
        let group = UsageGroup(principal: "ram-user:orders-service", callerKind: .application, operation: "Encrypt", language: "java", network: .vpc)
        let stats = try #require(usage.groups[group])
        #expect(stats.calls == 3)
        #expect(stats.languageVersions == ["1.8.0_352"])
        #expect(stats.sampleEvents.map(\.id) == ["EV-0001", "EV-0002", "EV-0003"])
        #expect(Timestamp.format(stats.firstSeen) == "2026-03-04T10:01:12Z")
        #expect(Timestamp.format(stats.lastSeen) == "2026-03-04T10:03:12Z")
        #expect(usage.hourOfWeek[58] == 3)
        #expect(summary.withoutInputs == (try summarize([fixture("traces/lookup-events.json")])).withoutInputs, "all forms fold to the same summary")
    }

    @Test func slsExportsDecodeStringAndObjectEventsAndCountTheRest() throws {
        let summary = try summarize([fixture("traces/sls-export.jsonl")])
        #expect(summary.counters.kmsEvents == 3)
        #expect(summary.counters.otherServiceEvents == 1)
        #expect(summary.counters.malformedRecords == 1)
        #expect(summary.malformedSamples == [MalformedRecord(file: "traces/sls-export.jsonl", line: 3,
                                                             reason: "malformed JSON: unterminated string (column 62)")])
    }

    @Test func gzipWithSeveralMembersIsReadWhole() throws {
        let one = try Data(contentsOf: URL(fileURLWithPath: fixture("traces/events.jsonl.gz").path))
        let file = temporaryFile("two-members.jsonl.gz", Array(one + one))
        #expect(try summarize([file]).counters.kmsEvents == 6)
    }

    /// Gzip is inflated ahead on a thread of its own: every byte arrives in order, then the error; a
    /// reader that stops early or fails leaves no thread waiting (hundreds of them would hang the run).
    @Test func gzipReadAheadDeliversInOrderAndStopsWithItsReader() throws {
        // Hex from a seeded generator compresses poorly: megabytes of output before the cut below.
        var random = SplitMix64(seed: 3)
        let lines = (0..<60_000).map { _ in "{\"n\":\"\(String(random.next(), radix: 16))\(String(random.next(), radix: 16))\"}" }
            .joined(separator: "\n") + "\n"
        let path = temporaryDirectory() + "/big.jsonl.gz"
        let writer = try GzipFileWriter(path: path)
        try writer.write(Array(lines.utf8))
        try writer.close()
        let file = InputFile(path: path, displayName: "big.jsonl.gz")
        var source = try openByteSource(file)
        #expect(source is BackgroundByteSource)
        #expect(try source.readAll(limit: 1 << 30, file: "big") == Array(lines.utf8))
        for _ in 0..<200 {
            var early = try openByteSource(file)
            let block = UnsafeMutableRawBufferPointer.allocate(byteCount: 100, alignment: 1)
            defer { block.deallocate() }
            #expect(try early.read(into: block) == 100)
        }
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        let cut = temporaryFile("cut.gz", Array(whole.prefix(whole.count * 2 / 3)))
        var truncated = try openByteSource(cut)
        var received: [UInt8] = []
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { block.deallocate() }
        #expect(throws: InputError.self) {
            while case let count = try truncated.read(into: block), count > 0 { received += block[0..<count] }
        }
        #expect(!received.isEmpty && received == Array(lines.utf8.prefix(received.count)), "the bytes before the error, in order")
    }

    @Test func truncatedGzipIsAnErrorNamingTheFile() throws {
        let whole = try Data(contentsOf: URL(fileURLWithPath: fixture("traces/events.jsonl.gz").path))
        let file = temporaryFile("cut.jsonl.gz", Array(whole.prefix(whole.count / 2)))
        #expect(throws: InputError(file: "cut.jsonl.gz", message: "truncated gzip stream: the file ends inside compressed data")) {
            try summarize([file])
        }
    }

    @Test func corruptGzipIsAnError() throws {
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: fixture("traces/events.jsonl.gz").path)))
        for i in 20..<60 { bytes[i] ^= 0x5A }
        #expect(throws: InputError.self) { try summarize([temporaryFile("corrupt.json.gz", bytes)]) }
    }

    @Test(arguments: [
        ("empty.jsonl", "", "empty.jsonl: empty file: no events"),
        ("blank.json", "  \n\n ", "blank.json: empty file: no events"),
        ("text.log", "hello\n", "text.log: line 1: expected JSON events (an object, an array or JSON lines), found 'h'"),
        ("open-array.json", "[\n {\"eventName\": \"Decrypt\"},\n", "open-array.json: line 3: unexpected end of file, expected a value"),
        ("open-page.json", "{\n  \"Events\": [\n", "open-page.json: line 3: unexpected end of file, expected a value"),
        ("open-string.json", "{\n  \"Events\": [{\"eventName\": \"Dec\n", "open-string.json: line 2: line break inside a string"),
    ])
    func brokenStructureIsAnErrorWithTheLine(_ name: String, _ text: String, _ message: String) {
        #expect(thrownText { _ = try summarize([temporaryFile(name, text)]) } == message)
    }

    @Test func malformedLinesAreCountedWithTheirLineAndReadingGoesOn() throws {
        let good = #"{"eventId":"E1","eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-04T10:11:12Z","responseElements":{"KeyId":"k1"}}"#
        let text = [good, "{\"eventName\": \"Decr", "not json", "[1,2]", "{\"eventId\":\"E2\"}", "",
                    #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"yesterday"}"#, good + "\r"].joined(separator: "\n")
        let summary = try summarize([temporaryFile("mixed.jsonl", text)])
        #expect(summary.counters.kmsEvents == 2)
        #expect(summary.counters.malformedRecords == 6)
        #expect(summary.malformedSamples.map(\.line) == [2, 3, 4, 5, 7], "the two bad elements of line 4 share one place")
        #expect(summary.malformedSamples.map(\.reason).contains("no eventName"))
        #expect(summary.malformedSamples.map(\.reason).contains("eventTime is not an ISO 8601 time"))
    }

    @Test func unknownFieldsAndWhitespaceAnywhereAreAccepted() throws {
        let text = """
        \u{FEFF}{
          "Events" : [
            { "eventName" : "Decrypt", "future" : {"deep": [[{"x": "]}"}]]}, "serviceName":"Kms",
              "eventTime":"2026-03-04T10:11:12Z", "responseElements": {"KeyId": "k1"} }
          ] ,
          "NextToken": "abc", "Extra": [1, {"Events": "not these"}]
        }
        """
        let summary = try summarize([temporaryFile("page.json", text)])
        #expect(summary.counters.kmsEvents == 1)
        #expect(summary.keys[.id("k1")]?.calls == 1)
    }

    @Test func aPrettyPrintedSingleEventIsOneRecord() throws {
        let text = "{\n  \"eventName\": \"Encrypt\",\n  \"serviceName\": \"Kms\",\n  \"eventTime\": \"2026-03-04T10:11:12Z\",\n  \"requestParameters\": {\"KeyId\": \"k9\"}\n}\n"
        #expect(try summarize([temporaryFile("one.json", text)]).keys[.id("k9")]?.calls == 1)
    }

    /// Generated events, one per element, each as one line of text.
    func generatedEvents(_ count: Int) throws -> [String] {
        var generator = SyntheticTraces(seed: 15, keyCount: 20)
        let path = temporaryDirectory() + "/events.jsonl"
        try generator.write(.jsonLines, to: path, bytes: 200_000)
        return Array(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").prefix(count).map(String.init))
    }

    /// Reads `file`'s records with elements offered whole to `whole`: the offers taken, and the records
    /// found by structure.
    func read(_ file: InputFile, whole: @escaping (UnsafeRawBufferPointer) -> Bool) throws -> (taken: [String], found: [String]) {
        var taken: [String] = [], found: [String] = []
        try TraceFileReader.read(file, offeringWhole: { offer in
            guard whole(offer.bytes) else { return false }
            taken.append(String(decoding: offer.bytes, as: UTF8.self))
            return true
        }) { found.append(String(decoding: $0.bytes, as: UTF8.self)) }
        return (taken, found)
    }

    /// An array's element alone on its line is offered as the line holds it, without the comma, the
    /// closing bracket or blanks (a carriage return among them) after it; a reader that offers nothing
    /// finds the same records by structure.
    @Test func arrayElementsAloneOnTheirLinesAreOfferedWhole() throws {
        let events = try generatedEvents(5)
        let text = "[\n" + events[0] + ",\n" + events[1] + ",\r\n  " + events[2] + " \t,  \n" + events[3] + "\n,\n" + events[4] + "]\n"
        let file = temporaryFile("lines.json", text)
        let (taken, found) = try read(file) { _ in true }
        #expect(taken == events)
        #expect(found.isEmpty)
        #expect(try read(file) { _ in false }.found == events, "offers not taken: the same records, found by structure")
    }

    /// What is offered is folded only when the fold reads it as one whole event: lines that end an
    /// element's inner object, a malformed element on a line of its own and an array on one line all
    /// give the summary of the same records found by structure, malformed lines included.
    @Test func offersTheFoldDoesNotTakeAreReadByStructure() throws {
        let events = try generatedEvents(40)
        // Inner objects end lines, a comma after them, the rest of the event on the next lines.
        let split = events.prefix(10).map { $0.replacingOccurrences(of: "\"},\"", with: "\"},\n\"") }
        #expect(split.allSatisfy { $0.contains("},\n") })
        let broken = "{\"eventName\": \"Decrypt\", \"eventTime\": broken}"
        let splitText = "[\n" + (split + [broken] + events[10...]).joined(separator: ",\n") + "\n]\n"
        for (name, text) in [("split.json", splitText), ("one-line.json", "[" + events.joined(separator: ",") + "]")] {
            let file = temporaryFile(name, text)
            var byStructure = UsageFolder(classifier: defaultClassifier())
            try TraceFileReader.read(file) { byStructure.add($0, file: name) }
            byStructure.countFile()
            let summary = try summarize([file])
            #expect(summary.withoutInputs == byStructure.summary, "\(name)")
            #expect(summary.counters.kmsEvents + summary.counters.eventsWithoutKey + summary.counters.otherServiceEvents == 40, "\(name)")
        }
        let brokenLine = splitText[..<splitText.range(of: broken)!.lowerBound].filter { $0 == "\n" }.count + 1
        #expect(brokenLine > 20, "the ten events before it span more than two lines each")
        #expect(try summarize([temporaryFile("split.json", splitText)]).malformedSamples.map(\.line) == [brokenLine])
    }

    /// After `missLimit` offers in a row that are not taken, elements are no longer offered: an array
    /// on one line is read by structure after eight offers, each of a line that holds all of it.
    @Test func offersStopAfterEightMissesInARow() throws {
        let events = try generatedEvents(30)
        var offers = 0
        let (taken, found) = try read(temporaryFile("one-line.json", "[" + events.joined(separator: ",") + "]")) { _ in
            offers += 1
            return false
        }
        #expect(offers == 8)
        #expect(taken.isEmpty)
        #expect(found == events)
    }

    @Test func eventsWithoutAKeyAndOfOtherServicesAreCountedNotDropped() throws {
        let text = """
        {"eventName":"ListKeys","serviceName":"Kms","eventTime":"2026-03-04T10:11:12Z","requestParameters":{"PageSize":"100"}}
        {"eventName":"PutObject","serviceName":"Oss","eventSource":"oss-cn-hangzhou.aliyuncs.com","eventTime":"2026-03-04T10:11:12Z"}
        {"eventName":"Decrypt","eventSource":"kms.cn-hangzhou.aliyuncs.com","eventTime":"2026-03-04T10:11:12Z","responseElements":{"KeyId":"k1"}}
        """
        let summary = try summarize([temporaryFile("mixed.jsonl", text)])
        #expect(summary.counters.eventsWithoutKey == 1)
        #expect(summary.counters.otherServiceEvents == 1)
        #expect(summary.counters.kmsEvents == 1)
    }
}

@Suite struct KeyResolutionTests {
    func keys(_ fields: String) throws -> [KeyReference] {
        let text = #"{"eventName":"X","serviceName":"Kms","acsRegion":"cn-hangzhou","eventTime":"2026-03-04T10:11:12Z","# + fields + "}"
        guard case .event(let event) = TraceRecordDecoder.outcome(ofEvent: try JSONParser.parse(Array(text.utf8))) else {
            Issue.record("not an event"); return []
        }
        return event.keys
    }

    @Test func requestKeyIdArnAndAlias() throws {
        #expect(try keys(#""requestParameters":{"KeyId":"k1"}"#) == [.id("k1")])
        #expect(try keys(#""requestParameters":{"KeyId":"acs:kms:cn-shanghai:123:key/k2"}"#) == [.id("k2")])
        #expect(try keys(#""requestParameters":{"KeyId":"alias/orders"}"#) == [.alias(name: "alias/orders", region: "cn-hangzhou")])
        #expect(try keys(#""requestParameters":{"KeyId":"acs:kms:cn-shanghai:123:alias/orders"}"#) == [.alias(name: "alias/orders", region: "cn-shanghai")])
    }

    @Test func decryptNamesTheKeyOnlyInTheResponse() throws {
        #expect(try keys(#""requestParameters":{"CiphertextBlob":"xyz"},"responseElements":{"KeyId":"k1","Plaintext":"p"}"#) == [.id("k1")])
    }

    @Test func idsWinOverAliasesSoACallCountsOnceAfterResolution() throws {
        #expect(try keys(#""requestParameters":{"KeyId":"alias/orders"},"responseElements":{"KeyId":"k1"}"#) == [.id("k1")])
    }

    @Test func reEncryptNamesDestinationAndSource() throws {
        #expect(try keys(#""requestParameters":{"DestinationKeyId":"k2","SourceKeyId":"k1"},"responseElements":{"KeyId":"k2"}"#) == [.id("k1"), .id("k2")])
    }

    @Test func referencedResourcesAndEmbeddedJSONParameters() throws {
        #expect(try keys(#""referencedResources":{"ACS::KMS::Key":["k3"],"ACS::RAM::AccessKey":["LTAI"]}"#) == [.id("k3")])
        #expect(try keys(#""requestParameters":"{\"KeyId\":\"k4\"}""#) == [.id("k4")])
    }

    @Test func failedCallWithoutResponseUsesTheRequest() throws {
        #expect(try keys(#""requestParameters":{"KeyId":"k5"},"responseElements":null,"errorCode":"Forbidden.KeyNotFound""#) == [.id("k5")])
    }

    @Test func principalsDropSessionNamesAndNeverUseAccessKeys() {
        func principal(_ json: String, ip: String? = nil) -> String {
            let identity = (try? JSONParser.parse(Array(json.utf8)))?.objectValue
            return EventFieldsDecoder.principal(type: identity?["type"]?.stringValue, userName: identity?["userName"]?.stringValue,
                                                principalId: identity?["principalId"]?.stringValue, accountId: identity?["accountId"]?.stringValue,
                                                arn: identity?["arn"]?.stringValue, sourceIp: ip)
        }
        #expect(principal(#"{"type":"ram-user","userName":"orders","accessKeyId":"LTAI123"}"#) == "ram-user:orders")
        #expect(principal(#"{"type":"assumed-role","userName":"custom-role:u1","principalId":"343:u1"}"#) == "assumed-role:custom-role")
        #expect(principal(#"{"type":"assumed-role","arn":"acs:ram::1:assumed-role/app-role/s"}"#) == "assumed-role:app-role")
        #expect(principal(#"{"type":"root-account","accountId":"1540"}"#) == "root-account:1540")
        #expect(principal("{}", ip: "oss.aliyuncs.com") == "service:oss.aliyuncs.com")
        #expect(principal("{}", ip: "1.2.3.4") == "unknown")
    }
}
