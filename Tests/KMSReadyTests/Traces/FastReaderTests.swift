import Foundation
import Testing
@testable import KMSReady

/// The fast path (`ScannedEventFold`) against the reference path (`JSONParser` + `TraceRecordDecoder`):
/// whatever the fast path folds, it must fold as the reference does, record by record and file by file
/// (where its caches of caller classes and key lists are reused).
@Suite struct FastReaderTests {
    /// The reference outcome of one record.
    func reference(_ bytes: [UInt8]) -> [TraceRecordOutcome] {
        guard let value = try? JSONParser.parse(bytes) else { return [.malformed("syntax")] }
        return TraceRecordDecoder.outcomes(of: value)
    }

    /// Folds `records` on the fast path (deferring as it sees fit) and on the reference path alone;
    /// returns both summaries and how many records the fast path folded itself.
    func foldBothWays(_ records: [[UInt8]]) -> (fast: UsageSummary, reference: UsageSummary, answered: Int) {
        var fast = UsageFolder(classifier: defaultClassifier())
        var reference = UsageFolder(classifier: defaultClassifier())
        for (index, record) in records.enumerated() {
            record.withUnsafeBytes { bytes in
                let record = TraceRecordBytes(line: index + 1, bytes: bytes, problem: nil)
                fast.add(record, file: "events")
                reference.addDecodedByReference(record, file: "events")
            }
        }
        return (fast.summary, reference.summary, records.count - fast.referenceRecords)
    }

    /// Checks the fast path on one record; returns whether it answered (rather than deferring).
    @discardableResult
    func expectAgreement(_ bytes: [UInt8], _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let (fast, reference, answered) = foldBothWays([bytes])
        #expect(fast == reference, comment, sourceLocation: sourceLocation)
        return answered == 1
    }

    func records(of file: InputFile) throws -> [[UInt8]] {
        var records: [[UInt8]] = []
        try TraceFileReader.read(file) { records.append(Array($0.bytes)) }
        return records
    }

    static let event = #"{"eventId":"E1","eventName":"Decrypt","eventSource":"kms.cn-hangzhou.aliyuncs.com","eventTime":"2026-03-02T02:04:04Z","serviceName":"Kms","sourceIpAddress":"10.0.0.1","userAgent":"AlibabaCloud Java/17 aliyun-java-sdk-kms/2.16.0","userIdentity":{"type":"ram-user","userName":"app","accessKeyId":"LTAIsecret"},"requestParameters":{"CiphertextBlob":"c2VjcmV0"},"responseElements":{"KeyId":"k1","Plaintext":"cGxhaW4="},"referencedResources":{"ACS::KMS::Key":["k1"]}}"#

    @Test func everySampleRecordAgreesAndMostAreFast() throws {
        let files = try InputFile.expand([Paths.packageRoot + "/samples/traces"])
        var answered = 0, total = 0
        for file in files {
            for record in try records(of: file) {
                total += 1
                if expectAgreement(record, "\(file.displayName)") { answered += 1 }
            }
        }
        #expect(total > 250)
        #expect(answered * 10 > total * 9, "the fast path answers for \(answered) of \(total) records")
    }

    @Test func allSampleRecordsFoldedTogetherAgree() throws {
        let records = try InputFile.expand([Paths.packageRoot + "/samples/traces"]).flatMap { try self.records(of: $0) }
        let (fast, reference, _) = foldBothWays(records)
        #expect(fast == reference)
    }

    /// A fleet's callers change address and session on nearly every call; the caller classes follow
    /// principals, agents and operations, not calls, so every event stays on the fast path and the
    /// table stops growing: twice the events, (almost) no more classes.
    /// The same with RAM users' principal ids new on every call: a field no principal is named by.
    @Test(arguments: [SyntheticCallers.Profile.fleet, .fleetVaryingIds])
    func fleetTrafficKeepsFewCallerClasses(_ profile: SyntheticCallers.Profile) throws {
        var classes: [Int] = []
        for events in [10_000, 20_000] {
            var generator = SyntheticTraces(seed: 9, keyCount: 200, callers: profile)
            let lines = (0..<events).map { _ in generator.nextEvent() }
            #expect(Set(lines.compactMap { $0.split(separator: "\"sourceIpAddress\":\"").last?.split(separator: "\"").first }).count > events / 2,
                    "addresses vary as in a fleet")
            var folder = UsageFolder(classifier: defaultClassifier())
            for (index, line) in lines.enumerated() {
                line.utf8CString.withUnsafeBytes { bytes in
                    folder.add(TraceRecordBytes(line: index + 1, bytes: UnsafeRawBufferPointer(rebasing: bytes.dropLast()), problem: nil), file: "fleet")
                }
            }
            #expect(folder.referenceRecords == 0, "every event on the fast path")
            classes.append(folder.gathered.callerClasses.count)
        }
        #expect(classes[0] < 2_000 && Double(classes[1]) < Double(classes[0]) * 1.2, "\(classes)")
    }

    @Test(arguments: SyntheticTraces.Form.allCases)
    func generatedRecordsAgree(_ form: SyntheticTraces.Form) throws {
        var generator = SyntheticTraces(seed: 7, keyCount: 50)
        let path = temporaryDirectory() + "/events." + form.fileExtension
        try generator.write(form, to: path, bytes: 200_000)
        let records = try records(of: InputFile(path: path, displayName: "events"))
        let (fast, reference, answered) = foldBothWays(records)
        #expect(fast == reference)
        #expect(fast.counters.kmsEvents > 100)
        #expect(answered == records.count, "every generated record takes the fast path")
    }

    @Test(arguments: [
        // escapes and unicode in skipped and needed values
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","userAgent":"a\"b\\c\/d\u00e9\ud83d\ude00","responseElements":{"KeyId":"k1"}}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","x":"lone \ud800 surrogate","responseElements":{"KeyId":"k1"}}"#,
        #"{"event\u004eame":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k1"}}"#,
        // whitespace anywhere, numbers, literals, nesting
        " {\t\"eventName\" :\r\"Encrypt\" , \"serviceName\":\"KMS\",\"eventTime\":\"2026-03-02T02:04:04+08:00\", \"n\":[-0.5e+3,0,1E2,true,false,null,{\"a\":[[[]]]}], \"responseElements\" : { \"KeyId\" : \"k2\" } } ",
        // whitespace before every separator and closing byte, empty containers with whitespace inside,
        // and missing or trailing separators next to whitespace
        " { \"eventName\" : \"Decrypt\" ,\"serviceName\":\"Kms\" , \"eventTime\":\"2026-03-02T02:04:04Z\" ,\"referencedResources\":{ \"ACS::KMS::Key\" : [ \"k1\" , \"k2\" ] } , \"e\":{ } ,\"a\":[ ] } ",
        #"{"eventName":"Decrypt" "serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k1"}}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k1"} , }"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","referencedResources":{"ACS::KMS::Key":["k1" ,]}}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","a":[1 2],"responseElements":{"KeyId":"k1"}}"#,
        // duplicates: the last wins in the reference
        #"{"eventName":"Decrypt","eventName":"Encrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k1"}}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k1","KeyId":"k2"}}"#,
        // wrong types, empty strings, null
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","userIdentity":"ram-user","errorCode":"","vpcId":null,"responseElements":{"KeyId":7}}"#,
        // other services, no key, aliases, ARNs
        #"{"eventName":"DescribeInstances","serviceName":"Ecs","eventTime":"2026-03-02T02:04:04Z"}"#,
        #"{"eventName":"ListKeys","eventSource":"kms-vpc.cn-shanghai.aliyuncs.com","eventTime":"2026-03-02T02:04:04Z"}"#,
        #"{"eventName":"Encrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","acsRegion":"cn-hangzhou","requestParameters":{"KeyId":"alias/orders"},"responseElements":{"KeyId":"acs:kms:cn-hangzhou:1:key/k9"}}"#,
        // one key text (read without the general list's arrays): an alias, key and alias ARNs, padding, an
        // ARN naming no key, and one text with a secret name beside it
        #"{"eventName":"Encrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","acsRegion":"cn-hangzhou","requestParameters":{"KeyId":"alias/orders"}}"#,
        #"{"eventName":"Encrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","acsRegion":"cn-hangzhou","requestParameters":{"KeyId":"acs:kms:cn-shanghai:1:key/k9"}}"#,
        #"{"eventName":"Encrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","acsRegion":"cn-hangzhou","requestParameters":{"KeyId":"acs:kms:cn-shanghai:1:alias/orders"}}"#,
        #"{"eventName":"Encrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","acsRegion":"cn-hangzhou","requestParameters":{"KeyId":" k1\t"}}"#,
        #"{"eventName":"Encrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","acsRegion":"cn-hangzhou","requestParameters":{"KeyId":"acs:kms:cn-hangzhou:1:secret/db"}}"#,
        #"{"eventName":"GetSecretValue","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","acsRegion":"cn-hangzhou","requestParameters":{"KeyId":"k1","SecretName":"db"}}"#,
        // SLS rows: event as an object and as a string; parameters as embedded JSON
        #"{"__topic__":"actiontrail_audit_event","event":{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k1"}}}"#,
        #"{"__topic__":"actiontrail_audit_event","event":"{\"eventName\":\"Decrypt\",\"serviceName\":\"Kms\",\"eventTime\":\"2026-03-02T02:04:04Z\",\"userAgent\":\"caf\\u00e9\",\"responseElements\":{\"KeyId\":\"k1\"}}"}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","requestParameters":"{\"KeyId\":\"k4\"}"}"#,
        // SLS event strings with every two-character escape, raw UTF-8, and a lone surrogate
        #"{"event":"{\"eventName\":\"Decrypt\",\"serviceName\":\"Kms\",\"eventTime\":\"2026-03-02T02:04:04Z\",\"userAgent\":\"a\\\\b\\\"c\\/d\\b\\f\\n\\r\\t\",\"responseElements\":{\"KeyId\":\"k1\"}}"}"#,
        #"{"event":"{\"eventName\":\"Decrypt\",\"serviceName\":\"Kms\",\"eventTime\":\"2026-03-02T02:04:04Z\",\"userAgent\":\"café\",\"responseElements\":{\"KeyId\":\"k1\"}}"}"#,
        #"{"event":"{\"eventName\":\"Decrypt\",\"serviceName\":\"Kms\",\"eventTime\":\"2026-03-02T02:04:04Z\",\"userAgent\":\"\\ud800\",\"responseElements\":{\"KeyId\":\"k1\"}}"}"#,
        #"{"event":"{\"eventName\":\"Decrypt\"\n}"}"#,
        #"{"event":"\t"}"#,
        #"{"event":""}"#,
        // a role used from another account: its calling account as a number, a string, or a number the
        // scanner leaves to the reference (a sign, a fraction, more digits than an Int holds); the same account
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","userIdentity":{"type":"assumed-role","accountId":"1","userName":"r:s"},"requestParameters":{"stsTokenPlayerUid":1754986938260000},"responseElements":{"KeyId":"k1"}}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","userIdentity":{"type":"assumed-role","accountId":"1","userName":"r:s"},"requestParameters":{"stsTokenPlayerUid":"1754986938260000"},"responseElements":{"KeyId":"k1"}}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","userIdentity":{"type":"assumed-role","accountId":"1"},"requestParameters":{"stsTokenPlayerUid":-5},"responseElements":{"KeyId":"k1"}}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","userIdentity":{"type":"assumed-role","accountId":"1"},"requestParameters":{"stsTokenPlayerUid":1.5e3},"responseElements":{"KeyId":"k1"}}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","userIdentity":{"type":"assumed-role","accountId":"1"},"requestParameters":{"stsTokenPlayerUid":12345678901234567890123},"responseElements":{"KeyId":"k1"}}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","userIdentity":{"type":"assumed-role","accountId":"7"},"requestParameters":{"stsTokenPlayerUid":7},"responseElements":{"KeyId":"k1"}}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","requestParameters":{"stsTokenPlayerUid":true,"KeyId":"k1"}}"#,
        // the console's agent and internal address; the intranet endpoint without a region; a masked address
        #"{"eventName":"DescribeKey","eventSource":"kms-intranet.cn-hangzhou.aliyuncs.com","eventTime":"2026-03-02T02:04:04Z","sourceIpAddress":"Internal","userAgent":"AliyunConsole","userIdentity":{"type":"root-account","accountId":"5"},"requestParameters":{"KeyId":"k1"}}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","sourceIpAddress":"192.168.XX.XX","userAgent":"aliyuncli/2.0.6","responseElements":{"KeyId":"k1"}}"#,
        // a LookupEvents page as an SDK prints it, and one whose body holds no events
        #"{"headers":{},"statusCode":200,"body":{"Events":[{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k1"}}]}}"#,
        #"{"headers":{},"statusCode":403,"body":{"Code":"Forbidden"}}"#,
        // a page or an array on one line
        #"{"Events":[{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k1"}}]}"#,
        #"[{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k1"}}]"#,
        // malformed
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","n":01}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"not a time","responseElements":{"KeyId":"k1"}}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","bad":"\x"}"#,
        "{\"eventName\":\"Decrypt\",\"serviceName\":\"Kms\",\"eventTime\":\"2026-03-02T02:04:04Z\",\"ctl\":\"a\u{01}b\"}",
        #"{"eventName":"Decrypt"} trailing"#,
    ])
    func edgeCasesAgree(_ text: String) {
        expectAgreement(Array(text.utf8), "\(text)")
    }

    /// An SLS row's event string decoded as it is scanned: the literal's end and the decoded text as the
    /// reference finds them, with escapes at every offset of the eight-byte words and bytes after the
    /// literal; `\u` escapes, bytes past ASCII, control bytes, unknown escapes and unclosed literals are
    /// left to the scan and the reference decoder.
    @Test func eventLiteralsDecodeInOnePassAsTheReferenceDecodes() {
        var contents = ["", "a", "plain ASCII text longer than one word", #"\u0041"#, "caf\u{e9}", #"\ud83d\ude00"#,
                        "a\u{01}b", #"bad \x escape"#, String(repeating: "y", count: 30) + "\u{7f}"]
        for escape in [#"\""#, #"\\"#, #"\/"#, #"\b"#, #"\f"#, #"\n"#, #"\r"#, #"\t"#] {
            for offset in 0..<17 { contents.append(String(repeating: "x", count: offset) + escape + "tail-\(offset)") }
            contents.append(escape + escape + escape)
        }
        for content in contents {
            let literal = Array("\"\(content)\"".utf8)
            let expected = literal.withUnsafeBytes { JSONParser.decodeStringLiteral($0) }
            let record = literal + Array(#","after":"x\"y"}"#.utf8)
            let output = UnsafeMutablePointer<UInt8>.allocate(capacity: record.count + ASCIIStringUnescaper.slack)
            defer { output.deallocate() }
            let result = record.withUnsafeBufferPointer {
                ASCIIStringUnescaper.decodeLiteral($0.baseAddress! + 1, available: record.count - 1, into: output)
            }
            if content.contains("\\u") || content.utf8.contains(where: { $0 >= 0x80 || $0 < 0x20 }) || content.contains("\\x") {
                #expect(result == nil, "left to the scan and the reference decoder: \(content)")
            } else {
                #expect(result?.consumed == literal.count - 1, "\(content)")
                #expect(result.map { String(decoding: UnsafeBufferPointer(start: output, count: $0.decoded), as: UTF8.self) } == expected, "\(content)")
            }
            // Unclosed: the same bytes without the closing quote and what follows it.
            let unclosed = Array(literal.dropLast())
            let open = unclosed.withUnsafeBufferPointer {
                ASCIIStringUnescaper.decodeLiteral($0.baseAddress! + 1, available: unclosed.count - 1, into: output)
            }
            #expect(open == nil, "unclosed: \(content)")
        }
    }

    /// Records that share caller fields, key texts or both, so the fast path's remembered caller
    /// classes, key lists and sample cut-offs are all reused.
    @Test func recordsSharingCallersAndKeysAgree() {
        func event(id: String, time: String, region: String, keys: String, error: String = "", agent: String = "Go/1.21 sdk") -> [UInt8] {
            Array(#"{"eventId":"\#(id)","eventName":"Decrypt","serviceName":"Kms","eventTime":"\#(time)","acsRegion":"\#(region)","userAgent":"\#(agent)","errorCode":"\#(error)","userIdentity":{"type":"ram-user","userName":"app"},\#(keys)}"#.utf8)
        }
        let records = [
            event(id: "e5", time: "2026-03-02T05:00:00Z", region: "cn-hangzhou", keys: #""requestParameters":{"KeyId":"alias/orders"}"#),
            event(id: "e4", time: "2026-03-02T04:00:00Z", region: "cn-shanghai", keys: #""requestParameters":{"KeyId":"alias/orders"}"#),
            event(id: "e3", time: "2026-03-02T03:00:00Z", region: "cn-hangzhou", keys: #""requestParameters":{"KeyId":"k1"},"responseElements":{"KeyId":"k1"}"#),
            event(id: "e2", time: "2026-03-02T02:00:00Z", region: "cn-hangzhou", keys: #""requestParameters":{"KeyId":"k1"}"#, error: "Forbidden"),
            event(id: "e1", time: "2026-03-02T01:00:00Z", region: "cn-hangzhou", keys: #""requestParameters":{"KeyId":"k1"},"responseElements":{"KeyId":"k2"}"#),
            event(id: "e0", time: "2026-03-02T00:00:00Z", region: "cn-hangzhou", keys: #""requestParameters":{"KeyId":"k2"},"responseElements":{"KeyId":"k1"}"#),
            event(id: "e6", time: "2026-03-01T00:00:00Z", region: "cn-hangzhou", keys: #""requestParameters":{"KeyId":"k1"}"#, agent: "Python/3.11 sdk"),
            event(id: "e7", time: "2026-03-09T00:00:00Z", region: "cn-hangzhou", keys: #""requestParameters":{"KeyId":"alias/orders"},"responseElements":{"KeyId":"k1"}"#),
            event(id: "e8", time: "2026-03-02T00:30:00Z", region: "cn-hangzhou", keys: #""requestParameters":{}"#),
        ]
        let (fast, reference, answered) = foldBothWays(records + records.reversed())
        #expect(fast == reference)
        #expect(answered == 2 * records.count)
        #expect(fast.keys[.id("k1")]?.calls == 12)
    }

    /// Assumed roles named only by their ARN and principal id: sessions that differ share a caller class,
    /// so the ARN's role must be read the same way by both paths, also when it is empty (`//`).
    @Test func assumedRolesReadFromTheirArnAgree() {
        func event(_ id: String, arn: String) -> [UInt8] {
            Array(#"{"eventId":"\#(id)","eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T01:00:00Z","userIdentity":{"type":"assumed-role","principalId":"3001:\#(id)","arn":"\#(arn)"},"requestParameters":{"KeyId":"k1"}}"#.utf8)
        }
        let records = [
            event("s1", arn: "acs:ram::1:assumed-role//s1"), event("s2", arn: "acs:ram::1:assumed-role//s2"),
            event("s3", arn: "acs:ram::1:assumed-role/orders/s3"), event("s4", arn: "acs:ram::1:assumed-role/orders/s4"),
            event("s5", arn: "acs:ram::1:assumed-role/orders"), event("s6", arn: "acs:ram::1:role/orders"),
        ]
        let (fast, reference, answered) = foldBothWays(records)
        #expect(fast == reference)
        #expect(answered == records.count)
        #expect(Set(fast.keys[.id("k1")]?.principals ?? []) == ["assumed-role:3001", "assumed-role:orders"])
    }

    /// Assumed roles whose `name:session` values have no name before the colon, or no colon, or whose
    /// type is written in capitals: both paths read the role alike, so sessions that share a caller class
    /// share a principal. (A user name of ":" had crashed the reference path, and ":orders:s4" was read
    /// there as the role "orders" while the fast path's class took it for no name, like an event with
    /// none: found by folding 40,000 randomly damaged sample records after each other.)
    @Test func sessionValuesWithoutARoleAgree() {
        func event(_ id: String, type: String = "assumed-role", identity: String) -> [UInt8] {
            Array(#"{"eventId":"\#(id)","eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T01:00:00Z","userIdentity":{"type":"\#(type)",\#(identity)},"requestParameters":{"KeyId":"k1"}}"#.utf8)
        }
        let records = [
            event("s1", identity: #""userName":":""#), event("s2", identity: #""principalId":":""#),
            event("s3", identity: #""principalId":"3001:s3""#), event("s4", identity: #""userName":":orders:s4","principalId":"3001:s4""#),
            event("s5", identity: #""userName":"::s5","principalId":"3001:s5""#), event("s6", identity: #""userName":"orders""#),
            event("s7", identity: #""userName":"orders:s7""#), event("s8", identity: #""userName":"caf\u00e9:s8""#),
            event("s9", type: "Assumed-Role", identity: #""userName":"orders:s9""#),
            event("s10", type: "Assumed-Role", identity: #""userName":"orders:s10""#),
        ]
        for record in records { expectAgreement(record, "\(String(decoding: record, as: UTF8.self))") }
        let (fast, reference, _) = foldBothWays(records)
        #expect(fast == reference)
        #expect(Set(fast.keys[.id("k1")]?.principals ?? []) == ["assumed-role:3001", "assumed-role:orders", "assumed-role:café", "unknown"])
    }

    @Test func nestingBeyondTheScannersDepthIsLeftToTheReference() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        let text = #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","x":"# + deep + "}"
        #expect(!expectAgreement(Array(text.utf8)))
        #expect(reference(Array(text.utf8)) == [.malformed("syntax")])
    }

    /// Every prefix of an event, and the event with each byte replaced by a JSON-significant one, each
    /// alone and after the intact event (so the scanner predicts the member names it learned from it).
    @Test func damagedEventsAgree() {
        let bytes = Array(Self.event.utf8)
        func expectAgreement(_ damaged: [UInt8]) {
            self.expectAgreement(damaged)
            let (fast, reference, _) = foldBothWays([bytes, damaged])
            #expect(fast == reference, "after the intact event: \(String(decoding: damaged, as: UTF8.self))")
        }
        for length in 0..<bytes.count { expectAgreement(Array(bytes[0..<length])) }
        var random = SplitMix64(seed: 3)
        let replacements = Array("\"\\{}[]:,0 \u{1}é".utf8)
        for _ in 0..<3_000 {
            var damaged = bytes
            damaged[Int(random.next() % UInt64(bytes.count))] = replacements[Int(random.next() % UInt64(replacements.count))]
            expectAgreement(damaged)
        }
    }

    /// Sample and generated fleet records, each damaged in up to two bytes, folded after each other: what
    /// one folder has learned (member orders, caller classes, key lists, samples) meets damaged records of
    /// every kind, and both paths must still agree. (Run for 40,000 records, this found the session values
    /// of `sessionValuesWithoutARoleAgree`.)
    @Test func damagedRecordsFoldedInSequenceAgree() throws {
        var generator = SyntheticTraces(seed: 21, keyCount: 50, callers: .fleet)
        let generated = temporaryDirectory() + "/events.jsonl"
        try generator.write(.slsExport, to: generated, bytes: 100_000)
        let records = try InputFile.expand([Paths.packageRoot + "/samples/traces", generated]).flatMap { try self.records(of: $0) }
        var random = SplitMix64(seed: 7)
        let replacements = Array("\"\\{}[]:,0 \u{1}éaZ/-nu".utf8)
        var damaged: [[UInt8]] = []
        for _ in 0..<6_000 {
            var record = records[Int(random.next() % UInt64(records.count))]
            for _ in 0..<random.next() % 3 where !record.isEmpty {
                let at = Int(random.next() % UInt64(record.count))
                let byte = replacements[Int(random.next() % UInt64(replacements.count))]
                switch random.next() % 3 {
                case 0: record[at] = byte
                case 1: record.remove(at: at)
                default: record.insert(byte, at: at)
                }
            }
            damaged.append(record)
        }
        let (fast, reference, answered) = foldBothWays(damaged)
        #expect(fast == reference)
        #expect(answered > 3_000, "most damaged records are still read on the fast path")
    }

    /// Records whose members differ from the order the scanner learned: reordered, left out, repeated,
    /// renamed in a byte before and after the sixteenth, escaped, spaced, and near the record's end.
    /// Each must fold as the reference folds it after the scanner has learned the first record's order.
    @Test func membersOutOfTheLearnedOrderAgree() {
        let learned = #"{"eventId":"E1","eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","recipientAccountId":"1","userIdentity":{"type":"ram-user","userName":"app"},"responseElements":{"KeyId":"k1"},"referencedResources":{"ACS::KMS::Key":["k1"]},"additionalEventData":{"CallerBid":"1"}}"#
        let others = [
            #"{"eventName":"Encrypt","eventId":"E2","eventTime":"2026-03-02T02:04:04Z","serviceName":"Kms","responseElements":{"KeyId":"k2"}}"#,
            #"{"eventId":"E3","eventName":"Decrypt","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k3"}}"#,
            #"{"eventId":"E4","eventName":"Decrypt","eventName":"Encrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k4"}}"#,
            #"{"eventId":"E5","eventNamf":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k5"}}"#,
            #"{"eventId":"E6","eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","recipientAccountIdX":"1","responseElements":{"KeyId":"k6"}}"#,
            #"{"eventId":"E7","eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","recipientAccountIx":"1","responseElements":{"KeyId":"k7"}}"#,
            #"{"eventId":"E8","eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k8"}}"#,
            #"{"eventId" :"E9","eventName" : "Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k9"}}"#,
            #"{"eventId":"E10","eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","additionalEventData":{"CallerBid":"1"},"responseElements":{"KeyId":"k10"}}"#,
            #"{"eventId":"E11","eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","userIdentity":{"userName":"other","type":"ram-user"},"responseElements":{"KeyId":"k11"}}"#,
            #"{"eventId":"E12","eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k12","KeyId":"k13"}}"#,
            #"{"eventId":"E14","eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","referencedResources":{"ACS::KMS::Key":["k14"]},"responseElements":{"KeyId":"k15"}}"#,
            #"{"eventId":"E16","eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k16"},"rE":{"KeyId":1}}"#,
            #"{"eventId":"E17","eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId""#,
            #"{ "eventId":"E18", "eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{ "KeyId":"k18"}}"#,
        ]
        for other in others {
            let (fast, reference, _) = foldBothWays([Array(learned.utf8), Array(other.utf8), Array(learned.utf8), Array(other.utf8)])
            #expect(fast == reference, "\(other)")
        }
        let reordered = [others[0], others[9], others[11]].map { Array($0.utf8) }
        let (fast, reference, answered) = foldBothWays([Array(learned.utf8)] + reordered)
        #expect(fast == reference)
        #expect(answered == 1 + reordered.count, "names out of the learned order are read as before")
    }

    /// Every member name the scanner wants is found at its level, and names that differ from one in a
    /// byte, in length or in level are not. (A name the fast path misses would not show in any summary:
    /// its records would only go to the reference path and be slow.)
    @Test func memberNamesAreFoundAtTheirLevels() {
        func field(_ level: ScanLevel, _ name: String) -> Field? {
            // As in a record: the closing quote, the colon and a value follow the name.
            let bytes = Array((name + "\":1}").utf8)
            return bytes.withUnsafeBufferPointer { level.field($0.baseAddress!, name.utf8.count) }
        }
        let found: [(ScanLevel, String, Field)] = [
            (.event, "event", .event), (.event, "Events", .pageEvents), (.event, "eventId", .eventId), (.event, "eventRW", .eventRW),
            (.event, "eventName", .eventName), (.event, "eventTime", .eventTime), (.event, "eventType", .eventType),
            (.event, "acsRegion", .acsRegion), (.event, "userAgent", .userAgent), (.event, "errorCode", .errorCode), (.event, "vpcId", .vpcId),
            (.event, "eventSource", .eventSource), (.event, "serviceName", .serviceName), (.event, "userIdentity", .userIdentity),
            (.event, "sourceIpAddress", .sourceIpAddress), (.event, "responseElements", .responseElements),
            (.event, "requestParameters", .requestParameters), (.event, "recipientAccountId", .recipientAccountId),
            (.event, "referencedResources", .referencedResources), (.innerEvent, "eventName", .eventName), (.innerEvent, "vpcId", .vpcId),
            (.identity, "type", .identityType), (.identity, "userName", .userName), (.identity, "principalId", .principalId),
            (.identity, "accountId", .accountId), (.identity, "arn", .arn),
            (.request, "KeyId", .requestKeyId), (.request, "DestinationKeyId", .destinationKeyId), (.request, "SourceKeyId", .sourceKeyId),
            (.request, "SecretName", .secretName), (.response, "KeyId", .responseKeyId), (.resources, "ACS::KMS::Key", .kmsKeys),
        ]
        for (level, name, expected) in found { #expect(field(level, name) == expected, "\(name)") }
        let missed: [(ScanLevel, String)] = [
            (.event, "eventNamf"), (.event, "eventNam"), (.event, "eventNames"), (.event, "EventName"), (.event, "requestId"),
            (.event, "referencedResourcez"), (.event, "sourceIpAddresz"), (.event, "recipientAccountID"), (.event, "evenT"),
            (.innerEvent, "event"), (.innerEvent, "Events"), (.identity, "typ"), (.identity, "types"), (.identity, "Type"),
            (.identity, "arN"), (.identity, "userNamE"), (.request, "KeyID"), (.request, "SourceKeyIdX"), (.response, "keyId"),
            (.resources, "ACS::KMS::Kez"), (.resources, "ACS::KMS::Alias"), (.event, ""), (.identity, ""),
        ]
        for (level, name) in missed { #expect(field(level, name) == nil, "\(name)") }
    }

}
