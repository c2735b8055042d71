/// Every key of an exported account, joined from its KMS API responses, plus what the export lacked.
public struct Inventory: Sendable {
    /// Keys by key id.
    public var keys: [String: Key] = [:]
    /// Secrets by `Secret.reference` (`name@region`).
    public var secrets: [String: Secret] = [:]
    /// KMS instances (GetKmsInstance, GetKmsInstanceQuotaInfos, ListKmsInstances) by instance id.
    public var instances: [String: KMSInstance] = [:]
    /// The default KMS instance of each GetDefaultKmsInstance response, sorted.
    public var defaultInstances: [String] = []
    /// Problems that do not stop the check, e.g. missing ListKeys pages or aliases of unknown keys.
    public var warnings: [String] = []
    /// How many files of each response kind were read, by kind name (`ListKeys`, `DescribeKey`, ...).
    public var responseCounts: [String: Int] = [:]

    /// An empty inventory.
    public init() {}

    /// Keys sorted by id: the order of every report.
    public var sortedKeys: [Key] { keys.values.sorted { $0.id < $1.id } }

    /// Secrets sorted by region, then name: the order of every report.
    public var sortedSecrets: [Secret] {
        secrets.values.sorted { ($0.region ?? "", $0.name) < ($1.region ?? "", $1.name) }
    }

    /// The reference (`name@region`) of the secret a trace names: by name in its region; else by name
    /// alone, when one secret of that name has no known region (or, for a trace without region, when
    /// the name is unambiguous).
    public func secret(named name: String, region: String?) -> String? {
        if let region, secrets[name + "@" + region] != nil { return name + "@" + region }
        let candidates = secrets.values.filter { $0.name == name && (region == nil || $0.region == nil) }
        return candidates.count == 1 ? candidates[0].reference : nil
    }

    /// The key id an alias names in a region, if the inventory knows it.
    public func keyId(forAlias alias: String, region: String?) -> String? {
        let candidates = keys.values.filter { $0.aliases.contains(alias) }
        if let region, let match = candidates.first(where: { $0.region == region }) { return match.id }
        // Without a region, an alias is only resolved when it is unambiguous.
        return candidates.count == 1 ? candidates[0].id : nil
    }
}
