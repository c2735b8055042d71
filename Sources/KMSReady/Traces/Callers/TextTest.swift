/// A case-insensitive test of a text — equal to, starting with, ending with or containing given
/// texts, all that are set must hold — on the text's bytes, with no regular expression (ASCII letters
/// fold; other bytes compare as they are).
struct TextTest: Sendable, Equatable {
    var equals: [UInt8]?
    var prefix: [UInt8]?
    var suffix: [UInt8]?
    var contains: [UInt8]?

    init(equals: String? = nil, prefix: String? = nil, suffix: String? = nil, contains: String? = nil) {
        self.equals = equals.map(Self.folded)
        self.prefix = prefix.map(Self.folded)
        self.suffix = suffix.map(Self.folded)
        self.contains = contains.map(Self.folded)
    }

    /// Whether no test is set.
    var isEmpty: Bool { equals == nil && prefix == nil && suffix == nil && contains == nil }

    /// Whether every set test holds for `text`.
    func holds<Text: Collection<UInt8>>(for text: Text) -> Bool where Text.Index == Int {
        if let equals, !(text.count == equals.count && Self.matches(text, at: text.startIndex, equals)) { return false }
        if let prefix, !(text.count >= prefix.count && Self.matches(text, at: text.startIndex, prefix)) { return false }
        if let suffix, !(text.count >= suffix.count && Self.matches(text, at: text.endIndex - suffix.count, suffix)) { return false }
        if let contains {
            guard text.count >= contains.count else { return false }
            return (text.startIndex ... text.endIndex - contains.count).contains { Self.matches(text, at: $0, contains) }
        }
        return true
    }

    /// Whether `text` holds the folded `part` at `start`.
    private static func matches<Text: Collection<UInt8>>(_ text: Text, at start: Int, _ part: [UInt8]) -> Bool where Text.Index == Int {
        for offset in part.indices where fold(text[start + offset]) != part[offset] { return false }
        return true
    }

    static func folded(_ text: String) -> [UInt8] { text.utf8.map(fold) }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}

extension TextTest {
    /// `userIdentity.type` of an assumed role, in any case.
    static let assumedRole = TextTest(equals: "assumed-role")
    static let rootAccount = TextTest(equals: "root-account")

    /// Whether every set test holds for the UTF-8 of `string`.
    func holds(for string: String) -> Bool {
        var string = string
        return string.withUTF8 { holds(for: $0) }
    }
}
