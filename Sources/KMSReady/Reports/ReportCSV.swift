/// The report as CSV (RFC 4180): a header row, then one row per (key, finding) in the JSON report's
/// order — keys by id, findings by rule id — and for a key without findings one row whose finding
/// columns are empty but for `message`, the key's reason (e.g. why its usage was not evaluated). Lines end in CRLF; fields with a comma, quote or line break are quoted.
public enum ReportCSV {
    /// The column names, in their fixed order.
    public static let columns = ["keyId", "region", "account", "aliases", "keyVerdict", "ruleId", "title", "severity",
                                 "findingVerdict", "waived", "waiverReason", "message", "remediation"]

    /// The CSV text.
    public static func render(_ report: Report) -> String {
        var out = row(columns)
        for key in report.keys {
            let keyColumns = [key.key.id, key.key.region ?? "", key.key.account ?? "", key.key.aliases.sorted().joined(separator: " "),
                              key.verdict.rawValue]
            if key.findings.isEmpty {
                out += row(keyColumns + columns.dropFirst(keyColumns.count).map { $0 == "message" ? key.reason : "" })
            }
            for finding in key.findings {
                out += row(keyColumns + [finding.ruleId, finding.title, finding.severity.rawValue, finding.verdict.rawValue,
                                         finding.waiver == nil ? "false" : "true", finding.waiver?.reason ?? "",
                                         finding.message, finding.remediation])
            }
        }
        return out
    }

    private static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
