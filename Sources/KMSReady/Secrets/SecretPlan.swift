/// `kmsready secrets plan`: per secret, the path to a KMS instance in `toRegion` (another region when a
/// region is retired, the same one when leaving the default instance), the exact calls in order, the
/// checks to pass first and its use in the traces. Built from metadata only: it never holds a value.
public struct SecretPlan: Sendable {
    /// The version of the JSON contract.
    public static let schemaVersion = 1

    /// What to plan.
    public struct Request: Sendable {
        public var toRegion: String
        /// The KMS instance in the destination (`kst-…`).
        public var destinationInstance: String?
        /// The key in that instance that will encrypt the secrets.
        public var encryptionKey: String?
        /// The rules of which migration.
        public var edition: Edition

        public init(toRegion: String, destinationInstance: String? = nil, encryptionKey: String? = nil, edition: Edition = .standard) {
            self.toRegion = toRegion
            self.destinationInstance = destinationInstance
            self.encryptionKey = encryptionKey
            self.edition = edition
        }
    }

    /// One secret's plan.
    public struct Entry: Sendable {
        public let secret: Secret
        public let path: SecretPath
        /// Why the path is what it is.
        public let explanation: String
        /// The calls, in order; empty for paths that are not API calls.
        public let steps: [SecretStep]
        /// The checks to pass before the calls; empty when nothing is moved through the API.
        public let preflight: [PreflightCheck]
        /// The secret's use in the traces; `nil` when no traces were given.
        public let usage: KeyUsage?

        /// Whether a preflight check failed.
        public var preflightFailed: Bool { preflight.contains { $0.status == .fail } }
    }

    public let toRegion: String
    /// The edition the plan follows.
    public let edition: Edition
    /// Secrets sorted by region, then name.
    public let entries: [Entry]

    /// Plans every secret of `inventory`; `destination` is the inventory of the destination region, when
    /// exported, and `usage` the traces' usage, when given.
    public init(inventory: Inventory, destination: Inventory?, request: Request, usage: UsageSummary?) {
        toRegion = request.toRegion
        edition = request.edition
        let usageBySecret = usage.map { Checker.secretUsage($0, in: inventory) }
        let target = SecretRecreation.Destination(region: request.toRegion, instance: request.destinationInstance, key: request.encryptionKey)
        entries = inventory.sortedSecrets.map { secret in
            let path = SecretPath.of(secret, toRegion: request.toRegion, edition: request.edition)
            let secretUsage = usageBySecret.map { $0[secret.reference] ?? KeyUsage() }
            let lastAccess = Self.lastAccess(secretUsage)
            let steps: [SecretStep]
            switch path {
            case .reCreate: steps = SecretRecreation.reCreate(secret, to: target, lastAccess: lastAccess)
            case .deleteAndRecreate: steps = SecretRecreation.deleteAndRecreate(secret, to: target, lastAccess: lastAccess)
            case .backupRestore, .none, .needsReview, .migrationTool: steps = []
            }
            let preflight: [PreflightCheck]
            if path == .migrationTool {
                preflight = SecretPreflight.migrationToolChecks(for: secret, destination: destination,
                                                                keyInInventory: secret.metadata?.encryptionKeyId.map { inventory.keys[$0] != nil } ?? false,
                                                                usage: secretUsage)
            } else {
                preflight = steps.isEmpty ? [] : SecretPreflight.checks(
                    for: secret, toRegion: request.toRegion, destination: destination,
                    hasDestinationKey: request.encryptionKey != nil || request.destinationInstance != nil, usage: secretUsage,
                    deletesSourceFirst: path == .deleteAndRecreate)
            }
            return Entry(secret: secret, path: path, explanation: path.explanation(type: secret.type), steps: steps, preflight: preflight, usage: secretUsage)
        }
    }

    /// The secret's last access as a sentence, for the step that deletes the source.
    static func lastAccess(_ usage: KeyUsage?) -> String {
        guard let usage else { return "no traces were given, so check its last access in ActionTrail first." }
        guard let last = usage.lastSeen else { return "the traces show no access to it." }
        let principals = usage.principals.joined(separator: ", ")
        return "its last access in the traces was \(Timestamp.format(last)) (by \(principals)); check ActionTrail again right before deleting."
    }

    /// The secrets whose preflight failed.
    public var failedPreflight: [Entry] { entries.filter(\.preflightFailed) }
}

extension SecretPlan {
    /// Reads the inventories and traces `check` would read, and plans every secret. `check.inventory`
    /// names the source inventory; `destinationInventory` the destination region's, when exported.
    public static func read(_ check: CheckRequest, destinationInventory: [String], request: Request) throws(InputError) -> SecretPlan {
        let inventory = try InventoryReader.read(try InputFile.expand(check.inventory, relativeTo: check.base))
        guard !inventory.secrets.isEmpty else {
            throw InputError(file: check.inventory.joined(separator: ", "),
                             message: "no secrets found: expected ListSecrets, DescribeSecret or ListSecretVersionIds responses")
        }
        let destination = destinationInventory.isEmpty ? nil
            : try InventoryReader.read(try InputFile.expand(destinationInventory, relativeTo: check.base))
        return SecretPlan(inventory: inventory, destination: destination, request: request, usage: try Checker.readUsage(check))
    }
}
