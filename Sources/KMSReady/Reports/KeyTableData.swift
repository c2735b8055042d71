#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The keys of an HTML report as compact data for the page's script: one array per key, texts in one
/// table of distinct strings. A text that names its own key's id or first alias holds a marker in its
/// place (U+0001 for the id, U+0002 for the alias), so the same remediation of a thousand keys is one
/// string. Every `<` is written `\u003C`, so that nothing inside the data can end its `<script>` element.
///
/// ```
/// {"verdicts": [...worst first], "strings": [...],
///  "keys": [[id, verdict, region, alias, findingCount, calls (-1: not evaluated), reason, label,
///            arn, description, definedIn, aliases, findings, heat]]}
/// finding: [ruleId, title, severity, verdict, message, remediation, waiver (-1: none), evidence]
/// evidence: lines of text — a fact and its value, or a matched call group (principal, operation,
/// language, network, calls, last call) for the first `evidenceCallLimit` groups and a count of the rest,
/// which the JSON report holds with their event ids
/// heat: the 168 hours of the week (Monday 00:00 UTC first), counts joined by commas, zeros empty; "" without usage
/// ```
/// Every text field is an index into `strings`; the region and alias stand as they are.
enum KeyTableData {
    /// The data as JSON text, safe inside a `<script>` element.
    static func json(_ report: Report) -> String {
        var table = StringTable()
        let keys: [JSONValue] = report.keysWorstFirst.map { key in
            let id = key.key.id
            let alias = key.key.firstAlias
            func text(_ value: String) -> JSONValue { .int(table.index(value, keyId: id, alias: alias)) }
            let findings: [JSONValue] = key.findings.map { finding in
                .array([text(finding.ruleId), text(finding.title), text(finding.severity.rawValue), .int(rank(finding.verdict)),
                        text(finding.message), text(finding.remediation),
                        finding.waiver.map { text("\($0.reason) — approved by \($0.approvedBy), until \($0.expires)") } ?? .int(-1),
                        text(evidenceText(finding.evidence))])
            }
            let definition = key.key.definition.map { "\($0.file) line \($0.line), \($0.jsonPath)" } ?? "-"
            return .array([
                .string(id), .int(rank(key.verdict)), .int(table.add(key.key.region ?? "-")), .int(table.add(alias ?? "-")), .int(key.findings.count),
                .int(key.usage?.calls ?? -1), text(key.reason), text(ReportText.verdictLabel(key) + (key.usageEvaluated ? "" : "*")),
                text(key.key.arn ?? "-"), text(key.key.metadata?.description ?? ""), text(definition),
                .array(key.key.aliases.sorted().map(text)), .array(findings), .string(heat(key.usage)),
            ])
        }
        let root = JSONValue.object(JSONObject([
            ("verdicts", .strings(Verdict.worstFirst.map(\.rawValue))),
            ("strings", .strings(table.strings)),
            ("keys", .array(keys)),
        ]))
        // `<` only occurs inside strings, where `\u003C` means the same: no `</script>` or `<!--` can end the element.
        return JSONWriter.compact(root).replacingOccurrences(of: "<", with: "\\u003C")
    }

    /// The most call groups of a finding the page shows.
    static let evidenceCallLimit = 2

    /// A finding's evidence as a few lines for people; the JSON report has all of it.
    static func evidenceText(_ evidence: JSONValue) -> String {
        guard let object = evidence.objectValue else { return JSONWriter.compact(evidence) }
        var lines: [String] = []
        for member in object.members {
            guard member.name == "calls", let calls = member.value.arrayValue else {
                lines.append("\(member.name): " + JSONWriter.compact(member.value))
                continue
            }
            for call in calls.prefix(evidenceCallLimit) {
                let group = call.objectValue
                func field(_ name: String) -> String {
                    switch group?[name] { case .string(let text)?: text; case .int(let number)?: String(number); default: "?" }
                }
                lines.append("\(field("principal")) · \(field("operation")) · \(field("language")) · \(field("network")) · "
                             + "\(field("calls")) calls, last \(field("lastSeen"))")
            }
            if calls.count > evidenceCallLimit { lines.append("… \(calls.count - evidenceCallLimit) more call groups, with event ids, in the JSON report") }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` with every occurrence of `needle` replaced by the byte `marker`, left to right without
    /// overlaps, compared as UTF-8 bytes (a valid needle is found only where characters start); `nil`
    /// when there is none.
    static func replacing(_ needle: String, with marker: UInt8, in text: String) -> String? {
        let needle = Array(needle.utf8)
        guard !needle.isEmpty else { return nil }
        var result: [UInt8] = []
        var replaced = false
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var start = 0, candidate = 0
            // Candidates by their first byte (memchr), then the rest compared.
            while candidate + needle.count <= bytes.count,
                  let found = memchr(base + candidate, Int32(needle[0]), bytes.count - candidate - needle.count + 1) {
                let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + offset, needle, needle.count) == 0 {
                    result.append(contentsOf: bytes[start..<offset])
                    result.append(marker)
                    start = offset + needle.count
                    candidate = start
                    replaced = true
                } else {
                    candidate = offset + 1
                }
            }
            if replaced { result.append(contentsOf: bytes[start...]) }
        }
        return replaced ? String(decoding: result, as: UTF8.self) : nil
    }

    private static func rank(_ verdict: Verdict) -> Int { Verdict.worstFirst.firstIndex(of: verdict) ?? 0 }

    /// The hour-of-week counts, zeros left empty: `""` when usage was not evaluated or shows no call.
    private static func heat(_ usage: KeyUsage?) -> String {
        guard let hours = usage?.hourOfWeek, hours.contains(where: { $0 > 0 }) else { return "" }
        return hours.map { $0 == 0 ? "" : String($0) }.joined(separator: ",")
    }

    /// Distinct strings, numbered in order of first use.
    private struct StringTable {
        var strings: [String] = []
        var numbers: [String: Int] = [:]

        /// The number of `value` with the key's id and alias replaced by their markers.
        mutating func index(_ value: String, keyId: String, alias: String?) -> Int {
            // A text that holds a marker already stays as it is, so that every text comes back exactly.
            guard !value.utf8.contains(where: { $0 == 1 || $0 == 2 }) else { return add(value) }
            var text = KeyTableData.replacing(keyId, with: 1, in: value) ?? value
            if let alias, alias.utf8.count > 3 { text = KeyTableData.replacing(alias, with: 2, in: text) ?? text }
            return add(text)
        }

        /// The number of `text` as it stands.
        mutating func add(_ text: String) -> Int {
            if let number = numbers[text] { return number }
            numbers[text] = strings.count
            strings.append(text)
            return strings.count - 1
        }
    }
}
