/// The report as Markdown that fits a CI job summary (GitHub's `$GITHUB_STEP_SUMMARY`, GitLab's
/// Markdown reports): verdict counts, a table of the keys needing action, then per key a collapsible
/// block with its findings, remediation and evidence.
public enum ReportMarkdown {
    /// The Markdown text.
    public static func render(_ report: Report) -> String {
        var out = "## kmsready: \(report.keys.count) keys\n\n"
        let counts = report.countsByVerdict
        out += "| verdict | keys |\n| --- | ---: |\n"
        for verdict in Verdict.worstFirst { out += "| \(verdict.rawValue) | \(counts[verdict] ?? 0) |\n" }
        out += "\n"
        if !report.usageEvaluated { out += "_No traces were given: usage rules were not evaluated._\n\n" }
        if !report.coverage.isEmpty {
            out += "### Trace coverage\n\n"
            out += "| " + ReportText.coverageHeader.joined(separator: " | ") + " |\n| --- | --- | --- | ---: | ---: | ---: | --- |\n"
            for coverage in report.coverage { out += "| " + ReportText.coverageCells(coverage).map(cell).joined(separator: " | ") + " |\n" }
            out += "\n"
            for coverage in report.coverage {
                if let explanation = coverage.explanation { out += "- **\(cell(coverage.scope.region ?? "-"))** (\(coverage.status.rawValue)): \(explanation)\n" }
            }
            if report.coverage.contains(where: { $0.explanation != nil }) { out += "\n" }
        }
        if let changes = report.baseline { out += "Against the baseline: \(ReportText.baselineCounts(changes)).\n\n" }
        let needingAction = report.keysWorstFirst.filter { $0.verdict > .eligible }
        out += "### Keys needing action (\(needingAction.count))\n\n"
        if needingAction.isEmpty {
            out += "None.\n\n"
        } else {
            out += "| verdict | key | region | alias | reason |\n| --- | --- | --- | --- | --- |\n"
            for key in needingAction {
                out += "| \(ReportText.verdictLabel(key)) | `\(key.key.id)` | \(cell(key.key.region ?? "-")) | \(cell(key.key.firstAlias ?? "-")) | \(cell(key.reason)) |\n"
            }
            out += "\n"
        }
        out += "### Details\n\n"
        for key in report.keysWorstFirst {
            out += "<details><summary><code>\(ReportText.escapeXML(key.key.id))</code> — \(ReportText.escapeXML(ReportText.verdictLabel(key)))"
            if let alias = key.key.firstAlias { out += " (\(ReportText.escapeXML(alias)))" }
            out += "</summary>\n\n"
            if key.findings.isEmpty { out += "\(key.reason)\n\n" }
            else if let reason = key.usageNotEvaluatedReason { out += "_Usage rules not evaluated: \(reason)._\n\n" }
            for finding in key.findings {
                out += "- **\(finding.ruleId)** (\(finding.severity.rawValue), \(finding.verdict.rawValue)): \(finding.message)\n"
                if let waiver = finding.waiver { out += "  - Waived: \(waiver.reason) (approved by \(waiver.approvedBy), until \(waiver.expires))\n" }
                if !finding.remediation.isEmpty { out += "  - Remediation: \(finding.remediation)\n" }
                out += "\n  ```json\n" + JSONWriter.pretty(finding.evidence).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n  ```\n\n"
            }
            out += "</details>\n\n"
        }
        if !report.secrets.isEmpty {
            out += "### Secrets (\(report.secrets.count))\n\n"
            out += "| verdict | secret | region | type | key | reason |\n| --- | --- | --- | --- | --- | --- |\n"
            for secret in report.secretsWorstFirst {
                let key = secret.encryptionKey.map { "\($0.alias ?? $0.keyId) (\($0.verdict.rawValue))" } ?? secret.secret.metadata?.encryptionKeyId ?? "-"
                out += "| \(secret.verdict.rawValue) | `\(cell(secret.secret.name))` | \(cell(secret.secret.region ?? "-")) | \(cell(secret.secret.type ?? "-")) | \(cell(key)) | \(cell(secret.reason)) |\n"
            }
            out += "\nRemediation by type, and the calls in order: `kmsready secrets plan`.\n\n"
        }
        return out
    }

    /// Text for a table cell: no line breaks, pipes escaped.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
    }
}
