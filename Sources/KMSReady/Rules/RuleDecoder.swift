import Foundation

/// Reads a rule file, checking every field, fact name, operator and example; errors name the JSON path.
public enum RuleDecoder {
    static let fields: Set<String> = ["id", "subject", "title", "description", "severity", "verdict", "condition", "message", "remediation", "checklist", "supportRequirement", "sources", "source", "editions", "examples"]

    /// The rule in `text`, the bytes of `file`.
    public static func decode(_ text: [UInt8], file: String) throws(InputError) -> Rule {
        try JSONDocumentFile.decodeBytes(text, file: file) { (root) throws(JSONShapeError) -> Rule in try decode(root, file: file) }
    }

    private static func decode(_ root: JSONNode, file: String) throws(JSONShapeError) -> Rule {
        try root.rejectUnknownMembers(fields)
        let idNode = try root.requiredMember("id")
        let id = try idNode.string()
        guard id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil else {
            throw idNode.error("rule ids are kebab-case: lower-case letters, digits and single hyphens")
        }
        let severityNode = try root.requiredMember("severity")
        guard let severity = Severity(rawValue: try severityNode.string()) else {
            throw severityNode.error("expected one of: \(Severity.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let verdictNode = try root.requiredMember("verdict")
        guard let verdict = Verdict(rawValue: try verdictNode.string()) else {
            throw verdictNode.error("expected one of: \(Verdict.worstFirst.map(\.rawValue).joined(separator: ", "))")
        }
        let subjectNode = try root.member("subject")
        let subject = try subjectNode.map { (node) throws(JSONShapeError) -> RuleSubject in
            guard let subject = RuleSubject(rawValue: try node.string()) else { throw node.error("expected key, secret or code") }
            return subject
        } ?? .key
        let facts = FactCatalog.names(for: subject)
        let conditionNode = try root.requiredMember("condition")
        let condition = try decodeCondition(conditionNode, insideCall: false, facts: facts)
        let messageNode = try root.requiredMember("message")
        let message = try MessageTemplate(try messageNode.string(), path: messageNode.path)
        let sources = try decodeSources(root)
        let editions = try decodeEditions(root)
        let examplesNode = try root.requiredMember("examples")
        try examplesNode.rejectUnknownMembers(["triggering", "nonTriggering"])
        let triggering = try decodeExamples(try examplesNode.requiredMember("triggering"), facts: facts)
        let nonTriggering = try decodeExamples(try examplesNode.requiredMember("nonTriggering"), facts: facts)
        let checklist = try root.optionalString("checklist").map { (text) throws(JSONShapeError) in
            try MessageTemplate(text, path: root.path + ".checklist")
        }
        var supportRequirement = false
        if let node = try root.member("supportRequirement") {
            guard case .bool(let value) = node.value else { throw node.error("expected true or false, found \(node.value.typeName)") }
            supportRequirement = value
        }
        return Rule(id: id, subject: subject, title: try root.requiredString("title"), description: try root.requiredString("description"),
                    severity: severity, verdict: verdict, condition: condition, conditionJSON: conditionNode.value, message: message,
                    remediation: try MessageTemplate(try root.requiredString("remediation"), path: root.path + ".remediation"),
                    checklist: checklist, supportRequirement: supportRequirement, sources: sources, editions: editions,
                    triggeringExamples: triggering, nonTriggeringExamples: nonTriggering, file: file)
    }

    // MARK: Provenance

    /// `"sources": [{...}]`, or one `"source": {...}` (the form of rules written before editions).
    private static func decodeSources(_ root: JSONNode) throws(JSONShapeError) -> [RuleSource] {
        switch (try root.member("sources"), try root.member("source")) {
        case (let list?, nil):
            let sources = try list.elements().map(RuleSource.decode)
            if sources.isEmpty { throw list.error("a rule needs at least one source: the page it states") }
            return sources
        case (nil, let single?): return [try RuleSource.decode(single)]
        case (_?, _?): throw root.error("give either sources (a list) or source, not both")
        case (nil, nil): throw root.error("missing field 'sources': the pages the rule states, each with its Last Updated date")
        }
    }

    /// `"editions": ["2023", "2025"]`: known edition ids, at least one; `nil` when absent (every edition).
    private static func decodeEditions(_ root: JSONNode) throws(JSONShapeError) -> [String]? {
        guard let node = try root.member("editions") else { return nil }
        let elements = try node.elements()
        if elements.isEmpty { throw node.error("name at least one edition (\(Edition.builtIn.map(\.id).joined(separator: ", "))), or leave editions out for all") }
        return try elements.map { (element) throws(JSONShapeError) -> String in
            let id = try element.string()
            guard Edition.named(id) != nil else {
                throw element.error("unknown edition '\(id)' (expected \(Edition.builtIn.map(\.id).joined(separator: ", ")))")
            }
            return id
        }
    }

    // MARK: Conditions

    private static let operators = ["all", "any", "not", "equals", "in", "exists", "greaterThan", "contains", "matches", "anyCall"]

    /// A condition that reads `facts` (and `call.*` facts inside `anyCall`).
    static func decodeCondition(_ node: JSONNode, insideCall: Bool, facts: Set<String>) throws(JSONShapeError) -> Condition {
        let object = try node.object()
        guard object.members.count == 1, let (name, _) = object.members.first.map({ ($0.name, $0.value) }) else {
            throw node.error("a condition is an object with exactly one operator: \(operators.joined(separator: ", "))")
        }
        let operand = try node.requiredMember(name)
        switch name {
        case "all", "any":
            let conditions = try operand.elements().map { (child) throws(JSONShapeError) in try decodeCondition(child, insideCall: insideCall, facts: facts) }
            if conditions.isEmpty { throw operand.error("needs at least one condition") }
            return name == "all" ? .all(conditions) : .any(conditions)
        case "not":
            return .not(try decodeCondition(operand, insideCall: insideCall, facts: facts))
        case "anyCall":
            if insideCall { throw operand.error("anyCall cannot be nested in anyCall") }
            return .anyCall(try decodeCondition(operand, insideCall: true, facts: facts))
        case "equals":
            try operand.rejectUnknownMembers(["fact", "value"])
            return .equals(fact: try fact(operand, insideCall: insideCall, facts: facts), value: try factValue(try operand.requiredMember("value")))
        case "in":
            try operand.rejectUnknownMembers(["fact", "values"])
            let values = try operand.requiredMember("values").elements().map { (element) throws(JSONShapeError) in try factValue(element) }
            return .oneOf(fact: try fact(operand, insideCall: insideCall, facts: facts), values: values)
        case "exists":
            try operand.rejectUnknownMembers(["fact"])
            return .exists(fact: try fact(operand, insideCall: insideCall, facts: facts))
        case "greaterThan":
            try operand.rejectUnknownMembers(["fact", "value"])
            return .greaterThan(fact: try fact(operand, insideCall: insideCall, facts: facts), value: try operand.requiredMember("value").int())
        case "contains":
            try operand.rejectUnknownMembers(["fact", "value"])
            return .contains(fact: try fact(operand, insideCall: insideCall, facts: facts), value: .string(try operand.requiredMember("value").string()))
        case "matches":
            try operand.rejectUnknownMembers(["fact", "pattern"])
            let patternNode = try operand.requiredMember("pattern")
            let source = try patternNode.string()
            let pattern: RulePattern
            do { pattern = try RulePattern(source) } catch { throw patternNode.error("not a pattern kmsready runs: \(error.message)") }
            return .matches(fact: try fact(operand, insideCall: insideCall, facts: facts), pattern: pattern)
        default:
            throw JSONShapeError(path: node.path + "." + name, message: "unknown operator (expected one of: \(operators.joined(separator: ", ")))")
        }
    }

    private static func fact(_ operand: JSONNode, insideCall: Bool, facts: Set<String>) throws(JSONShapeError) -> String {
        let node = try operand.requiredMember("fact")
        let name = try node.string()
        if FactCatalog.callNames.contains(name) {
            if !insideCall { throw node.error("call.* facts can only be read inside anyCall") }
            return name
        }
        guard facts.contains(name) else {
            throw node.error("unknown fact '\(name)' for this rule's subject (kmsready rules facts lists them)")
        }
        return name
    }

    private static func factValue(_ node: JSONNode) throws(JSONShapeError) -> FactValue {
        guard let value = FactValue(json: node.value) else { throw node.error("expected a string, a number, a boolean or a list of strings") }
        return value
    }

    // MARK: Examples

    private static let exampleCallFields: Set<String> = ["principal", "callerKind", "operation", "language", "network", "calls", "failedCalls", "migrationSdk", "userAgent"]

    private static func decodeExamples(_ node: JSONNode, facts: Set<String>) throws(JSONShapeError) -> [RuleExample] {
        let examples = try node.elements().map { (element) throws(JSONShapeError) in try decodeExample(element, facts: facts) }
        if examples.isEmpty { throw node.error("a rule needs at least one example here: its examples are its tests") }
        return examples
    }

    /// `{"facts": {"key.origin": "EXTERNAL"}, "calls": [{"operation": "ReEncrypt", ...}]}`; without
    /// `calls` the example has no traces, so usage rules are not evaluated for it.
    private static func decodeExample(_ node: JSONNode, facts: Set<String>) throws(JSONShapeError) -> RuleExample {
        try node.rejectUnknownMembers(["facts", "calls"])
        var values: [String: FactValue] = [:]
        if let factsNode = try node.member("facts") {
            for name in try factsNode.object().names {
                let valueNode = try factsNode.requiredMember(name)
                guard facts.contains(name) else { throw valueNode.error("unknown fact '\(name)'") }
                values[name] = try factValue(valueNode)
            }
        }
        var calls: [CallRecord]?
        if let callsNode = try node.member("calls") {
            calls = try callsNode.elements().map(decodeExampleCall)
        }
        return RuleExample(facts: Facts(values: values, calls: calls), path: node.path)
    }

    /// One call group of an example; a `userAgent` is read as the traces' agents are (its language, its
    /// tool and the signal), and `callerKind` and `language` given beside it win.
    private static func decodeExampleCall(_ node: JSONNode) throws(JSONShapeError) -> CallRecord {
        try node.rejectUnknownMembers(exampleCallFields)
        let agent = try node.optionalString("userAgent").map(CallRecord.userAgents.read)
        let kindText = try node.optionalString("callerKind") ?? agent?.callerKind?.rawValue ?? CallerKind.application.rawValue
        guard let kind = CallerKind(rawValue: kindText) else { throw node.error("unknown callerKind '\(kindText)'") }
        let networkText = try node.optionalString("network") ?? NetworkOrigin.vpc.rawValue
        guard let network = NetworkOrigin(rawValue: networkText) else { throw node.error("unknown network '\(networkText)'") }
        var stats = UsageStats()
        stats.calls = try node.member("calls")?.int() ?? 1
        stats.failedCalls = try node.member("failedCalls")?.int() ?? 0
        stats.firstSeen = 1_767_225_600  // 2026-01-01T00:00:00Z
        stats.lastSeen = stats.firstSeen
        if case .bool(true)? = try node.member("migrationSdk")?.value { stats.migrationSdkVersions = ["0.1.3"] }
        if let signal = agent?.signal { stats.callerSignals = ["userAgent: " + signal] }
        let group = UsageGroup(principal: try node.optionalString("principal") ?? "ram-user:example-app", callerKind: kind,
                               operation: try node.optionalString("operation") ?? "Decrypt",
                               language: try node.optionalString("language") ?? agent?.language ?? "unknown", network: network)
        return CallRecord(group: group, stats: stats)
    }
}
