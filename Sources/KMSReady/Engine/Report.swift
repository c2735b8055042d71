/// The result of a check: one verdict per key, and what the inputs held. Every output format renders this value.
public struct Report: Sendable {
    /// The version of the JSON report contract.
    public static let schemaVersion = 1

    /// Key reports sorted by key id.
    public let keys: [KeyReport]
    /// Whether traces (or usage summaries) were given.
    public let usageEvaluated: Bool
    /// How many responses of each kind the inventory held.
    public let inventoryResponses: [String: Int]
    /// Inventory problems that did not stop the check.
    public let inventoryWarnings: [String]
    /// What the traces held, when traces were given.
    public let traces: TraceFindings?
    /// The ids of the rules that ran.
    public let ruleIds: [String]

    /// Keys per verdict.
    public var countsByVerdict: [Verdict: Int] {
        keys.reduce(into: [:]) { $0[$1.verdict, default: 0] += 1 }
    }

    /// Whether some key's verdict is at or above `verdict`.
    public func anyKey(atOrAbove verdict: Verdict) -> Bool {
        keys.contains { $0.verdict >= verdict }
    }
}

/// What the traces held beyond per-key usage: counts, unusable records and keys not in the inventory.
public struct TraceFindings: Sendable {
    public let counters: TraceCounters
    public let malformedSamples: [MalformedRecord]
    /// Key references whose calls name no key of the inventory, with their call counts (most calls first).
    public let unknownKeys: [(reference: String, calls: Int)]
    /// All calls of keys not in the inventory.
    public var callsOfUnknownKeys: Int { unknownKeys.reduce(0) { $0 + $1.calls } }
}
