/// One customer master key as the inventory describes it, joined from all the responses that name it.
public struct Key: Equatable, Sendable {
    /// The key id (a UUID for keys in the default instance).
    public var id: String
    /// `acs:kms:<region>:<account>:key/<id>`, from ListKeys or DescribeKey.
    public var arn: String?
    /// The DescribeKey metadata, when a DescribeKey response was given.
    public var metadata: KeyMetadata?
    /// Distinct key version ids listed by ListKeyVersions responses.
    public var versionIds: Set<String> = []
    /// Version ids named by DescribeKeyVersion responses: one version each, which says nothing of how
    /// many the key has, so they count only beside a ListKeyVersions response.
    public var describedVersionIds: Set<String> = []
    /// The largest `TotalCount` of a ListKeyVersions response for this key.
    public var reportedVersionCount: Int?
    /// The file of the ListKeyVersions response that gave `reportedVersionCount` first.
    public var reportedVersionCountSource: String?
    /// What two responses about this key disagree on, each naming both files: until they agree the key
    /// needs review (`inventory-conflict`).
    public var conflicts: [String] = []
    /// Alias names, e.g. `alias/orders-db`, `alias/acs/oss`.
    public var aliases: Set<String> = []
    /// Resource tags.
    public var tags: [String: String] = [:]
    /// Which inventory files describe this key, for traceability.
    public var sources: Set<String> = []
    /// Where the inventory defines the key: its DescribeKey response, else the ListKeys page that lists it.
    public var definition: KeyDefinition?

    /// Creates a key known only by its id.
    public init(id: String) { self.id = id }

    /// The alias that names the key in one-line reports: the first in sort order.
    public var firstAlias: String? { aliases.min() }

    /// The region, from the ARN.
    public var region: String? { arn.flatMap(KeyARN.init).map(\.region) }
    /// The account, from the ARN.
    public var account: String? { arn.flatMap(KeyARN.init).map(\.account) }

    /// The number of key versions, when any ListKeyVersions response named this key.
    public var versionCount: Int? {
        guard reportedVersionCount != nil || !versionIds.isEmpty else { return nil }
        return max(reportedVersionCount ?? 0, versionIds.union(describedVersionIds).count)
    }

    /// The responses a complete export has for every key but this key lacks.
    public var missingResponses: [String] {
        var missing: [String] = []
        if metadata == nil { missing.append("DescribeKey") }
        if versionCount == nil { missing.append("ListKeyVersions") }
        return missing
    }
}

/// The `KeyMetadata` of a DescribeKey response (fields as in the KMS API, optional ones `nil` when absent).
public struct KeyMetadata: Equatable, Sendable {
    public var keyId: String
    public var arn: String?
    public var creationDate: String?
    public var description: String?
    public var keyState: String?
    public var keyUsage: String?
    public var keySpec: String?
    public var origin: String?
    public var protectionLevel: String?
    public var automaticRotation: String?
    public var rotationInterval: String?
    public var lastRotationDate: String?
    public var nextRotationDate: String?
    public var primaryKeyVersion: String?
    public var materialExpireTime: String?
    public var deleteDate: String?
    public var deletionProtection: String?
    public var dkmsInstanceId: String?
}

/// The parts of a KMS ARN: `acs:kms:<region>:<account>:<resource>`.
public struct KeyARN: Equatable, Sendable {
    public let region: String
    public let account: String
    /// `key/<id>` or `alias/<name>`.
    public let resource: String

    /// Parses a KMS ARN; `nil` for anything else.
    public init?(_ arn: String) {
        let parts = arn.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "acs", parts[1] == "kms", !parts[2].isEmpty else { return nil }
        region = String(parts[2])
        account = String(parts[3])
        resource = String(parts[4])
    }

    /// The key id when the ARN names a key.
    public var keyId: String? { resource.hasPrefix("key/") ? String(resource.dropFirst(4)) : nil }
    /// The alias name (`alias/...`) when the ARN names an alias.
    public var aliasName: String? { resource.hasPrefix("alias/") ? resource : nil }
}

/// The place in an inventory file that defines a key, for reports that point at files (SARIF).
public struct KeyDefinition: Equatable, Sendable {
    /// The file, as the user named it.
    public var file: String
    /// The JSON path of the key's `KeyId`, e.g. `$.KeyMetadata.KeyId` or `$.Keys.Key[2].KeyId`.
    public var jsonPath: String
    /// The 1-based line of the key id in the file (1 when it cannot be found as written).
    public var line: Int
}
