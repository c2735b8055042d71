/// One KMS secret as the inventory describes it, joined from its ListSecrets entry, DescribeSecret and
/// ListSecretVersionIds responses. Only metadata: a secret value is never read (a GetSecretValue
/// response among the inputs is refused).
public struct Secret: Equatable, Sendable {
    /// The secret's name, unique in its region.
    public var name: String
    /// The DescribeSecret metadata, when a DescribeSecret response was given.
    public var metadata: SecretMetadata?
    /// Created and updated times and tags from a ListSecrets entry, used when DescribeSecret is missing.
    public var listed: SecretMetadata?
    /// Versions from ListSecretVersionIds, by version id.
    public var versions: [String: SecretVersion] = [:]
    /// The largest `TotalCount` of a ListSecretVersionIds response for this secret.
    public var reportedVersionCount: Int?
    /// Which inventory files describe this secret.
    public var sources: Set<String> = []
    /// Where the inventory defines the secret: its DescribeSecret response, else its ListSecrets page.
    public var definition: KeyDefinition?
    /// What two responses about this secret disagree on, each naming both files: until they agree the
    /// secret needs review (`secret-inventory-conflict`).
    public var conflicts: [String] = []

    /// Creates a secret known only by its name.
    public init(name: String) { self.name = name }

    /// `acs:kms:<region>:<account>:secret/<name>`, from DescribeSecret.
    public var arn: String? { metadata?.arn }
    /// The type as the API spells it: `Generic`, `Rds`, `Redis`, `PolarDB`, `RAMCredentials`, `ECS`; from
    /// DescribeSecret, else from the ListSecrets entry.
    public var type: String? { metadata?.secretType ?? listed?.secretType }

    /// The region, from the ARN.
    public var region: String? { arn.flatMap(KeyARN.init).map(\.region) }
    /// The account, from the ARN.
    public var account: String? { arn.flatMap(KeyARN.init).map(\.account) }

    /// The KMS instance the secret is in; `nil` for a secret outside any (or when DescribeSecret is missing).
    public var kmsInstanceId: String? { metadata?.dkmsInstanceId.flatMap { $0.isEmpty ? nil : $0 } }
    /// Whether the secret is in a KMS instance; `nil` when DescribeSecret is missing, so nobody knows.
    public var inKmsInstance: Bool? { metadata == nil ? nil : kmsInstanceId != nil }

    /// The versions in creation order (the API does not sort them); equal times by version id.
    public var versionsInCreationOrder: [SecretVersion] {
        versions.values.sorted { ($0.createTime ?? "", $0.versionId) < ($1.createTime ?? "", $1.versionId) }
    }

    /// The number of versions, when a ListSecretVersionIds response named this secret.
    public var versionCount: Int? {
        guard reportedVersionCount != nil || !versions.isEmpty else { return nil }
        return max(reportedVersionCount ?? 0, versions.count)
    }

    /// The responses a complete export has for every secret but this secret lacks.
    public var missingResponses: [String] {
        var missing: [String] = []
        if metadata == nil { missing.append("DescribeSecret") }
        if versionCount == nil { missing.append("ListSecretVersionIds") }
        return missing
    }

    /// `name@region`, or the name alone when the region is unknown: how reports and traces name a secret.
    public var reference: String { region.map { "\(name)@\($0)" } ?? name }

    /// The API's type spellings, to which other spellings (`RDS`, `generic`) are brought.
    public static let knownTypes = ["Generic", "Rds", "Redis", "PolarDB", "RAMCredentials", "ECS"]

    /// `type` in the API's spelling when it is a known type, compared case-insensitively; else as given.
    public static func canonicalType(_ type: String) -> String {
        knownTypes.first { $0.lowercased() == type.lowercased() } ?? type
    }
}

/// The metadata of a DescribeSecret response (or of a ListSecrets entry, which has fewer fields).
public struct SecretMetadata: Equatable, Sendable {
    public var secretName: String
    public var arn: String?
    public var secretType: String?
    public var encryptionKeyId: String?
    public var dkmsInstanceId: String?
    public var description: String?
    public var createTime: String?
    public var updateTime: String?
    public var plannedDeleteTime: String?
    public var automaticRotation: String?
    public var rotationInterval: String?
    public var lastRotationDate: String?
    public var nextRotationDate: String?
    /// A JSON string (database instance, RAM user, ECS instance); never a value.
    public var extendedConfig: String?
    public var owingService: String?
    /// Tags in the order of the response.
    public var tags: [SecretTag] = []

    public init(secretName: String) { self.secretName = secretName }
}

/// A resource tag of a secret.
public struct SecretTag: Equatable, Sendable {
    public var key: String
    public var value: String
}

/// One version of a secret, from ListSecretVersionIds.
public struct SecretVersion: Equatable, Sendable {
    public var versionId: String
    public var createTime: String?
    /// Stages on the version (`ACSCurrent`, `ACSPrevious`, `ACSPendding`, custom ones); none: deprecated.
    public var stages: [String]
}
