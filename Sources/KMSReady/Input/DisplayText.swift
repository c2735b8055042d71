/// Text from inputs made safe to show a person: control characters — a line break inside an error that
/// must stay one line, an escape sequence that a terminal would run — are written as visible escapes
/// (`\n`, `\t`, `\r`, `\x1B`), so what is shown is what the input holds, and nothing else.
public enum DisplayText {
    /// `text` with every C0 and C1 control character and DEL escaped; with `keepingLayout`, line breaks
    /// and tabs stay (a Markdown or text document's own), and only the others are escaped.
    public static func escaped(_ text: String, keepingLayout: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !(keepingLayout && ($0 == "\n" || $0 == "\t")) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar), !(keepingLayout && (scalar == "\n" || scalar == "\t")) else {
                out.append(scalar)
                continue
            }
            let escape: String
            switch scalar {
            case "\n": escape = "\\n"
            case "\t": escape = "\\t"
            case "\r": escape = "\\r"
            default: escape = "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
            }
            out.append(contentsOf: escape.unicodeScalars)
        }
        return String(out)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
