/// Plain-text views of rules for the `kmsready rules` commands.
public enum RuleText {
    /// One line per rule: id, editions, subject, verdict, severity, title; the id column as wide as the
    /// longest id. A rule that names no edition belongs to every one (`all`).
    public static func list(_ rules: RuleSet) -> String {
        let width = max(36, (rules.rules.map(\.id.count).max() ?? 0) + 2)
        var lines = [column("ID", width) + column("EDITIONS", 11) + column("SUBJECT", 9) + column("VERDICT", 28) + column("SEVERITY", 10) + "TITLE"]
        for rule in rules.rules {
            lines.append(column(rule.id, width) + column(rule.editions?.joined(separator: ",") ?? "all", 11) + column(rule.subject.rawValue, 9)
                         + column(rule.verdict.rawValue, 28) + column(rule.severity.rawValue, 10) + rule.title)
        }
        lines.append("")
        lines.append("Editions (--edition; default \(Edition.defaultId)):")
        for edition in Edition.builtIn { lines.append("  " + edition.summaryLine) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Everything about one rule.
    public static func show(_ rule: Rule) -> String {
        var lines = [
            "\(rule.id): \(rule.title)",
            "  subject:     \(rule.subject.rawValue)",
            "  verdict:     \(rule.verdict.rawValue)",
            "  severity:    \(rule.severity.rawValue)",
            "  traces:      \(rule.readsUsage ? "yes" : "no")",
            "  file:        \(rule.file)",
            "  editions:    \(rule.editions?.joined(separator: ", ") ?? "all (the rule names none)")",
        ]
        for (index, source) in rule.sources.enumerated() {
            lines.append((index == 0 ? "  sources:     " : "               ") + source.citation)
            if let url = source.url { lines.append("                 \(url)") }
        }
        lines += [
            "",
            rule.description,
            "",
            "condition:   \(JSONWriter.compact(rule.conditionJSON))",
            "message:     \(rule.message.source)",
            "remediation: \(rule.remediation.source)",
        ]
        if let checklist = rule.checklist { lines.append("checklist:   \(checklist.source)") }
        if rule.supportRequirement { lines.append("support:     a key held back only by rules like this one gets a requirements ticket") }
        lines += [
            "examples:    \(rule.triggeringExamples.count) triggering, \(rule.nonTriggeringExamples.count) non-triggering",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The fact catalogue, for rule authors.
    public static func facts() -> String {
        var lines: [String] = []
        for (heading, entries) in [("Key facts (inventory)", FactCatalog.keyFacts),
                                   ("Secret facts (inventory; rules with \"subject\": \"secret\")", FactCatalog.secretFacts),
                                   ("Usage facts (traces; absent without traces, so usage rules are not evaluated)", FactCatalog.usageFacts),
                                   ("Coverage facts (what the traces of the key's account and region could show; absent when usage is not evaluated)", FactCatalog.coverageFacts),
                                   ("Destination facts (--destination, --destination-type; absent when not given)", FactCatalog.destinationFacts),
                                   ("Code facts (check --source; absent without it, never counted as traced calls)", FactCatalog.codeFacts),
                                   ("Source facts (kmsready scan; rules with \"subject\": \"code\", in rules/scan/)", FactCatalog.sourceFacts),
                                   ("Call facts (inside anyCall)", FactCatalog.callFacts),
                                   ("Message placeholders besides the facts above", FactCatalog.matchedPlaceholders)] {
            lines.append(heading)
            for entry in entries { lines.append("  " + column(entry.name, 30) + column(entry.type, 9) + entry.meaning) }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// The outcome of running rule examples, ending with a `N passed, M failed` line.
    public static func exampleResults(_ results: [RuleExampleRunner.Result]) -> String {
        var lines: [String] = []
        for result in results where !result.passed {
            let expectation = result.mustTrigger ? "must trigger the rule but does not" : "must not trigger the rule but does"
            lines.append("FAIL \(result.ruleId): \(result.file): \(result.path): \(expectation)")
        }
        let byRule = Dictionary(grouping: results, by: \.ruleId)
        for ruleId in byRule.keys.sorted() where byRule[ruleId]!.allSatisfy(\.passed) {
            lines.append("ok   \(ruleId) (\(byRule[ruleId]!.count) examples)")
        }
        let failed = results.filter { !$0.passed }.count
        lines.append("\(results.count - failed) passed, \(failed) failed")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func column(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
