/// The rules of the migration as Alibaba Cloud documented it at a date: which pages, which process.
///
/// Two are built in (`rules/editions/*.json`): `2023`, the seed's page of 2023-09-12 (a support ticket
/// per migration; the default), and `2025`, today's self-service Migration Tool (runs of at most 50
/// keys and 50 secrets per region). Every rule names the editions it belongs to; a check applies the
/// rules of one edition, and every report names it with its sources. See <doc:Rules>.
public struct Edition: Sendable, Equatable {
    /// How keys are migrated under an edition.
    public enum Process: String, Sendable {
        /// A support ticket per migration, naming the CMK, a window and the destination instance.
        case supportTicket = "support-ticket"
        /// Self-service runs in the KMS 1.0 console's Migration Tool.
        case migrationTool = "migration-tool"
    }

    /// How many keys and secrets one Migration Tool run takes.
    public struct RunLimits: Sendable, Equatable {
        public let keys: Int
        public let secrets: Int
    }

    /// `2023` or `2025`.
    public let id: String
    public let title: String
    public let description: String
    /// The day the documented process took effect (`YYYY-MM-DD`).
    public let inForceFrom: String
    /// The day a later process replaced it; `nil` for the current one.
    public let inForceUntil: String?
    public let process: Process
    /// The Migration Tool's limits per run; `nil` for the ticketed process.
    public let runLimits: RunLimits?
    /// The pages the edition's rules come from, each with its "Last Updated" date.
    public let sources: [RuleSource]

    /// The edition kmsready applies when none is asked for: the seed's document.
    public static let defaultId = "2023"

    /// The built-in editions, oldest first.
    public static let builtIn: [Edition] = EmbeddedRuleFiles.files.filter { $0.name.hasPrefix("editions/") }.map { file in
        // The embedded files are checked by the tests; a broken one is a build of the tool that cannot run.
        try! decode(Array(file.text.utf8), file: "rules/" + file.name)
    }

    /// The built-in edition `id`, or `nil`.
    public static func named(_ id: String) -> Edition? { builtIn.first { $0.id == id } }

    /// The edition applied when none is asked for.
    public static var standard: Edition { named(defaultId)! }

    /// `2023: <title>; in force 2023-09-12 to 2024-11-18`: how reports name the edition in one line.
    public var summaryLine: String {
        "edition \(id): \(title); in force from \(inForceFrom)" + (inForceUntil.map { " until \($0)" } ?? " (current)")
    }

    /// Reads an edition file.
    static func decode(_ bytes: [UInt8], file: String) throws(InputError) -> Edition {
        try JSONDocumentFile.decodeBytes(bytes, file: file) { (root) throws(JSONShapeError) -> Edition in
            try root.rejectUnknownMembers(["id", "title", "description", "inForceFrom", "inForceUntil", "process", "runLimits", "sources"])
            let processNode = try root.requiredMember("process")
            guard let process = Process(rawValue: try processNode.string()) else {
                throw processNode.error("expected support-ticket or migration-tool")
            }
            let limits = try root.member("runLimits").map { (node) throws(JSONShapeError) -> RunLimits in
                try node.rejectUnknownMembers(["keys", "secrets"])
                let limits = RunLimits(keys: try node.requiredMember("keys").int(), secrets: try node.requiredMember("secrets").int())
                if limits.keys < 1 || limits.secrets < 1 { throw node.error("a run takes at least one key and one secret") }
                return limits
            }
            if process == .migrationTool && limits == nil { throw root.error("a migration-tool edition needs runLimits") }
            return Edition(id: try root.requiredString("id"), title: try root.requiredString("title"),
                           description: try root.requiredString("description"), inForceFrom: try root.requiredString("inForceFrom"),
                           inForceUntil: try root.optionalString("inForceUntil"), process: process, runLimits: limits,
                           sources: try root.requiredMember("sources").elements().map(RuleSource.decode))
        }
    }
}
