import Testing
@testable import KMSReady

@Suite struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    /// A string literal decoded into bytes (the SLS fast path) gives exactly the String the parser gives:
    /// every escape, surrogate pairs and lone halves, invalid UTF-8 repaired, runs longer than eight
    /// bytes around escapes; and refuses what the parser refuses.
    @Test func stringLiteralsDecodeToTheSameBytesAsStrings() {
        let literals: [[UInt8]] = [
            Array(#""plain text longer than eight bytes""#.utf8),
            Array(#""a\"b\\c\/d\b\f\n\r\t e""#.utf8),
            Array(#""{\"eventName\":\"Decrypt\",\"requestParameters\":{\"KeyId\":\"k\"}} and more text after""#.utf8),
            Array(#""\u00e9\u4e2d\ud83d\ude00 \ud83d alone \ude00 alone \u0000 nul""#.utf8),
            Array("\"ünïcödé 中文 😀\"".utf8),
            [0x22, 0x61, 0xFF, 0xFE, 0x62, 0x5C, 0x6E, 0xC3, 0x22],
            Array(#""""#.utf8),
        ]
        for literal in literals {
            let expected = literal.withUnsafeBytes { JSONParser.decodeStringLiteral($0) }
            var scratch: [UInt8] = [9, 9, 9]
            let decoded = literal.withUnsafeBytes { JSONParser.decodeStringLiteral($0, into: &scratch) }
            #expect(decoded && expected != nil)
            #expect(scratch == Array(expected!.utf8), "\(literal)")
        }
        for bad in [#""unterminated"#, #""bad \x escape""#, "\"control \u{01} char\"", #""trailing" x"#, #""\u12""#] {
            var scratch: [UInt8] = []
            let bytes = Array(bad.utf8)
            #expect(!bytes.withUnsafeBytes { JSONParser.decodeStringLiteral($0, into: &scratch) })
            #expect(bytes.withUnsafeBytes { JSONParser.decodeStringLiteral($0) } == nil)
        }
    }

    @Test func parsesEveryValueKind() throws {
        let value = try parse(#" { "a": [1, -2.5e3, true, false, null, "x"], "b": {} , "c": 0 } "#)
        let object = try #require(value.objectValue)
        #expect(object.names == ["a", "b", "c"])
        #expect(object["a"] == .array([.int(1), .double(-2500), .bool(true), .bool(false), .null, .string("x")]))
        #expect(object["b"] == .object(JSONObject()))
        #expect(object["c"] == .int(0))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try parse(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{08}\u{0C}\n\r\t"))
        #expect(try parse(#""\u00e9\u4e2d""#) == .string("é中"))
        #expect(try parse(#""\ud83d\ude00!""#) == .string("😀!"))
        #expect(try parse("\"caf\u{e9} raw utf8\"") == .string("café raw utf8"))
        // A lone surrogate cannot be a scalar: in a trace record it becomes U+FFFD rather than failing the
        // event; in a document it is an error, as it could make two key ids one.
        #expect(try JSONParser.parse(Array(#""\ud83dx""#.utf8), options: .record) == .string("\u{FFFD}x"))
        #expect(try JSONParser.parse(Array(#""\udc00""#.utf8), options: .record) == .string("\u{FFFD}"))
        #expect(throws: JSONSyntaxError(message: "a \\u escape of half a surrogate pair, which is no character", line: 1, column: 8)) { try parse(#""\ud83dx""#) }
    }

    /// Regression (issue 35, defect 8): invalid UTF-8 was replaced by U+FFFD, so `key-\xFF` and `key-\xFE`
    /// became one key; a repeated member was taken last-wins without a word.
    @Test func documentsRefuseInvalidUTF8AndRepeatedNames() throws {
        let invalid: [UInt8] = Array(#"{"KeyId": "key-"#.utf8) + [0xFF] + Array(#"", "x": 1}"#.utf8)
        #expect(throws: JSONSyntaxError(message: "a string that is not valid UTF-8", line: 1, column: 11)) { try JSONParser.parse(invalid) }
        #expect(try JSONParser.parse(invalid, options: .record).objectValue?["KeyId"] == .string("key-\u{FFFD}"))
        let escaped: [UInt8] = Array(#"["a\n"#.utf8) + [0xC3] + Array(#""]"#.utf8)
        #expect(throws: JSONSyntaxError(message: "a string that is not valid UTF-8", line: 1, column: 2)) { try JSONParser.parse(escaped) }
        #expect(throws: JSONSyntaxError(message: "the member name \"KeyId\" appears twice in one object", line: 1, column: 24)) {
            try parse(#"{"KeyId": "a", "b": 1, "KeyId": "c"}"#)
        }
        // Many members: checked through a set, not member by member.
        let many = "{" + (0..<50_000).map { "\"m\($0)\": 0" }.joined(separator: ",") + ", \"m7\": 1}"
        #expect(throws: JSONSyntaxError.self) { try parse(many) }
        #expect(try JSONParser.parse(Array(#"{"a": 1, "a": 2}"#.utf8), options: .record).objectValue?["a"] == .int(2))
    }

    /// Regression (issue 35, defect 2): a document's values may take at most 8 times its text (plus
    /// 1 MiB): nested one-element arrays take some 30 times theirs, and are refused early.
    @Test func documentsWhoseValuesWouldTakeTooMuchMemoryAreRefused() throws {
        let dense = "[" + Array(repeating: "[[0]]", count: 400_000).joined(separator: ",") + "]"
        let error = try #require(#expect(throws: JSONSyntaxError.self) { try parse(dense) })
        #expect(error.message == "the values read so far would take more than 8 times the text's size in memory")
        #expect(error.column < 200_000, "refused after \(error.column) bytes")
        // Text of ordinary shape is far from the bound.
        let keys = "{\"Keys\": {\"Key\": [" + (0..<20_000).map { #"{"KeyId": "key-hzz6\#($0)f1cb66fa42qo9o3b", "KeyArn": "acs:kms:cn-hangzhou:1540355698845812:key/key-hzz6\#($0)"}"# }.joined(separator: ",") + "]}}"
        #expect(try parse(keys).objectValue != nil)
    }

    @Test(arguments: [
        ("", "the input is empty", 1, 1),
        ("{\"a\": 1,\n \"b\" 2}", "expected ':' after a member name", 2, 6),
        ("[1, 2", "unexpected end of input inside an array", 1, 6),
        ("{\"a\": tru}", "invalid literal, expected 'true'", 1, 10),
        ("\"abc", "unterminated string", 1, 5),
        ("01", "invalid number: leading zero", 1, 2),
        ("[1] x", "unexpected text after the JSON value", 1, 5),
        ("\"a\u{01}\"", "control character in a string", 1, 3),
        ("\"\\x\"", "invalid escape '\\x' in a string", 1, 3),
        ("\"\\u12G4\"", "invalid \\u escape: expected four hex digits", 1, 6),
    ])
    func reportsTheFirstErrorWithItsPlace(_ input: String, _ message: String, _ line: Int, _ column: Int) {
        #expect(throws: JSONSyntaxError(message: message, line: line, column: column)) { try parse(input) }
    }

    @Test func refusesHostileNestingWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try parse(deep) }
    }

    @Test func writerRoundTripsAndEscapesMinimally() throws {
        let value = JSONValue.object(JSONObject([
            ("z", .string("line\nbreak \"quoted\" \\ / é \u{01}")), ("a", .array([.int(1), .double(0.5), .null, .bool(true)])),
            ("empty", .object(JSONObject())), ("list", .array([])),
        ]))
        let pretty = JSONWriter.pretty(value)
        #expect(pretty.hasSuffix("}\n"))
        #expect(pretty.contains(#""line\nbreak \"quoted\" \\ / é \u0001""#))
        #expect(try parse(pretty) == value)
        #expect(try parse(JSONWriter.compact(value)) == value)
        #expect(JSONWriter.compact(value).hasPrefix(#"{"z":"#), "members keep their order")
    }

    @Test func nodesNameThePathOfShapeErrors() throws {
        let root = JSONNode(root: try parse(#"{"Keys": {"Key": [{"KeyId": "a"}, {"KeyId": 5}]}}"#))
        let keys = try root.requiredMember("Keys").requiredMember("Key").elements()
        #expect(try keys[0].requiredString("KeyId") == "a")
        #expect(throws: JSONShapeError(path: "$.Keys.Key[1].KeyId", message: "expected a string, found a number")) {
            try keys[1].requiredString("KeyId")
        }
        #expect(throws: JSONShapeError(path: "$.Keys.Key[0].Missing", message: "required field is missing")) {
            try keys[0].requiredString("Missing")
        }
    }
}

/// Found by the `json` fuzz target: `3e666` parsed to infinity, which writes back as `null`.
@Suite struct JSONNumberRangeTests {
    @Test func aNumberBeyondADoubleIsAnErrorInADocument() throws {
        #expect(throws: JSONSyntaxError(message: "a number beyond the range of a double", line: 1, column: 2)) { try JSONParser.parse(Array("[3e666]".utf8)) }
        #expect(try JSONParser.parse(Array("[3e666]".utf8), options: .record) == .array([.double(.infinity)]))
        #expect(try JSONParser.parse(Array("1e308".utf8)) == .double(1e308))
    }
}
