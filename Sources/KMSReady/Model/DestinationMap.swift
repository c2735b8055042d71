/// Which dedicated KMS instance each key moves to, as the user gave it: one instance id for every key,
/// or a file of entries matched by region and/or tag, each of which may say the instance's type:
///
/// ```json
/// { "destinations": [
///     { "region": "cn-hangzhou", "instance": "kst-hzz6412a7f5e4b3c8d1a", "type": "software" },
///     { "region": "cn-shanghai", "tag": "env=prod", "instance": "kst-shh63a1c9e2b7d4f0a5e" } ] }
/// ```
///
/// The most specific matching entry wins (region and tag, then tag, then region, then an entry with
/// neither); two matching entries of equal weight that name different instances leave the key
/// unassigned. An instance id is never made up: a key no entry matches is unassigned.
public struct DestinationMap: Sendable {
    /// One entry of the map.
    public struct Entry: Sendable {
        public var region: String?
        /// `(key, value)` of a resource tag.
        public var tag: (key: String, value: String)?
        /// The KMS instance id, `kst-…`.
        public var instance: String
        /// The instance's type, when the entry says it.
        public var type: KMSInstance.Kind?
        /// Where the entry is written, for messages: `file: $.destinations[1]`.
        public var place: String

        public init(region: String? = nil, tag: (key: String, value: String)? = nil, instance: String, type: KMSInstance.Kind? = nil, place: String) {
            self.region = region
            self.tag = tag
            self.instance = instance
            self.type = type
            self.place = place
        }

        /// How specific the entry is: region and tag 3, tag 2, region 1, neither 0.
        var weight: Int { (tag == nil ? 0 : 2) + (region == nil ? 0 : 1) }

        func matches(region: String?, tags: [String: String]) -> Bool {
            if let wanted = self.region, wanted != region { return false }
            if let tag, tags[tag.key] != tag.value { return false }
            return true
        }
    }

    /// The entries, in the order written.
    public let entries: [Entry]
    /// The type of every destination whose entry does not say it (`--destination-type`).
    public var defaultType: KMSInstance.Kind?

    public init(entries: [Entry], defaultType: KMSInstance.Kind? = nil) {
        self.entries = entries
        self.defaultType = defaultType
    }

    /// Every key to `instance`.
    public init(instance: String, type: KMSInstance.Kind? = nil) {
        self.init(entries: [Entry(instance: instance, place: "--destination")], defaultType: type)
    }

    /// Whether `text` is a KMS instance id: `kst-` followed by lower-case letters and digits.
    public static func isInstanceId(_ text: String) -> Bool {
        text.hasPrefix("kst-") && text.count > 4 && text.dropFirst(4).allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    /// The type of the instance `key` moves to: the most specific matching entry that says one, else
    /// `defaultType`.
    public func type(of key: Key) -> KMSInstance.Kind? {
        entries.filter { $0.matches(region: key.region, tags: key.tags) && $0.type != nil }.max { $0.weight < $1.weight }?.type ?? defaultType
    }

    /// The destination of `key`.
    public func destination(of key: Key) -> Destination { destination(region: key.region, tags: key.tags) }

    /// The destination of a key or secret of `region` with `tags`.
    public func destination(region: String?, tags: [String: String]) -> Destination {
        let matching = entries.filter { $0.matches(region: region, tags: tags) }
        guard let weight = matching.map(\.weight).max() else { return .unassigned("no --destination entry matches its region \(region ?? "unknown") or tags") }
        let strongest = matching.filter { $0.weight == weight }
        let instances = Set(strongest.map(\.instance))
        guard instances.count == 1 else {
            return .unassigned("--destination entries of equal weight disagree: " + strongest.map { "\($0.instance) (\($0.place))" }.joined(separator: ", "))
        }
        return .instance(strongest[0].instance)
    }
}

/// Where a key moves, or why that is not known.
public enum Destination: Equatable, Sendable {
    case instance(String)
    case unassigned(String)
}
