/// How a secret reaches a KMS instance in the destination region, by its type and where it lives
/// (seed documents 000 and 001).
public enum SecretPath: String, Sendable, CaseIterable {
    /// A generic secret outside a KMS instance: created again through the API with identical metadata,
    /// versions (in creation order) and values.
    case reCreate = "re-create"
    /// A generic secret in a KMS instance, going to another region: the instance's backup and restoration.
    case backupRestore = "backup-restore"
    /// A RAM secret: deleted in the source, created again in the destination (one RAM secret per RAM user).
    case deleteAndRecreate = "delete-and-recreate"
    /// Nothing to move: an ApsaraDB RDS or ECS secret follows its instance, or the secret is already in a
    /// KMS instance of the destination region.
    case none
    /// The documents give no path (Redis/Tair, PolarDB, unknown types), or the export lacks DescribeSecret.
    case needsReview = "needs-review"
    /// Under the 2025 edition, a secret outside a KMS instance staying in its region: the KMS 1.0
    /// console's Migration Tool migrates it, after its key (SFAQ).
    case migrationTool = "migration-tool"

    /// The path of `secret` to a KMS instance in `toRegion` under `edition`.
    static func of(_ secret: Secret, toRegion: String, edition: Edition) -> SecretPath {
        guard let inKmsInstance = secret.inKmsInstance else { return .needsReview }
        if edition.process == .migrationTool, !inKmsInstance, secret.region == toRegion,
           Secret.knownTypes.contains(secret.type ?? "Generic") {
            return .migrationTool
        }
        switch secret.type ?? "Generic" {
        case "Generic": return inKmsInstance ? (secret.region == toRegion ? .none : .backupRestore) : .reCreate
        case "RAMCredentials": return .deleteAndRecreate
        case "Rds", "ECS": return .none
        default: return .needsReview
        }
    }

    /// Why the path is what it is, for a secret of `type`.
    func explanation(type: String?) -> String {
        switch self {
        case .reCreate:
            return "A generic secret outside a KMS instance cannot be moved by the CMK migration: create it again in the destination through the API, with identical metadata, versions and values, then delete the source once the applications use the copy."
        case .backupRestore:
            return "A generic secret in a KMS instance moves to another region by the instance's backup and restoration (KMS documentation: Backups)."
        case .deleteAndRecreate:
            return "A RAM secret cannot be migrated: delete it in the source, then create it again for the same RAM user in the destination (a RAM user has one RAM secret; deleting it does not delete the AccessKey pair)."
        case .none:
            return type == "Rds" || type == "ECS"
                ? "An \(type == "Rds" ? "ApsaraDB RDS" : "ECS") secret follows its region-specific instance: nothing to move."
                : "The secret is already in a KMS instance of the destination region: nothing to move."
        case .migrationTool:
            return "Under the 2025 edition the KMS 1.0 console's Migration Tool migrates a secret outside a KMS instance into an instance of its region, keeping its name, versions, stages, status and tags, in a run after the one that migrates its key; kmsready plan --edition 2025 puts it in its run."
        case .needsReview:
            return type == nil
                ? "The export has no DescribeSecret response for this secret, so its type and whether it is in a KMS instance are unknown: export it and plan again."
                : "The documents give no migration path for \(type!) secrets: ask Alibaba Cloud support before moving it; kmsready does not guess."
        }
    }
}
