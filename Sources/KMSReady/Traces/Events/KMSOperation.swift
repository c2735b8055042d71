/// What kind of KMS call an operation is, for telling whether traces could show a key's use.
public enum KMSOperation {
    /// The operations that use a key's material: what applications and cloud services call. They are
    /// **Read** events, which a trail records only when its event type is All or Read.
    public static let cryptographic: Set<String> = [
        "Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "GenerateAndExportDataKey",
        "ExportDataKey", "AsymmetricEncrypt", "AsymmetricDecrypt", "AsymmetricSign", "AsymmetricVerify", "GetPublicKey",
    ]

    /// Whether an operation creates, changes or deletes a key, a secret or an instance: what a Migration
    /// Tool run freezes (S24, PLAN), where cryptographic calls and GetSecretValue go on.
    public static func isManagementWrite(_ operation: String) -> Bool {
        !cryptographic.contains(operation) && !isRead(operation, eventRW: nil) && operation != "GetSecretValue"
    }

    /// Whether an event is a Read event: as its `eventRW` says, else (older events) a cryptographic call
    /// or an operation named Describe…, List…, Get… or Query….
    public static func isRead(_ operation: String, eventRW: String?) -> Bool {
        if let eventRW { return eventRW.lowercased() == "read" }
        return cryptographic.contains(operation) || ["Describe", "List", "Get", "Query"].contains { operation.hasPrefix($0) }
    }
}
