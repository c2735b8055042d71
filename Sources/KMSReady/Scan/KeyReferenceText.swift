/// Whether a string is a KMS key reference (`source-scan.md` §1, §5.1 5, §5.3): an `acs:kms:` ARN or a
/// `key-…` instance key id anywhere; an alias or a UUID key id only in a KMS context, since AWS writes
/// them the same way. Documentation's masked ids (`…****`) are not references.
enum KeyReferenceText {
    /// The reference and its kind (`arn`, `key-id`, `alias`, `uuid`), or `nil`.
    static func classify(_ text: String, inKMSContext: Bool) -> (String, String)? {
        guard text.count >= 8, text.count <= 200, !text.contains("*"), !text.contains(" ") else { return nil }
        if text.hasPrefix("acs:kms:"), text.contains(":key/") || text.contains(":alias/") { return (text, "arn") }
        if text.hasPrefix("key-"), text.count >= 16, text.dropFirst(4).allSatisfy({ $0.isLowercase && $0.isASCII || $0.isNumber }) {
            return (text, "key-id")
        }
        guard inKMSContext else { return nil }
        if text.hasPrefix("alias/"), text.count > 6,
           text.dropFirst(6).allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "/_-:".contains($0)) }) {
            return (text, "alias")
        }
        if isUUID(text) { return (text.lowercased(), "uuid") }
        return nil
    }

    /// `8-4-4-4-12` hexadecimal digits.
    static func isUUID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [8, 4, 4, 4, 12] && parts.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    /// The key id or alias name a reference names: the id or alias of an ARN, else the text.
    static func target(of reference: String) -> String {
        guard reference.hasPrefix("acs:kms:"), let slash = reference.firstIndex(of: "/") else { return reference }
        let resource = reference[reference.index(after: slash)...]
        return reference.contains(":alias/") ? "alias/" + resource : String(resource)
    }
}
