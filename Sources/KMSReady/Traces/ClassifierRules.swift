/// The data behind `CallClassifier`: which signals mark a caller kind and which User-Agent patterns name
/// a language. Read from `rules/classifiers/caller-kinds.json` and `rules/classifiers/user-agents.json`.
public struct ClassifierRules: @unchecked Sendable {
    /// The event fields a caller-kind rule can test.
    public enum CallerField: String, CaseIterable, Sendable {
        case eventType, identityType, principal, sourceIpAddress, userAgent
    }

    /// A caller-kind rule: the first rule whose pattern matches its field decides the kind.
    public struct CallerKindRule {
        public let kind: CallerKind
        public let field: CallerField
        public let pattern: Regex<AnyRegexOutput>
    }

    /// A language rule: the first pattern that matches the User-Agent names the language; group 1 is the version.
    public struct LanguageRule {
        public let language: String
        public let pattern: Regex<AnyRegexOutput>
    }

    public let callerKinds: [CallerKindRule]
    public let languages: [LanguageRule]
    /// Matches the migration SDK's User-Agent token; group 1 is its version.
    public let migrationSdk: Regex<AnyRegexOutput>

    /// The rules shipped in the binary.
    public static func builtIn() throws(InputError) -> ClassifierRules {
        guard let callerKinds = EmbeddedRuleFiles.file("classifiers/caller-kinds.json"),
              let userAgents = EmbeddedRuleFiles.file("classifiers/user-agents.json") else {
            throw InputError(file: "rules/classifiers", message: "the built-in classifier files are missing from this build")
        }
        return try decode(callerKinds: callerKinds, userAgents: userAgents)
    }

    /// Decodes the two classifier documents.
    static func decode(callerKinds: (name: String, text: String), userAgents: (name: String, text: String)) throws(InputError) -> ClassifierRules {
        let kindsRoot = try parseDocument(callerKinds)
        let agentsRoot = try parseDocument(userAgents)
        do {
            let kinds = try kindsRoot.requiredMember("callerKinds").elements().map { (node) throws(JSONShapeError) -> CallerKindRule in
                let kindText = try node.requiredString("kind")
                guard let kind = CallerKind(rawValue: kindText) else { throw node.error("unknown caller kind '\(kindText)'") }
                let fieldText = try node.requiredString("field")
                guard let field = CallerField(rawValue: fieldText) else { throw node.error("unknown field '\(fieldText)'") }
                return CallerKindRule(kind: kind, field: field, pattern: try compile(node))
            }
            let languages = try agentsRoot.requiredMember("languages").elements().map { (node) throws(JSONShapeError) -> LanguageRule in
                LanguageRule(language: try node.requiredString("language"), pattern: try compile(node))
            }
            let migration = try compile(try agentsRoot.requiredMember("migrationSdk"))
            return ClassifierRules(callerKinds: kinds, languages: languages, migrationSdk: migration)
        } catch {
            // Which of the two documents failed is told by the path's first member.
            let file = error.path.hasPrefix("$.callerKinds") ? callerKinds.name : userAgents.name
            throw InputError(file: file, shape: error)
        }
    }

    private static func parseDocument(_ file: (name: String, text: String)) throws(InputError) -> JSONNode {
        do {
            return JSONNode(root: try JSONParser.parse(Array(file.text.utf8)))
        } catch {
            throw InputError(file: file.name, syntax: error)
        }
    }

    /// Compiles the node's `pattern` case-insensitively.
    private static func compile(_ node: JSONNode) throws(JSONShapeError) -> Regex<AnyRegexOutput> {
        let text = try node.requiredString("pattern")
        do {
            return try Regex(text).ignoresCase()
        } catch {
            throw JSONShapeError(path: node.path + ".pattern", message: "not a valid regular expression: \(error)")
        }
    }
}
