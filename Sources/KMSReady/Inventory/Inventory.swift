/// Every key of an exported account, joined from its KMS API responses, plus what the export lacked.
public struct Inventory: Sendable {
    /// Keys by key id.
    public var keys: [String: Key] = [:]
    /// Problems that do not stop the check, e.g. missing ListKeys pages or aliases of unknown keys.
    public var warnings: [String] = []
    /// How many files of each response kind were read, by kind name (`ListKeys`, `DescribeKey`, ...).
    public var responseCounts: [String: Int] = [:]

    /// An empty inventory.
    public init() {}

    /// Keys sorted by id: the order of every report.
    public var sortedKeys: [Key] { keys.values.sorted { $0.id < $1.id } }

    /// The key id an alias names in a region, if the inventory knows it.
    public func keyId(forAlias alias: String, region: String?) -> String? {
        let candidates = keys.values.filter { $0.aliases.contains(alias) }
        if let region, let match = candidates.first(where: { $0.region == region }) { return match.id }
        // Without a region, an alias is only resolved when it is unambiguous.
        return candidates.count == 1 ? candidates[0].id : nil
    }
}
