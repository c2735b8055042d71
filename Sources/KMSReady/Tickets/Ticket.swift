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
    /// The zone the window is shown in.
    public let timeZone: LocalTimeZone

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

/// A key as a ticket names it.
public struct TicketKey: Sendable {
    public let keyId: String
    public let alias: String?
    public let description: String?
    public let verdict: Verdict
    /// Who uses the key, which decides what the migration changes.
    public let scenario: MigrationScenario
    /// Remediations that must be done before the migration, as checklist items.
    public let checklist: [String]
    /// For requirements tickets: what support must look at (the findings that hold the key back).
    public let requirements: [String]
    /// The applications that call the key.
    public let applications: [ApplicationCaller]
    /// The cloud services that use the key for server-side encryption.
    public let cloudServices: [String]
}

/// Who uses a key, in the terms of the migration document.
public enum MigrationScenario: String, Sendable {
    /// Scenario 1: server-side encryption by Alibaba Cloud services only.
    case cloudServices = "cloud-services"
    /// Scenario 2: the user's own applications only.
    case applications
    /// Both scenarios.
    case cloudServicesAndApplications = "cloud-services-and-applications"
    /// Traced, but neither cloud services nor applications called it (consoles, tools only).
    case noServiceOrApplicationCalls = "no-service-or-application-calls"
    /// No traces were given.
    case unknown

    /// A line for a ticket.
    public var text: String {
        switch self {
        case .cloudServices: return "server-side encryption by cloud services (scenario 1): no application change"
        case .applications: return "own applications (scenario 2): applications switch to an AAP and the migration SDK"
        case .cloudServicesAndApplications: return "cloud services (scenario 1) and own applications (scenario 2)"
        case .noServiceOrApplicationCalls: return "no cloud service or application calls in the traces (console or tools only)"
        case .unknown: return "unknown: no traces were given"
        }
    }
}

/// One application (a principal in one SDK language) that calls keys of a ticket.
public struct ApplicationCaller: Sendable {
    /// What tells two callers apart.
    public struct Identity: Hashable, Comparable, Sendable {
        public let principal: String
        public let language: String

        public static func < (lhs: Identity, rhs: Identity) -> Bool { (lhs.principal, lhs.language) < (rhs.principal, rhs.language) }
    }

    public let identity: Identity
    /// Its calls in the traces.
    public let calls: Int
    /// Network origins it calls from (`private`, `public`, …), sorted.
    public let networks: [String]
    /// Versions of the migration SDK its User-Agent already shows, sorted.
    public let migrationSdkVersions: [String]

    /// The migration SDK for its language, when there is one.
    public var migrationSdk: MigrationSDK? { MigrationSDK.forLanguage(identity.language) }

    func merged(with other: ApplicationCaller) -> ApplicationCaller {
        ApplicationCaller(identity: identity, calls: calls + other.calls, networks: Array(Set(networks + other.networks)).sorted(),
                          migrationSdkVersions: Array(Set(migrationSdkVersions + other.migrationSdkVersions)).sorted())
    }
}

/// The migration SDK ("Alibaba Cloud Dedicated KMS Transfer SDK") of one language: it sends the
/// cryptographic operations of migrated keys to the KMS instance through an AAP.
public struct MigrationSDK: Sendable {
    /// `java`, `go`, `python`, as the User-Agent classifier names languages.
    public let language: String
    public let name: String
    /// How to add it to a project.
    public let package: String

    /// The SDKs that exist: Java, Go and Python only.
    public static let all = [
        MigrationSDK(language: "go", name: "Alibaba Cloud Dedicated KMS Transfer SDK for Go",
                     package: "go get github.com/aliyun/alibabacloud-dkms-transfer-go-sdk"),
        MigrationSDK(language: "java", name: "Alibaba Cloud Dedicated KMS Transfer SDK for Java",
                     package: "Maven com.aliyun.kms:kms-transfer-client"),
        MigrationSDK(language: "python", name: "Alibaba Cloud Dedicated KMS Transfer SDK for Python",
                     package: "pip install alibabacloud-dkms-transfer-python"),
    ]

    /// The SDK for `language`, `nil` when there is none.
    public static func forLanguage(_ language: String) -> MigrationSDK? { all.first { $0.language == language } }
}
