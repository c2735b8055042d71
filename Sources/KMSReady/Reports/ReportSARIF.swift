/// The report as SARIF 2.1.0, for code-scanning platforms (GitHub, GitLab, Azure DevOps).
///
/// `tool.driver.rules` lists every rule that ran; each finding of a key in scope is a result located at
/// the inventory file that defines the key (its line, and the JSON path as a logical location), at the
/// level of its verdict: `blocked` → error, `needs-review` and `eligible-after-remediation` → warning,
/// `eligible` → note. Exemptions (`not-required`) are not results. `partialFingerprints` hash the key id
/// and rule id, so platforms track a result across runs however the files change; a waived finding
/// carries an accepted external suppression with the waiver's reason. Findings of secrets are results
/// the same way, at the file that defines the secret, named `name@region`.
public enum ReportSARIF {
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

    static func document(_ report: Report) -> JSONValue {
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
        var driver = JSONObject()
        driver.append("name", .string(KMSReadyVersion.name))
        driver.append("version", .string(KMSReadyVersion.version))
        driver.append("semanticVersion", .string(KMSReadyVersion.version))
        driver.append("rules", .array(report.rules.map(rule)))
        var results: [JSONValue] = []
        let subjects = report.keys.map { Subject(id: $0.key.id, idProperty: "keyId", definition: $0.key.definition, region: $0.key.region,
                                                 verdictProperty: "keyVerdict", verdict: $0.verdict, findings: $0.findings) }
            + report.secrets.map { Subject(id: $0.secret.reference, idProperty: "secret", definition: $0.secret.definition, region: $0.secret.region,
                                           verdictProperty: "secretVerdict", verdict: $0.verdict, findings: $0.findings) }
        for subject in subjects {
            for finding in subject.findings {
                guard let level = level(finding.verdict) else { continue }
                results.append(result(finding, of: subject, level: level, ruleIndex: ruleIndex[finding.ruleId]))
            }
        }
        var run = JSONObject()
        run.append("tool", .object(JSONObject([("driver", .object(driver))])))
        run.append("columnKind", .string("unicodeCodePoints"))
        run.append("results", .array(results))
        if !report.coverage.isEmpty {
            run.append("invocations", .array([.object(JSONObject([
                ("executionSuccessful", .bool(true)),
                ("toolExecutionNotifications", .array(report.coverage.map(notification))),
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

    private static func rule(_ rule: Rule) -> JSONValue {
        var object = JSONObject()
        object.append("id", .string(rule.id))
        object.append("name", .string(pascalCase(rule.id)))
        object.append("shortDescription", .object(JSONObject([("text", .string(rule.title))])))
        object.append("fullDescription", .object(JSONObject([("text", .string(rule.description))])))
        var help = "\(rule.description)\n\nVerdict: \(rule.verdict.rawValue). Source: \(rule.source.document)"
        if let section = rule.source.section { help += ", \(section)" }
        if let url = rule.source.url { help += " (\(url))" }
        object.append("help", .object(JSONObject([("text", .string(help))])))
        object.append("helpUri", rule.source.url.map(JSONValue.string))
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
        if let definition = subject.definition {
            var physical = JSONObject()
            physical.append("artifactLocation", .object(JSONObject([("uri", .string(uriReference(definition.file)))])))
            physical.append("region", .object(JSONObject([("startLine", .int(definition.line))])))
            object.append("locations", .array([.object(JSONObject([
                ("physicalLocation", .object(physical)),
                ("logicalLocations", .array([.object(JSONObject([("fullyQualifiedName", .string(definition.jsonPath)), ("kind", .string("element"))]))])),
            ]))]))
        }
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
