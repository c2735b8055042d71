import Testing
@testable import KMSReady

/// `UUIDText` reads exactly the canonical texts of UUIDs, with letters of one case, and writes back the
/// text it read; its bits order as the texts do.
@Suite struct UUIDTextTests {
    private static func parse(_ text: String) -> (high: UInt64, low: UInt64, uppercase: Bool)? {
        Array(text.utf8).withUnsafeBufferPointer { UUIDText.parse($0) }
    }

    private static func text(_ high: UInt64, _ low: UInt64, uppercase: Bool) -> String {
        UUIDText.withText(high, low, uppercase: uppercase) { String(decoding: $0, as: UTF8.self) }
    }

    /// Random UUIDs (a fixed seed), and ones whose digits are all the smallest or largest of a range, in either case.
    private static let texts: [String] = {
        var generator = SplitMix64(seed: 13)
        let random = (0..<500).map { _ in
            let bits = (UInt64.random(in: .min ... .max, using: &generator), UInt64.random(in: .min ... .max, using: &generator))
            return text(bits.0, bits.1, uppercase: true)
        }
        let fixed = ["00000000-0000-0000-0000-000000000000", "99999999-9999-9999-9999-999999999999", "AAAAAAAA-AAAA-AAAA-AAAA-AAAAAAAAAAAA",
                     "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "0123456789AB-CDEF-0123-456789ABCDEF", "01234567-89AB-CDEF-0123-456789ABCDEF"]
        return (random + fixed).flatMap { [$0, $0.lowercased()] }
    }()

    @Test func textsComeBackAsTheyWent() throws {
        for text in Self.texts where text.utf8.count == 36 && text.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12] {
            let (high, low, uppercase) = try #require(Self.parse(text), "\(text)")
            #expect(uppercase == (text == text.uppercased()), "\(text)")
            #expect(Self.text(high, low, uppercase: uppercase) == text)
        }
        #expect(Self.parse("0123456789AB-CDEF-0123-456789ABCDEF") == nil, "dashes out of place")
    }

    @Test func bitsAreTheDigits() throws {
        let parsed = try #require(Self.parse("01234567-89AB-CDEF-FEDC-BA9876543210"))
        #expect(parsed.high == 0x0123_4567_89AB_CDEF && parsed.low == 0xFEDC_BA98_7654_3210 && parsed.uppercase)
    }

    @Test func bitsOrderAsTheTexts() throws {
        let uppercase = Self.texts.filter { $0 == $0.uppercased() && Self.parse($0) != nil }
        for (left, right) in zip(uppercase, uppercase.dropFirst() + uppercase.prefix(1)) {
            let (a, b) = (try #require(Self.parse(left)), try #require(Self.parse(right)))
            #expect(((a.high, a.low) < (b.high, b.low)) == (left < right), "\(left) < \(right)")
        }
    }

    /// Every byte that is not a hex digit, put in each digit's place, and at each dash every byte but
    /// the dash; the bytes on both sides of each range of digits ("/" and ":", "@" and "G", "`" and "g")
    /// are among them. Mixed case is refused; a text of one byte more or less too.
    @Test func onlyCanonicalTextsAreRead() {
        let text = Array("5F1C43D4-9A87-4B9E-A0D2-7C1A3E8F9B21".utf8)
        let dashes: Set = [8, 13, 18, 23]
        let hexDigits = Set("0123456789ABCDEFabcdef".utf8)
        for position in text.indices {
            for byte in UInt8.min ... UInt8.max {
                let allowed = dashes.contains(position) ? byte == UInt8(ascii: "-") : hexDigits.contains(byte)
                var changed = text
                changed[position] = byte
                let mixedCase = !dashes.contains(position) && (UInt8(ascii: "a") ... UInt8(ascii: "f")).contains(byte)
                let parsed = changed.withUnsafeBufferPointer { UUIDText.parse($0) }
                #expect((parsed != nil) == (allowed && !mixedCase), "byte \(byte) at \(position)")
            }
        }
        for count in [35, 37] {
            let changed = count < text.count ? Array(text.dropLast()) : text + [UInt8(ascii: "0")]
            #expect(changed.withUnsafeBufferPointer { UUIDText.parse($0) } == nil)
        }
    }
}
