/// Decodes a JSON string literal as the scanner meets it, eight bytes at a time: the fast path for an SLS
/// row's event, which is JSON text escaped into a string.
///
/// It handles the common case only — ASCII text whose escapes are the two-character ones (`\"`, `\\`,
/// `\/`, `\b`, `\f`, `\n`, `\r`, `\t`) — and gives up on anything else (`\u` escapes, bytes past ASCII),
/// which `JSONParser.decodeStringLiteral` then decodes exactly as the reference path does.
enum ASCIIStringUnescaper {
    /// How many bytes past the content the output must have room for: words are stored whole.
    static let slack = 8

    /// Decodes a string literal from `source`, just after its opening quote, to its closing quote, checking
    /// it as `ByteScanner.scanString` does, into `output`, which has room for `available + slack` bytes: the
    /// SLS row's scan and the decoding of its event in one pass (scanning the event string, then decoding it,
    /// took 31 % of the samples of a one-job run on 256 MB of an SLS export; in one pass, the run's fold took
    /// 421 ms instead of 572 ms, medians of eight). Returns the bytes of the literal up to and including its
    /// closing quote, and the decoded length; `nil` when the text is not ASCII with two-character escapes
    /// only, is not valid, or does not close within `available` bytes, for the caller to scan and to leave to
    /// the reference decoder.
    static func decodeLiteral(_ source: UnsafePointer<UInt8>, available: Int, into output: UnsafeMutablePointer<UInt8>)
        -> (consumed: Int, decoded: Int)? {
        let input = UnsafeRawPointer(source)
        let out = UnsafeMutableRawPointer(output)
        var index = 0, written = 0
        while true {
            if index + 8 <= available {
                let word = input.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                out.storeBytes(of: word, toByteOffset: written, as: UInt64.self)
                // A quote, a backslash, a control byte or a byte past ASCII stops the word.
                let stops = stringStopBytes(word) | word & 0x8080_8080_8080_8080
                if stops == 0 {
                    index += 8
                    written += 8
                    continue
                }
                let plain = stops.trailingZeroBitCount >> 3
                index += plain
                written += plain
            } else if index == available {
                return nil
            }
            switch source[index] {
            case UInt8(ascii: "\""):
                return (index + 1, written)
            case UInt8(ascii: "\\"):
                guard index + 1 < available, let decoded = unescaped(source[index + 1]) else { return nil }
                output[written] = decoded
                index += 2
                written += 1
            case 0x20 ..< 0x80:
                output[written] = source[index]
                index += 1
                written += 1
            default:
                return nil
            }
        }
    }

    /// The byte a two-character escape stands for; `nil` for `\u`.
    @inline(__always)
    private static func unescaped(_ kind: UInt8) -> UInt8? {
        switch kind {
        case UInt8(ascii: "\""): 0x22
        case UInt8(ascii: "\\"): 0x5C
        case UInt8(ascii: "/"): 0x2F
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }
}
