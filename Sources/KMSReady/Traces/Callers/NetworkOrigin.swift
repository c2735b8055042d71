import Foundation

/// Where a call came from, as far as the event shows; inside Alibaba Cloud or possibly outside.
public enum NetworkOrigin: String, CaseIterable, Comparable, Sendable {
    /// Through a VPC endpoint: a `vpcId` on the event or a `kms-vpc.` endpoint.
    case vpc
    /// A private address (RFC 1918, loopback, unique-local IPv6, or 100.64.0.0/10, Alibaba Cloud's internal range).
    case `private`
    /// A public address the user declared as theirs inside Alibaba Cloud (`--cloud-cidrs`).
    case cloudCIDR = "cloud-cidr"
    /// The event says `Internal` instead of an address: a call that reached KMS on Alibaba Cloud's
    /// internal network (an intranet endpoint, `kms-intranet.<region>`, as the console's calls do); who
    /// called, the identity and the agent decide.
    case `internal`
    /// A service name instead of an address: a cloud service calling on the user's behalf.
    case service
    /// Any other public address: possibly outside Alibaba Cloud.
    case `public`
    /// No source address on the event, or one masked (`192.168.XX.XX`, as published examples show them).
    case unknown

    public static func < (lhs: NetworkOrigin, rhs: NetworkOrigin) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether the origin is certainly inside Alibaba Cloud.
    public var isInsideAlibabaCloud: Bool { self != .public && self != .unknown }
}

/// Decides a call's network origin from its event, strongest signal first.
///
/// An address is judged from its own bytes on every call — IPv4 without any allocation, IPv6 through
/// `inet_pton` — so the cost of a call does not depend on having met its address before.
public struct NetworkClassifier: Sendable {
    /// Address ranges that are private or internal to Alibaba Cloud.
    public static let privateRanges: [CIDRRange] = [
        "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "127.0.0.0/8",
        "169.254.0.0/16", "fc00::/7", "fe80::/10", "::1/128",
    ].compactMap(CIDRRange.init)

    /// Public ranges the user declared as their own inside Alibaba Cloud (e.g. ECS public IPs, NAT gateways).
    public let cloudRanges: [CIDRRange]
    /// The IPv4 ones of both, as (network, mask), for the allocation-free path.
    private let privateIPv4: [(network: UInt32, mask: UInt32)]
    private let cloudIPv4: [(network: UInt32, mask: UInt32)]

    /// A classifier that treats `cloudRanges` as inside Alibaba Cloud.
    public init(cloudRanges: [CIDRRange] = []) {
        self.cloudRanges = cloudRanges
        privateIPv4 = Self.privateRanges.compactMap(\.ipv4)
        cloudIPv4 = cloudRanges.compactMap(\.ipv4)
    }

    /// The origin of a call and, for a public address, the address.
    public func classify(vpcId: String?, eventSource: String?, sourceIpAddress: String?) -> (NetworkOrigin, address: String?) {
        if vpcId != nil || eventSource?.hasPrefix("kms-vpc.") == true { return (.vpc, nil) }
        guard var source = sourceIpAddress else { return (.unknown, nil) }
        guard let origin = source.withUTF8({ addressOrigin(UnsafeRawBufferPointer($0)) }) else {
            if source.lowercased() == "internal" { return (.internal, nil) }
            return (Self.isMaskedAddress(source) ? .unknown : .service, nil)
        }
        return (origin, origin == .public || origin == .cloudCIDR ? source : nil)
    }

    /// Whether `text` is an address with parts masked (`192.168.XX.XX`, `10.10.**.**`): digits, dots or
    /// colons, and `X` or `*` where digits were. Not a service's name.
    static func isMaskedAddress(_ text: String) -> Bool {
        let masks = text.filter { $0 == "X" || $0 == "x" || $0 == "*" }.count
        return masks > 0 && text.contains { $0 == "." || $0 == ":" }
            && text.allSatisfy { $0.isASCII && ($0.isNumber || $0.isHexDigit || $0 == "." || $0 == ":" || $0 == "X" || $0 == "x" || $0 == "*") }
    }

    /// `private`, `cloud-cidr` or `public` for an address given as its text's bytes; `nil` when the text
    /// is not an address (a cloud service's host name).
    func addressOrigin(_ text: UnsafeRawBufferPointer) -> NetworkOrigin? {
        if let address = IPv4.parse(text) {
            if privateIPv4.contains(where: { address & $0.mask == $0.network }) { return .private }
            if cloudIPv4.contains(where: { address & $0.mask == $0.network }) { return .cloudCIDR }
            return .public
        }
        guard text.contains(UInt8(ascii: ":")), let address = IPAddress(String(decoding: text, as: UTF8.self)), !address.isIPv4 else { return nil }
        if Self.privateRanges.contains(where: { $0.contains(address) }) { return .private }
        if cloudRanges.contains(where: { $0.contains(address) }) { return .cloudCIDR }
        return .public
    }

    /// Reads a `--cloud-cidrs` file: one range per line; blank lines and `#` comments are ignored.
    public static func readCloudRanges(_ file: InputFile) throws(InputError) -> [CIDRRange] {
        var source = try FileByteSource(file)
        let text = String(decoding: try source.readAll(limit: 16 << 20, file: file.displayName), as: UTF8.self)
        var ranges: [CIDRRange] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            guard let range = CIDRRange(line) else {
                throw InputError(file: file.displayName, place: "line \(index + 1)", message: "'\(line)' is not an address range such as 47.96.0.0/16")
            }
            ranges.append(range)
        }
        return ranges
    }
}
