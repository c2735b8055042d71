/// Serialises a `JSONValue` deterministically: members in their stored order, two-space indentation
/// (arrays of numbers, booleans and nulls on one line),
/// `/` and non-ASCII characters left as they are, and a trailing newline after the document.
public enum JSONWriter {
    /// The document as pretty-printed UTF-8 text ending in a newline.
    public static func pretty(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, pretty: true, into: &out)
        out += "\n"
        return out
    }

    /// The document on one line, without a trailing newline (for JSON lines and embedding).
    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, pretty: false, into: &out)
        return out
    }

    /// The pretty document of `head` with one more member, `name`, an array of `elements` rendered by
    /// `render` — the same text as `pretty` on the whole object, but only one element's tree exists at a
    /// time (for documents with a long array last, such as usage summaries).
    public static func pretty<Element>(_ head: JSONObject, lastMember name: String, elements: [Element],
                                       render: (Element) -> JSONValue) -> String {
        var out = "{"
        for member in head.members {
            writeMember(member.name, member.value, indent: 1, into: &out)
            out += ","
        }
        newline(1, pretty: true, into: &out)
        writeString(name, into: &out)
        out += ": "
        if elements.isEmpty {
            out += "[]"
        } else {
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += "," }
                newline(2, pretty: true, into: &out)
                write(render(element), indent: 2, pretty: true, into: &out)
            }
            newline(1, pretty: true, into: &out)
            out += "]"
        }
        newline(0, pretty: true, into: &out)
        out += "}\n"
        return out
    }

    private static func writeMember(_ name: String, _ value: JSONValue, indent: Int, into out: inout String) {
        newline(indent, pretty: true, into: &out)
        writeString(name, into: &out)
        out += ": "
        write(value, indent: indent, pretty: true, into: &out)
    }

    private static func write(_ value: JSONValue, indent: Int, pretty: Bool, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += d.isFinite ? "\(d)" : "null"
        case .string(let s): writeString(s, into: &out)
        case .array(let elements):
            if elements.isEmpty { out += "[]"; return }
            if pretty && elements.allSatisfy(\.isNumberOrLiteral) {
                // Rows of numbers (histograms) stay on one line.
                out += "[" + elements.map { compact($0) }.joined(separator: ", ") + "]"
                return
            }
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += "," }
                newline(indent + 1, pretty: pretty, into: &out)
                write(element, indent: indent + 1, pretty: pretty, into: &out)
            }
            newline(indent, pretty: pretty, into: &out)
            out += "]"
        case .object(let object):
            if object.members.isEmpty { out += "{}"; return }
            out += "{"
            for (i, member) in object.members.enumerated() {
                if i > 0 { out += "," }
                newline(indent + 1, pretty: pretty, into: &out)
                writeString(member.name, into: &out)
                out += pretty ? ": " : ":"
                write(member.value, indent: indent + 1, pretty: pretty, into: &out)
            }
            newline(indent, pretty: pretty, into: &out)
            out += "}"
        }
    }

    private static func newline(_ indent: Int, pretty: Bool, into out: inout String) {
        guard pretty else { return }
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    /// Writes a JSON string literal with the minimal escapes RFC 8259 requires.
    static func writeString(_ string: String, into out: inout String) {
        out += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

private extension JSONValue {
    var isNumberOrLiteral: Bool {
        switch self {
        case .int, .double, .bool, .null: return true
        case .string, .array, .object: return false
        }
    }
}
