/// What a rule judges: a key (the default), a secret, or something `kmsready scan` found in code.
public enum RuleSubject: String, Sendable {
    case key, secret, code
}

/// One migration rule, loaded from a JSON file in `rules/` (or a user's `--rules` folder).
public struct Rule: Sendable {
    /// Stable, kebab-case identifier, e.g. `external-key-material`.
    public let id: String
    /// Whether the rule judges keys or secrets (`"subject"` in the file; `key` when absent).
    public let subject: RuleSubject
    public let title: String
    public let description: String
    public let severity: Severity
    /// The verdict a key gets when the rule fires; `not-required` makes it an exemption.
    public let verdict: Verdict
    public let condition: Condition
    /// The condition as written, for `kmsready rules show`.
    public let conditionJSON: JSONValue
    /// The finding's message, with `{fact}` and `{matched.*}` placeholders.
    public let message: MessageTemplate
    /// What to do, ideally with the exact command; placeholders as in `message`.
    public let remediation: MessageTemplate
    /// For `eligible-after-remediation` rules: the remediation as a state to tick off in a ticket or
    /// plan, e.g. "Automatic rotation disabled"; `nil` to use `remediation`.
    public let checklist: MessageTemplate?
    /// Whether a key held back only by this rule and other such rules can be raised with Alibaba Cloud
    /// support in a "migration requirements" ticket (an application language, a deployment outside Alibaba Cloud).
    public let supportRequirement: Bool
    /// The pages the rule states, each with its "Last Updated" date and section.
    public let sources: [RuleSource]
    /// The editions the rule belongs to; `nil` (a user's rule that names none) for every edition.
    public let editions: [String]?
    /// Fact sets that must trigger the rule.
    public let triggeringExamples: [RuleExample]
    /// Fact sets that must not trigger it.
    public let nonTriggeringExamples: [RuleExample]
    /// The file the rule came from, as shown in messages (`rules/<file>` for built-in rules).
    public let file: String

    /// Whether the rule needs traces to be evaluated.
    public var readsUsage: Bool { condition.readsUsage }
    /// Whether the rule takes keys out of scope.
    public var isExemption: Bool { verdict == .notRequired }

    /// Whether the rule is part of `edition`.
    public func belongs(to edition: Edition) -> Bool { editions?.contains(edition.id) ?? true }
}

/// A page a rule or an edition comes from.
public struct RuleSource: Sendable, Equatable {
    /// A short name an edition gives the page (`S23`, `OP2`), when it gives one.
    public let label: String?
    /// The page's title.
    public let document: String
    public let url: String?
    public let section: String?
    /// The page's "Last Updated" date (`YYYY-MM-DD`), or `undated` when the stored copy shows none;
    /// `nil` when a user's rule does not say.
    public let lastUpdated: String?

    /// `title, section (Last Updated 2023-09-12)`: how reports name a source in one line.
    public var citation: String {
        var text = document + (section.map { ", \($0)" } ?? "")
        if let lastUpdated { text += lastUpdated == "undated" ? " (undated page)" : " (Last Updated \(lastUpdated))" }
        return text
    }

    /// Reads `{"document", "url", "section", "lastUpdated", "label"}`; a date is `YYYY-MM-DD` or `undated`.
    static func decode(_ node: JSONNode) throws(JSONShapeError) -> RuleSource {
        try node.rejectUnknownMembers(["label", "document", "url", "section", "lastUpdated"])
        let dateNode = try node.member("lastUpdated")
        let date = try dateNode?.string()
        if let dateNode, let date, date != "undated", CalendarDate(date) == nil {
            throw dateNode.error("expected the page's Last Updated date as YYYY-MM-DD, or undated")
        }
        return RuleSource(label: try node.optionalString("label"), document: try node.requiredString("document"),
                          url: try node.optionalString("url"), section: try node.optionalString("section"), lastUpdated: date)
    }
}

/// Facts a rule's example gives, with the place of the example in its file.
public struct RuleExample: Sendable {
    public let facts: Facts
    /// The example's JSONPath, e.g. `$.examples.triggering[1]`.
    public let path: String
}
