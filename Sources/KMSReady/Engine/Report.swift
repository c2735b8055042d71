/// The result of a check: one verdict per key, and what the inputs held. Every output format renders this
/// value (<doc:Formats>).
public struct Report: Sendable {
    /// The version of the JSON report contract.
    public static let schemaVersion = 1

    /// The edition whose rules were applied.
    public let edition: Edition
    /// Key reports sorted by key id.
    public internal(set) var keys: [KeyReport]
    /// Secret reports sorted by region, then name.
    public let secrets: [SecretReport]
    /// Whether traces (or usage summaries) were given.
    public let usageEvaluated: Bool
    /// How many responses of each kind the inventory held.
    public let inventoryResponses: [String: Int]
    /// Inventory problems that did not stop the check.
    public let inventoryWarnings: [String]
    /// What the traces held, when traces were given.
    public let traces: TraceFindings?
    /// What the traces could show, per account and region of the inventory; empty without traces.
    public let coverage: [RegionCoverage]
    /// The rules that ran, sorted by id.
    public let rules: [Rule]
    /// Waivers that expired or matched nothing, when a waiver file was given.
    public internal(set) var waiverNotices: [WaiverNotice] = []
    /// The comparison with an earlier report, when a baseline was given.
    public internal(set) var baseline: BaselineComparison?

    /// Secrets per verdict.
    public var secretCountsByVerdict: [Verdict: Int] {
        secrets.reduce(into: [:]) { $0[$1.verdict, default: 0] += 1 }
    }

    /// Keys per verdict.
    public var countsByVerdict: [Verdict: Int] {
        keys.reduce(into: [:]) { $0[$1.verdict, default: 0] += 1 }
    }

    /// Whether the check fails: some key's unwaived findings reach `verdict`; with `onlyWorse`, only
    /// keys that are new or whose verdict got worse against the baseline count.
    public func fails(at verdict: Verdict, onlyWorse: Bool = false) -> Bool {
        keys.contains { key in
            guard key.failingVerdict >= verdict else { return false }
            guard onlyWorse else { return true }
            switch key.change {
            case .new?: return true
            case .changed(let from)?: return key.verdict > from
            case .unchanged?, nil: return false
            }
        }
    }

    /// The keys, worst verdict first, then by key id.
    public var keysWorstFirst: [KeyReport] {
        keys.sorted { ($1.verdict, $0.key.id) < ($0.verdict, $1.key.id) }
    }

    /// The secrets, worst verdict first, then by region and name.
    public var secretsWorstFirst: [SecretReport] {
        secrets.enumerated().sorted { ($1.element.verdict, $0.offset) < ($0.element.verdict, $1.offset) }.map(\.element)
    }

    /// The time of the latest traced call of any key, when traces were given.
    public var latestCall: Int64? {
        keys.compactMap { $0.usage?.lastSeen }.max().flatMap { $0 == .min ? nil : $0 }
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
