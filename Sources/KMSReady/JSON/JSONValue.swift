/// A JSON document held in memory, with object members kept in their written order.
///
/// kmsready reads small inputs (inventory responses, rules, summaries) into this type and builds every
/// JSON output from it, so that output field order is the order the code chose, not a hash order.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The value as a string, if it is one.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The value as an integer, if it is an integral number.
    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 9e15: return Int(d)
        default: return nil
        }
    }

    /// The value as an object, if it is one.
    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The value as an array, if it is one.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// A short name of the value's JSON type, for error messages.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int, .double: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// Builds an array of strings.
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}

/// A JSON object whose members keep the order in which they were written or inserted.
public struct JSONObject: Equatable, Sendable {
    /// The members in order; a later duplicate name shadows an earlier one on lookup.
    public private(set) var members: [(name: String, value: JSONValue)]

    /// An empty object.
    public init() { members = [] }

    /// An object with the given members, in order.
    public init(_ members: [(String, JSONValue)]) { self.members = members.map { (name: $0.0, value: $0.1) } }

    /// The value of the last member with this name.
    public subscript(name: String) -> JSONValue? {
        members.last(where: { $0.name == name })?.value
    }

    /// Appends a member; a `nil` value is left out, which keeps optional fields out of outputs.
    public mutating func append(_ name: String, _ value: JSONValue?) {
        if let value { members.append((name: name, value: value)) }
    }

    /// The member names in order.
    public var names: [String] { members.map(\.name) }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }
}
