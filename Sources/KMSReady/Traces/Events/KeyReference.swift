import Foundation

/// How a trace event names a key — by id (or key ARN), or by alias, which only the inventory resolves —
/// or a secret (secret events name it by `SecretName`: a name or a secret ARN). Usage is kept per reference.
///
/// Folding traces does not need the inventory: usage is kept per reference and aliases are resolved when
/// the summary meets the inventory in `check`. That is what lets shards be summarised anywhere.
public enum KeyReference: Hashable, Comparable, Sendable {
    /// A key id.
    case id(String)
    /// An alias name (`alias/...`) in a region, when the region is known.
    case alias(name: String, region: String?)
    /// A secret name in a region, when the region is known.
    case secret(name: String, region: String?)

    /// A secret named by a `SecretName` request value: a name (in the event's region) or a secret ARN.
    public init?(secretName text: String, eventRegion: String?) {
        guard !text.isEmpty else { return nil }
        if text.utf8.starts(with: "acs:".utf8), let arn = KeyARN(text), arn.resource.hasPrefix("secret/") {
            self = .secret(name: String(arn.resource.dropFirst(7)), region: arn.region)
        } else {
            self = .secret(name: text, region: eventRegion)
        }
    }

    /// Interprets a request or response value: a key id, a key or alias ARN, or an alias name.
    public init?(_ text: String, eventRegion: String?) {
        // Trimming goes through Foundation; skip it when both ends are visible ASCII (nearly always).
        let first = text.utf8.first ?? 0, last = text.utf8.last ?? 0
        let value = (0x21..<0x7F).contains(first) && (0x21..<0x7F).contains(last) ? text : text.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        if value.utf8.starts(with: "acs:".utf8), let arn = KeyARN(value) {
            if let id = arn.keyId, !id.isEmpty { self = .id(id); return }
            if let alias = arn.aliasName { self = .alias(name: alias, region: arn.region); return }
            return nil
        }
        if value.hasPrefix("alias/") { self = .alias(name: value, region: eventRegion); return }
        self = .id(value)
    }

    /// The text form used in summaries and reports: the id, `alias/name@region` or `secret:name@region`.
    public var text: String {
        switch self {
        case .id(let id): return id
        case .alias(let name, let region): return region.map { "\(name)@\($0)" } ?? name
        case .secret(let name, let region): return Self.secretPrefix + (region.map { "\(name)@\($0)" } ?? name)
        }
    }

    private static let secretPrefix = "secret:"

    /// Parses `text`.
    public init(text: String) {
        if text.hasPrefix(Self.secretPrefix) {
            let rest = text.dropFirst(Self.secretPrefix.count)
            if let at = rest.lastIndex(of: "@") {
                self = .secret(name: String(rest[..<at]), region: String(rest[rest.index(after: at)...]))
            } else {
                self = .secret(name: String(rest), region: nil)
            }
        } else if text.hasPrefix("alias/") {
            if let at = text.lastIndex(of: "@") {
                self = .alias(name: String(text[..<at]), region: String(text[text.index(after: at)...]))
            } else {
                self = .alias(name: text, region: nil)
            }
        } else {
            self = .id(text)
        }
    }

    public static func < (lhs: KeyReference, rhs: KeyReference) -> Bool { lhs.text < rhs.text }
}
