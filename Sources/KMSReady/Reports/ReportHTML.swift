/// The report as one self-contained HTML page for reviewers: no external scripts, fonts or styles, so it
/// works offline and can be attached to a review. It holds a summary with a verdict chart (inline SVG),
/// a table of the keys that sorts by any column and filters as one types, per key the findings with
/// evidence and remediation and an hour-of-week heat map of its calls, and the rules that ran with their
/// documents. Printing opens every key's details.
public enum ReportHTML {
    /// The page.
    public static func render(_ report: Report) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>kmsready report: \(report.keys.count) keys</title>\n<style>\n\(style)</style>\n</head>\n<body>\n"
        out += "<header><h1>kmsready: can these KMS keys move to a dedicated KMS instance?</h1>\n"
        out += "<p class=\"muted\">\(KMSReadyVersion.name) \(escape(KMSReadyVersion.version)) · \(report.keys.count) keys · "
        out += report.usageEvaluated ? "traces evaluated" : "no traces given: usage rules not evaluated"
        out += "</p></header>\n"
        out += summary(report)
        out += coverage(report)
        out += keyTable(report)
        out += "<section id=\"details\"><h2>Keys</h2>\n"
        for key in report.keysWorstFirst { out += details(key) }
        out += "</section>\n"
        out += secrets(report)
        out += rules(report)
        out += "<script>\n\(script)</script>\n</body>\n</html>\n"
        return out
    }

    private static func escape(_ text: String) -> String { ReportText.escapeXML(text) }

    private static func verdictClass(_ verdict: Verdict) -> String { "v-" + verdict.rawValue }

    // MARK: Summary

    private static func summary(_ report: Report) -> String {
        let counts = report.countsByVerdict
        let largest = max(1, counts.values.max() ?? 1)
        var out = "<section id=\"summary\"><h2>Summary</h2>\n<div class=\"summary\">\n"
        out += "<svg class=\"chart\" role=\"img\" aria-label=\"keys per verdict\" viewBox=\"0 0 520 \(Verdict.worstFirst.count * 30 + 10)\" width=\"520\">\n"
        for (row, verdict) in Verdict.worstFirst.enumerated() {
            let count = counts[verdict] ?? 0
            let y = row * 30 + 5
            let width = count == 0 ? 0 : max(2, count * 300 / largest)
            out += "<text x=\"0\" y=\"\(y + 17)\">\(verdict.rawValue)</text>"
            out += "<rect class=\"\(verdictClass(verdict))\" x=\"190\" y=\"\(y)\" width=\"\(width)\" height=\"22\" rx=\"3\"/>"
            out += "<text x=\"\(196 + width)\" y=\"\(y + 17)\">\(count)</text>\n"
        }
        out += "</svg>\n<ul class=\"facts\">\n"
        if let traces = report.traces {
            let c = traces.counters
            out += "<li>\(c.files) trace files, \(c.kmsEvents) KMS events, \(c.malformedRecords) malformed records, \(traces.callsOfUnknownKeys) calls of keys not in the inventory</li>\n"
        }
        if let baseline = report.baseline { out += "<li>Against the baseline: \(escape(ReportText.baselineCounts(baseline)))</li>\n" }
        for warning in report.inventoryWarnings { out += "<li class=\"warn\">\(escape(warning))</li>\n" }
        for notice in report.waiverNotices { out += "<li class=\"warn\">\(escape(notice.description))</li>\n" }
        out += "</ul>\n</div>\n</section>\n"
        return out
    }

    // MARK: Coverage

    /// What the traces of each account and region could show; the rows whose keys' usage was not evaluated are marked.
    private static func coverage(_ report: Report) -> String {
        guard !report.coverage.isEmpty else { return "" }
        var out = "<section id=\"coverage\"><h2>Trace coverage</h2>\n<p class=\"muted\">Usage rules are evaluated only where the traces can show use.</p>\n"
        out += "<table><thead><tr>" + ReportText.coverageHeader.map { "<th>\(escape($0))</th>" }.joined() + "<th>what it means</th></tr></thead><tbody>\n"
        for coverage in report.coverage {
            out += coverage.canShowUse ? "<tr>" : "<tr class=\"warn\">"
            out += ReportText.coverageCells(coverage).map { "<td>\(escape($0))</td>" }.joined()
            out += "<td>\(escape(coverage.explanation ?? "usage rules evaluated"))</td></tr>\n"
        }
        return out + "</tbody></table>\n</section>\n"
    }

    /// Secrets, worst first: where each lives, the key that encrypts it and why it got its verdict.
    private static func secrets(_ report: Report) -> String {
        guard !report.secrets.isEmpty else { return "" }
        var out = "<section id=\"secrets\"><h2>Secrets (\(report.secrets.count))</h2>\n"
        out += "<p class=\"muted\">Secrets outside a KMS instance cannot be moved by the CMK migration; <code>kmsready secrets plan</code> lists the calls that move them.</p>\n"
        out += "<table id=\"secret-table\"><thead><tr><th>Verdict</th><th>Secret</th><th>Region</th><th>Type</th><th>KMS instance</th><th>Key</th><th>Last access</th><th>Why</th></tr></thead><tbody>\n"
        for secret in report.secretsWorstFirst {
            let key = secret.encryptionKey.map { "\($0.alias ?? $0.keyId) (\($0.verdict.rawValue))" } ?? secret.secret.metadata?.encryptionKeyId ?? "-"
            let lastAccess = secret.usage.map { usage in usage.lastSeen.map(Timestamp.format) ?? "none traced" } ?? "no traces"
            out += "<tr><td class=\"\(verdictClass(secret.verdict))\">\(escape(secret.verdict.rawValue))</td><td><code>\(escape(secret.secret.name))</code></td>"
            out += "<td>\(escape(secret.secret.region ?? "-"))</td><td>\(escape(secret.secret.type ?? "-"))</td>"
            out += "<td>\(escape(secret.secret.kmsInstanceId ?? (secret.secret.inKmsInstance == nil ? "unknown" : "none")))</td>"
            out += "<td>\(escape(key))</td><td>\(escape(lastAccess))</td><td>\(escape(secret.reason))</td></tr>\n"
        }
        return out + "</tbody></table>\n</section>\n"
    }

    // MARK: Key table

    private static func keyTable(_ report: Report) -> String {
        var out = "<section id=\"keys\"><h2>All keys</h2>\n"
        out += "<input id=\"filter\" type=\"search\" placeholder=\"Filter keys: id, alias, region, verdict, rule…\" aria-label=\"filter keys\">\n"
        out += "<table id=\"key-table\"><thead><tr>"
        for (column, title) in ["Verdict", "Key id", "Region", "Alias", "Findings", "Calls", "Reason"].enumerated() {
            out += "<th data-column=\"\(column)\" tabindex=\"0\">\(title)</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for key in report.keysWorstFirst {
            let rank = Verdict.worstFirst.firstIndex(of: key.verdict) ?? 0
            let calls = key.usage?.calls
            out += "<tr data-search=\"\(escape(([key.key.id, key.key.region ?? "", key.verdict.rawValue] + key.key.aliases.sorted() + key.findings.map(\.ruleId)).joined(separator: " ").lowercased()))\">"
            out += "<td data-sort=\"\(rank)\"><span class=\"badge \(verdictClass(key.verdict))\">\(escape(ReportText.verdictLabel(key)))</span></td>"
            out += "<td><a href=\"#key-\(escape(key.key.id))\"><code>\(escape(key.key.id))</code></a></td>"
            out += "<td>\(escape(key.key.region ?? "-"))</td><td>\(escape(key.key.firstAlias ?? "-"))</td>"
            out += "<td data-sort=\"\(key.findings.count)\">\(key.findings.count)</td>"
            out += "<td data-sort=\"\(calls ?? -1)\">\(calls.map(String.init) ?? "–")</td>"
            out += "<td>\(escape(key.reason))</td></tr>\n"
        }
        out += "</tbody></table>\n</section>\n"
        return out
    }

    // MARK: Key details

    private static func details(_ key: KeyReport) -> String {
        var out = "<details id=\"key-\(escape(key.key.id))\" class=\"key\"><summary><span class=\"badge \(verdictClass(key.verdict))\">\(escape(ReportText.verdictLabel(key)))</span> "
        out += "<code>\(escape(key.key.id))</code>"
        if !key.key.aliases.isEmpty { out += " · \(escape(key.key.aliases.sorted().joined(separator: ", ")))" }
        out += "</summary>\n<dl>"
        out += "<dt>ARN</dt><dd><code>\(escape(key.key.arn ?? "-"))</code></dd>"
        if let description = key.key.metadata?.description, !description.isEmpty { out += "<dt>Description</dt><dd>\(escape(description))</dd>" }
        if let definition = key.key.definition { out += "<dt>Defined in</dt><dd><code>\(escape(definition.file))</code> line \(definition.line), <code>\(escape(definition.jsonPath))</code></dd>" }
        out += "<dt>Reason</dt><dd>\(escape(key.reason))</dd></dl>\n"
        for finding in key.findings {
            out += "<div class=\"finding\"><h4><span class=\"badge \(verdictClass(finding.verdict))\">\(finding.verdict.rawValue)</span> \(escape(finding.title)) <span class=\"muted\">\(escape(finding.ruleId)) · \(finding.severity.rawValue)</span></h4>\n"
            out += "<p>\(escape(finding.message))</p>\n"
            if let waiver = finding.waiver {
                out += "<p class=\"waived\">Waived: \(escape(waiver.reason)) — approved by \(escape(waiver.approvedBy)), until \(waiver.expires)</p>\n"
            }
            if !finding.remediation.isEmpty { out += "<p><strong>Remediation:</strong> \(escape(finding.remediation))</p>\n" }
            out += "<details class=\"evidence\"><summary>Evidence</summary><pre>\(escape(JSONWriter.pretty(finding.evidence)))</pre></details></div>\n"
        }
        if let usage = key.usage { out += heatMap(usage) }
        return out + "</details>\n"
    }

    /// Calls per hour of the week (UTC) as a 7 × 24 grid; darker is busier.
    private static func heatMap(_ usage: KeyUsage) -> String {
        let largest = usage.hourOfWeek.max() ?? 0
        guard largest > 0 else { return "<p class=\"muted\">No traced calls.</p>\n" }
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        var out = "<figure class=\"heat\"><figcaption>Calls per hour of the week (UTC), busiest hour \(largest) calls</figcaption>\n"
        out += "<svg viewBox=\"0 0 520 170\" width=\"520\" role=\"img\" aria-label=\"calls per hour of the week\">\n"
        for hour in stride(from: 0, to: 24, by: 3) { out += "<text class=\"axis\" x=\"\(40 + hour * 20)\" y=\"12\">\(hour):00</text>" }
        for (day, name) in days.enumerated() {
            out += "\n<text class=\"axis\" x=\"0\" y=\"\(34 + day * 20)\">\(name)</text>"
            for hour in 0..<24 {
                let calls = usage.hourOfWeek[day * 24 + hour]
                let opacity = calls == 0 ? "0.04" : String(format3(0.15 + 0.85 * Double(calls) / Double(largest)))
                out += "<rect x=\"\(40 + hour * 20)\" y=\"\(20 + day * 20)\" width=\"18\" height=\"18\" fill-opacity=\"\(opacity)\"><title>\(name) \(hour):00 UTC: \(calls) calls</title></rect>"
            }
        }
        return out + "\n</svg></figure>\n"
    }

    /// `value` with at most 3 decimals, without Foundation's locale-dependent formatting.
    private static func format3(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    // MARK: Rules

    private static func rules(_ report: Report) -> String {
        var out = "<section id=\"rules\"><h2>Rules that ran (\(report.rules.count))</h2>\n<table><thead><tr><th>Rule</th><th>Verdict</th><th>Description</th><th>Document</th></tr></thead><tbody>\n"
        for rule in report.rules {
            var document = escape(rule.source.document)
            if let section = rule.source.section { document += ", " + escape(section) }
            if let url = rule.source.url { document = "<a href=\"\(escape(url))\">\(document)</a>" }
            out += "<tr><td><code>\(escape(rule.id))</code><br>\(escape(rule.title))</td><td><span class=\"badge \(verdictClass(rule.verdict))\">\(rule.verdict.rawValue)</span></td>"
            out += "<td>\(escape(rule.description))</td><td>\(document)</td></tr>\n"
        }
        return out + "</tbody></table>\n</section>\n"
    }

    // MARK: Style and behaviour

    private static let style = """
        :root { --blocked: #c62828; --needs-review: #ef6c00; --remediation: #00838f; --eligible: #2e7d32; --not-required: #757575; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 1200px; padding: 0 24px 48px; color: #1b1b1b; }
        h1 { font-size: 1.5em; margin-top: 24px; } h2 { border-bottom: 1px solid #ddd; padding-bottom: 4px; margin-top: 32px; }
        code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; }
        pre { background: #f6f8fa; padding: 8px 12px; overflow-x: auto; border-radius: 4px; }
        .muted { color: #666; } .warn { color: #8a4b00; } .waived { background: #fff8e1; padding: 4px 8px; border-left: 3px solid #f9a825; }
        .summary { display: flex; flex-wrap: wrap; gap: 32px; align-items: flex-start; } .chart text { font-size: 14px; }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 0.85em; white-space: nowrap; }
        .v-blocked { background: var(--blocked); fill: var(--blocked); } .v-needs-review { background: var(--needs-review); fill: var(--needs-review); }
        .v-eligible-after-remediation { background: var(--remediation); fill: var(--remediation); }
        .v-eligible { background: var(--eligible); fill: var(--eligible); } .v-not-required { background: var(--not-required); fill: var(--not-required); }
        table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #eee; vertical-align: top; }
        #key-table th { cursor: pointer; user-select: none; background: #fafafa; } #key-table th[aria-sort="ascending"]::after { content: " ▲"; }
        #key-table th[aria-sort="descending"]::after { content: " ▼"; }
        #key-table td:nth-child(-n+3) { white-space: nowrap; }
        #filter { width: 100%; max-width: 480px; padding: 6px 10px; margin: 8px 0 12px; font-size: 1em; }
        details.key { border: 1px solid #e0e0e0; border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
        details.key > summary { cursor: pointer; } dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; } dt { color: #666; }
        .finding { border-top: 1px dashed #ddd; margin-top: 8px; } .finding h4 { margin: 8px 0 4px; }
        .heat rect { fill: #1565c0; } .heat .axis, .heat text { font-size: 11px; fill: #555; } figure { margin: 12px 0; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; } #filter { display: none; }
          details.key { break-inside: avoid; } a { color: inherit; text-decoration: none; }
          .badge { color: #000; border: 1px solid #000; background: none !important; }
        }

        """

    private static let script = """
        (function () {
          var table = document.getElementById('key-table');
          var body = table.tBodies[0];
          document.getElementById('filter').addEventListener('input', function (event) {
            var words = event.target.value.toLowerCase().split(/\\s+/).filter(Boolean);
            Array.prototype.forEach.call(body.rows, function (row) {
              var text = row.getAttribute('data-search');
              row.hidden = !words.every(function (word) { return text.indexOf(word) >= 0; });
            });
          });
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header) {
            function sort() {
              var column = Number(header.getAttribute('data-column'));
              var ascending = header.getAttribute('aria-sort') !== 'ascending';
              Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute('aria-sort'); });
              header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = a.cells[column], y = b.cells[column];
                var p = x.getAttribute('data-sort'), q = y.getAttribute('data-sort');
                var order = p !== null && q !== null ? Number(p) - Number(q) : x.textContent.localeCompare(y.textContent);
                return ascending ? order : -order;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            }
            header.addEventListener('click', sort);
            header.addEventListener('keydown', function (event) { if (event.key === 'Enter') { sort(); } });
          });
          window.addEventListener('beforeprint', function () {
            Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
          });
        })();

        """
}
