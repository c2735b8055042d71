#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes `String`s from byte spans, handing back the same string for the same bytes: trace fields
/// repeat (operations, regions, user agents, principals), so most events allocate no string at all,
/// and equal strings share storage, which makes later comparisons cheap.
struct StringInterner {
    private var hashes: [UInt64]
    private var strings: [String?]
    private var count = 0
    private var mask: Int
    /// Past this many distinct strings new ones are made but not kept (inputs of endless distinct values).
    static let limit = 1 << 18

    init() {
        mask = 4095
        hashes = Array(repeating: 0, count: mask + 1)
        strings = Array(repeating: nil, count: mask + 1)
    }

    /// The string whose UTF-8 form is `bytes` (invalid UTF-8 is replaced as `String(decoding:)` does).
    mutating func string(_ bytes: UnsafeRawBufferPointer) -> String {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while let existing = strings[slot] {
            if hashes[slot] == hash && Self.equal(existing, bytes) { return existing }
            slot = (slot + 1) & mask
        }
        let made = String(decoding: bytes, as: UTF8.self)
        guard count < Self.limit else { return made }
        hashes[slot] = hash
        strings[slot] = made
        count += 1
        if count * 2 > mask { grow() }
        return made
    }

    private mutating func grow() {
        let oldStrings = strings, oldHashes = hashes
        mask = mask * 2 + 1
        hashes = Array(repeating: 0, count: mask + 1)
        strings = Array(repeating: nil, count: mask + 1)
        for (index, string) in oldStrings.enumerated() {
            guard let string else { continue }
            var slot = Int(truncatingIfNeeded: oldHashes[index]) & mask
            while strings[slot] != nil { slot = (slot + 1) & mask }
            hashes[slot] = oldHashes[index]
            strings[slot] = string
        }
    }

    private static func equal(_ string: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var string = string
        return string.withUTF8 { utf8 in
            utf8.count == bytes.count && (bytes.count == 0 || memcmp(utf8.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
    }

    /// A fast 64-bit hash, eight bytes at a time.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = tail << 8 | UInt64(bytes[offset])
            offset += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }
}
