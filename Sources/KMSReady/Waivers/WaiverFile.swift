/// Reads a waiver file:
///
/// ```json
/// { "waivers": [ { "key": "alias/legacy-*", "rule": "external-key-material",
///                  "reason": "BYOK keys stay in the default instance until the HSM project",
///                  "approvedBy": "security@example.com", "expires": "2027-03-31" } ] }
/// ```
///
/// Every field is required; a missing or empty reason, or a date that is not `YYYY-MM-DD`, is an error
/// naming the file and the JSON path.
public enum WaiverFile {
    /// Waiver files are small; larger ones are refused.
    public static let maximumFileSize = 16 << 20

    /// The waivers in `file`, in file order.
    public static func read(_ file: InputFile) throws(InputError) -> [Waiver] {
        try JSONDocumentFile.read(file, limit: maximumFileSize) { (root) throws(JSONShapeError) in
            let list = try root.requiredMember("waivers")
            return try list.elements().map { (node) throws(JSONShapeError) -> Waiver in
                func text(_ name: String) throws(JSONShapeError) -> String {
                    let value = try node.requiredString(name)
                    if value.allSatisfy(\.isWhitespace) { throw JSONShapeError(path: node.path + "." + name, message: "must not be empty") }
                    return value
                }
                let expiryText = try text("expires")
                guard let expires = CalendarDate(expiryText) else {
                    throw JSONShapeError(path: node.path + ".expires", message: "expected a date YYYY-MM-DD, found '\(expiryText)'")
                }
                return Waiver(key: try text("key"), rule: try text("rule"), reason: try text("reason"),
                              approvedBy: try text("approvedBy"), expires: expires, place: "\(file.displayName): \(node.path)")
            }
        }
    }
}
