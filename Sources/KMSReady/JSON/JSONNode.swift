/// A value inside a JSON document together with its JSON path, for decoding with precise errors.
///
/// Readers of inventory files, rules and summaries walk documents through nodes, so that any
/// "wrong shape" error names the exact place, e.g. `$.Keys.Key[3].KeyId`.
public struct JSONNode: Sendable {
    /// The value at this place.
    public let value: JSONValue
    /// The JSONPath of this place, starting at `$`.
    public let path: String

    /// The root node of a document.
    public init(root value: JSONValue) {
        self.value = value
        self.path = "$"
    }

    init(value: JSONValue, path: String) {
        self.value = value
        self.path = path
    }

    /// A shape error at this node.
    public func error(_ message: String) -> JSONShapeError {
        JSONShapeError(path: path, message: message)
    }

    /// The object at this node, or an error naming the path.
    public func object() throws(JSONShapeError) -> JSONObject {
        guard let object = value.objectValue else { throw error("expected an object, found \(value.typeName)") }
        return object
    }

    /// The member `name`, or `nil` when it is missing or `null`.
    public func member(_ name: String) throws(JSONShapeError) -> JSONNode? {
        let object = try self.object()
        guard let child = object[name], child != .null else { return nil }
        return JSONNode(value: child, path: path + "." + name)
    }

    /// The member `name`, which must be present and not `null`.
    public func requiredMember(_ name: String) throws(JSONShapeError) -> JSONNode {
        guard let node = try member(name) else { throw JSONShapeError(path: path + "." + name, message: "required field is missing") }
        return node
    }

    /// The elements of the array at this node.
    public func elements() throws(JSONShapeError) -> [JSONNode] {
        guard let array = value.arrayValue else { throw error("expected an array, found \(value.typeName)") }
        return array.enumerated().map { JSONNode(value: $0.element, path: "\(path)[\($0.offset)]") }
    }

    /// The string at this node.
    public func string() throws(JSONShapeError) -> String {
        guard let string = value.stringValue else { throw error("expected a string, found \(value.typeName)") }
        return string
    }

    /// The integer at this node; a string of digits is accepted too, as some APIs quote numbers.
    public func int() throws(JSONShapeError) -> Int {
        if let int = value.intValue { return int }
        if let string = value.stringValue, let int = Int(string) { return int }
        throw error("expected an integer, found \(value.typeName)")
    }

    /// An optional string member: missing, `null` and `""` all mean absent, as in the KMS API.
    public func optionalString(_ name: String) throws(JSONShapeError) -> String? {
        guard let node = try member(name) else { return nil }
        let string = try node.string()
        return string.isEmpty ? nil : string
    }

    /// A required, non-empty string member.
    public func requiredString(_ name: String) throws(JSONShapeError) -> String {
        let node = try requiredMember(name)
        let string = try node.string()
        if string.isEmpty { throw node.error("must not be empty") }
        return string
    }

    /// An optional array of strings.
    public func optionalStrings(_ name: String) throws(JSONShapeError) -> [String]? {
        guard let node = try member(name) else { return nil }
        return try node.elements().map { (element) throws(JSONShapeError) -> String in try element.string() }
    }

    /// Fails when the object has members other than `allowed`: used for formats kmsready owns
    /// (rules, summaries), where an unknown member is most likely a typo.
    public func rejectUnknownMembers(_ allowed: Set<String>) throws(JSONShapeError) {
        for name in try object().names where !allowed.contains(name) {
            throw JSONShapeError(path: path + "." + name, message: "unknown field (expected one of: \(allowed.sorted().joined(separator: ", ")))")
        }
    }
}

/// A JSON document that parses but does not have the expected shape.
public struct JSONShapeError: Error, Equatable, Sendable {
    /// Where, as a JSONPath.
    public let path: String
    /// What was expected there.
    public let message: String
}
