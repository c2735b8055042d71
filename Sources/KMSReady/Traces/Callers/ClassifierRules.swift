/// The data behind `CallClassifier`: which signals of an event mark a caller kind, and what a
/// User-Agent says. Read from `rules/classifiers/caller-kinds.json` and `rules/classifiers/user-agents.json`.
public struct ClassifierRules: Sendable {
    /// The event fields a caller-kind rule can test.
    public enum CallerField: String, CaseIterable, Sendable {
        case eventType, identityType, principal, sourceIpAddress
    }

    /// A caller-kind rule: the first rule whose tests hold for its field decides the kind.
    public struct CallerKindRule: Sendable {
        public let kind: CallerKind
        public let field: CallerField
        let test: TextTest
    }

    public let callerKinds: [CallerKindRule]
    public let userAgents: UserAgentTable

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
        let kindsRoot = try parseDocument(callerKinds), agentsRoot = try parseDocument(userAgents)
        let kinds: [CallerKindRule]
        do throws(JSONShapeError) {
            kinds = try kindsRoot.requiredMember("callerKinds").elements().map { (node) throws(JSONShapeError) -> CallerKindRule in
                let fieldText = try node.requiredString("field")
                guard let field = CallerField(rawValue: fieldText) else { throw node.error("unknown field '\(fieldText)'") }
                return CallerKindRule(kind: try kind(node), field: field, test: try test(node, ["equals", "prefix", "suffix"]))
            }
        } catch {
            throw InputError(file: callerKinds.name, shape: error)
        }
        do throws(JSONShapeError) {
            func list<Entry>(_ name: String, _ entry: (JSONNode) throws(JSONShapeError) -> Entry) throws(JSONShapeError) -> [Entry] {
                var entries: [Entry] = []
                for node in try agentsRoot.requiredMember(name).elements() { entries.append(try entry(node)) }
                return entries
            }
            let tokenTests = ["token", "tokenContains"]
            let table = UserAgentTable(
                tools: try list("tools") { (node) throws(JSONShapeError) in
                    UserAgentTable.Tool(token: try test(node, tokenTests), tool: try node.requiredString("tool"))
                },
                languages: try list("languages") { (node) throws(JSONShapeError) in
                    UserAgentTable.Language(token: try test(node, tokenTests), language: try node.requiredString("language"))
                },
                migrationSdks: try list("migrationSdks") { (node) throws(JSONShapeError) in
                    UserAgentTable.Language(token: try test(node, tokenTests), language: try node.requiredString("language"))
                },
                hosts: try list("hosts") { (node) throws(JSONShapeError) in
                    UserAgentTable.Host(suffix: try test(node, ["suffix"]), kind: try kind(node))
                },
                agents: try list("agents") { (node) throws(JSONShapeError) in
                    UserAgentTable.Agent(agent: try test(node, ["agent"]), kind: try kind(node))
                })
            return ClassifierRules(callerKinds: kinds, userAgents: table)
        } catch {
            throw InputError(file: userAgents.name, shape: error)
        }
    }

    private static func parseDocument(_ file: (name: String, text: String)) throws(InputError) -> JSONNode {
        do {
            return JSONNode(root: try JSONParser.parse(Array(file.text.utf8)))
        } catch {
            throw InputError(file: file.name, syntax: error)
        }
    }

    private static func kind(_ node: JSONNode) throws(JSONShapeError) -> CallerKind {
        let text = try node.requiredString("kind")
        guard let kind = CallerKind(rawValue: text) else { throw node.error("unknown caller kind '\(text)'") }
        return kind
    }

    /// The test an entry's `names` members set (`token` means equals, `tokenContains` contains); at least one is required.
    private static func test(_ node: JSONNode, _ names: [String]) throws(JSONShapeError) -> TextTest {
        var test = TextTest()
        for name in names {
            guard let text = try node.optionalString(name) else { continue }
            guard !text.isEmpty else { throw JSONShapeError(path: node.path + "." + name, message: "must not be empty") }
            switch name {
            case "equals", "token", "agent": test.equals = TextTest.folded(text)
            case "prefix": test.prefix = TextTest.folded(text)
            case "suffix": test.suffix = TextTest.folded(text)
            default: test.contains = TextTest.folded(text)
            }
        }
        if test.isEmpty { throw node.error("needs one of " + names.joined(separator: ", ")) }
        return test
    }
}
