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
