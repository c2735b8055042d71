/// The report as one self-contained HTML page for reviewers: no external scripts, fonts or styles, so it
/// works offline and can be attached to a review. It holds a summary with a verdict chart (inline SVG),
/// the coverage, a table of the keys that sorts by any column and filters as one types, per key the
/// findings with evidence and remediation and an hour-of-week heat map of its calls, the secrets, and the
/// rules that ran with their documents.
///
/// It holds at estate scale (10,000 keys): the keys travel as compact data (`KeyTableData`) and the
/// page's script draws one page of the table at a time, sorted and filtered over all keys, and a key's
/// findings and heat map only when the key is opened. Printing prints the table page shown and the keys
/// opened, with their evidence. `#filter=WORDS&key=ID` in the address filters the table and opens a key.
public enum ReportHTML {
    /// The page.
    public static func render(_ report: Report) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>kmsready report: \(report.keys.count) keys</title>\n<style>\n\(style)</style>\n"
        out += "<script>\n\(errorCatcher)</script>\n</head>\n<body>\n"
        out += "<header><h1>kmsready: can these KMS keys move to a dedicated KMS instance?</h1>\n"
        out += "<p class=\"muted\">\(KMSReadyVersion.name) \(escape(KMSReadyVersion.version)) · \(report.keys.count) keys · "
        out += report.usageEvaluated ? "traces evaluated" : "no traces given: usage rules not evaluated"
        out += "</p>\n<p id=\"edition\">\(escape(ReportText.editionLine(report.edition))) (<a href=\"#rules\">sources</a>)</p></header>\n"
        out += summary(report)
        out += coverage(report)
        out += keyTable(report)
        out += secrets(report)
        out += rules(report)
        out += "<script id=\"kmsready-data\" type=\"application/json\">" + KeyTableData.json(report) + "</script>\n"
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
        out += "<svg class=\"chart\" role=\"img\" aria-label=\"keys per verdict\" viewBox=\"0 0 560 \(Verdict.worstFirst.count * 30 + 10)\" width=\"560\">\n"
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
        out += "<p class=\"muted\">\(escape(ReportText.secretsHint(report.edition)))</p>\n"
        out += "<table id=\"secret-table\"><thead><tr><th>Verdict</th><th>Secret</th><th>Region</th><th>Type</th><th>KMS instance</th><th>Key</th><th>Last access</th><th>Why</th></tr></thead><tbody>\n"
        for secret in report.secretsWorstFirst {
            let key = secret.encryptionKeyText ?? "-"
            let lastAccess = secret.usage.map { usage in usage.lastSeen.map(Timestamp.format) ?? "none traced" } ?? "no traces"
            out += "<tr><td><span class=\"badge \(verdictClass(secret.verdict))\">\(escape(secret.verdict.rawValue))</span></td><td><code>\(escape(secret.secret.name))</code></td>"
            out += "<td>\(escape(secret.secret.region ?? "-"))</td><td>\(escape(secret.secret.type ?? "-"))</td>"
            out += "<td>\(escape(secret.secret.kmsInstanceId ?? (secret.secret.inKmsInstance == nil ? "unknown" : "none")))</td>"
            out += "<td>\(escape(key))</td><td>\(escape(lastAccess))</td><td>\(escape(secret.reason))</td></tr>\n"
        }
        return out + "</tbody></table>\n</section>\n"
    }

    // MARK: Key table

    /// The table's frame: the page's script fills it from the key data.
    private static func keyTable(_ report: Report) -> String {
        var out = "<section id=\"keys\"><h2>All keys (\(report.keys.count))</h2>\n"
        out += "<input id=\"filter\" type=\"search\" placeholder=\"Filter keys: id, alias, region, verdict, rule…\" aria-label=\"filter keys\">\n"
        out += "<p id=\"table-status\" class=\"muted\" aria-live=\"polite\"></p>\n"
        out += "<table id=\"key-table\"><thead><tr>"
        for (column, title) in ["Verdict", "Key id", "Region", "Alias", "Findings", "Calls", "Reason"].enumerated() {
            out += "<th data-column=\"\(column)\" tabindex=\"0\">\(title)</th>"
        }
        out += "</tr></thead>\n<tbody></tbody></table>\n"
        out += "<div class=\"pager\"><button id=\"previous\" type=\"button\">‹ Previous</button> <button id=\"next\" type=\"button\">Next ›</button></div>\n"
        out += "<noscript><p class=\"warn\">The key table needs JavaScript; the JSON report (--format json) holds every key.</p></noscript>\n"
        out += "<div id=\"key-details\"></div>\n</section>\n"
        return out
    }

    // MARK: Rules

    private static func rules(_ report: Report) -> String {
        let edition = report.edition
        var out = "<section id=\"rules\"><h2>Rules that ran (\(report.rules.count)): edition \(escape(edition.id))</h2>\n"
        out += "<p>\(escape(edition.description))</p>\n<ul class=\"sources\">\n"
        for source in edition.sources { out += "<li>\(sourceLink(source))</li>\n" }
        out += "</ul>\n<table><thead><tr><th>Rule</th><th>Verdict</th><th>Description</th><th>Documents</th></tr></thead><tbody>\n"
        for rule in report.rules {
            let documents = rule.sources.map(sourceLink).joined(separator: "<br>")
            out += "<tr><td><code>\(escape(rule.id))</code><br>\(escape(rule.title))</td><td><span class=\"badge \(verdictClass(rule.verdict))\">\(rule.verdict.rawValue)</span></td>"
            out += "<td>\(escape(rule.description))</td><td>\(documents)</td></tr>\n"
        }
        return out + "</tbody></table>\n</section>\n"
    }

    /// A source as a link with its section and date.
    private static func sourceLink(_ source: RuleSource) -> String {
        let text = escape(source.citation)
        return source.url.map { "<a href=\"\(escape($0))\">\(text)</a>" } ?? text
    }

    // MARK: Style and behaviour

    private static let style = """
        :root { --blocked: #c62828; --needs-review: #ef6c00; --remediation: #00838f; --eligible: #2e7d32; --not-required: #757575; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 1200px; padding: 0 24px 48px; color: #1b1b1b; }
        h1 { font-size: 1.5em; margin-top: 24px; } h2 { border-bottom: 1px solid #ddd; padding-bottom: 4px; margin-top: 32px; }
        code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; }
        pre { background: #f6f8fa; padding: 8px 12px; overflow-x: auto; border-radius: 4px; white-space: pre-wrap; }
        #key-table td:last-child, #secret-table td:last-child, dd { overflow-wrap: anywhere; }
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
        #filter { width: 100%; max-width: 480px; padding: 6px 10px; margin: 8px 0 4px; font-size: 1em; }
        .pager { margin: 8px 0; } .pager button { padding: 4px 12px; }
        details.key { border: 1px solid #e0e0e0; border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
        details.key > summary { cursor: pointer; } dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; } dt { color: #666; }
        .finding { border-top: 1px dashed #ddd; margin-top: 8px; } .finding h4 { margin: 8px 0 4px; }
        .heat rect { fill: #1565c0; } .heat .axis, .heat text { font-size: 11px; fill: #555; } figure { margin: 12px 0; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; } #filter, .pager, button { display: none; }
          details.key { break-inside: avoid; } a { color: inherit; text-decoration: none; }
          .badge { color: #000; border: 1px solid #000; background: none !important; }
        }

        """

    /// Records the first script error on the page (`data-script-error` on `<html>`), for headless checks.
    private static let errorCatcher = """
        window.addEventListener('error', function (event) {
          document.documentElement.setAttribute('data-script-error', String(event.message || event));
        });

        """

    /// Draws the key table a page at a time from the key data, sorts and filters it over all keys, and
    /// draws a key's details when it is opened.
    private static let script = """
        (function () {
          var data = JSON.parse(document.getElementById('kmsready-data').textContent);
          var keys = data.keys, strings = data.strings, verdicts = data.verdicts, pageSize = 100;
          var table = document.getElementById('key-table'), body = table.tBodies[0];
          var status = document.getElementById('table-status'), filter = document.getElementById('filter');
          var detailsBox = document.getElementById('key-details');
          var shown = keys.slice(), page = 0, searchText = [];
          function esc(text) {
            return String(text).replace(/[&<>"']/g, function (c) {
              return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
            });
          }
          function text(key, index) {
            var s = strings[index];
            if (s.indexOf('\\u0001') < 0 && s.indexOf('\\u0002') < 0) { return s; }
            return s.split('\\u0001').join(key[0]).split('\\u0002').join(strings[key[3]]);
          }
          function badge(verdict, label) { return '<span class="badge v-' + verdicts[verdict] + '">' + esc(label) + '</span>'; }
          function search(key, index) {
            if (searchText[index] === undefined) {
              var words = [key[0], strings[key[2]], verdicts[key[1]], text(key, key[7])];
              key[11].forEach(function (alias) { words.push(text(key, alias)); });
              key[12].forEach(function (finding) { words.push(strings[finding[0]]); });
              searchText[index] = words.join(' ').toLowerCase();
            }
            return searchText[index];
          }
          keys.forEach(function (key, index) { key.index = index; });
          function applyFilter() {
            var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
            shown = keys.filter(function (key) {
              var haystack = search(key, key.index);
              return words.every(function (word) { return haystack.indexOf(word) >= 0; });
            });
            page = 0;
            sortShown();
          }
          var sortColumn = -1, ascending = true;
          var sortValue = [
            function (k) { return k[1]; }, function (k) { return k[0]; }, function (k) { return strings[k[2]]; },
            function (k) { return strings[k[3]]; }, function (k) { return k[4]; }, function (k) { return k[5]; },
            function (k) { return text(k, k[6]); }
          ];
          function sortShown() {
            if (sortColumn >= 0) {
              var value = sortValue[sortColumn];
              shown.sort(function (a, b) {
                var x = value(a), y = value(b);
                var order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
                return (ascending ? order : -order) || a.index - b.index;
              });
            } else {
              shown.sort(function (a, b) { return a.index - b.index; });
            }
            draw();
          }
          function draw() {
            var pages = Math.max(1, Math.ceil(shown.length / pageSize));
            page = Math.min(page, pages - 1);
            var rows = shown.slice(page * pageSize, page * pageSize + pageSize).map(function (key) {
              return '<tr data-key="' + esc(key[0]) + '"><td>' + badge(key[1], text(key, key[7])) + '</td>' +
                '<td><a href="#key=' + encodeURIComponent(key[0]) + '" data-open="' + key.index + '"><code>' + esc(key[0]) + '</code></a></td>' +
                '<td>' + esc(strings[key[2]]) + '</td><td>' + esc(strings[key[3]]) + '</td><td>' + key[4] + '</td>' +
                '<td>' + (key[5] < 0 ? '–' : key[5]) + '</td><td>' + esc(text(key, key[6])) + '</td></tr>';
            });
            body.innerHTML = rows.join('');
            status.textContent = shown.length === 0 ? 'No key matches.' :
              'Keys ' + (page * pageSize + 1) + '–' + Math.min(shown.length, page * pageSize + pageSize) + ' of ' + shown.length +
              (shown.length < keys.length ? ' matching (' + keys.length + ' in all)' : '') + '; page ' + (page + 1) + ' of ' + pages + '.';
            document.getElementById('previous').disabled = page === 0;
            document.getElementById('next').disabled = page >= pages - 1;
          }
          function heatMap(hours) {
            var counts = hours.split(',').map(function (n) { return n === '' ? 0 : Number(n); });
            var largest = Math.max.apply(null, counts), days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
            var out = '<figure class="heat"><figcaption>Calls per hour of the week (UTC), busiest hour ' + largest + ' calls</figcaption>' +
              '<svg viewBox="0 0 520 170" width="520" role="img" aria-label="calls per hour of the week">';
            for (var h = 0; h < 24; h += 3) { out += '<text class="axis" x="' + (40 + h * 20) + '" y="12">' + h + ':00</text>'; }
            days.forEach(function (day, d) {
              out += '<text class="axis" x="0" y="' + (34 + d * 20) + '">' + day + '</text>';
              for (var hour = 0; hour < 24; hour++) {
                var calls = counts[d * 24 + hour];
                var opacity = calls === 0 ? 0.04 : 0.15 + 0.85 * calls / largest;
                out += '<rect x="' + (40 + hour * 20) + '" y="' + (20 + d * 20) + '" width="18" height="18" fill-opacity="' + opacity.toFixed(3) +
                  '"><title>' + day + ' ' + hour + ':00 UTC: ' + calls + ' calls</title></rect>';
              }
            });
            return out + '</svg></figure>';
          }
          function details(key) {
            var out = '<details open class="key" id="key-' + esc(key[0]) + '"><summary>' + badge(key[1], text(key, key[7])) + ' <code>' + esc(key[0]) + '</code>';
            if (key[11].length) { out += ' · ' + esc(key[11].map(function (a) { return text(key, a); }).join(', ')); }
            out += '</summary><dl><dt>ARN</dt><dd><code>' + esc(text(key, key[8])) + '</code></dd>';
            if (text(key, key[9])) { out += '<dt>Description</dt><dd>' + esc(text(key, key[9])) + '</dd>'; }
            out += '<dt>Defined in</dt><dd><code>' + esc(text(key, key[10])) + '</code></dd><dt>Reason</dt><dd>' + esc(text(key, key[6])) + '</dd></dl>';
            key[12].forEach(function (f) {
              out += '<div class="finding"><h4>' + badge(f[3], verdicts[f[3]]) + ' ' + esc(text(key, f[1])) + ' <span class="muted">' +
                esc(strings[f[0]]) + ' · ' + esc(strings[f[2]]) + '</span></h4><p>' + esc(text(key, f[4])) + '</p>';
              if (f[6] >= 0) { out += '<p class="waived">Waived: ' + esc(text(key, f[6])) + '</p>'; }
              if (text(key, f[5])) { out += '<p><strong>Remediation:</strong> ' + esc(text(key, f[5])) + '</p>'; }
              out += '<details class="evidence"><summary>Evidence</summary><pre>' + esc(text(key, f[7])) + '</pre></details></div>';
            });
            out += key[13] ? heatMap(key[13]) : (key[5] < 0 ? '' : '<p class="muted">No traced calls.</p>');
            return out + '<p><button type="button" data-close="' + key.index + '">Close</button></p></details>';
          }
          var opened = [];
          function open(index, scroll) {
            if (opened.indexOf(index) < 0) { opened.unshift(index); }
            detailsBox.innerHTML = opened.map(function (i) { return details(keys[i]); }).join('');
            var element = document.getElementById('key-' + keys[index][0]);
            if (scroll && element && element.scrollIntoView) { element.scrollIntoView(); }
          }
          function close(index) {
            opened = opened.filter(function (i) { return i !== index; });
            detailsBox.innerHTML = opened.map(function (i) { return details(keys[i]); }).join('');
          }
          table.addEventListener('click', function (event) {
            var link = event.target.closest('[data-open]');
            if (link) { event.preventDefault(); open(Number(link.getAttribute('data-open')), true); }
          });
          detailsBox.addEventListener('click', function (event) {
            var button = event.target.closest('[data-close]');
            if (button) { close(Number(button.getAttribute('data-close'))); }
          });
          filter.addEventListener('input', applyFilter);
          document.getElementById('previous').addEventListener('click', function () { page -= 1; draw(); });
          document.getElementById('next').addEventListener('click', function () { page += 1; draw(); });
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header) {
            function sort() {
              var column = Number(header.getAttribute('data-column'));
              ascending = !(sortColumn === column && ascending);
              sortColumn = column;
              Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute('aria-sort'); });
              header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
              sortShown();
            }
            header.addEventListener('click', sort);
            header.addEventListener('keydown', function (event) { if (event.key === 'Enter') { sort(); } });
          });
          window.addEventListener('beforeprint', function () {
            Array.prototype.forEach.call(detailsBox.querySelectorAll('details'), function (d) { d.open = true; });
          });
          var params = {};
          location.hash.slice(1).split('&').forEach(function (part) {
            var equals = part.indexOf('=');
            if (equals > 0) { params[part.slice(0, equals)] = decodeURIComponent(part.slice(equals + 1)); }
          });
          if (params.filter) { filter.value = params.filter; }
          applyFilter();
          if (params.key) { keys.forEach(function (key) { if (key[0] === params.key) { open(key.index, false); } }); }
          document.documentElement.setAttribute('data-ready', 'true');
          document.documentElement.setAttribute('data-ready-ms', String(Math.round(performance.now())));
        })();

        """
}
