/// A message with `{name}` placeholders, filled from facts and from the calls a rule matched; `{{` is a
/// literal `{` (a `}` outside a placeholder is text as it stands), for messages that quote HCL or JSON.
public struct MessageTemplate: Sendable {
    private enum Part: Sendable {
        case text(String)
        case placeholder(String)
    }

    private let parts: [Part]
    /// The template as written.
    public let source: String

    /// Parses a template; every placeholder must be a known fact or `matched.*` name.
    init(_ source: String, path: String) throws(JSONShapeError) {
        self.source = source
        var parts: [Part] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            let next = rest.index(after: open)
            if next < rest.endIndex && rest[next] == "{" {
                parts.append(.text(String(rest[...open])))
                rest = rest[rest.index(after: next)...]
                continue
            }
            parts.append(.text(String(rest[..<open])))
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw JSONShapeError(path: path, message: "unclosed '{' in the message")
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard FactCatalog.placeholderNames.contains(name) else {
                throw JSONShapeError(path: path, message: "unknown placeholder {\(name)}: use a fact or matched.* name (kmsready rules facts)")
            }
            parts.append(.placeholder(name))
            rest = rest[rest.index(after: close)...]
        }
        parts.append(.text(String(rest)))
        self.parts = parts
    }

    /// The message for a key's facts and the calls that matched.
    func render(facts: Facts, matched: [CallRecord]) -> String {
        parts.map { part in
            switch part {
            case .text(let text): return text
            case .placeholder(let name):
                if name.hasPrefix("matched.") { return Self.matchedValue(name, matched).text }
                return facts.values[name]?.text ?? "unknown"
            }
        }.joined()
    }

    private static func matchedValue(_ name: String, _ calls: [CallRecord]) -> FactValue {
        switch name {
        case "matched.principals": return .list(distinct(calls.map(\.group.principal)))
        case "matched.operations": return .list(distinct(calls.map(\.group.operation)))
        case "matched.languages": return .list(distinct(calls.map(\.group.language)))
        case "matched.networks": return .list(distinct(calls.map(\.group.network.rawValue)))
        case "matched.callerKinds": return .list(distinct(calls.map(\.group.callerKind.rawValue)))
        case "matched.calls": return .int(calls.reduce(0) { $0 + $1.stats.calls })
        case "matched.firstSeen":
            return calls.map(\.stats.firstSeen).min().map { .string(Timestamp.format($0)) } ?? .string("unknown")
        case "matched.lastSeen":
            return calls.map(\.stats.lastSeen).max().map { .string(Timestamp.format($0)) } ?? .string("unknown")
        default: return .string("unknown")
        }
    }
}
