/// The rules a check runs: the built-in ones, plus any from `--rules` folders, sorted by id; for a
/// check, only those of the edition it applies. See <doc:Rules>.
public struct RuleSet: Sendable {
    /// The rules, sorted by id.
    public let rules: [Rule]

    /// A rule set of the given rules; ids must be distinct across every edition.
    public init(_ rules: [Rule]) throws(InputError) {
        var byId: [String: Rule] = [:]
        for rule in rules {
            if let earlier = byId[rule.id] {
                throw InputError(file: rule.file, place: "$.id", message: "rule id '\(rule.id)' is already defined by \(earlier.file)")
            }
            byId[rule.id] = rule
        }
        self.rules = rules.sorted { $0.id < $1.id }
    }

    private init(sorted rules: [Rule]) { self.rules = rules }

    /// The rules of `edition` only.
    public func applying(_ edition: Edition) -> RuleSet {
        RuleSet(sorted: rules.filter { $0.belongs(to: edition) })
    }

    /// The built-in rules (embedded copies of `rules/*.json`), plus the rules in `directories`.
    public static func load(adding directories: [String] = [], relativeTo base: String? = nil) throws(InputError) -> RuleSet {
        var rules: [Rule] = []
        for file in EmbeddedRuleFiles.ruleFiles {
            rules.append(try RuleDecoder.decode(Array(file.text.utf8), file: "rules/" + file.name))
        }
        rules += try readRules(in: directories, relativeTo: base)
        return try RuleSet(rules)
    }

    /// Only the rules in `directories` (for `kmsready rules test DIR`).
    public static func only(_ directories: [String], relativeTo base: String? = nil) throws(InputError) -> RuleSet {
        try RuleSet(try readRules(in: directories, relativeTo: base))
    }

    private static func readRules(in directories: [String], relativeTo base: String?) throws(InputError) -> [Rule] {
        var rules: [Rule] = []
        for file in try InputFile.expand(directories, relativeTo: base) where file.path.hasSuffix(".json") {
            var source = try FileByteSource(file)
            rules.append(try RuleDecoder.decode(try source.readAll(limit: 1 << 20, file: file.displayName), file: file.displayName))
        }
        return rules
    }

    /// The rule with this id.
    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }

    /// Evaluates every rule about `subject` on one key's or secret's facts.
    public func evaluate(_ facts: Facts, subject: RuleSubject = .key) -> RuleEvaluation {
        var evaluation = RuleEvaluation()
        for rule in rules where rule.subject == subject {
            // A rule about code evidence is not a question without `--source`: neither run nor listed.
            if rule.condition.requiredFacts.contains(where: { $0.hasPrefix("code.") }) && !facts.values.keys.contains(where: { $0.hasPrefix("code.") }) {
                continue
            }
            if rule.readsUsage && !facts.usageEvaluated {
                evaluation.notEvaluated.append(rule.id)
            } else if let finding = rule.finding(for: facts) {
                evaluation.findings.append(finding)
            }
        }
        return evaluation
    }
}

/// What the rules said about one key.
public struct RuleEvaluation: Sendable {
    /// Findings of the rules that fired, sorted by rule id.
    public var findings: [Finding] = []
    /// Usage rules that could not run because no traces were given.
    public var notEvaluated: [String] = []
}
