/// A format `--output FILE` can name: by the file's extension, or as `FORMAT:FILE`.
public protocol OutputFormat: RawRepresentable where RawValue == String {
    /// The format a file name's extension names.
    init?(fileName: String)
}

extension OutputFormat {
    /// The format and file of an `--output` value: `FORMAT:FILE`, or a file whose extension names the format.
    public static func output(_ text: String) -> (format: Self, file: String)? {
        if let colon = text.firstIndex(of: ":"), let format = Self(rawValue: String(text[..<colon])) {
            let file = String(text[text.index(after: colon)...])
            return file.isEmpty ? nil : (format, file)
        }
        return Self(fileName: text).map { ($0, text) }
    }
}
