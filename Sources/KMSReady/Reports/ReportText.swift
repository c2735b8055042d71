/// Small pieces of text every human-readable format writes the same way.
enum ReportText {
    /// `text` with XML's five special characters escaped, for element text and attribute values.
    static func escapeXML(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The key's verdict, with what waivers and the baseline add: `blocked (waived)`, `blocked (was eligible)`, `eligible (new)`.
    static func verdictLabel(_ key: KeyReport) -> String {
        var label = key.verdict.rawValue
        if key.failingVerdict < key.verdict { label += " (waived)" }
        switch key.change {
        case .new?: label += " (new)"
        case .changed(let from)?: label += " (was \(from.rawValue))"
        case .unchanged?, nil: break
        }
        return label
    }

    /// `rules: edition 2023 (title); in force from … until …`: the line every human-readable format
    /// shows, so a reader knows which rules were applied and from when.
    static func editionLine(_ edition: Edition) -> String {
        "rules: " + edition.summaryLine + (edition.id == Edition.defaultId ? "" : "; not the default (--edition \(Edition.defaultId))")
    }

    /// The edition line and the sources with their dates, as a Markdown paragraph: how plans open.
    static func editionMarkdown(_ edition: Edition) -> String {
        TextTemplate.escapeMarkdown(editionLine(edition).capitalizingFirst) + ". Sources: "
            + edition.sources.map { source in
                let name = TextTemplate.escapeMarkdown(source.label ?? source.document)
                return (source.url.map { "[\(name)](\($0))" } ?? name) + " (\(source.lastUpdated ?? "date not given"))"
            }.joined(separator: ", ") + ".\n\n"
    }

    /// Where a reader finds how the secrets move, under `edition`'s process.
    static func secretsHint(_ edition: Edition) -> String {
        switch edition.process {
        case .supportTicket: return "Secrets outside a KMS instance cannot be moved by the CMK migration: kmsready secrets plan lists the calls that move them."
        case .migrationTool: return "The Migration Tool migrates secrets after their keys: kmsready plan --edition \(edition.id) puts them in its runs."
        }
    }

    /// The columns of the coverage table.
    static let coverageHeader = ["account", "region", "traced period (UTC)", "days", "crypto calls", "management calls", "status"]

    /// The cells of one coverage row, in `coverageHeader` order.
    static func coverageCells(_ coverage: RegionCoverage) -> [String] {
        let counts = coverage.counts
        let period = counts.events == 0 ? "-"
            : "\(Timestamp.format(counts.firstSeen).prefix(10)) to \(Timestamp.format(counts.lastSeen).prefix(10))"
        return [coverage.scope.account ?? "-", coverage.scope.region ?? "-", period, String(coverage.periodDays),
                String(counts.cryptographicCalls), String(counts.managementCalls), coverage.status.rawValue]
    }

    /// "2 new, 1 changed, 5 unchanged, 1 gone".
    static func baselineCounts(_ baseline: BaselineComparison) -> String {
        "\(baseline.newKeys) new, \(baseline.changedKeys) changed, \(baseline.unchangedKeys) unchanged, \(baseline.gone.count) gone"
    }

    /// A stable fingerprint of a (key, rule) pair: FNV-1a 64 of both, in hex.
    static func fingerprint(_ keyId: String, _ ruleId: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in (keyId + "\u{0}" + ruleId).utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hex(hash, digits: 16)
    }

    /// `value` in hexadecimal, zero-padded to `digits`.
    static func hex<Value: BinaryInteger>(_ value: Value, digits: Int, uppercase: Bool = false) -> String {
        let text = String(value, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

extension String {
    /// The text with its first character upper-cased: a phrase made the start of a sentence.
    var capitalizingFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// `1 key`, `3 keys`: a count with its noun, plural when it is not one (nouns that take an `s`).
func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
