/// One support ticket to file with Alibaba Cloud: a migration request for keys that can move, or the
/// migration requirements of keys held back only by an application's language or network origin.
public struct Ticket: Sendable {
    /// What the ticket asks for.
    public enum Kind: String, Sendable, Comparable {
        /// Migrate these keys to the destination instance in the window.
        case migration
        /// "Submit your CMK migration requirements": keys support must look at first.
        case requirements

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs == .migration && rhs == .requirements }
    }

    public let kind: Kind
    /// A stable name: `migration-cn-hangzhou-kst-…`, or `migration-<key id>` with `--per-key`.
    public let id: String
    /// The account, from the keys' ARNs.
    public let account: String?
    public let region: String
    /// The destination KMS instance; `nil` only for a requirements ticket whose keys have none yet.
    public let destination: String?
    /// The migration window, or why there is none.
    public let window: WindowChoice
    /// The keys, sorted by id.
    public let keys: [TicketKey]
    /// Secrets outside a KMS instance in the ticket's account and region, which the request also names
    /// (only on the first ticket of the region).
    public internal(set) var secrets: [TicketSecret] = []
    /// The zone the window is shown in.
    public let timeZone: LocalTimeZone
    /// The edition whose rules the keys were judged by.
    public let edition: Edition

    /// The local date the migration starts, when a window was chosen.
    public var migrationDate: CalendarDate? { window.window.map { timeZone.local($0.start).date } }

    /// The date applications must have switched to an AAP and the migration SDK: one month after the migration.
    public var applicationDeadline: CalendarDate? { migrationDate?.addingOneMonth() }

    /// The applications that call the ticket's keys, one per principal and language, with the keys they call.
    public var applications: [(caller: ApplicationCaller, keys: [TicketKey])] {
        var byCaller: [ApplicationCaller.Identity: (caller: ApplicationCaller, keys: [TicketKey])] = [:]
        for key in keys {
            for caller in key.applications {
                if var entry = byCaller[caller.identity] {
                    entry.caller = entry.caller.merged(with: caller)
                    entry.keys.append(key)
                    byCaller[caller.identity] = entry
                } else {
                    byCaller[caller.identity] = (caller, [key])
                }
            }
        }
        return byCaller.values.sorted { $0.caller.identity < $1.caller.identity }
    }
}
