/// One KMS OpenAPI response, recognised by its shape (never by its file name).
enum InventoryResponse {
    case listKeys(page: Int?, totalCount: Int?, keys: [(id: String, arn: String?)])
    case describeKey(KeyMetadata)
    case keyVersions(totalCount: Int?, versions: [(keyId: String, versionId: String)])
    case aliases([(name: String, arn: String?, keyId: String)])
    case tags([(keyId: String, key: String, value: String)])
    case listSecrets(page: Int?, totalCount: Int?, secrets: [SecretMetadata])
    case describeSecret(SecretMetadata)
    case secretVersions(secretName: String, totalCount: Int?, versions: [SecretVersion])

    /// The API name of the response kind, as users know it.
    var kindName: String {
        switch self {
        case .listKeys: return "ListKeys"
        case .describeKey: return "DescribeKey"
        case .keyVersions: return "ListKeyVersions"
        case .aliases: return "ListAliases"
        case .tags: return "ListResourceTags"
        case .listSecrets: return "ListSecrets"
        case .describeSecret: return "DescribeSecret"
        case .secretVersions: return "ListSecretVersionIds"
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
        if object["KeyMetadata"] != nil { return .describeKey(try decodeMetadata(try root.requiredMember("KeyMetadata"))) }
        if object["Keys"] != nil { return try decodeListKeys(root) }
        if object["KeyVersions"] != nil {
            let list = try listElements(root, wrapper: "KeyVersions", element: "KeyVersion")
            return .keyVersions(totalCount: try root.member("TotalCount")?.int(), versions: try list.map(decodeVersion))
        }
        if let single = try root.member("KeyVersion"), single.value.objectValue != nil {
            return .keyVersions(totalCount: nil, versions: [try decodeVersion(single)])
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
        throw root.error("not a recognised KMS response: expected the fields of ListKeys (Keys), DescribeKey (KeyMetadata), ListKeyVersions (KeyVersions), ListAliases (Aliases), ListResourceTags (Tags), ListSecrets (SecretList), DescribeSecret (SecretName) or ListSecretVersionIds (VersionIds)")
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
                                  try stages.optionalStrings("VersionStage") ?? []
                              } ?? [])
            }
            return .secretVersions(secretName: try root.requiredString("SecretName"), totalCount: try root.member("TotalCount")?.int(), versions: versions)
        }
        return .describeSecret(try decodeSecretMetadata(root))
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
