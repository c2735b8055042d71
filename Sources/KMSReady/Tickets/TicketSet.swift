/// The tickets for a report's keys, and every key that got none, with the reason: no key is dropped
/// without being counted.
public struct TicketSet: Sendable {
    /// Migration tickets first, then requirements tickets; each by account, region and destination.
    public let tickets: [Ticket]
    /// Keys that could be migrated but have no destination instance (never a made-up one).
    public let unassigned: [UnticketedKey]
    /// Keys that get no ticket: blocked or in need of review for other reasons, or out of scope.
    public let notTicketed: [UnticketedKey]
    /// Secrets outside a KMS instance in a region no ticket goes to: they need a support ticket of their own.
    public let secretsWithoutTicket: [TicketSecret]
    /// The window search the tickets used.
    public let search: WindowSearch
    /// The edition whose rules the keys were judged by.
    public let edition: Edition

    /// A key on its way into a ticket of `kind`, for `destination`.
    private typealias Candidate = (key: KeyReport, kind: Ticket.Kind, destination: String?)

    /// Groups the keys of `report` into tickets.
    public init(report: Report, request: TicketRequest) {
        let supportRules = Set(report.rules.filter(\.supportRequirement).map(\.id))
        var candidates: [Candidate] = []
        var unassigned: [UnticketedKey] = []
        var notTicketed: [UnticketedKey] = []
        for key in report.keys {
            let destination = request.destinations.destination(of: key.key)
            switch key.verdict {
            case .eligible, .eligibleAfterRemediation:
                if report.edition.process == .migrationTool {
                    notTicketed.append(UnticketedKey(key, reason: "the Migration Tool migrates it: kmsready plan --edition \(report.edition.id) puts it in a run"))
                    continue
                }
                switch destination {
                case .instance(let id): candidates.append((key, .migration, id))
                case .unassigned(let reason): unassigned.append(UnticketedKey(key, reason: reason))
                }
            case .blocked, .needsReview:
                let holdingBack = key.findings.filter { $0.verdict >= .needsReview }
                if holdingBack.allSatisfy({ supportRules.contains($0.ruleId) }) {
                    if case .instance(let id) = destination { candidates.append((key, .requirements, id)) }
                    else { candidates.append((key, .requirements, nil)) }
                } else {
                    notTicketed.append(UnticketedKey(key, reason: key.reason))
                }
            case .notRequired:
                notTicketed.append(UnticketedKey(key, reason: key.reason))
            }
        }
        candidates = Self.unassigningCrossRegion(candidates, into: &unassigned)

        let accounts = Set(candidates.map { $0.key.key.account ?? "" })
        var groups: [String: [Candidate]] = [:]
        for candidate in candidates {
            let key = candidate.key.key
            var id = [candidate.kind.rawValue]
            if request.perKey {
                id.append(key.id)
            } else {
                if accounts.count > 1 { id.append(key.account ?? "unknown-account") }
                id += [key.region ?? "unknown-region", candidate.destination ?? "no-destination"]
            }
            groups[id.joined(separator: "-"), default: []].append(candidate)
        }
        let coverage = Dictionary(uniqueKeysWithValues: report.coverage.map { ($0.scope, $0) })
        var tickets: [Ticket] = groups.map { id, members in
            let first = members[0]
            let window = request.search.choose(usages: members.map(\.key.usage),
                                               coverage: coverage[CoverageScope(account: first.key.key.account, region: first.key.key.region)])
            return Ticket(kind: first.kind, id: id, account: first.key.key.account, region: first.key.key.region ?? "unknown-region",
                          destination: first.destination, window: window,
                          keys: members.map { TicketKey($0.key, requirementRules: supportRules) }.sorted { $0.keyId < $1.keyId },
                          timeZone: request.search.timeZone, edition: report.edition)
        }.sorted { ($0.kind, $0.account ?? "", $0.region, $0.destination ?? "", $0.id) < ($1.kind, $1.account ?? "", $1.region, $1.destination ?? "", $1.id) }
        var secretsWithoutTicket: [TicketSecret] = []
        for secret in TicketSecret.needingSupport(report) {
            if let index = tickets.firstIndex(where: { $0.region == secret.region && ($0.account == nil || $0.account == secret.account) }) {
                tickets[index].secrets.append(secret)
            } else {
                secretsWithoutTicket.append(secret)
            }
        }
        self.tickets = tickets
        self.secretsWithoutTicket = secretsWithoutTicket
        self.unassigned = unassigned.sorted { $0.keyId < $1.keyId }
        self.notTicketed = notTicketed.sorted { $0.keyId < $1.keyId }
        self.search = request.search
        edition = report.edition
    }

    /// A KMS instance belongs to one region: an instance that would receive keys of several regions
    /// gets none of them. Migration candidates become unassigned, with the reason; requirements
    /// candidates keep their ticket without a destination.
    private static func unassigningCrossRegion(_ candidates: [Candidate],
                                               into unassigned: inout [UnticketedKey]) -> [Candidate] {
        var regions: [String: Set<String>] = [:]
        for candidate in candidates {
            if let destination = candidate.destination { regions[destination, default: []].insert(candidate.key.key.region ?? "unknown") }
        }
        return candidates.compactMap { candidate in
            guard let destination = candidate.destination, let names = regions[destination], names.count > 1 else { return candidate }
            if candidate.kind == .requirements { return (candidate.key, candidate.kind, nil) }
            unassigned.append(UnticketedKey(candidate.key, reason: "\(destination) would receive keys of \(names.sorted().joined(separator: ", ")); "
                + "a KMS instance belongs to one region: give each region its own --destination entry"))
            return nil
        }
    }
}
