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
