/// One KMS OpenAPI response, recognised by its shape (never by its file name).
enum InventoryResponse {
    case listKeys(page: Int?, totalCount: Int?, keys: [(id: String, arn: String?)])
    case describeKey(KeyMetadata)
    case keyVersions(totalCount: Int?, versions: [(keyId: String, versionId: String)])
    case aliases([(name: String, arn: String?, keyId: String)])
    case tags([(keyId: String, key: String, value: String)])

    /// The API name of the response kind, as users know it.
    var kindName: String {
        switch self {
        case .listKeys: return "ListKeys"
        case .describeKey: return "DescribeKey"
        case .keyVersions: return "ListKeyVersions"
        case .aliases: return "ListAliases"
        case .tags: return "ListResourceTags"
        }
    }

    /// Recognises and decodes a response document.
    static func decode(_ root: JSONNode) throws(JSONShapeError) -> InventoryResponse {
        let object = try root.object()
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
        throw root.error("not a recognised KMS response: expected the fields of ListKeys (Keys), DescribeKey (KeyMetadata), ListKeyVersions (KeyVersions), ListAliases (Aliases) or ListResourceTags (Tags)")
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
