/// What two responses about the same key or secret disagree on: the fields whose values differ, by the
/// names the API gives them. An inventory that holds both does not know which is right, so the key or
/// secret needs review until the exports agree.
extension KeyMetadata {
    /// The DescribeKey fields whose values differ between `self` and `other`, sorted.
    func differences(from other: KeyMetadata) -> [String] {
        let fields: [(String, String?, String?)] = [
            ("Arn", arn, other.arn), ("CreationDate", creationDate, other.creationDate), ("Description", description, other.description),
            ("KeyState", keyState, other.keyState), ("KeyUsage", keyUsage, other.keyUsage), ("KeySpec", keySpec, other.keySpec),
            ("Origin", origin, other.origin), ("ProtectionLevel", protectionLevel, other.protectionLevel),
            ("AutomaticRotation", automaticRotation, other.automaticRotation), ("RotationInterval", rotationInterval, other.rotationInterval),
            ("LastRotationDate", lastRotationDate, other.lastRotationDate), ("NextRotationDate", nextRotationDate, other.nextRotationDate),
            ("PrimaryKeyVersion", primaryKeyVersion, other.primaryKeyVersion), ("MaterialExpireTime", materialExpireTime, other.materialExpireTime),
            ("DeleteDate", deleteDate, other.deleteDate), ("DeletionProtection", deletionProtection, other.deletionProtection),
            ("DKMSInstanceId", dkmsInstanceId, other.dkmsInstanceId),
        ]
        return fields.filter { $0.1 != $0.2 }.map(\.0).sorted()
    }
}

extension SecretMetadata {
    /// The DescribeSecret fields whose values differ between `self` and `other`, sorted.
    func differences(from other: SecretMetadata) -> [String] {
        let fields: [(String, String?, String?)] = [
            ("Arn", arn, other.arn), ("SecretType", secretType, other.secretType), ("EncryptionKeyId", encryptionKeyId, other.encryptionKeyId),
            ("DKMSInstanceId", dkmsInstanceId, other.dkmsInstanceId), ("Description", description, other.description),
            ("CreateTime", createTime, other.createTime), ("UpdateTime", updateTime, other.updateTime),
            ("PlannedDeleteTime", plannedDeleteTime, other.plannedDeleteTime), ("AutomaticRotation", automaticRotation, other.automaticRotation),
            ("RotationInterval", rotationInterval, other.rotationInterval), ("ExtendedConfig", extendedConfig, other.extendedConfig),
            ("OwingService", owingService, other.owingService),
        ]
        var differing = fields.filter { $0.1 != $0.2 }.map(\.0)
        if tags != other.tags { differing.append("Tags") }
        return differing.sorted()
    }
}

/// `DescribeKey in a.json and b.json disagree on KeyState, Origin`: how a conflict names both files.
func conflict(_ response: String, _ first: String, _ second: String, on fields: [String]) -> String {
    "\(response) in \(first) and \(second) disagree on \(fields.joined(separator: ", "))"
}
