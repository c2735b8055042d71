/// One check to pass before a secret is moved: what was checked, how it came out, and why.
public struct SecretPreflight: Equatable, Sendable {
    /// How a check came out.
    public enum Status: String, Sendable {
        case fail, warn, pass
    }

    /// `name-exists`, `no-destination-key`, `pending-version`, `rotation-enabled`, `recent-writes` or `planned-deletion`.
    public let check: String
    public let status: Status
    public let message: String

    /// The operations that change a secret: the document forbids them during the migration.
    static let writeOperations: Set<String> = ["PutSecretValue", "UpdateSecret", "UpdateSecretVersionStage", "UpdateSecretRotationPolicy",
                                              "RestoreSecret", "RotateSecret"]

    /// The checks for moving `secret` to `toRegion` (`deletesSourceFirst` for a RAM secret, which is
    /// deleted before it is created again).
    static func checks(for secret: Secret, toRegion: String, destination: Inventory?, hasDestinationKey: Bool,
                       usage: KeyUsage?, deletesSourceFirst: Bool) -> [SecretPreflight] {
        var checks: [SecretPreflight] = []
        if secret.region == toRegion && deletesSourceFirst {
            checks.append(SecretPreflight(check: "name-exists", status: .pass,
                                          message: "The source holds the name \(secret.name) in \(toRegion) until it is deleted, which comes first."))
        } else if secret.region == toRegion {
            checks.append(SecretPreflight(check: "name-exists", status: .fail, message:
                "The source itself holds the name \(secret.name) in \(toRegion), and a name is unique in a region: create the copy under a new name and point the applications at it, or delete the source first (after GetSecretValue of every version)."))
        } else if let destination {
            let taken = destination.secrets[secret.name + "@" + toRegion] != nil
            checks.append(SecretPreflight(check: "name-exists", status: taken ? .fail : .pass, message: taken
                ? "A secret named \(secret.name) already exists in \(toRegion) (destination inventory): CreateSecret would fail. Rename or remove it first."
                : "No secret named \(secret.name) in the destination inventory of \(toRegion)."))
        } else {
            checks.append(SecretPreflight(check: "name-exists", status: .warn,
                                          message: "No destination inventory given (--destination-inventory): whether \(secret.name) already exists in \(toRegion) is not checked."))
        }
        checks.append(SecretPreflight(check: "no-destination-key", status: hasDestinationKey ? .pass : .fail, message: hasDestinationKey
            ? "The destination KMS instance or key is given."
            : "Neither --encryption-key nor --destination-instance is given: CreateSecret needs a key in a KMS instance of \(toRegion)."))
        let pending = secret.versionsInCreationOrder.filter { $0.stages.contains("ACSPendding") }.map(\.versionId)
        checks.append(SecretPreflight(check: "pending-version", status: pending.isEmpty ? .pass : .fail, message: pending.isEmpty
            ? "No version carries ACSPendding."
            : "Version \(pending.joined(separator: ", ")) carries ACSPendding: a rotation is in progress. Let it finish (or cancel it) and export the versions again."))
        let rotating = secret.metadata?.automaticRotation?.lowercased() == "enabled"
        checks.append(SecretPreflight(check: "rotation-enabled", status: rotating ? .warn : .pass, message: rotating
            ? "Automatic rotation is enabled: pause it so that no version appears during the move (aliyun kms UpdateSecretRotationPolicy --SecretName \(secret.name) --EnableAutomaticRotation false)."
            : "Automatic rotation is not enabled."))
        if let usage {
            let writes = usage.groups.filter { writeOperations.contains($0.key.operation) }
            let count = writes.values.reduce(0) { $0 + $1.calls }
            let last = writes.values.map(\.lastSeen).max()
            let operations = distinct(writes.keys.map(\.operation)).joined(separator: ", ")
            checks.append(SecretPreflight(check: "recent-writes", status: count == 0 ? .pass : .warn, message: count == 0
                ? "No write to the secret in the traced period."
                : "\(count) write(s) in the traced period (\(operations)), the last at \(last.map(Timestamp.format) ?? "?"): the document forbids changes during the migration; stop the writers first."))
        } else {
            checks.append(SecretPreflight(check: "recent-writes", status: .warn,
                                          message: "No traces given (--traces): writes to the secret during the migration are not checked."))
        }
        let deletion = (secret.metadata ?? secret.listed)?.plannedDeleteTime
        checks.append(SecretPreflight(check: "planned-deletion", status: deletion == nil ? .pass : .fail, message: deletion.map {
            "The secret is scheduled for deletion at \($0): restore it (aliyun kms RestoreSecret --SecretName \(secret.name)) or leave it out of the move."
        } ?? "The secret is not scheduled for deletion."))
        return checks
    }
}
