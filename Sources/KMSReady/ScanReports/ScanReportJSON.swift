/// The scan report as JSON (`schemaVersion` 1): the edition, counts, what was skipped, and every
/// observation with its findings, sorted by file, line and column.
public enum ScanReportJSON {
    public static func render(_ report: ScanReport) -> String { JSONWriter.pretty(document(report)) }

    static func document(_ report: ScanReport) -> JSONValue {
        var summary = JSONObject()
        summary.append("verdict", .string(report.verdict.rawValue))
        summary.append("files", .int(report.files))
        summary.append("bytes", .int(report.bytes))
        summary.append("observations", .object(JSONObject(report.countsByKind.map { ($0.0.rawValue, .int($0.1)) })))
        summary.append("skipped", .object(JSONObject(report.skipped.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })))
        return .object(JSONObject([
            ("schemaVersion", .int(1)),
            ("tool", .object(JSONObject([("name", .string(KMSReadyVersion.name)), ("version", .string(KMSReadyVersion.version))]))),
            ("edition", ReportJSON.edition(report.edition)),
            ("summary", .object(summary)),
            ("observations", .array(report.results.map(result))),
        ]))
    }

    private static func result(_ result: ScanReport.Result) -> JSONValue {
        var object = observation(result.observation)
        object.append("verdict", .string(result.verdict.rawValue))
        object.append("countsForVerdict", .bool(result.counts))
        object.append("findings", .array(result.findings.map { finding in
            .object(JSONObject([
                ("ruleId", .string(finding.ruleId)), ("severity", .string(finding.severity.rawValue)), ("verdict", .string(finding.verdict.rawValue)),
                ("message", .string(finding.message)), ("remediation", .string(finding.remediation)),
            ]))
        }))
        return .object(object)
    }

    /// An observation's fields, those it has.
    static func observation(_ observation: CodeObservation) -> JSONObject {
        var object = JSONObject()
        object.append("kind", .string(observation.kind.rawValue))
        object.append("file", .string(observation.file))
        object.append("line", .int(observation.line))
        object.append("column", .int(observation.column))
        object.append("language", .string(observation.language.rawValue))
        object.append("reachability", .string(observation.reachability.rawValue))
        object.append("application", .string(observation.application))
        object.append("generation", observation.generation.map { .string($0.rawValue) })
        object.append("operation", observation.operation.map(JSONValue.string))
        object.append("via", observation.via.map(JSONValue.string))
        object.append("gateway", observation.gateway.map(JSONValue.string))
        object.append("subject", observation.subject.map(JSONValue.string))
        object.append("reference", observation.reference.map(JSONValue.string))
        object.append("referenceKind", observation.referenceKind.map(JSONValue.string))
        object.append("resourceName", observation.resourceName.map(JSONValue.string))
        object.append("ignoreChanges", observation.ignoreChanges.map(JSONValue.strings))
        object.append("setsInstance", observation.setsInstance.map(JSONValue.bool))
        object.append("migrationEdit", MigrationEdit.text(for: observation).map(JSONValue.string))
        return object
    }
}
