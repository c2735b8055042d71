/// The checks a secret passes before it moves (`secrets plan`): before it is re-created or deleted and
/// created again in another region (seed 000), or, under the 2025 edition, before the Migration Tool
/// migrates it in its own region (SFAQ).
enum SecretPreflight {
    /// The operations that change a secret: the documents forbid them during the migration.
    static let writeOperations: Set<String> = ["PutSecretValue", "UpdateSecret", "UpdateSecretVersionStage", "UpdateSecretRotationPolicy",
                                              "RestoreSecret", "RotateSecret"]

    /// The checks for moving `secret` to `toRegion` through the API (`deletesSourceFirst` for a RAM
    /// secret, which is deleted before it is created again).
    static func checks(for secret: Secret, toRegion: String, destination: Inventory?, hasDestinationKey: Bool,
                       usage: KeyUsage?, deletesSourceFirst: Bool) -> [PreflightCheck] {
        var checks: [PreflightCheck] = []
        if secret.region == toRegion && deletesSourceFirst {
            checks.append(PreflightCheck(check: "name-exists", status: .pass,
                                          message: "The source holds the name \(secret.name) in \(toRegion) until it is deleted, which comes first."))
        } else if secret.region == toRegion {
            checks.append(PreflightCheck(check: "name-exists", status: .fail, message:
                "The source itself holds the name \(secret.name) in \(toRegion), and a name is unique in a region: create the copy under a new name and point the applications at it, or delete the source first (after GetSecretValue of every version)."))
        } else if let destination {
            // A secret whose region the export does not name (ListSecrets names none) is taken to be in
            // `toRegion`: the user gave it as that region's export.
            let taken = destination.secrets.values.contains { $0.name == secret.name && ($0.region == toRegion || $0.region == nil) }
            checks.append(PreflightCheck(check: "name-exists", status: taken ? .fail : .pass, message: taken
                ? "A secret named \(secret.name) already exists in \(toRegion) (destination inventory): CreateSecret would fail. Rename or remove it first."
                : "No secret named \(secret.name) in the destination inventory of \(toRegion)."))
        } else {
            checks.append(PreflightCheck(check: "name-exists", status: .unknown, message:
                "No destination inventory given: whether \(secret.name) already exists in \(toRegion) is not known; export ListSecrets of \(toRegion) and give it as --destination-inventory."))
        }
        checks.append(PreflightCheck(check: "no-destination-key", status: hasDestinationKey ? .pass : .fail, message: hasDestinationKey
            ? "The destination KMS instance or key is given."
            : "Neither --encryption-key nor --destination-instance is given: CreateSecret needs a key in a KMS instance of \(toRegion)."))
        return checks + [pendingVersion(secret), rotation(secret, status: .warn), recentWrites(usage), plannedDeletion(secret)]
    }

    /// The checks before the Migration Tool migrates `secret` in its own region (2025 edition):
    /// no name clash in the destination, its key first, rotation off, no rotation or write under way.
    static func migrationToolChecks(for secret: Secret, destination: Inventory?, keyInInventory: Bool, usage: KeyUsage?) -> [PreflightCheck] {
        let nameClash: PreflightCheck
        if destination == nil {
            nameClash = PreflightCheck(check: "name-clash", status: .unknown, message:
                "No destination inventory given (--destination-inventory): whether a KMS instance of \(secret.region ?? "its region") already holds the name \(secret.name) is not known; the Migration Tool refuses a clash (SFAQ).")
        } else {
            let clashes = NameClashes.Index(destination).clashes(of: secret)
            if !clashes.certain.isEmpty {
                nameClash = PreflightCheck(check: "name-clash", status: .fail, message: "\(clashes.certain.joined(separator: ", ")) holds the name: the Migration Tool refuses the secret; rename or remove it first (SFAQ).")
            } else if !clashes.possible.isEmpty {
                nameClash = PreflightCheck(check: "name-clash", status: .unknown, message: "The destination inventory lists \(clashes.possible.joined(separator: ", ")): export its DescribeSecret to know where it is.")
            } else {
                nameClash = PreflightCheck(check: "name-clash", status: .pass, message: "No secret named \(secret.name) in a KMS instance of the destination inventory.")
            }
        }
        let key: PreflightCheck
        switch (secret.metadata?.encryptionKeyId, keyInInventory) {
        case (nil, _) where secret.metadata == nil: key = PreflightCheck(check: "key-first", status: .unknown, message:
            "No DescribeSecret response for \(secret.name): which key encrypts it is not known; export it.")
        case (nil, _): key = PreflightCheck(check: "key-first", status: .pass, message: "The secret is on the default service key: it migrates without a key of its own first.")
        case (let id?, true): key = PreflightCheck(check: "key-first", status: .warn, message:
            "Its key \(id) must migrate in an earlier run than the secret (kmsready plan --edition 2025 orders the runs; SFAQ).")
        case (let id?, false): key = PreflightCheck(check: "key-first", status: .unknown, message:
            "Its key \(id) is not in the inventory: whether it migrates (first) is not known; export it (samples/export-inventory.sh).")
        }
        return [nameClash, key, pendingVersion(secret), rotation(secret, status: .fail), recentWrites(usage), plannedDeletion(secret)]
    }

    private static func pendingVersion(_ secret: Secret) -> PreflightCheck {
        guard secret.versionCount != nil else {
            return PreflightCheck(check: "pending-version", status: .unknown, message:
                "No ListSecretVersionIds response for \(secret.name): whether a rotation is under way is not known; export it (aliyun kms ListSecretVersionIds --SecretName \(secret.name) --IncludeDeprecated true).")
        }
        let pending = secret.versionsInCreationOrder.filter { $0.stages.contains("ACSPendding") }.map(\.versionId)
        return PreflightCheck(check: "pending-version", status: pending.isEmpty ? .pass : .fail, message: pending.isEmpty
            ? "No version carries ACSPendding."
            : "Version \(pending.joined(separator: ", ")) carries ACSPendding: a rotation is in progress. Let it finish (or cancel it) and export the versions again.")
    }

    /// Automatic rotation: `status` when it is on (a warning for a re-creation, a failure for the Migration Tool).
    private static func rotation(_ secret: Secret, status: PreflightCheck.Status) -> PreflightCheck {
        guard secret.metadata != nil else {
            return PreflightCheck(check: "rotation-enabled", status: .unknown, message:
                "No DescribeSecret response for \(secret.name): whether its rotation is on is not known; export it.")
        }
        let rotating = secret.metadata?.automaticRotation?.lowercased() == "enabled"
        return PreflightCheck(check: "rotation-enabled", status: rotating ? status : .pass, message: rotating
            ? "Automatic rotation is enabled: pause it so that no version appears during the move (aliyun kms UpdateSecretRotationPolicy --SecretName \(secret.name) --EnableAutomaticRotation false), and switch it back on after."
            : "Automatic rotation is not enabled.")
    }

    private static func recentWrites(_ usage: KeyUsage?) -> PreflightCheck {
        guard let usage else {
            return PreflightCheck(check: "recent-writes", status: .unknown, message:
                "No traces given: whether anything writes the secret is not known; give a month of ActionTrail events (--traces) to see its writers.")
        }
        let writes = usage.groups.filter { writeOperations.contains($0.key.operation) }
        let count = writes.values.reduce(0) { $0 + $1.calls }
        let last = writes.values.map(\.lastSeen).max()
        let operations = distinct(writes.keys.map(\.operation)).joined(separator: ", ")
        return PreflightCheck(check: "recent-writes", status: count == 0 ? .pass : .warn, message: count == 0
            ? "No write to the secret in the traced period."
            : "\(count) write(s) in the traced period (\(operations)), the last at \(last.map(Timestamp.format) ?? "?"): the document forbids changes during the migration; stop the writers first.")
    }

    private static func plannedDeletion(_ secret: Secret) -> PreflightCheck {
        let deletion = (secret.metadata ?? secret.listed)?.plannedDeleteTime
        return PreflightCheck(check: "planned-deletion", status: deletion == nil ? .pass : .fail, message: deletion.map {
            "The secret is scheduled for deletion at \($0): restore it (aliyun kms RestoreSecret --SecretName \(secret.name)) or leave it out of the move."
        } ?? "The secret is not scheduled for deletion.")
    }
}
