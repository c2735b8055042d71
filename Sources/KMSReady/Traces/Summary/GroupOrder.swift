/// The order of call groups in a summary file — by principal, caller kind, operation, language and
/// network, as `UsageGroup`'s `<` orders them — computed once per summary as ranks: every distinct text
/// is ranked once with the same comparison, and a key's groups are then sorted by five integers. Sorting
/// each key's groups with `<` compared their strings (Unicode-aware) and retained them per comparison:
/// 36 % of writing a summary of 24,000 groups over a few hot keys.
struct GroupOrder: Sendable {
    private let principals: [String: Int]
    /// Operations and languages are few: found by comparison in their sorted lists, no hashing.
    private let operations: [String]
    private let languages: [String]
    /// The kinds and origins ranked by their names, as `<` compares them.
    private static let callerKinds = Dictionary(uniqueKeysWithValues: CallerKind.allCases.sorted { $0.rawValue < $1.rawValue }.enumerated().map { ($1, $0) })
    private static let networks = Dictionary(uniqueKeysWithValues: NetworkOrigin.allCases.sorted { $0.rawValue < $1.rawValue }.enumerated().map { ($1, $0) })

    /// The ranks of every text the groups of `summary` hold.
    init(_ summary: UsageSummary) {
        var principals = Set<String>(), operations = Set<String>(), languages = Set<String>()
        for usage in summary.keys.values {
            for group in usage.groups.keys {
                principals.insert(group.principal)
                operations.insert(group.operation)
                languages.insert(group.language)
            }
        }
        self.principals = Self.ranks(Array(principals))
        self.operations = operations.sorted()
        self.languages = languages.sorted()
    }

    /// Each text's position among `texts` sorted with `<`.
    private static func ranks(_ texts: [String]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: texts.sorted().enumerated().map { ($1, $0) })
    }

    /// The positions of the groups of `usage` in order: sorting positions, not entries, copies no
    /// group's strings and lists.
    func sorted(_ usage: KeyUsage) -> [Dictionary<UsageGroup, UsageStats>.Index] {
        usage.groups.indices.map { index -> ((Int, Int, Int, Int, Int), Dictionary<UsageGroup, UsageStats>.Index) in
            let group = usage.groups.keys[index]
            return ((principals[group.principal]!, Self.callerKinds[group.callerKind]!, operations.firstIndex(of: group.operation)!,
                     languages.firstIndex(of: group.language)!, Self.networks[group.network]!), index)
        }
        .sorted { $0.0 < $1.0 }
        .map(\.1)
    }
}
