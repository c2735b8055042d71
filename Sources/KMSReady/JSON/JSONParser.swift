/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// It reports the line and column of the first error, bounds nesting depth so that hostile input cannot
/// exhaust the stack, decodes every string escape including `\uXXXX` surrogate pairs, and keeps object
/// members in document order. How it treats what RFC 8259 leaves open — invalid UTF-8, a repeated member
/// name, the memory a document may take — is set by ``Options``: a document kmsready reads whole is
/// refused for any of them, a trace record is read as the services write it. See <doc:HostileInput>.
public struct JSONParser {
    /// Deeper nesting than this is rejected rather than recursed into.
    public static let maximumDepth = 256

    /// What the parser accepts beyond the grammar.
    public struct Options: Sendable {
        /// Invalid UTF-8, and `\u` escapes of half a surrogate pair, are errors; otherwise they become
        /// U+FFFD, as a `String` repairs them. A number beyond a double's range is an error too (in a
        /// trace record it is infinite).
        public var strictUTF8: Bool
        /// A member name repeated in an object is an error; otherwise the last one wins on lookup.
        public var uniqueNames: Bool
        /// The document is refused as soon as the values built so far would take more than this many times
        /// the bytes read so far (plus ``memorySlack``): a bound on memory that holds whatever the text.
        public var memoryRatio: Int

        /// A document read whole (inventory responses, rules, summaries, waivers, maps, baselines):
        /// strict, with values taking at most 8 times the text.
        public static let document = Options(strictUTF8: true, uniqueNames: true, memoryRatio: 8)
        /// One trace record: lenient, as the reference fold has always read them, and as the fast path does.
        public static let record = Options(strictUTF8: false, uniqueNames: false, memoryRatio: 8)
        /// Text kmsready wrote itself (a summary made pretty): not bounded beyond the nesting depth.
        static let own = Options(strictUTF8: false, uniqueNames: false, memoryRatio: 1 << 20)
    }

    /// The memory any document may take whatever its size, so that small documents of dense values
    /// (arrays of numbers take 24 bytes a number) are never refused.
    public static let memorySlack = 1 << 20

    /// Parses one JSON document; only whitespace may follow it.
    public static func parse(_ bytes: [UInt8], options: Options = .document) throws(JSONSyntaxError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONValue in
            try parse(UnsafeRawBufferPointer(buffer), options: options)
        }
    }

    /// Parses one JSON document held in raw memory; only whitespace may follow it.
    public static func parse(_ bytes: UnsafeRawBufferPointer, options: Options = .document) throws(JSONSyntaxError) -> JSONValue {
        var parser = Cursor(bytes: bytes, options: options)
        parser.skipWhitespace()
        if parser.atEnd { throw parser.error("the input is empty") }
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if !parser.atEnd { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    /// Decodes one JSON string literal (quotes included) exactly as a record's parse would; `nil` when
    /// `bytes` are not exactly one valid string literal.
    public static func decodeStringLiteral(_ bytes: UnsafeRawBufferPointer) -> String? {
        var parser = Cursor(bytes: bytes, options: .record)
        guard bytes.first == UInt8(ascii: "\""), let text = try? parser.parseString(), parser.atEnd else { return nil }
        return text
    }

    /// Decodes one JSON string literal (quotes included) into `scratch` as the UTF-8 bytes of the string
    /// `decodeStringLiteral` gives (invalid UTF-8 repaired the same way); `false` when `bytes` are not
    /// exactly one valid string literal. `scratch` keeps its capacity from call to call.
    static func decodeStringLiteral(_ bytes: UnsafeRawBufferPointer, into scratch: inout [UInt8]) -> Bool {
        var parser = Cursor(bytes: bytes, options: .record)
        scratch.removeAll(keepingCapacity: true)
        guard bytes.first == UInt8(ascii: "\""), (try? parser.parseStringBytes(into: &scratch)) != nil, parser.atEnd else { return false }
        if scratch.contains(where: { $0 >= 0x80 }) {
            // Not ASCII: repaired exactly as a String would be.
            let text = String(decoding: scratch, as: UTF8.self)
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: text.utf8)
        }
        return true
    }

    /// The bytes the memory budget reckons a value takes in a container: an array element, an object
    /// member (name and value), a container's own allocation, a string's beyond the 15 bytes kept inline.
    private enum Cost {
        static let element = 36
        static let member = 60
        static let container = 64
        static let stringHeader = 32
    }

    /// A read position in a document, parsing values at it (also for `JSONPullReader`).
    struct Cursor {
        let bytes: UnsafeRawBufferPointer
        let options: Options
        var index = 0
        /// The bytes the values built since `start` are reckoned to take.
        var reckoned = 0
        /// Where the value whose memory is reckoned began.
        var start = 0

        init(bytes: UnsafeRawBufferPointer, options: Options) {
            self.bytes = bytes
            self.options = options
        }

        var atEnd: Bool { index >= bytes.count }

        func error(_ message: String) -> JSONSyntaxError {
            let (line, column) = TextPosition.lineAndColumn(of: min(index, bytes.count), in: bytes)
            return JSONSyntaxError(message: message, line: line, column: column)
        }

        /// Adds `cost` to the memory reckoned and refuses the document when it passes its bound.
        mutating func reckon(_ cost: Int) throws(JSONSyntaxError) {
            reckoned += cost
            if reckoned > options.memoryRatio * (index - start) + JSONParser.memorySlack {
                throw error("the values read so far would take more than \(options.memoryRatio) times the text's size in memory")
            }
        }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A, 0x0D, 0x09: index += 1
                default: return
                }
            }
        }

        mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            guard depth < JSONParser.maximumDepth else { throw error("nesting deeper than \(JSONParser.maximumDepth) levels") }
            guard index < bytes.count else { throw error("unexpected end of input, expected a value") }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try parseObject(depth: depth)
            case UInt8(ascii: "["): return try parseArray(depth: depth)
            case UInt8(ascii: "\""):
                let text = try parseString()
                if text.utf8.count > 15 { try reckon(Cost.stringHeader + text.utf8.count) }
                return .string(text)
            case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
            case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
            case UInt8(ascii: "n"): try expectLiteral("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
            default: throw error("unexpected character '\(printable(bytes[index]))', expected a value")
            }
        }

        mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
            let count = literal.utf8CodeUnitCount
            let start = literal.utf8Start
            for offset in 0..<count {
                guard index + offset < bytes.count, bytes[index + offset] == start[offset] else {
                    index += offset
                    throw error("invalid literal, expected '\(literal)'")
                }
            }
            index += count
        }

        mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            index += 1
            try reckon(Cost.container)
            var object = JSONObject()
            var names = Set<String>()
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
            while true {
                skipWhitespace()
                guard index < bytes.count else { throw error("unexpected end of input inside an object") }
                guard bytes[index] == UInt8(ascii: "\"") else { throw error("expected a member name in double quotes") }
                let nameStart = index
                let name = try parseString()
                try reckon(Cost.member + (name.utf8.count > 15 ? Cost.stringHeader + name.utf8.count : 0))
                if options.uniqueNames && isRepeated(name, in: object, names: &names) {
                    index = nameStart
                    throw error("the member name \"\(name.prefix(64))\" appears twice in one object")
                }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after a member name") }
                index += 1
                skipWhitespace()
                object.append(name, try parseValue(depth: depth + 1))
                skipWhitespace()
                guard index < bytes.count else { throw error("unexpected end of input inside an object") }
                switch bytes[index] {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "}"): index += 1; return .object(object)
                default: throw error("expected ',' or '}' after an object member")
                }
            }
        }

        /// Whether `name` is among the members of `object`: looked for in the members while they are few,
        /// then in `names`, filled once, so that an object of many members is checked in linear time.
        func isRepeated(_ name: String, in object: JSONObject, names: inout Set<String>) -> Bool {
            let members = object.members
            if members.count < 16 { return members.contains { $0.name == name } }
            if names.isEmpty { names = Set(members.map(\.name)) }
            return !names.insert(name).inserted
        }

        mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            index += 1
            try reckon(Cost.container)
            var elements: [JSONValue] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            while true {
                skipWhitespace()
                try reckon(Cost.element)
                elements.append(try parseValue(depth: depth + 1))
                skipWhitespace()
                guard index < bytes.count else { throw error("unexpected end of input inside an array") }
                switch bytes[index] {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "]"): index += 1; return .array(elements)
                default: throw error("expected ',' or ']' after an array element")
                }
            }
        }

        mutating func parseString() throws(JSONSyntaxError) -> String {
            index += 1
            let start = index
            var ascii = true
            // Fast path: no escapes.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<index])
                    let text = try ascii ? String(decoding: raw, as: UTF8.self) : text(of: raw, at: start - 1)
                    index += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { throw error("control character in a string") }
                if byte >= 0x80 { ascii = false }
                index += 1
            }
            index = start - 1
            var scratch: [UInt8] = []
            try parseStringBytes(into: &scratch)
            return try text(of: scratch, at: start - 1)
        }

        /// The string of `raw`, decoded bytes of the literal at `literalStart`: invalid UTF-8 is an error
        /// there under `strictUTF8`, and repaired otherwise.
        mutating func text(of raw: some Collection<UInt8>, at literalStart: Int) throws(JSONSyntaxError) -> String {
            guard options.strictUTF8 else { return String(decoding: raw, as: UTF8.self) }
            guard let text = String(validating: raw, as: UTF8.self) else {
                index = literalStart
                throw error("a string that is not valid UTF-8")
            }
            return text
        }

        /// Appends the bytes of the string at `index` (its opening quote), escapes decoded, to `scratch`:
        /// runs without escapes are copied whole, found eight bytes at a time.
        mutating func parseStringBytes(into scratch: inout [UInt8]) throws(JSONSyntaxError) {
            index += 1
            guard let base = bytes.baseAddress else { throw error("unterminated string") }
            while true {
                let run = index
                index = skipPlainStringWords(base, from: index, end: bytes.count)
                while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20 {
                    index += 1
                }
                scratch.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[run..<index]))
                guard index < bytes.count else { throw error("unterminated string") }
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    index += 1
                    return
                case UInt8(ascii: "\\"):
                    index += 1
                    try decodeEscape(into: &scratch)
                default:
                    throw error("control character in a string")
                }
            }
        }

        mutating func decodeEscape(into scratch: inout [UInt8]) throws(JSONSyntaxError) {
            guard index < bytes.count else { throw error("unterminated escape sequence") }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): scratch.append(0x22)
            case UInt8(ascii: "\\"): scratch.append(0x5C)
            case UInt8(ascii: "/"): scratch.append(0x2F)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                let scalar = try decodeUnicodeEscape()
                scratch.append(contentsOf: UTF8.encode(scalar)!)
            default:
                index -= 1
                throw error("invalid escape '\\\(printable(byte))' in a string")
            }
        }

        /// Decodes the hex digits after `\u`, joining a surrogate pair when one follows.
        mutating func decodeUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
            let first = try readHex4()
            if (0xD800...0xDBFF).contains(first) {
                if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                    let save = index
                    index += 2
                    let second = try readHex4()
                    if (0xDC00...0xDFFF).contains(second) {
                        let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                        return Unicode.Scalar(value) ?? "\u{FFFD}"
                    }
                    index = save
                }
                return try loneSurrogate()
            }
            guard let scalar = Unicode.Scalar(first) else { return try loneSurrogate() }
            return scalar
        }

        /// A `\\u` escape of half a surrogate pair: an error under `strictUTF8`, U+FFFD otherwise.
        func loneSurrogate() throws(JSONSyntaxError) -> Unicode.Scalar {
            if options.strictUTF8 { throw error("a \\u escape of half a surrogate pair, which is no character") }
            return "\u{FFFD}"
        }

        mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard index < bytes.count, let digit = hexValue(bytes[index]) else {
                    throw error("invalid \\u escape: expected four hex digits")
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }

        mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number: expected a digit") }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
                if index < bytes.count, isDigit(bytes[index]) { throw error("invalid number: leading zero") }
            } else {
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            var integral = true
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                integral = false
                index += 1
                guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number: expected a digit after '.'") }
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                integral = false
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number: expected an exponent") }
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            if integral, let value = Int(text) { return .int(value) }
            guard let value = Double(text) else { throw error("invalid number") }
            if options.strictUTF8 && !value.isFinite {
                index = start
                throw error("a number beyond the range of a double")
            }
            return .double(value)
        }
    }
}

@inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

@inline(__always) func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: return byte - 0x30
    case 0x41...0x46: return byte - 0x41 + 10
    case 0x61...0x66: return byte - 0x61 + 10
    default: return nil
    }
}

/// A byte shown in an error message: printable ASCII as itself, anything else as a hex code.
func printable(_ byte: UInt8) -> String {
    if (0x21...0x7E).contains(byte) { return String(UnicodeScalar(byte)) }
    let hex = String(byte, radix: 16, uppercase: true)
    return "0x" + (hex.count == 1 ? "0" + hex : hex)
}
