/// Runs every rule's own examples: each triggering example must fire the rule, each non-triggering one must not.
public enum RuleExampleRunner {
    /// The result of one example.
    public struct Result: Sendable {
        public let ruleId: String
        public let file: String
        /// The example's JSONPath in its file.
        public let path: String
        public let mustTrigger: Bool
        public let passed: Bool
    }

    /// Runs the examples of all rules, in rule order.
    public static func run(_ rules: RuleSet) -> [Result] {
        rules.rules.flatMap { rule in
            rule.triggeringExamples.map { result(rule, $0, mustTrigger: true) }
                + rule.nonTriggeringExamples.map { result(rule, $0, mustTrigger: false) }
        }
    }

    private static func result(_ rule: Rule, _ example: RuleExample, mustTrigger: Bool) -> Result {
        let fired = rule.readsUsage && !example.facts.usageEvaluated ? false : rule.finding(for: example.facts) != nil
        return Result(ruleId: rule.id, file: rule.file, path: example.path, mustTrigger: mustTrigger, passed: fired == mustTrigger)
    }
}
