/// Whether the traces could have shown the use of the keys of one account and region of the
/// inventory — and when not, what is missing and how to fix it.
///
/// Events that name no account count for every account of their region: a trail records one account,
/// and an event without `recipientAccountId` or `userIdentity.accountId` cannot be placed more closely.
public struct RegionCoverage: Sendable {
    /// What the traces of a scope can show, best first.
    public enum Status: String, CaseIterable, Comparable, Sendable {
        /// Cryptographic calls over at least `--min-trace-days`.
        case covered
        /// Cryptographic calls, over fewer days than `--min-trace-days`: usage is evaluated, keys with no
        /// observed use are warned about.
        case shortPeriod = "short-period"
        /// Read events but not one cryptographic call: usage is not evaluated.
        case noCryptographicCalls = "no-crypto-calls"
        /// Management calls only, no Read event: a trail that records Write events only.
        case writeOnly = "write-only"
        /// No KMS event of the account and region at all.
        case noTraces = "no-traces"

        public static func < (lhs: Status, rhs: Status) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public let scope: CoverageScope
    /// What the traces hold for the scope (zero counts when nothing).
    public let counts: CoverageCounts
    /// Keys of the inventory in the scope.
    public let keys: Int
    public let status: Status
    /// `--min-trace-days`.
    public let minimumDays: Int

    /// Judges one scope of the inventory.
    public init(scope: CoverageScope, coverage: TraceCoverage, keys: Int, minimumDays: Int) {
        var counts = CoverageCounts()
        if scope.region != nil {
            if scope.account != nil, let own = coverage.scopes[scope] { counts.add(own) }
            if let unplaced = coverage.scopes[CoverageScope(account: nil, region: scope.region)] { counts.add(unplaced) }
        }
        self.scope = scope
        self.counts = counts
        self.keys = keys
        self.minimumDays = minimumDays
        if counts.events == 0 {
            status = .noTraces
        } else if counts.cryptographicCalls == 0 {
            status = counts.readEvents == 0 ? .writeOnly : .noCryptographicCalls
        } else {
            status = counts.lastSeen - counts.firstSeen < Int64(minimumDays) * 86_400 ? .shortPeriod : .covered
        }
    }

    /// Whether usage rules can be evaluated for the scope's keys.
    public var canShowUse: Bool { status <= .shortPeriod }

    /// Whole days from the first to the last event (0 without events).
    public var periodDays: Int { counts.events == 0 ? 0 : Int((counts.lastSeen - counts.firstSeen) / 86_400) }

    /// The traced period, `from … to …`, when there were events.
    public var period: String? {
        counts.events == 0 ? nil : "\(Timestamp.format(counts.firstSeen)) to \(Timestamp.format(counts.lastSeen))"
    }

    /// `account 1540… in cn-hangzhou`.
    public var place: String {
        "account \(scope.account ?? "(unknown)") in \(scope.region ?? "an unknown region")"
    }

    /// One sentence for formats without a table: `account … in cn-hangzhou: covered, 34 days (…), 189
    /// cryptographic calls, 6 management calls`, then the explanation.
    public var summary: String {
        var text = "\(place): \(status.rawValue), \(periodDays) days" + (period.map { " (\($0))" } ?? "")
            + ", \(counts.cryptographicCalls) cryptographic calls, \(counts.managementCalls) management calls"
        if let explanation { text += ": " + explanation }
        return text
    }

    /// Why the traces cannot show use here, or (short period) what to keep in mind; `nil` when covered.
    public var explanation: String? {
        switch status {
        case .covered:
            return nil
        case .shortPeriod:
            return "the traces of \(place) cover \(periodDays) days (\(period ?? "")), fewer than --min-trace-days \(minimumDays): a key used monthly may show no use"
        case .noCryptographicCalls:
            return "the traces of \(place) hold \(counts.events) KMS events, \(counts.readEvents) of them Read events, but not one cryptographic call: "
                + "give the whole period of a trail that records All events for this region"
        case .writeOnly:
            return "the traces of \(place) hold \(counts.managementCalls) management calls and no Read event: the trail records Write events only: "
                + "set its event type to All (aliyun actiontrail UpdateTrail --Name <trail> --EventRW All) and check again after the traced period"
        case .noTraces:
            if scope.region == nil { return "the key's region is not known (no ARN in the inventory), so no trace can be matched to it" }
            return "there are no KMS events of \(place) in the traces: give this region's ActionTrail events (its trail's OSS or SLS delivery, or LookupEvents pages) to --traces"
        }
    }

    /// The coverage of every account and region of `keys`, sorted by account and region.
    public static func assess(_ keys: [Key], coverage: TraceCoverage, minimumDays: Int) -> [RegionCoverage] {
        var keysPerScope: [CoverageScope: Int] = [:]
        for key in keys { keysPerScope[CoverageScope(account: key.account, region: key.region), default: 0] += 1 }
        return keysPerScope.sorted { $0.key < $1.key }.map {
            RegionCoverage(scope: $0.key, coverage: coverage, keys: $0.value, minimumDays: minimumDays)
        }
    }
}
