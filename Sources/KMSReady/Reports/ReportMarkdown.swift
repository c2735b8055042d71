/// The report as Markdown that fits a CI job summary (GitHub's `$GITHUB_STEP_SUMMARY` takes at most
/// 1 MiB): verdict counts, coverage, the secrets, a table of the keys needing action worst first, then
/// per key a collapsible block with its findings, remediation and evidence. Whatever the estate's size the
/// text stays within `budget` bytes: rows and blocks that do not fit are left out, and a closing line
/// says how many and where the full report is.
public enum ReportMarkdown {
    /// What a job summary takes, with room to spare for what a CI step adds.
    public static let defaultBudget = 1_000_000

    /// The Markdown text; `fullReport` names the file with every key, when the same run writes one.
    public static func render(_ report: Report, fullReport: String? = nil, budget: Int = defaultBudget) -> String {
        var out = "## kmsready: \(report.keys.count) keys\n\n"
        out += ReportText.editionMarkdown(report.edition)
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
        out += secrets(report, budget: budget / 6)
        // What follows the rows and blocks: room kept for it, so the closing line always fits.
        let room = budget - 2_000
        let worstFirst = report.keysWorstFirst
        let needingAction = worstFirst.filter { $0.verdict > .eligible }
        out += "### Keys needing action (\(needingAction.count))\n\n"
        var rowsLeftOut = 0
        if needingAction.isEmpty {
            out += "None.\n\n"
        } else {
            out += "| verdict | key | region | alias | reason |\n| --- | --- | --- | --- | --- |\n"
            for key in needingAction {
                // The table may take up to two thirds of the budget; the details take what is left.
                append(within: room * 2 / 3, to: &out, leftOut: &rowsLeftOut) {
                    "| \(ReportText.verdictLabel(key)) | `\(key.key.id)` | \(cell(key.key.region ?? "-")) | \(cell(key.key.firstAlias ?? "-")) | \(cell(key.reason)) |\n"
                }
            }
            out += "\n"
        }
        out += "### Details\n\n"
        var blocksLeftOut = 0
        for key in worstFirst { append(within: room, to: &out, leftOut: &blocksLeftOut) { details(key) } }
        if rowsLeftOut > 0 || blocksLeftOut > 0 {
            out += "_Left out to stay within a job summary's 1 MiB: \(rowsLeftOut) of \(needingAction.count) rows of keys needing action, "
                + "\(blocksLeftOut) of \(report.keys.count) keys' details. Every key is in "
                + (fullReport.map { "`\($0)`" } ?? "the full report (`kmsready check --format html --output report.html`)") + "._\n"
        }
        return out
    }

    /// One key's collapsible block: its findings with remediation and evidence.
    private static func details(_ key: KeyReport) -> String {
        var out = "<details><summary><code>\(ReportText.escapeXML(key.key.id))</code> — \(ReportText.escapeXML(ReportText.verdictLabel(key)))"
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
        return out + "</details>\n\n"
    }

    /// The secrets, worst first, with the key that encrypts each, in at most `budget` bytes.
    private static func secrets(_ report: Report, budget: Int) -> String {
        guard !report.secrets.isEmpty else { return "" }
        var out = "### Secrets (\(report.secrets.count))\n\n"
        out += "| verdict | secret | region | type | key | reason |\n| --- | --- | --- | --- | --- | --- |\n"
        var leftOut = 0
        for secret in report.secretsWorstFirst {
            append(within: budget, to: &out, leftOut: &leftOut) {
                "| \(secret.verdict.rawValue) | `\(cell(secret.secret.name))` | \(cell(secret.secret.region ?? "-")) | \(cell(secret.secret.type ?? "-")) "
                    + "| \(cell(secret.encryptionKeyText ?? "-")) | \(cell(secret.reason)) |\n"
            }
        }
        if leftOut > 0 { out += "\n_\(leftOut) more secrets are in the full report._\n" }
        return out + "\n\(ReportText.secretsHint(report.edition))\n\n"
    }

    /// Appends `piece()` to `out` while `out` stays within `limit` bytes; once a piece does not fit, it and
    /// every later one are only counted in `leftOut`, never made.
    private static func append(within limit: Int, to out: inout String, leftOut: inout Int, _ piece: () -> String) {
        if leftOut > 0 { leftOut += 1; return }
        let text = piece()
        if out.utf8.count + text.utf8.count > limit { leftOut += 1 } else { out += text }
    }

    /// Text for a table cell: no line breaks, pipes escaped.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
    }
}
