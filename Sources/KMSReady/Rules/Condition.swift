/// The predicate of a rule, over facts: a small declarative language written as JSON.
///
/// ```
/// {"all": [c, ...]}  {"any": [c, ...]}  {"not": c}
/// {"equals": {"fact": F, "value": V}}         scalar or whole-list equality
/// {"in": {"fact": F, "values": [V, ...]}}      the value, or any list element, is one of the values
/// {"exists": {"fact": F}}                      present and not empty
/// {"greaterThan": {"fact": F, "value": N}}
/// {"contains": {"fact": F, "value": V}}        a list holds V, or a string contains V
/// {"matches": {"fact": F, "pattern": R}}       the string, or any list element, matches R (a `RulePattern`, linear time)
/// {"anyCall": c}                               some group of calls satisfies c (which reads call.* facts)
/// ```
public indirect enum Condition: @unchecked Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    case equals(fact: String, value: FactValue)
    case oneOf(fact: String, values: [FactValue])
    case exists(fact: String)
    case greaterThan(fact: String, value: Int)
    case contains(fact: String, value: FactValue)
    case matches(fact: String, pattern: RulePattern)
    case anyCall(Condition)

    /// The result of evaluating a condition: whether it holds, and which call groups made it hold.
    struct Outcome {
        var holds: Bool
        var matchedCalls: Set<Int> = []
    }

    /// Evaluates against `facts`; inside `anyCall`, `call` is the index of the call group under test.
    func evaluate(_ facts: Facts, call: Int? = nil) -> Outcome {
        func value(_ name: String) -> FactValue? {
            if name.hasPrefix("call.") {
                guard let call, let record = facts.calls?[call] else { return nil }
                return record.fact(name)
            }
            return facts.values[name]
        }
        switch self {
        case .all(let conditions):
            var outcome = Outcome(holds: true)
            for condition in conditions {
                let inner = condition.evaluate(facts, call: call)
                if !inner.holds { return Outcome(holds: false) }
                outcome.matchedCalls.formUnion(inner.matchedCalls)
            }
            return outcome
        case .any(let conditions):
            var outcome = Outcome(holds: false)
            for condition in conditions {
                let inner = condition.evaluate(facts, call: call)
                if inner.holds {
                    outcome.holds = true
                    outcome.matchedCalls.formUnion(inner.matchedCalls)
                }
            }
            return outcome
        case .not(let condition):
            return Outcome(holds: !condition.evaluate(facts, call: call).holds)
        case .equals(let fact, let expected):
            return Outcome(holds: value(fact) == expected)
        case .oneOf(let fact, let values):
            switch value(fact) {
            case .list(let elements)?: return Outcome(holds: elements.contains { values.contains(.string($0)) })
            case let scalar?: return Outcome(holds: values.contains(scalar))
            case nil: return Outcome(holds: false)
            }
        case .exists(let fact):
            return Outcome(holds: value(fact).map { !$0.isEmpty } ?? false)
        case .greaterThan(let fact, let threshold):
            guard case .int(let number)? = value(fact) else { return Outcome(holds: false) }
            return Outcome(holds: number > threshold)
        case .contains(let fact, let expected):
            switch (value(fact), expected) {
            case (.list(let elements)?, .string(let wanted)): return Outcome(holds: elements.contains(wanted))
            case (.string(let text)?, .string(let wanted)): return Outcome(holds: text.contains(wanted))
            default: return Outcome(holds: false)
            }
        case .matches(let fact, let pattern):
            switch value(fact) {
            case .string(let text)?: return Outcome(holds: pattern.matches(text))
            case .list(let elements)?: return Outcome(holds: elements.contains { pattern.matches($0) })
            default: return Outcome(holds: false)
            }
        case .anyCall(let condition):
            guard let calls = facts.calls else { return Outcome(holds: false) }
            var outcome = Outcome(holds: false)
            for index in calls.indices where condition.evaluate(facts, call: index).holds {
                outcome.holds = true
                outcome.matchedCalls.insert(index)
            }
            return outcome
        }
    }

    /// The `key.*` and `usage.*` facts the condition reads (not the `call.*` ones), for evidence.
    var referencedFacts: Set<String> {
        switch self {
        case .all(let conditions), .any(let conditions):
            return conditions.reduce(into: Set()) { $0.formUnion($1.referencedFacts) }
        case .not(let condition):
            return condition.referencedFacts
        case .anyCall:
            return []
        case .equals(let fact, _), .oneOf(let fact, _), .exists(let fact), .greaterThan(let fact, _),
             .contains(let fact, _), .matches(let fact, _):
            return fact.hasPrefix("call.") ? [] : [fact]
        }
    }

    /// Facts that must be present for the condition to hold: those every branch reads outside a `not`.
    var requiredFacts: Set<String> {
        switch self {
        case .all(let conditions): return conditions.reduce(into: Set()) { $0.formUnion($1.requiredFacts) }
        case .any(let conditions): return conditions.dropFirst().reduce(conditions.first?.requiredFacts ?? []) { $0.intersection($1.requiredFacts) }
        case .not, .anyCall: return []
        case .equals(let fact, _), .oneOf(let fact, _), .exists(let fact), .greaterThan(let fact, _),
             .contains(let fact, _), .matches(let fact, _):
            return fact.hasPrefix("call.") ? [] : [fact]
        }
    }

    /// Whether the condition depends on traces: it reads `usage.*` or `coverage.*` facts or quantifies over calls.
    var readsUsage: Bool {
        switch self {
        case .all(let conditions), .any(let conditions): return conditions.contains(where: \.readsUsage)
        case .not(let condition): return condition.readsUsage
        case .anyCall: return true
        case .equals(let fact, _), .oneOf(let fact, _), .exists(let fact), .greaterThan(let fact, _),
             .contains(let fact, _), .matches(let fact, _):
            return fact.hasPrefix("usage.") || fact.hasPrefix("coverage.")
        }
    }
}
