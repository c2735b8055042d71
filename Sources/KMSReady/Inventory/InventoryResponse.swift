/// One KMS OpenAPI response, recognised by its shape (never by its file name).
enum InventoryResponse {
    case listKeys(page: Int?, totalCount: Int?, keys: [(id: String, arn: String?)])
    case describeKey(KeyMetadata)
    case keyVersions(totalCount: Int?, versions: [(keyId: String, versionId: String)])
    /// DescribeKeyVersion: one version of a key, which says nothing of how many it has.
    case describeKeyVersion(keyId: String, versionId: String)
    case aliases([(name: String, arn: String?, keyId: String)])
    case tags([(keyId: String, key: String, value: String)])
    case listSecrets(page: Int?, totalCount: Int?, secrets: [SecretMetadata])
    case describeSecret(SecretMetadata)
    case secretVersions(secretName: String, totalCount: Int?, versions: [SecretVersion])
    /// GetKmsInstance.
    case kmsInstance(KMSInstance)
    /// GetKmsInstanceQuotaInfos: quotas by resource type.
    case kmsInstanceQuotas(instanceId: String, quotas: [String: KMSInstance.Quota])
    /// ListKmsInstances: instance ids with their ARNs.
    case kmsInstanceList(totalCount: Int?, instances: [(id: String, arn: String?)])
    /// GetDefaultKmsInstance.
    case defaultKmsInstance(String)

    /// The API name of the response kind, as users know it.
    var kindName: String {
        switch self {
        case .listKeys: return "ListKeys"
        case .describeKey: return "DescribeKey"
        case .keyVersions: return "ListKeyVersions"
        case .describeKeyVersion: return "DescribeKeyVersion"
        case .aliases: return "ListAliases"
        case .tags: return "ListResourceTags"
        case .listSecrets: return "ListSecrets"
        case .describeSecret: return "DescribeSecret"
        case .secretVersions: return "ListSecretVersionIds"
        case .kmsInstance: return "GetKmsInstance"
        case .kmsInstanceQuotas: return "GetKmsInstanceQuotaInfos"
        case .kmsInstanceList: return "ListKmsInstances"
        case .defaultKmsInstance: return "GetDefaultKmsInstance"
        }
    }

    /// Recognises and decodes a response document. A GetSecretValue response (it has `SecretData`) is
    /// refused before anything of it is read.
    static func decode(_ root: JSONNode) throws(JSONShapeError) -> InventoryResponse {
        let object = try root.object()
        if let value = try root.member("SecretData") {
            throw value.error("a GetSecretValue response: it holds a secret value, which kmsready never reads; remove this file from the inputs (export DescribeSecret and ListSecretVersionIds instead)")
        }
        if let secrets = try decodeSecretResponse(root, object) { return secrets }
        if let instances = try decodeInstanceResponse(root, object) { return instances }
        if object["KeyMetadata"] != nil { return .describeKey(try decodeMetadata(try root.requiredMember("KeyMetadata"))) }
        if object["Keys"] != nil { return try decodeListKeys(root) }
        if object["KeyVersions"] != nil {
            let list = try listElements(root, wrapper: "KeyVersions", element: "KeyVersion")
            return .keyVersions(totalCount: try root.member("TotalCount")?.int(), versions: try list.map(decodeVersion))
        }
        if let single = try root.member("KeyVersion"), single.value.objectValue != nil {
            let version = try decodeVersion(single)
            return .describeKeyVersion(keyId: version.keyId, versionId: version.versionId)
        }
        if object["Aliases"] != nil {
            let list = try listElements(root, wrapper: "Aliases", element: "Alias")
            return .aliases(try list.map { (node) throws(JSONShapeError) in
                (name: try node.requiredString("AliasName"), arn: try node.optionalString("AliasArn"), keyId: try node.requiredString("KeyId"))
            })
        }
        if object["Tags"] != nil {
            let list = try listElements(root, wrapper: "Tags", element: "Tag")
            return .tags(try list.map { (node) throws(JSONShapeError) in
                (keyId: try node.requiredString("KeyId"), key: try node.requiredString("TagKey"), value: try node.optionalString("TagValue") ?? "")
            })
        }
        throw root.error("not a recognised KMS response: expected the fields of ListKeys (Keys), DescribeKey (KeyMetadata), ListKeyVersions (KeyVersions), ListAliases (Aliases), ListResourceTags (Tags), ListSecrets (SecretList), DescribeSecret (SecretName), ListSecretVersionIds (VersionIds), GetKmsInstance (KmsInstance), GetKmsInstanceQuotaInfos (KmsInstanceQuotaInfos), ListKmsInstances (KmsInstances) or GetDefaultKmsInstance (DefaultKmsInstanceId)")
    }

    /// GetKmsInstance (`KmsInstance`), GetKmsInstanceQuotaInfos (`KmsInstanceQuotaInfos`), ListKmsInstances
    /// (`KmsInstances`) or GetDefaultKmsInstance (`DefaultKmsInstanceId`); `nil` for other responses.
    /// Shapes from the official SDKs' models (`alibabacloud-kms20160120`).
    private static func decodeInstanceResponse(_ root: JSONNode, _ object: JSONObject) throws(JSONShapeError) -> InventoryResponse? {
        if let node = try root.member("KmsInstance") {
            var instance = KMSInstance(id: try node.requiredString("InstanceId"))
            instance.status = try node.optionalString("Status")
            instance.chargeType = try node.optionalString("ChargeType")
            instance.endDate = try node.optionalString("EndDate")
            instance.productVersion = try optionalInt(node, "ProductVersion").map(String.init)
            instance.keyLimit = try optionalInt(node, "KeyNum")
            instance.secretLimit = try optionalInt(node, "SecretNum")
            instance.region = try listElements(node, wrapper: "BindVpcs", element: "BindVpc").first.flatMap { (vpc) throws(JSONShapeError) in
                try vpc.optionalString("RegionId")
            }
            return .kmsInstance(instance)
        }
        if object["KmsInstanceQuotaInfos"] != nil {
            var quotas: [String: KMSInstance.Quota] = [:]
            for node in try root.member("KmsInstanceQuotaInfos")?.elements() ?? [] {
                quotas[try node.requiredString("ResourceType")] = KMSInstance.Quota(quota: try optionalInt(node, "ResourceQuota") ?? 0,
                                                                                    used: try optionalInt(node, "UsedQuantity") ?? 0)
            }
            return .kmsInstanceQuotas(instanceId: try root.requiredString("KmsInstanceId"), quotas: quotas)
        }
        if object["KmsInstances"] != nil {
            let list = try listElements(root, wrapper: "KmsInstances", element: "KmsInstance").map { (node) throws(JSONShapeError) in
                (id: try node.requiredString("KmsInstanceId"), arn: try node.optionalString("KmsInstanceArn"))
            }
            return .kmsInstanceList(totalCount: try optionalInt(root, "TotalCount"), instances: list)
        }
        if object["DefaultKmsInstanceId"] != nil {
            return .defaultKmsInstance(try root.requiredString("DefaultKmsInstanceId"))
        }
        return nil
    }

    /// An optional number (or a string of digits, as `SecretNum` is): missing, `null` and `""` are absent.
    private static func optionalInt(_ node: JSONNode, _ name: String) throws(JSONShapeError) -> Int? {
        guard let member = try node.member(name), member.value.stringValue != "" else { return nil }
        return try member.int()
    }

    /// ListSecrets (`SecretList`), ListSecretVersionIds (`VersionIds` and `SecretName`) or DescribeSecret
    /// (`SecretName`); `nil` for other responses.
    private static func decodeSecretResponse(_ root: JSONNode, _ object: JSONObject) throws(JSONShapeError) -> InventoryResponse? {
        if object["SecretList"] != nil {
            let secrets = try listElements(root, wrapper: "SecretList", element: "Secret").map(decodeSecretMetadata)
            return .listSecrets(page: try root.member("PageNumber")?.int(), totalCount: try root.member("TotalCount")?.int(), secrets: secrets)
        }
        guard object["SecretName"] != nil else { return nil }
        if object["VersionIds"] != nil {
            let versions = try listElements(root, wrapper: "VersionIds", element: "VersionId").map { (node) throws(JSONShapeError) in
                SecretVersion(versionId: try node.requiredString("VersionId"), createTime: try node.optionalString("CreateTime"),
                              stages: try node.member("VersionStages").map { (stages) throws(JSONShapeError) in
                                  versionStages(try stages.optionalStrings("VersionStage") ?? [])
                              } ?? [])
            }
            return .secretVersions(secretName: try root.requiredString("SecretName"), totalCount: try root.member("TotalCount")?.int(), versions: versions)
        }
        return .describeSecret(try decodeSecretMetadata(root))
    }

    /// Version stages as listed; an element that is JSON text holding a list, or an object with a
    /// `VersionStage` list (as the API reference's examples show them), is read as that list.
    static func versionStages(_ listed: [String]) -> [String] {
        listed.flatMap { text -> [String] in
            guard text.hasPrefix("[") || text.hasPrefix("{"), let value = try? JSONParser.parse(Array(text.utf8)) else { return [text] }
            let list = value.objectValue?["VersionStage"] ?? value
            let stages = list.arrayValue?.compactMap(\.stringValue) ?? []
            return stages.isEmpty || stages.count != list.arrayValue?.count ? [text] : stages
        }
    }

    private static func decodeSecretMetadata(_ node: JSONNode) throws(JSONShapeError) -> SecretMetadata {
        var metadata = SecretMetadata(secretName: try node.requiredString("SecretName"))
        metadata.arn = try node.optionalString("Arn")
        metadata.secretType = try node.optionalString("SecretType").map(Secret.canonicalType)
        metadata.encryptionKeyId = try node.optionalString("EncryptionKeyId")
        metadata.dkmsInstanceId = try node.optionalString("DKMSInstanceId")
        metadata.description = try node.optionalString("Description")
        metadata.createTime = try node.optionalString("CreateTime")
        metadata.updateTime = try node.optionalString("UpdateTime")
        metadata.plannedDeleteTime = try node.optionalString("PlannedDeleteTime")
        metadata.automaticRotation = try node.optionalString("AutomaticRotation")
        metadata.rotationInterval = try node.optionalString("RotationInterval")
        metadata.lastRotationDate = try node.optionalString("LastRotationDate")
        metadata.nextRotationDate = try node.optionalString("NextRotationDate")
        metadata.extendedConfig = try node.optionalString("ExtendedConfig")
        metadata.owingService = try node.optionalString("OwingService")
        metadata.tags = try listElements(node, wrapper: "Tags", element: "Tag").map { (tag) throws(JSONShapeError) in
            SecretTag(key: try tag.requiredString("TagKey"), value: try tag.optionalString("TagValue") ?? "")
        }
        return metadata
    }

    /// The elements of a wrapped list such as `"Keys": {"Key": [...]}`; a missing inner list is empty.
    private static func listElements(_ root: JSONNode, wrapper: String, element: String) throws(JSONShapeError) -> [JSONNode] {
        guard let outer = try root.member(wrapper) else { return [] }
        guard let inner = try outer.member(element) else { return [] }
        return try inner.elements()
    }

    private static func decodeListKeys(_ root: JSONNode) throws(JSONShapeError) -> InventoryResponse {
        let keys = try listElements(root, wrapper: "Keys", element: "Key").map { (node) throws(JSONShapeError) in
            (id: try node.requiredString("KeyId"), arn: try node.optionalString("KeyArn"))
        }
        return .listKeys(page: try root.member("PageNumber")?.int(), totalCount: try root.member("TotalCount")?.int(), keys: keys)
    }

    private static func decodeVersion(_ node: JSONNode) throws(JSONShapeError) -> (keyId: String, versionId: String) {
        (keyId: try node.requiredString("KeyId"), versionId: try node.requiredString("KeyVersionId"))
    }

    private static func decodeMetadata(_ node: JSONNode) throws(JSONShapeError) -> KeyMetadata {
        KeyMetadata(
            keyId: try node.requiredString("KeyId"),
            arn: try node.optionalString("Arn"),
            creationDate: try node.optionalString("CreationDate"),
            description: try node.optionalString("Description"),
            keyState: try node.optionalString("KeyState"),
            keyUsage: try node.optionalString("KeyUsage"),
            keySpec: try node.optionalString("KeySpec"),
            origin: try node.optionalString("Origin"),
            protectionLevel: try node.optionalString("ProtectionLevel"),
            automaticRotation: try node.optionalString("AutomaticRotation"),
            rotationInterval: try node.optionalString("RotationInterval"),
            lastRotationDate: try node.optionalString("LastRotationDate"),
            nextRotationDate: try node.optionalString("NextRotationDate"),
            primaryKeyVersion: try node.optionalString("PrimaryKeyVersion"),
            materialExpireTime: try node.optionalString("MaterialExpireTime"),
            deleteDate: try node.optionalString("DeleteDate"),
            deletionProtection: try node.optionalString("DeletionProtection"),
            dkmsInstanceId: try node.optionalString("DKMSInstanceId"))
    }
}
