import Foundation

/// A document template in a small subset of Mustache, for tickets whose wording users can replace:
///
/// - `{{name}}` a value (escaped for Markdown in Markdown templates), `{{{name}}}` the value as it is;
/// - `{{#name}}…{{/name}}` repeated for each element of a list, or shown once when a flag is true or a
///   value is not empty; `{{^name}}…{{/name}}` shown when the list is empty, the flag false or the value empty;
/// - `{{! comment }}`.
///
/// A line that holds only a section tag or a comment leaves no blank line behind. Inside a section,
/// names are looked up in the element first, then outwards. Every name must be one the schema knows,
/// so a typo is an error with its line, not a silently empty field. Sections nest at most
/// ``maximumNesting`` deep, and a list's section never inside its own: the document stays the size of the
/// lists, not of their product.
public struct TextTemplate: Sendable {
    /// The kind of value a name holds.
    public enum Kind: Sendable {
        case text, flag, list
    }

    /// How values are written into the document.
    public enum Escaping: Sendable {
        case none, markdown
    }

    private indirect enum Node: Sendable {
        case text(String)
        case value(String, raw: Bool)
        case section(String, inverted: Bool, [Node])
    }

    private let nodes: [Node]
    private let escaping: Escaping

    /// Parses `source`; errors name the line (1-based) and what is wrong.
    public init(_ source: String, schema: [String: Kind], escaping: Escaping) throws(TemplateError) {
        var stack: [(name: String, inverted: Bool, line: Int, nodes: [Node])] = [("", false, 0, [])]
        func append(_ node: Node) { stack[stack.count - 1].nodes.append(node) }
        for (index, line) in Self.lines(source).enumerated() {
            let lineNumber = index + 1
            let tokens = try Self.tokens(line, lineNumber: lineNumber)
            let standalone = tokens.filter { if case .text(let text) = $0 { return !text.allSatisfy(\.isWhitespace) } else { return true } }
            let dropsLine: Bool
            if standalone.count == 1, case .tag(let sigil, _) = standalone[0], "#^/!".contains(sigil) { dropsLine = true } else { dropsLine = false }
            for token in tokens {
                switch token {
                case .text(let text):
                    if !dropsLine { append(.text(text)) }
                case .tag("!", _):
                    break
                case .tag(let sigil, let name):
                    guard let kind = schema[name] else {
                        throw TemplateError(line: lineNumber, message: "unknown name '\(name)'; known names: \(schema.keys.sorted().joined(separator: ", "))")
                    }
                    switch sigil {
                    case "#", "^":
                        guard stack.count <= Self.maximumNesting else {
                            throw TemplateError(line: lineNumber, message: "sections nested deeper than \(Self.maximumNesting) levels")
                        }
                        if kind == .list, sigil == "#", stack.contains(where: { $0.name == name && !$0.inverted }) {
                            throw TemplateError(line: lineNumber, message: "{{#\(name)}} inside {{#\(name)}} would repeat the whole list for each of its elements")
                        }
                        stack.append((name, sigil == "^", lineNumber, []))
                    case "/":
                        guard stack.count > 1, stack[stack.count - 1].name == name else {
                            throw TemplateError(line: lineNumber, message: "{{/\(name)}} closes no open {{#\(name)}}")
                        }
                        let section = stack.removeLast()
                        append(.section(section.name, inverted: section.inverted, section.nodes))
                    default:
                        guard kind == .text else {
                            throw TemplateError(line: lineNumber, message: "'\(name)' is a \(kind == .list ? "list" : "flag"): use {{#\(name)}}…{{/\(name)}}")
                        }
                        append(.value(name, raw: sigil == "{"))
                    }
                }
            }
        }
        guard stack.count == 1 else {
            let open = stack[stack.count - 1]
            throw TemplateError(line: open.line, message: "{{\(open.inverted ? "^" : "#")\(open.name)}} is never closed")
        }
        nodes = stack[0].nodes
        self.escaping = escaping
    }

    /// Sections nest at most this deep: a template is a document people write, and each level is a
    /// level of recursion when it is rendered.
    public static let maximumNesting = 32

    /// The document for `scope`.
    public func render(_ scope: TemplateScope) -> String {
        var out = ""
        var scopes = [scope]
        Self.render(nodes, scopes: &scopes, escaping: escaping, into: &out)
        return out
    }

    /// Renders `nodes` with the names of `scopes`, innermost last: a list's element is pushed for its
    /// turn and popped after, so no level copies the levels around it.
    private static func render(_ nodes: [Node], scopes: inout [TemplateScope], escaping: Escaping, into out: inout String) {
        for node in nodes {
            switch node {
            case .text(let text):
                out += text
            case .value(let name, let raw):
                guard case .text(let text)? = lookup(name, scopes) else { continue }
                out += raw || escaping == .none ? text : escapeMarkdown(text)
            case .section(let name, let inverted, let children):
                let elements: [TemplateScope]?
                switch lookup(name, scopes) {
                case .list(let list)?: elements = list
                case .flag(true)?: elements = nil
                case .text(let text)? where !text.isEmpty: elements = nil
                default: elements = []
                }
                if inverted {
                    if elements?.isEmpty == true { render(children, scopes: &scopes, escaping: escaping, into: &out) }
                } else if let elements {
                    for element in elements {
                        scopes.append(element)
                        render(children, scopes: &scopes, escaping: escaping, into: &out)
                        scopes.removeLast()
                    }
                } else {
                    // A true flag or a value: shown once, in the same scope.
                    render(children, scopes: &scopes, escaping: escaping, into: &out)
                }
            }
        }
    }

    private static func lookup(_ name: String, _ scopes: [TemplateScope]) -> TemplateValue? {
        for scope in scopes.reversed() { if let value = scope[name] { return value } }
        return nil
    }

    /// Backslash before the characters that would change Markdown's meaning inline.
    static func escapeMarkdown(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    private enum Token {
        case text(String)
        /// `#`, `^`, `/`, `!`, `{` (raw) or ` ` (value), and the name.
        case tag(Character, String)
    }

    /// The lines of `source`, each with its line break.
    private static func lines(_ source: String) -> [Substring] {
        var lines: [Substring] = []
        var start = source.startIndex
        while let newline = source[start...].firstIndex(of: "\n") {
            lines.append(source[start...newline])
            start = source.index(after: newline)
        }
        if start < source.endIndex { lines.append(source[start...]) }
        return lines
    }

    private static func tokens(_ line: Substring, lineNumber: Int) throws(TemplateError) -> [Token] {
        var tokens: [Token] = []
        var rest = line
        while let open = rest.range(of: "{{") {
            if open.lowerBound > rest.startIndex { tokens.append(.text(String(rest[..<open.lowerBound]))) }
            let raw = rest[open.upperBound...].hasPrefix("{")
            let closing = raw ? "}}}" : "}}"
            guard let close = rest[open.upperBound...].range(of: closing) else {
                throw TemplateError(line: lineNumber, message: "'{{' without '\(closing)' on the same line")
            }
            var inside = rest[open.upperBound..<close.lowerBound]
            if raw { inside = inside.dropFirst() }
            var sigil: Character = raw ? "{" : " "
            if !raw, let first = inside.first, "#^/!".contains(first) {
                sigil = first
                inside = inside.dropFirst()
            }
            let name = inside.trimmingCharacters(in: .whitespaces)
            if sigil != "!" && (name.isEmpty || !name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) {
                throw TemplateError(line: lineNumber, message: "'{{\(rest[open.upperBound..<close.lowerBound])\(closing)' is not a name")
            }
            tokens.append(.tag(sigil, name))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { tokens.append(.text(String(rest))) }
        return tokens
    }
}

/// The values a template is rendered with: names to text, flags and lists of nested scopes.
public typealias TemplateScope = [String: TemplateValue]

/// One value of a template scope.
public enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case list([TemplateScope])
}

/// A template that cannot be used, at a line.
public struct TemplateError: Error, Sendable {
    public let line: Int
    public let message: String
}
