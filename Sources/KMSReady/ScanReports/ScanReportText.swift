/// The scan report for people: a table for the terminal and Markdown for a pull request, each finding on
/// its own line with its place, worst first; tests and examples after main code.
public enum ScanReportText {
    public static func table(_ report: ScanReport, width: Int) -> String {
        var lines: [String] = []
        lines.append("kmsready scan: \(report.files) files read (\(report.bytes) bytes); verdict \(report.verdict.rawValue)")
        lines.append(DisplayText.escaped(ReportText.editionLine(report.edition)))
        lines.append("found: " + report.countsByKind.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", "))
        if !report.skipped.isEmpty { lines.append("skipped: " + skippedText(report)) }
        lines.append("")
        for result in report.judged {
            let observation = result.observation
            let where_ = observation.location + (result.counts ? "" : " (\(observation.reachability.rawValue))")
            for finding in result.findings {
                lines.append(cut(finding.verdict.rawValue.padding(toLength: 29, withPad: " ", startingAt: 0) + where_, width))
                lines.append(cut("  └ " + finding.message, width))
            }
        }
        if report.judged.isEmpty { lines.append("No finding.") }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ report: ScanReport) -> String {
        var out = "# kmsready scan\n\n"
        out += "**Verdict: \(report.verdict.rawValue)** — \(report.files) files read. " + ReportText.editionMarkdown(report.edition) + "\n\n"
        out += "Found: " + report.countsByKind.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ") + "."
        if !report.skipped.isEmpty { out += " Skipped: " + skippedText(report) + "." }
        out += "\n\n| Verdict | Where | Finding | What to do |\n| --- | --- | --- | --- |\n"
        for result in report.judged {
            for finding in result.findings {
                let place = "`\(cell(result.observation.location))`" + (result.counts ? "" : " (\(result.observation.reachability.rawValue))")
                out += "| \(finding.verdict.rawValue) | \(place) | \(cell(finding.message)) | \(cell(finding.remediation)) |\n"
            }
        }
        return out
    }

    private static func skippedText(_ report: ScanReport) -> String {
        report.skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    }

    private static func cut(_ raw: String, _ width: Int) -> String {
        let text = DisplayText.escaped(raw)
        return text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
    }
}
