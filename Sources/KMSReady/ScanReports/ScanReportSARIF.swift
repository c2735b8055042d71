/// The scan report as SARIF 2.1.0: each finding a result at its file, line and column (GitHub code
/// scanning shows them on the pull request), at its verdict's level, a client's migration edit among its
/// properties; `partialFingerprints` from the rule, the file and what was found, so a result
/// keeps its identity when lines move. Tests and examples carry their reachability and, unless counted, a
/// `note` level.
public enum ScanReportSARIF {
    public static func render(_ report: ScanReport) -> String { JSONWriter.pretty(document(report)) }

    static func document(_ report: ScanReport) -> JSONValue {
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
        var driver = JSONObject()
        driver.append("name", .string(KMSReadyVersion.name))
        driver.append("version", .string(KMSReadyVersion.version))
        driver.append("semanticVersion", .string(KMSReadyVersion.version))
        driver.append("rules", .array(report.rules.map(ReportSARIF.rule)))
        var results: [JSONValue] = []
        for result in report.results {
            for finding in result.findings {
                guard let level = ReportSARIF.level(finding.verdict) else { continue }
                results.append(self.result(finding, of: result, level: result.counts ? level : "note", ruleIndex: ruleIndex[finding.ruleId]))
            }
        }
        var run = JSONObject()
        run.append("tool", .object(JSONObject([("driver", .object(driver))])))
        run.append("columnKind", .string("utf16CodeUnits"))
        run.append("results", .array(results))
        run.append("properties", .object(JSONObject([("edition", ReportJSON.edition(report.edition)), ("verdict", .string(report.verdict.rawValue))])))
        return .object(JSONObject([
            ("$schema", .string(ReportSARIF.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ]))
    }

    private static func result(_ finding: Finding, of result: ScanReport.Result, level: String, ruleIndex: Int?) -> JSONValue {
        let observation = result.observation
        var object = JSONObject()
        object.append("ruleId", .string(finding.ruleId))
        object.append("ruleIndex", ruleIndex.map(JSONValue.int))
        object.append("level", .string(level))
        object.append("message", .object(JSONObject([("text", .string(finding.message))])))
        var physical = JSONObject()
        physical.append("artifactLocation", .object(JSONObject([("uri", .string(ReportSARIF.uriReference(observation.file)))])))
        physical.append("region", .object(JSONObject([("startLine", .int(observation.line)), ("startColumn", .int(observation.column))])))
        object.append("locations", .array([.object(JSONObject([("physicalLocation", .object(physical))]))]))
        let what = observation.operation ?? observation.reference ?? observation.subject ?? observation.kind.rawValue
        object.append("partialFingerprints", .object(JSONObject([
            ("kmsreadyCode/v1", .string(ReportText.fingerprint(observation.file + "#" + what, finding.ruleId))),
        ])))
        var properties = ScanReportJSON.observation(observation)
        properties.append("verdict", .string(finding.verdict.rawValue))
        properties.append("remediation", .string(finding.remediation))
        object.append("properties", .object(properties))
        return .object(object)
    }
}
