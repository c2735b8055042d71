/// The canonical text of a UUID — 32 hex digits in groups of 8-4-4-4-12 joined by dashes, the form of
/// ActionTrail's event ids — read into its 128 bits and written back, eight digits at a time in a
/// 64-bit word (a word's first character in its top byte).
enum UUIDText {
    /// The length of the text.
    static let length = 36

    /// The UUID `text` spells, as its high and low 64 bits, and whether its letters are uppercase (so
    /// too when it has none); `nil` unless `text` is 36 bytes, dashes where they belong and hex digits
    /// elsewhere, with letters of one case.
    static func parse(_ text: UnsafeBufferPointer<UInt8>) -> (high: UInt64, low: UInt64, uppercase: Bool)? {
        guard text.count == length, let start = text.baseAddress,
              start[8] == dash, start[13] == dash, start[18] == dash, start[23] == dash else { return nil }
        let raw = UnsafeRawPointer(start)
        func eight(_ offset: Int) -> UInt64 { UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        func fourAndFour(_ first: Int, _ second: Int) -> UInt64 {
            UInt64(UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: first, as: UInt32.self))) << 32
                | UInt64(UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: second, as: UInt32.self)))
        }
        var letters = Letters()
        guard let first = value(ofDigits: eight(0), &letters), let second = value(ofDigits: fourAndFour(9, 14), &letters),
              let third = value(ofDigits: fourAndFour(19, 24), &letters), let fourth = value(ofDigits: eight(28), &letters),
              !(letters.uppercase && letters.lowercase) else { return nil }
        return (first << 32 | second, third << 32 | fourth, !letters.lowercase)
    }

    /// Calls `body` with the text of the UUID whose bits are `high` and `low`, its letters uppercase or
    /// lowercase.
    static func withText<Result>(_ high: UInt64, _ low: UInt64, uppercase: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { text in
            let raw = UnsafeMutableRawPointer(text.baseAddress!)
            let second = digits(of: high, uppercase: uppercase), third = digits(of: low >> 32, uppercase: uppercase)
            raw.storeBytes(of: digits(of: high >> 32, uppercase: uppercase).bigEndian, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: UInt32(truncatingIfNeeded: second >> 32).bigEndian, toByteOffset: 9, as: UInt32.self)
            raw.storeBytes(of: UInt32(truncatingIfNeeded: second).bigEndian, toByteOffset: 14, as: UInt32.self)
            raw.storeBytes(of: UInt32(truncatingIfNeeded: third >> 32).bigEndian, toByteOffset: 19, as: UInt32.self)
            raw.storeBytes(of: UInt32(truncatingIfNeeded: third).bigEndian, toByteOffset: 24, as: UInt32.self)
            raw.storeBytes(of: digits(of: low, uppercase: uppercase).bigEndian, toByteOffset: 28, as: UInt64.self)
            (text[8], text[13], text[18], text[23]) = (dash, dash, dash, dash)
            return body(UnsafeBufferPointer(text))
        }
    }

    private static let dash = UInt8(ascii: "-")
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether a text's letters so far were uppercase, lowercase, or both.
    private struct Letters {
        var uppercase = false
        var lowercase = false
    }

    /// The value of the eight hex digits of `word`, noting in `letters` the case of any letter among
    /// them; `nil` when a byte is not a hex digit.
    private static func value(ofDigits word: UInt64, _ letters: inout Letters) -> UInt64? {
        guard word & highBits == 0 else { return nil }
        let digit = atLeast(word, "0") & ~atLeast(word, ":")  // ":" follows "9"
        let uppercase = atLeast(word, "A") & ~atLeast(word, "G")
        let lowercase = atLeast(word, "a") & ~atLeast(word, "g")
        guard digit | uppercase | lowercase == highBits else { return nil }
        letters.uppercase = letters.uppercase || uppercase != 0
        letters.lowercase = letters.lowercase || lowercase != 0
        // A digit's value is its low four bits; a letter's, nine more ("A" and "a" end in 1, and
        // letters have bit 6 set, digits not).
        let nibbles = (word & 0x0F0F_0F0F_0F0F_0F0F) &+ ((word >> 6) & ones) &* 9
        // Each byte's four bits next to its neighbour's, pairs next to pairs, then fours.
        var packed = (nibbles | nibbles >> 4) & 0x00FF_00FF_00FF_00FF
        packed = (packed | packed >> 8) & 0x0000_FFFF_0000_FFFF
        return (packed | packed >> 16) & 0xFFFF_FFFF
    }

    /// The eight hex digits of the low 32 bits of `value`, the first (most significant) in the top byte.
    private static func digits(of value: UInt64, uppercase: Bool) -> UInt64 {
        // Each group of four bits into a byte of its own: halves apart, then quarters, then nibbles.
        var spread = (value & 0xFFFF_FFFF | value << 16) & 0x0000_FFFF_0000_FFFF
        spread = (spread | spread << 8) & 0x00FF_00FF_00FF_00FF
        spread = (spread | spread << 4) & 0x0F0F_0F0F_0F0F_0F0F
        // 1 in each byte of ten or more: a letter, which follows "9" after a gap of 7 ("A") or 39 ("a").
        let letter = ((spread &+ 0x0606_0606_0606_0606) >> 4) & ones
        return spread &+ 0x3030_3030_3030_3030 &+ letter &* (uppercase ? 7 : 39)
    }

    /// In each byte's top bit, whether the byte (below 0x80) is `bound` or more: adding `0x80 - bound`
    /// sets the top bit exactly then, and carries into no other byte.
    private static func atLeast(_ word: UInt64, _ bound: Unicode.Scalar) -> UInt64 {
        (word &+ UInt64(0x80 - UInt8(ascii: bound)) &* ones) & highBits
    }
}
