/// Reads a destination map file (see `DestinationMap`).
public enum DestinationMapFile {
    /// Destination files are small; larger ones are refused.
    public static let maximumFileSize = 16 << 20

    /// The map in `file`; every entry needs `instance` (`kst-…`) and may have `region`, `tag` (`KEY=VALUE`)
    /// and `type` (`software` or `hardware`).
    public static func read(_ file: InputFile) throws(InputError) -> DestinationMap {
        try JSONDocumentFile.read(file, limit: maximumFileSize) { (root) throws(JSONShapeError) in try decode(root, file: file.displayName) }
    }

    /// The map in `text`, a JSON document given on the command line (named `source` in errors).
    public static func parse(_ text: String, source: String) throws(InputError) -> DestinationMap {
        try JSONDocumentFile.decodeBytes(Array(text.utf8), file: source) { (root) throws(JSONShapeError) in try decode(root, file: source) }
    }

    private static func decode(_ root: JSONNode, file: String) throws(JSONShapeError) -> DestinationMap {
        try root.rejectUnknownMembers(["destinations"])
        let entries = try root.requiredMember("destinations").elements().map { (node) throws(JSONShapeError) -> DestinationMap.Entry in
            try node.rejectUnknownMembers(["region", "tag", "instance", "type"])
            let instance = try node.requiredString("instance")
            guard DestinationMap.isInstanceId(instance) else {
                throw JSONShapeError(path: node.path + ".instance", message: "expected a KMS instance id kst-…, found '\(instance)'")
            }
            var tag: (key: String, value: String)?
            if let text = try node.optionalString("tag") {
                guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
                    throw JSONShapeError(path: node.path + ".tag", message: "expected KEY=VALUE, found '\(text)'")
                }
                tag = (String(text[..<equals]), String(text[text.index(after: equals)...]))
            }
            let region = try node.optionalString("region")
            if region?.isEmpty == true { throw JSONShapeError(path: node.path + ".region", message: "must not be empty") }
            let type = try node.member("type").map { (typeNode) throws(JSONShapeError) -> KMSInstance.Kind in
                guard let kind = KMSInstance.Kind(rawValue: try typeNode.string()) else { throw typeNode.error("expected software or hardware") }
                return kind
            }
            return DestinationMap.Entry(region: region, tag: tag, instance: instance, type: type, place: "\(file): \(node.path)")
        }
        return DestinationMap(entries: entries)
    }
}
