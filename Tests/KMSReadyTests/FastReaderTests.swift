import Foundation
import Testing
@testable import KMSReady

/// The fast path (`EventScanner`) against the reference path (`JSONParser` + `TraceRecordDecoder`):
/// whenever the scanner answers, its answer must be the reference's, record by record.
@Suite struct FastReaderTests {
    /// The reference outcome of one record.
    func reference(_ bytes: [UInt8]) -> [TraceRecordOutcome] {
        guard let value = try? JSONParser.parse(bytes) else { return [.malformed("syntax")] }
        return TraceRecordDecoder.outcomes(of: value)
    }

    /// Checks the scanner on `bytes`; returns whether it answered (rather than deferring).
    @discardableResult
    func expectAgreement(_ bytes: [UInt8], _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        var scanner = EventScanner()
        let fast = bytes.withUnsafeBytes { scanner.outcome(of: $0) }
        guard let fast else { return false }
        #expect([fast] == reference(bytes), comment, sourceLocation: sourceLocation)
        return true
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

    @Test(arguments: SyntheticTraces.Form.allCases)
    func generatedRecordsAgree(_ form: SyntheticTraces.Form) throws {
        var generator = SyntheticTraces(seed: 7, keyCount: 50)
        let path = temporaryDirectory() + "/events." + form.fileExtension
        try generator.write(form, to: path, bytes: 200_000)
        var answered = 0, total = 0
        for record in try records(of: InputFile(path: path, displayName: "events")) {
            total += 1
            if expectAgreement(record) { answered += 1 }
        }
        #expect(answered == total, "every generated record takes the fast path")
    }

    @Test(arguments: [
        // escapes and unicode in skipped and needed values
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","userAgent":"a\"b\\c\/d\u00e9\ud83d\ude00","responseElements":{"KeyId":"k1"}}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","x":"lone \ud800 surrogate","responseElements":{"KeyId":"k1"}}"#,
        #"{"event\u004eame":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k1"}}"#,
        // whitespace anywhere, numbers, literals, nesting
        " {\t\"eventName\" :\r\"Encrypt\" , \"serviceName\":\"KMS\",\"eventTime\":\"2026-03-02T02:04:04+08:00\", \"n\":[-0.5e+3,0,1E2,true,false,null,{\"a\":[[[]]]}], \"responseElements\" : { \"KeyId\" : \"k2\" } } ",
        // duplicates: the last wins in the reference
        #"{"eventName":"Decrypt","eventName":"Encrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k1"}}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k1","KeyId":"k2"}}"#,
        // wrong types, empty strings, null
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","userIdentity":"ram-user","errorCode":"","vpcId":null,"responseElements":{"KeyId":7}}"#,
        // other services, no key, aliases, ARNs
        #"{"eventName":"DescribeInstances","serviceName":"Ecs","eventTime":"2026-03-02T02:04:04Z"}"#,
        #"{"eventName":"ListKeys","eventSource":"kms-vpc.cn-shanghai.aliyuncs.com","eventTime":"2026-03-02T02:04:04Z"}"#,
        #"{"eventName":"Encrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","acsRegion":"cn-hangzhou","requestParameters":{"KeyId":"alias/orders"},"responseElements":{"KeyId":"acs:kms:cn-hangzhou:1:key/k9"}}"#,
        // SLS rows: event as an object and as a string; parameters as embedded JSON
        #"{"__topic__":"actiontrail_audit_event","event":{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","responseElements":{"KeyId":"k1"}}}"#,
        #"{"__topic__":"actiontrail_audit_event","event":"{\"eventName\":\"Decrypt\",\"serviceName\":\"Kms\",\"eventTime\":\"2026-03-02T02:04:04Z\",\"userAgent\":\"caf\\u00e9\",\"responseElements\":{\"KeyId\":\"k1\"}}"}"#,
        #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","requestParameters":"{\"KeyId\":\"k4\"}"}"#,
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

    @Test func nestingBeyondTheScannersDepthIsLeftToTheReference() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        let text = #"{"eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","x":"# + deep + "}"
        #expect(!expectAgreement(Array(text.utf8)))
        #expect(reference(Array(text.utf8)) == [.malformed("syntax")])
    }

    /// Every prefix of an event, and the event with each byte replaced by a JSON-significant one.
    @Test func damagedEventsAgree() {
        let bytes = Array(Self.event.utf8)
        for length in 0..<bytes.count { expectAgreement(Array(bytes[0..<length])) }
        var random = SplitMix64(seed: 3)
        let replacements = Array("\"\\{}[]:,0 \u{1}é".utf8)
        for _ in 0..<3_000 {
            var damaged = bytes
            damaged[Int(random.next() % UInt64(bytes.count))] = replacements[Int(random.next() % UInt64(replacements.count))]
            expectAgreement(damaged)
        }
    }
}
