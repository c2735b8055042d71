/// The report as SARIF 2.1.0, for code-scanning platforms (GitHub, GitLab, Azure DevOps).
///
/// `tool.driver.rules` lists every rule that ran; each finding of a key in scope is a result located at
/// the inventory file that defines the key (its line, and the JSON path as a logical location), at the
/// level of its verdict: `blocked` → error, `needs-review` and `eligible-after-remediation` → warning,
/// `eligible` → note. Exemptions (`not-required`) are not results. `partialFingerprints` hash the key id
/// and rule id, so platforms track a result across runs however the files change; a waived finding
/// carries an accepted external suppression with the waiver's reason. Findings of secrets are results
/// the same way, at the file that defines the secret, named `name@region`.
///
/// Within GitHub code scanning's limits: it shows at most 5,000 results of a run (and rejects 25,000),
/// and takes at most 1,000 locations per result. An estate with more findings than `perKeyResultLimit`
/// gets one result per rule, region and waived-or-not, up to 1,000 keys each, every key a related
/// location, and a run-level notification that says so: nothing is dropped.
public enum ReportSARIF {
    /// Above this many findings, results are grouped (GitHub shows 5,000 results per run).
    public static let perKeyResultLimit = 5_000
    /// The most keys in one grouped result (GitHub takes 1,000 locations per result).
    public static let keysPerGroupedResult = 1_000

    /// The SARIF schema the output conforms to.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    /// The SARIF document as text.
    public static func render(_ report: Report) -> String { JSONWriter.pretty(document(report)) }

    /// The SARIF level of a verdict, `nil` for exemptions.
    public static func level(_ verdict: Verdict) -> String? {
        switch verdict {
        case .blocked: return "error"
        case .needsReview, .eligibleAfterRemediation: return "warning"
        case .eligible: return "note"
        case .notRequired: return nil
        }
    }

    static func document(_ report: Report, perKeyLimit: Int = perKeyResultLimit) -> JSONValue {
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
        var driver = JSONObject()
        driver.append("name", .string(KMSReadyVersion.name))
        driver.append("version", .string(KMSReadyVersion.version))
        driver.append("semanticVersion", .string(KMSReadyVersion.version))
        driver.append("rules", .array(report.rules.map(rule)))
        let subjects = report.keys.map { Subject(id: $0.key.id, idProperty: "keyId", definition: $0.key.definition, region: $0.key.region,
                                                 verdictProperty: "keyVerdict", verdict: $0.verdict, findings: $0.findings) }
            + report.secrets.map { Subject(id: $0.secret.reference, idProperty: "secret", definition: $0.secret.definition, region: $0.secret.region,
                                           verdictProperty: "secretVerdict", verdict: $0.verdict, findings: $0.findings) }
        let inScope = subjects.flatMap { subject in subject.findings.compactMap { finding in level(finding.verdict).map { (subject, finding, $0) } } }
        var notifications = report.coverage.map(notification)
        let results: [JSONValue]
        if inScope.count <= perKeyLimit {
            results = inScope.map { result($1, of: $0, level: $2, ruleIndex: ruleIndex[$1.ruleId]) }
        } else {
            results = grouped(inScope, ruleIndex: ruleIndex)
            notifications.append(.object(JSONObject([
                ("level", .string("note")),
                ("message", .object(JSONObject([("text", .string(
                    "\(inScope.count) findings are more than the \(perKeyLimit) results GitHub code scanning shows per run: they are grouped into "
                    + "\(results.count) results, one per rule, region and waived or not, of up to \(keysPerGroupedResult) keys each, every key a related "
                    + "location. The JSON report has each finding."))]))),
                ("descriptor", .object(JSONObject([("id", .string("grouped-results"))]))),
            ])))
        }
        var run = JSONObject()
        run.append("tool", .object(JSONObject([("driver", .object(driver))])))
        run.append("columnKind", .string("unicodeCodePoints"))
        run.append("results", .array(results))
        run.append("properties", .object(JSONObject([("edition", ReportJSON.edition(report.edition))])))
        if !notifications.isEmpty {
            run.append("invocations", .array([.object(JSONObject([
                ("executionSuccessful", .bool(true)),
                ("toolExecutionNotifications", .array(notifications)),
            ]))]))
        }
        return .object(JSONObject([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ]))
    }

    /// The coverage of one account and region, as a run-level notification: a warning where usage
    /// rules could not be evaluated, a note otherwise.
    private static func notification(_ coverage: RegionCoverage) -> JSONValue {
        var properties = JSONObject()
        properties.append("account", coverage.scope.account.map(JSONValue.string) ?? .null)
        properties.append("region", coverage.scope.region.map(JSONValue.string) ?? .null)
        properties.append("status", .string(coverage.status.rawValue))
        properties.append("usageEvaluated", .bool(coverage.canShowUse))
        properties.append("periodDays", .int(coverage.periodDays))
        properties.append("cryptographicCalls", .int(coverage.counts.cryptographicCalls))
        properties.append("managementCalls", .int(coverage.counts.managementCalls))
        return .object(JSONObject([
            ("level", .string(coverage.canShowUse ? "note" : "warning")),
            ("message", .object(JSONObject([("text", .string("Trace coverage of " + coverage.summary))]))),
            ("descriptor", .object(JSONObject([("id", .string("trace-coverage"))]))),
            ("properties", .object(properties)),
        ]))
    }

    static func rule(_ rule: Rule) -> JSONValue {
        var object = JSONObject()
        object.append("id", .string(rule.id))
        object.append("name", .string(pascalCase(rule.id)))
        object.append("shortDescription", .object(JSONObject([("text", .string(rule.title))])))
        object.append("fullDescription", .object(JSONObject([("text", .string(rule.description))])))
        var help = "\(rule.description)\n\nVerdict: \(rule.verdict.rawValue). Sources:"
        for source in rule.sources { help += "\n- \(source.citation)" + (source.url.map { " \($0)" } ?? "") }
        object.append("help", .object(JSONObject([("text", .string(help))])))
        object.append("helpUri", rule.sources.lazy.compactMap(\.url).first.map(JSONValue.string))
        object.append("defaultConfiguration", .object(JSONObject([("level", .string(level(rule.verdict) ?? "none"))])))
        object.append("properties", .object(JSONObject([
            ("verdict", .string(rule.verdict.rawValue)),
            ("severity", .string(rule.severity.rawValue)),
            ("tags", .strings(["kms", "migration", rule.verdict.rawValue])),
        ])))
        return .object(object)
    }

    /// A key or a secret, as results name and locate it.
    private struct Subject {
        var id: String
        var idProperty: String
        var definition: KeyDefinition?
        var region: String?
        var verdictProperty: String
        var verdict: Verdict
        var findings: [Finding]
    }

    private static func result(_ finding: Finding, of subject: Subject, level: String, ruleIndex: Int?) -> JSONValue {
        var object = JSONObject()
        object.append("ruleId", .string(finding.ruleId))
        object.append("ruleIndex", ruleIndex.map(JSONValue.int))
        object.append("level", .string(level))
        object.append("message", .object(JSONObject([("text", .string("\(subject.id): \(finding.message)"))])))
        if let definition = subject.definition { object.append("locations", .array([location(definition)])) }
        object.append("partialFingerprints", .object(JSONObject([("kmsreadyKeyRule/v1", .string(ReportText.fingerprint(subject.id, finding.ruleId)))])))
        if let waiver = finding.waiver {
            object.append("suppressions", .array([.object(JSONObject([
                ("kind", .string("external")), ("status", .string("accepted")),
                ("justification", .string("\(waiver.reason) (approved by \(waiver.approvedBy), until \(waiver.expires))")),
            ]))]))
        }
        var properties = JSONObject()
        properties.append(subject.idProperty, .string(subject.id))
        properties.append("region", subject.region.map(JSONValue.string))
        properties.append(subject.verdictProperty, .string(subject.verdict.rawValue))
        properties.append("remediation", .string(finding.remediation))
        properties.append("evidence", finding.evidence)
        object.append("properties", .object(properties))
        return .object(object)
    }

    /// One result per rule, region and waived-or-not, of up to `keysPerGroupedResult` keys each: located
    /// at the first key's definition, every key a related location with its finding's message.
    private static func grouped(_ findings: [(Subject, Finding, String)], ruleIndex: [String: Int]) -> [JSONValue] {
        var order: [String] = []
        var groups: [String: [(Subject, Finding, String)]] = [:]
        for entry in findings {
            let id = [entry.1.ruleId, entry.0.region ?? "unknown-region", entry.1.waiver == nil ? "" : "waived"].joined(separator: "\u{0}")
            if groups[id] == nil { order.append(id) }
            groups[id, default: []].append(entry)
        }
        var results: [JSONValue] = []
        for id in order {
            let members = groups[id]!
            let chunks = stride(from: 0, to: members.count, by: keysPerGroupedResult).map { Array(members[$0..<min($0 + keysPerGroupedResult, members.count)]) }
            for (part, chunk) in chunks.enumerated() {
                let (first, finding, level) = chunk[0]
                let region = first.region ?? "unknown region"
                var object = JSONObject()
                object.append("ruleId", .string(finding.ruleId))
                object.append("ruleIndex", ruleIndex[finding.ruleId].map(JSONValue.int))
                object.append("level", .string(level))
                let partText = chunks.count > 1 ? " (part \(part + 1) of \(chunks.count))" : ""
                let named = chunk.prefix(3).map(\.0.id).joined(separator: ", ") + (chunk.count > 3 ? ", …" : "")
                object.append("message", .object(JSONObject([("text", .string(
                    "\(finding.title): \(chunk.count) keys in \(region)\(partText): \(named). Each key is a related location.")),
                ])))
                if let definition = first.definition { object.append("locations", .array([location(definition)])) }
                object.append("relatedLocations", .array(chunk.enumerated().compactMap { index, entry in
                    entry.0.definition.map { definition in
                        var related = location(definition).objectValue!
                        related.append("id", .int(index))
                        related.append("message", .object(JSONObject([("text", .string("\(entry.0.id): \(entry.1.message)"))])))
                        return .object(related)
                    }
                }))
                object.append("partialFingerprints", .object(JSONObject([
                    ("kmsreadyRuleGroup/v1", .string(ReportText.fingerprint("\(region)#\(part)\(finding.waiver == nil ? "" : "#waived")", finding.ruleId))),
                ])))
                if finding.waiver != nil {
                    object.append("suppressions", .array([.object(JSONObject([
                        ("kind", .string("external")), ("status", .string("accepted")),
                        ("justification", .string("waived for each of these keys (the JSON report has each waiver)")),
                    ]))]))
                }
                object.append("properties", .object(JSONObject([("region", first.region.map(JSONValue.string) ?? .null), ("keys", .int(chunk.count)),
                                                                ("subjects", .strings(chunk.map(\.0.id)))])))
                results.append(.object(object))
            }
        }
        return results
    }

    /// Where a key or secret is defined: its file and line, and its JSON path as a logical location.
    private static func location(_ definition: KeyDefinition) -> JSONValue {
        var physical = JSONObject()
        physical.append("artifactLocation", .object(JSONObject([("uri", .string(uriReference(definition.file)))])))
        physical.append("region", .object(JSONObject([("startLine", .int(definition.line))])))
        return .object(JSONObject([
            ("physicalLocation", .object(physical)),
            ("logicalLocations", .array([.object(JSONObject([("fullyQualifiedName", .string(definition.jsonPath)), ("kind", .string("element"))]))])),
        ]))
    }

    /// `automatic-rotation-enabled` → `AutomaticRotationEnabled`.
    private static func pascalCase(_ id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A relative or absolute path as a URI reference: `/` kept, other bytes outside RFC 3986's unreserved set escaped.
    static func uriReference(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + ReportText.hex(byte, digits: 2, uppercase: true)
            }
        }
        return out
    }
}
