/// The whole migration as one ordered checklist across all keys, for a team to track: remediations
/// first, then the support tickets by window date, then the application changes with their deadlines;
/// and the keys the plan leaves out, with the reason.
public struct MigrationPlan: Sendable {
    /// The three parts of the plan, in order.
    public enum Phase: String, Sendable, CaseIterable {
        case remediation, ticket, application
    }

    /// One thing to do.
    public struct Step: Sendable {
        /// 1-based position in the plan.
        public let number: Int
        public let phase: Phase
        /// What to do, in plain text.
        public let action: String
        /// The ticket the step belongs to.
        public let ticket: String
        /// The key ids the step concerns.
        public let keys: [String]
        /// The date the step must be done by (`before` for remediations and tickets: the window's date;
        /// for application changes: one month after the migration); `nil` without a window.
        public let due: CalendarDate?
    }

    public let steps: [Step]
    /// Keys that could be migrated but have no destination.
    public let unassigned: [UnticketedKey]
    /// Keys without a ticket.
    public let notTicketed: [UnticketedKey]
    /// The window search behind the dates.
    public let search: WindowSearch
    /// The edition whose rules judged the keys.
    public let edition: Edition

    /// The plan for `set`, with ticket titles worded by `template`.
    public init(_ set: TicketSet, template: TicketTemplate) {
        let tickets = set.tickets.sorted { (($0.window.window?.start ?? .max), $0.id) < (($1.window.window?.start ?? .max), $1.id) }
        var drafts: [(phase: Phase, action: String, ticket: String, keys: [String], due: CalendarDate?)] = []
        for ticket in tickets {
            for key in ticket.keys {
                for item in key.checklist {
                    drafts.append((.remediation, "\(key.alias ?? key.keyId) (\(key.keyId)): \(item)", ticket.id, [key.keyId], ticket.migrationDate))
                }
            }
        }
        for ticket in tickets {
            var action = "File the support ticket \(ticket.id): \(template.render(ticket, search: set.search).title)"
            switch ticket.window {
            case .chosen(let window): action += "; window \(window.localText(in: set.search.timeZone))"
            case .noTrafficData, .notCovered: action += "; no window from traffic: choose off-peak manually"
            case .noCoverage: action += "; no window: the region's traces cannot show its keys' calls (see the ticket): choose off-peak manually"
            }
            if !ticket.secrets.isEmpty { action += "; it also names \(ticket.secrets.count) secret(s) outside a KMS instance" }
            drafts.append((.ticket, action, ticket.id, ticket.keys.map(\.keyId), ticket.migrationDate))
        }
        for (region, secrets) in Dictionary(grouping: set.secretsWithoutTicket, by: { $0.region ?? "unknown-region" }).sorted(by: { $0.key < $1.key }) {
            drafts.append((.ticket, "File a support ticket for the secrets outside a KMS instance in \(region), which the CMK migration cannot move: "
                           + secrets.map { "\($0.name) (\($0.type))" }.joined(separator: ", ")
                           + " (or re-create them in a KMS instance: kmsready secrets plan --to-region \(region))", "secrets-\(region)", [], nil))
        }
        for ticket in tickets.sorted(by: { (($0.applicationDeadline?.days ?? .max), $0.id) < (($1.applicationDeadline?.days ?? .max), $1.id) })
        where ticket.kind == .migration {
            let applications = ticket.applications
            guard !applications.isEmpty, let destination = ticket.destination else { continue }
            drafts.append((.application, "Create an application access point (AAP) on \(destination) for "
                           + applications.map(\.caller.identity.principal).joined(separator: ", "),
                           ticket.id, ticket.keys.filter { !$0.applications.isEmpty }.map(\.keyId), ticket.applicationDeadline))
            for (caller, keys) in applications {
                let sdk = caller.migrationSdk.map { "the \($0.name) (\($0.package))" } ?? "a migration SDK (none exists for \(caller.identity.language))"
                drafts.append((.application, "Switch \(caller.identity.principal) (\(caller.identity.language)) to \(sdk) and the AAP; keys "
                               + keys.map { $0.alias ?? $0.keyId }.joined(separator: ", "), ticket.id, keys.map(\.keyId), ticket.applicationDeadline))
            }
        }
        steps = drafts.enumerated().map { Step(number: $0 + 1, phase: $1.phase, action: $1.action, ticket: $1.ticket, keys: $1.keys, due: $1.due) }
        unassigned = set.unassigned
        notTicketed = set.notTicketed
        search = set.search
        edition = set.edition
    }
}
