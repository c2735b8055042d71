/// One token of a source file: a name, a string literal's text, a number or a punctuation character,
/// with where it starts. Comments are dropped, so nothing inside one is ever read as code.
public struct SourceToken: Equatable, Sendable {
    /// What kind of token.
    public enum Kind: Equatable, Sendable {
        case name, string, number, punctuation
    }

    public let kind: Kind
    /// The name, the number, the punctuation character, or the string's content (escapes left as written).
    public let text: String
    /// 1-based line and column (in bytes) of the token's first byte.
    public let line: Int
    public let column: Int
}

/// Splits source text into tokens in one pass over its bytes, per the language's comments and strings.
enum SourceTokenizer {
    static func tokens(_ bytes: [UInt8], language: SourceLanguage) -> [SourceToken] {
        var tokens: [SourceToken] = []
        tokens.reserveCapacity(bytes.count / 6)
        var index = 0, line = 1, lineStart = 0
        let count = bytes.count
        @inline(__always) func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte == 0x24 || byte >= 0x80
        }
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        while index < count {
            let byte = bytes[index]
            let column = index - lineStart + 1
            switch byte {
            case 0x0A:
                line += 1
                index += 1
                lineStart = index
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x3A where language == .config, 0x3D where language == .config:
                // `key: value`, `key=value`: the rest of the line is the value, quoted or not.
                tokens.append(SourceToken(kind: .punctuation, text: String(UnicodeScalar(byte)), line: line, column: column))
                index += 1
                while index < count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
                var end = index
                while end < count, bytes[end] != 0x0A, !(bytes[end] == 0x23 && (end == index || bytes[end - 1] == 0x20)) { end += 1 }
                var valueEnd = end
                while valueEnd > index, bytes[valueEnd - 1] == 0x20 || bytes[valueEnd - 1] == 0x0D { valueEnd -= 1 }
                var valueStart = index
                if valueEnd - valueStart >= 2, bytes[valueStart] == 0x22 || bytes[valueStart] == 0x27, bytes[valueEnd - 1] == bytes[valueStart] {
                    valueStart += 1
                    valueEnd -= 1
                }
                if valueEnd > valueStart, ![0x7B, 0x5B, 0x7C, 0x3E].contains(bytes[valueStart]) {
                    tokens.append(SourceToken(kind: .string, text: text(valueStart..<valueEnd), line: line, column: valueStart - lineStart + 1))
                    index = end
                }
            case 0x23 where language.hashComments:
                while index < count, bytes[index] != 0x0A { index += 1 }
            case 0x2F where language.slashComments && index + 1 < count && bytes[index + 1] == 0x2F:
                while index < count, bytes[index] != 0x0A { index += 1 }
            case 0x2F where language.slashComments && index + 1 < count && bytes[index + 1] == 0x2A:
                index += 2
                while index < count, !(bytes[index] == 0x2A && index + 1 < count && bytes[index + 1] == 0x2F) {
                    if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
                    index += 1
                }
                index = min(count, index + 2)
            case 0x22, 0x27, 0x60:
                if byte == 0x60 && !language.backquoteStrings {
                    tokens.append(SourceToken(kind: .punctuation, text: "`", line: line, column: column))
                    index += 1
                    continue
                }
                let startLine = line
                let triple = language.tripleQuoteStrings && index + 2 < count && bytes[index + 1] == byte && bytes[index + 2] == byte
                let quote = triple ? 3 : 1
                index += quote
                let start = index
                var end = index
                while index < count {
                    let current = bytes[index]
                    if current == 0x5C && byte != 0x60 { index += 2; continue }
                    if current == 0x0A {
                        // Only triple-quoted and backquoted strings span lines; a line break ends any other.
                        if !triple && byte != 0x60 { break }
                        line += 1
                        lineStart = index + 1
                    }
                    if current == byte && (!triple || (index + 2 < count && bytes[index + 1] == byte && bytes[index + 2] == byte)) {
                        end = index
                        index += quote
                        break
                    }
                    index += 1
                    end = index
                }
                tokens.append(SourceToken(kind: .string, text: text(start..<min(end, count)), line: startLine, column: column))
            case _ where isNameByte(byte):
                let start = index
                while index < count, isNameByte(bytes[index]) { index += 1 }
                let isNumber = byte >= 0x30 && byte <= 0x39
                tokens.append(SourceToken(kind: isNumber ? .number : .name, text: text(start..<index), line: line, column: column))
            default:
                tokens.append(SourceToken(kind: .punctuation, text: String(UnicodeScalar(byte)), line: line, column: column))
                index += 1
            }
        }
        return tokens
    }
}
