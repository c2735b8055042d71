/// The terminal report: a summary line per verdict, then the keys worst first, each with its main reason.
///
/// Laid out for `width` columns (100 by default): one row per key with verdict, key id, region and
/// alias, and the reason on the line below, cut to the width. With `colour`, verdicts are coloured
/// (ANSI; the caller decides: only on a terminal, never with `NO_COLOR`). Control characters from the
/// inputs are escaped (``DisplayText``), so the only escape sequences are those colours.
public enum ReportTable {
    /// The table as text.
    public static func render(_ report: Report, width: Int = 100, colour: Bool = false) -> String {
        var lines: [String] = []
        let counts = report.countsByVerdict
        lines.append("kmsready: \(report.keys.count) keys")
        lines.append(cut(ReportText.editionLine(report.edition), width))
        for verdict in Verdict.worstFirst {
            lines.append("  " + pad(verdict.rawValue, 29) + String(counts[verdict] ?? 0))
        }
        if let traces = report.traces {
            let c = traces.counters
            lines.append("traces: \(c.files) files, \(c.kmsEvents) KMS events, \(c.otherServiceEvents) events of other services, "
                + "\(c.eventsWithoutKey) without a key, \(c.malformedRecords) malformed, \(traces.callsOfUnknownKeys) calls of keys not in the inventory")
            for sample in traces.malformedSamples { lines.append(cut("  malformed: \(sample)", width)) }
        } else {
            lines.append("traces: none given; usage rules not evaluated (verdicts marked *)")
        }
        if !report.coverage.isEmpty {
            lines.append("coverage: usage is evaluated only where the traces can show it (* below: not evaluated)")
            let widths = [18, 13, 26, 6, 8, 6]
            func row(_ cells: [String]) -> String { "  " + zip(cells, widths + [0]).map { $1 == 0 ? $0 : pad($0, $1) }.joined() }
            lines.append(row(["ACCOUNT", "REGION", "TRACED PERIOD (UTC)", "DAYS", "CRYPTO", "MGMT", "STATUS"]))
            for coverage in report.coverage {
                lines.append(cut(row(ReportText.coverageCells(coverage)), width))
                if let explanation = coverage.explanation { lines += wrap(explanation, first: "    └ ", next: "      ", width: width) }
            }
        }
        for warning in report.inventoryWarnings { lines.append(cut("warning: \(warning)", width)) }
        for notice in report.waiverNotices { lines.append(cut("warning: \(notice.description)", width)) }
        if let baseline = report.baseline {
            lines.append("baseline: " + ReportText.baselineCounts(baseline))
            for gone in baseline.gone { lines.append(cut("  gone: \(gone.keyId) (was \(gone.verdict.rawValue))", width)) }
        }
        lines.append("")
        lines.append(pad("VERDICT", 29) + pad("KEY ID", 38) + pad("REGION", 15) + "ALIAS")
        for key in report.keysWorstFirst {
            let verdict = ReportText.verdictLabel(key) + (key.usageEvaluated ? "" : "*")
            let alias = key.key.firstAlias ?? "-"
            let row = cut(pad(verdict, 29) + pad(key.key.id, 38) + pad(key.key.region ?? "-", 15) + alias, width)
            lines.append(colour ? paint(row, verdictWidth: min(row.count, 29), key.verdict) : row)
            var reason = "  └ " + key.reason
            if key.findings.count > 1 { reason += " (+\(key.findings.count - 1) more)" }
            lines.append(cut(reason, width))
        }
        if !report.secrets.isEmpty {
            let secretCounts = report.secretCountsByVerdict
            lines.append("")
            lines.append("secrets: \(report.secrets.count) (" + Verdict.worstFirst.compactMap { verdict in
                secretCounts[verdict].map { "\($0) \(verdict.rawValue)" }
            }.joined(separator: ", ") + "). " + ReportText.secretsHint(report.edition))
            lines.append(pad("VERDICT", 29) + pad("SECRET", 38) + pad("REGION", 15) + "TYPE")
            for secret in report.secretsWorstFirst {
                let row = cut(pad(secret.verdict.rawValue, 29) + pad(secret.secret.name, 38) + pad(secret.secret.region ?? "-", 15)
                              + (secret.secret.type ?? "-"), width)
                lines.append(colour ? paint(row, verdictWidth: min(row.count, 29), secret.verdict) : row)
                lines.append(cut("  └ " + secret.reason + (secret.encryptionKey.map { " Key: \($0.description)." } ?? ""), width))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ raw: String, _ width: Int) -> String {
        let text = DisplayText.escaped(raw)
        return text.count >= width - 1 ? String(text.prefix(width - 2)) + "… " : text + String(repeating: " ", count: width - text.count)
    }

    /// `text` in lines of at most `width` characters, broken at spaces, the first line led by `first`, the others by `next`.
    private static func wrap(_ text: String, first: String, next: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = first
        for word in DisplayText.escaped(text).split(separator: " ") {
            if line.count + word.count + 1 > width, line.count > next.count {
                lines.append(line)
                line = next
            }
            line += (line == first || line == next ? "" : " ") + word
        }
        lines.append(line)
        return lines
    }

    private static func cut(_ raw: String, _ width: Int) -> String {
        let text = DisplayText.escaped(raw)
        return text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    /// `row` with its first `verdictWidth` characters in the verdict's colour.
    private static func paint(_ row: String, verdictWidth: Int, _ verdict: Verdict) -> String {
        let code: String
        switch verdict {
        case .blocked: code = "31"
        case .needsReview: code = "33"
        case .eligibleAfterRemediation: code = "36"
        case .eligible: code = "32"
        case .notRequired: code = "2"
        }
        return "\u{1B}[\(code)m" + row.prefix(verdictWidth) + "\u{1B}[0m" + row.dropFirst(verdictWidth)
    }
}
