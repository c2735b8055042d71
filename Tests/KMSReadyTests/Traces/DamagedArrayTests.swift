import Foundation
import KMSReady
import Testing

/// A damaged element of an array of events is one malformed record, as a damaged line of JSON lines
/// is, wherever the reader can find the next element; only a file it cannot resynchronise is refused.
struct DamagedArrayTests {
    /// An ActionTrail event of key `key-<n>`, on one line.
    static func event(_ number: Int) -> String {
        #"{"eventId":"EV-\#(number)","eventVersion":1,"eventName":"Decrypt","eventSource":"kms.cn-hangzhou.aliyuncs.com","#
            + #""eventTime":"2026-03-02T01:57:36Z","acsRegion":"cn-hangzhou","serviceName":"Kms","sourceIpAddress":"10.0.0.1","#
            + #""userAgent":"AlibabaCloud (linux; amd64) Golang/1.21.5 Core/0.0.1","#
            + #""userIdentity":{"type":"ram-user","accountId":"1540355698845812","userName":"app"},"#
            + #""resources":[{"ResourceName":"key-\#(number)"},{"ResourceType":"ACS::KMS::Key"}],"#
            + #""requestParameters":{"KeyId":"key-\#(number)"},"responseElements":{"KeyId":"key-\#(number)"}}"#
    }

    static let strayQuote = event(2).replacingOccurrences(of: #""Decrypt""#, with: #""Decr"ypt""#)
    static let braceMissing = String(event(2).dropLast())

    @Test(arguments: [
        // Elements one a line, as a trail delivers them.
        ("a stray quote", "[\n\(event(1)),\n\(strayQuote),\n\(event(3))\n]\n", ["key-1", "key-3"], [3]),
        ("a brace missing", "[\n\(event(1)),\n\(braceMissing),\n\(event(3))\n]\n", ["key-1", "key-3"], [3]),
        ("bytes after an element", "[\n\(event(1)) xx,\n\(event(2)),\n\(event(3))\n]\n", ["key-1", "key-2", "key-3"], [2]),
        ("bytes and no comma", "[\n\(event(1)) xx\n\(event(2)),\n\(event(3))\n]\n", ["key-1", "key-2", "key-3"], [2]),
        ("the last element damaged", "[\n\(event(1)),\n\(strayQuote)]\n", ["key-1"], [3]),
        // One line, where nested arrays of objects hold `},{` too.
        ("a brace missing on one line", "[\(event(1)),\(braceMissing),\(event(3))]", ["key-1", "key-3"], [1]),
        ("a stray quote on one line", "[\(event(1)),\(strayQuote),\(event(3))]\n", ["key-1", "key-3"], [1]),
        ("two elements run together", "[\(event(1)) \(event(2))]", ["key-1", "key-2"], []),
        // A LookupEvents page, pretty-printed around its events.
        ("a damaged event of a page", "{\n\"RequestId\": \"R\",\n\"Events\": [\n\(event(1)),\n\(strayQuote),\n\(event(3))\n],\n\"NextToken\": \"t\"\n}\n",
         ["key-1", "key-3"], [5]),
        // The last event of a page damaged, the page's own members after it: read on to the page's end.
        ("the last event of a page damaged", "{\n\"RequestId\": \"R\", \"Events\": [\(event(1)),\(strayQuote)], \"NextToken\": \"t\"\n}\n[\(event(3))]\n",
         ["key-1", "key-3"], [2]),
        ("a brace missing in the last event of a page", "{\n\"Events\": [\(event(1)),\(braceMissing)],\n\"NextToken\": \"t\"}\n{\"Events\": [\(event(3))]}",
         ["key-1", "key-3"], [2]),
    ])
    func aDamagedElementIsOneMalformedRecord(_ name: String, _ text: String, _ keys: [String], _ lines: [Int]) throws {
        let summary = try summarize([temporaryFile("damaged.json", text)])
        #expect(summary.keys.keys.map(\.text).sorted() == keys, "\(name)")
        #expect(summary.counters.malformedRecords == lines.count, "\(name)")
        #expect(summary.malformedSamples.map(\.line) == lines, "\(name)")
    }

    @Test(arguments: [
        ("an element cut off", "[\n\(event(1)),\n\(event(2).prefix(60))", "cut.json: line 3: unexpected end of file inside a string"),
        ("the file ends after a comma", "[\n\(event(1)),\n", "cut.json: line 3: unexpected end of file, expected a value"),
        ("a page cut off", "{\n\"Events\": [\n\(event(1)),\n\(event(2).prefix(60))", "cut.json: line 4: unexpected end of file inside a string"),
    ])
    func anArrayWithNoWayBackIsRefused(_ name: String, _ text: String, _ message: String) {
        #expect(thrownText { _ = try summarize([temporaryFile("cut.json", text)]) } == message, "\(name)")
    }

    @Test func candidatesThatEachReadFarAreBoundedNotQuadratic() {
        // After the damage, every `}{` could start an element, and each one's trial reads on past all the
        // others (each opens an object it never closes, around a long array).
        let unit = #"}{"a":["# + String(repeating: "1,", count: 128 << 10) + #"1],"b":{"#
        let text = "[" + Self.strayQuote + "," + String(repeating: unit, count: 80) + "]"
        #expect(thrownText { _ = try summarize([temporaryFile("far.json", text)]) }
                == "far.json: line 1: a damaged array element with no element found after it in 16 MiB of trials: the array is broken beyond reading")
    }

    /// Found by the fuzzer: the first element on the bracket's line, a damaged one on the next. Whether
    /// a boundary is taken may depend only on the bytes after it, or a part of a split array that starts
    /// there reads differently from the whole.
    @Test func aSplitArrayReadsAsTheWholeWhereverItIsCut() throws {
        let text = "[" + Self.event(1) + ",\n" + Self.strayQuote + ",\n" + Self.event(3) + ",\n" + Self.braceMissing + ",\n" + Self.event(5) + "]\n"
        let file = temporaryFile("cut.json", text)
        let whole = try TraceReader.summarize([file], classifier: defaultClassifier(), jobs: 1)
        #expect(whole.keys.keys.map(\.text).sorted() == ["key-1", "key-3", "key-5"])
        #expect(whole.counters.malformedRecords == 2)
        for split in [1, 200, 700, 1_500] {
            #expect(try TraceReader.summarize([file], classifier: defaultClassifier(), jobs: 2, minimumSplitBytes: split) == whole, "\(split)")
        }
    }

    @Test func aSplitArrayCountsTheDamageAsAWholeReadingDoes() throws {
        var elements: [String] = []
        for number in 1...3000 { elements.append(number % 97 == 0 ? Self.event(number).replacingOccurrences(of: "Decrypt", with: "Dec\"rypt") : Self.event(number)) }
        let file = temporaryFile("large.json", "[\n" + elements.joined(separator: ",\n") + "\n]\n")
        let whole = try TraceReader.summarize([file], classifier: defaultClassifier(), jobs: 1)
        #expect(whole.counters.malformedRecords == 30)
        #expect(whole.counters.kmsEvents == 2970)
        for jobs in [2, 4] {
            #expect(try TraceReader.summarize([file], classifier: defaultClassifier(), jobs: jobs, minimumSplitBytes: 50_000) == whole)
        }
    }
}
