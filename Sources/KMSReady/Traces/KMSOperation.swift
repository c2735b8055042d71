/// What kind of KMS call an operation is, for telling whether traces could show a key's use.
public enum KMSOperation {
    /// The operations that use a key's material: what applications and cloud services call. They are
    /// **Read** events, which a trail records only when its event type is All or Read.
    public static let cryptographic: Set<String> = [
        "Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "GenerateAndExportDataKey",
        "ExportDataKey", "AsymmetricEncrypt", "AsymmetricDecrypt", "AsymmetricSign", "AsymmetricVerify", "GetPublicKey",
    ]

    /// Whether an event is a Read event: as its `eventRW` says, else (older events) a cryptographic call
    /// or an operation named Describe…, List…, Get… or Query….
    public static func isRead(_ operation: String, eventRW: String?) -> Bool {
        if let eventRW { return eventRW.lowercased() == "read" }
        return cryptographic.contains(operation) || ["Describe", "List", "Get", "Query"].contains { operation.hasPrefix($0) }
    }
}
