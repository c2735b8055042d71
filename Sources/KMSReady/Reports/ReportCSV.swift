/// The report as CSV (RFC 4180): a header row, then one row per (key, finding) in the JSON report's
/// order — keys by id, findings by rule id — and for a key without findings one row whose finding
/// columns are empty but for `message`, the key's reason (e.g. why its usage was not evaluated). Then the
/// secrets' rows the same way, with `subject` `secret`: `keyId` holds `name@region`, `keyVerdict` the
/// secret's verdict. `edition` names the edition whose rules were applied, on every row. Lines end in
/// CRLF; fields with a comma, quote or line break are quoted.
public enum ReportCSV {
    /// The column names, in their fixed order.
    public static let columns = ["keyId", "region", "account", "aliases", "keyVerdict", "ruleId", "title", "severity",
                                 "findingVerdict", "waived", "waiverReason", "message", "remediation", "subject", "edition"]

    /// The CSV text.
    public static func render(_ report: Report) -> String {
        var out = row(columns)
        for key in report.keys {
            out += rows([key.key.id, key.key.region ?? "", key.key.account ?? "", key.key.aliases.sorted().joined(separator: " "), key.verdict.rawValue],
                        findings: key.findings, reason: key.reason, subject: "key", edition: report.edition.id)
        }
        for secret in report.secrets {
            out += rows([secret.secret.reference, secret.secret.region ?? "", secret.secret.account ?? "", "", secret.verdict.rawValue],
                        findings: secret.findings, reason: secret.reason, subject: "secret", edition: report.edition.id)
        }
        return out
    }

    /// A subject's rows: one per finding, or one carrying `reason` when there is none.
    private static func rows(_ subjectColumns: [String], findings: [Finding], reason: String, subject: String, edition: String) -> String {
        if findings.isEmpty {
            return row(subjectColumns + columns.dropFirst(subjectColumns.count).dropLast(2).map { $0 == "message" ? reason : "" } + [subject, edition])
        }
        return findings.map { finding in
            row(subjectColumns + [finding.ruleId, finding.title, finding.severity.rawValue, finding.verdict.rawValue,
                                  finding.waiver == nil ? "false" : "true", finding.waiver?.reason ?? "", finding.message, finding.remediation, subject, edition])
        }.joined()
    }

    private static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
