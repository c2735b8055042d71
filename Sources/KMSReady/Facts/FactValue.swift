/// The value of one fact: a string, a whole number, a truth value or a list of strings.
public enum FactValue: Equatable, Hashable, Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case list([String])

    /// Reads a fact value from JSON (rule values and examples).
    init?(json: JSONValue) {
        switch json {
        case .string(let s): self = .string(s)
        case .int(let i): self = .int(i)
        case .bool(let b): self = .bool(b)
        case .array(let elements):
            let strings = elements.compactMap(\.stringValue)
            guard strings.count == elements.count else { return nil }
            self = .list(strings)
        default: return nil
        }
    }

    /// The value as JSON, for evidence.
    public var json: JSONValue {
        switch self {
        case .string(let s): return .string(s)
        case .int(let i): return .int(i)
        case .bool(let b): return .bool(b)
        case .list(let l): return .strings(l)
        }
    }

    /// The value as message text: lists joined with commas.
    public var text: String {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .list(let l): return l.isEmpty ? "none" : l.joined(separator: ", ")
        }
    }

    /// Whether the value is empty (an empty string or list), which `exists` treats as absent.
    var isEmpty: Bool {
        switch self {
        case .string(let s): return s.isEmpty
        case .list(let l): return l.isEmpty
        case .int, .bool: return false
        }
    }

    /// The type's name in the fact catalogue.
    var typeName: String {
        switch self {
        case .string: return "string"
        case .int: return "number"
        case .bool: return "boolean"
        case .list: return "list"
        }
    }
}
