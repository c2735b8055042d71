#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IPv4 or IPv6 address as 16 bytes (IPv4 mapped into `::ffff:0:0/96`), parsed with `inet_pton`.
public struct IPAddress: Hashable, Sendable {
    /// The address bytes, network order.
    public let bytes: [UInt8]
    /// Whether the text was an IPv4 address.
    public let isIPv4: Bool

    /// Parses a dotted IPv4 or a textual IPv6 address.
    public init?(_ text: String) {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            let raw = withUnsafeBytes(of: &v4.s_addr) { Array($0) }
            bytes = Array(repeating: 0, count: 10) + [0xFF, 0xFF] + raw
            isIPv4 = true
            return
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            bytes = withUnsafeBytes(of: &v6) { Array($0) }
            isIPv4 = false
            return
        }
        return nil
    }

    /// Whether the text is an address rather than, say, a service's host name.
    public static func looksLikeAddress(_ text: String) -> Bool { IPAddress(text) != nil }
}

/// Dotted IPv4 addresses read straight from bytes, as `inet_pton` reads them: four decimal parts of
/// 0 to 255, no leading zeros, nothing else.
enum IPv4 {
    /// The address as a number (first part in the high byte), or `nil` when `text` is not one.
    static func parse(_ text: UnsafeRawBufferPointer) -> UInt32? {
        guard text.count >= 7, text.count <= 15 else { return nil }
        var address: UInt32 = 0, part: UInt32 = 0, digits = 0, parts = 0
        for byte in text {
            if byte >= 0x30 && byte <= 0x39 {
                if digits == 1 && part == 0 { return nil }
                part = part * 10 + UInt32(byte - 0x30)
                digits += 1
                if part > 255 { return nil }
            } else if byte == UInt8(ascii: "."), digits > 0, parts < 3 {
                address = address << 8 | part
                parts += 1
                part = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard digits > 0, parts == 3 else { return nil }
        return address << 8 | part
    }
}

/// A range of addresses such as `10.0.0.0/8` or `fc00::/7`.
public struct CIDRRange: Hashable, Sendable, CustomStringConvertible {
    private let network: IPAddress
    private let prefixLength: Int
    /// The range as written.
    public let description: String

    /// Parses `address/prefix` (a bare address is a single-address range).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let address = IPAddress(parts[0]) else { return nil }
        let maximum = address.isIPv4 ? 32 : 128
        let length = parts.count == 2 ? Int(parts[1]) : maximum
        guard let length, (0...maximum).contains(length) else { return nil }
        network = address
        prefixLength = address.isIPv4 ? length + 96 : length
        description = text
    }

    /// The range as an IPv4 network and mask, for an IPv4 range.
    var ipv4: (network: UInt32, mask: UInt32)? {
        guard network.isIPv4 else { return nil }
        let length = prefixLength - 96
        let mask: UInt32 = length == 0 ? 0 : ~UInt32(0) << UInt32(32 - length)
        let address = network.bytes[12...].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return (address & mask, mask)
    }

    /// Whether `address` lies in the range.
    public func contains(_ address: IPAddress) -> Bool {
        var remaining = prefixLength
        for i in 0..<16 where remaining > 0 {
            let bits = min(8, remaining)
            let mask: UInt8 = bits == 8 ? 0xFF : ~(0xFF >> UInt8(bits))
            if address.bytes[i] & mask != network.bytes[i] & mask { return false }
            remaining -= bits
        }
        return true
    }
}
