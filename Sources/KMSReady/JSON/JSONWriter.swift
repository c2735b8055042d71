/// Serialises a `JSONValue` deterministically: members in their stored order, two-space indentation
/// (arrays of numbers, booleans and nulls on one line),
/// `/` and non-ASCII characters left as they are, and a trailing newline after the document.
/// Text is built as UTF-8 bytes; a string with nothing to escape is copied whole.
public enum JSONWriter {
    /// The document as pretty-printed UTF-8 text ending in a newline.
    public static func pretty(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(value, indent: 0, pretty: true, into: &out)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// The document on one line, without a trailing newline (for JSON lines and embedding).
    public static func compact(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        write(value, indent: 0, pretty: false, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ value: JSONValue, indent: Int, pretty: Bool, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d): out.append(contentsOf: (d.isFinite ? "\(d)" : "null").utf8)
        case .string(let s): writeString(s, into: &out)
        case .array(let elements):
            if elements.isEmpty { out.append(contentsOf: "[]".utf8); return }
            if pretty && elements.allSatisfy(\.isNumberOrLiteral) {
                // Rows of numbers (histograms) stay on one line.
                out.append(UInt8(ascii: "["))
                for (i, element) in elements.enumerated() {
                    if i > 0 { out.append(contentsOf: ", ".utf8) }
                    write(element, indent: 0, pretty: false, into: &out)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1, pretty: pretty, into: &out)
                write(element, indent: indent + 1, pretty: pretty, into: &out)
            }
            newline(indent, pretty: pretty, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (i, member) in object.members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1, pretty: pretty, into: &out)
                writeString(member.name, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                write(member.value, indent: indent + 1, pretty: pretty, into: &out)
            }
            newline(indent, pretty: pretty, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ indent: Int, pretty: Bool, into out: inout [UInt8]) {
        guard pretty else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    /// Writes a JSON string literal with the minimal escapes RFC 8259 requires (and DEL as `\u007F`).
    static func writeString(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            guard JSONByteWriter.needsEscape(utf8) else { return out.append(contentsOf: utf8) }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                case 0x08: out.append(contentsOf: "\\b".utf8)
                case 0x0C: out.append(contentsOf: "\\f".utf8)
                case 0x00...0x1F, 0x7F:
                    let hex = Array("0123456789ABCDEF".utf8)
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0xF)])
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
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
