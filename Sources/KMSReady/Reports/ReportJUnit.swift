/// The report as JUnit XML (the Apache Ant schema, as CI systems read it): a test suite per region, a
/// test case per key, a failure for a key whose unwaived findings reach `--fail-on`, skipped for a key
/// that needs no migration. No clock time: the suites' timestamp is the latest traced call (or the
/// epoch without traces) and times are 0, so the same inputs give the same file. Secrets follow in a
/// suite per region (`<region> secrets`): they never fail the run (`--fail-on` judges keys), so each is
/// a test case named with its verdict, skipped when it needs nothing, and the suite's properties say why.
public enum ReportJUnit {
    /// The XML text.
    public static func render(_ report: Report, failOn: Verdict?) -> String {
        let regions = Dictionary(grouping: report.keys) { $0.key.region ?? "unknown-region" }
        let timestamp = String(Timestamp.format(report.latestCall ?? 0).dropLast())  // no zone, as the schema wants
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
        for (id, region) in regions.keys.sorted().enumerated() {
            let keys = regions[region]!
            let failures = keys.filter { fails($0, failOn) }.count
            let skipped = keys.filter { $0.verdict == .notRequired }.count
            out += "  <testsuite package=\"kmsready\" id=\"\(id)\" name=\"\(ReportText.escapeXML(region))\" timestamp=\"\(timestamp)\" hostname=\"localhost\""
            out += " tests=\"\(keys.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"0\">\n"
            out += "    <properties>\n"
            out += "      <property name=\"failOn\" value=\"\(failOn?.rawValue ?? "never")\"/>\n"
            out += "      <property name=\"usageEvaluated\" value=\"\(report.usageEvaluated)\"/>\n"
            out += editionProperties(report.edition)
            for coverage in report.coverage where (coverage.scope.region ?? "unknown-region") == region {
                let name = "coverage." + (coverage.scope.account ?? "unknown-account")
                out += "      <property name=\"\(ReportText.escapeXML(name)).status\" value=\"\(coverage.status.rawValue)\"/>\n"
                out += "      <property name=\"\(ReportText.escapeXML(name))\" value=\"\(ReportText.escapeXML(coverage.summary))\"/>\n"
            }
            out += "    </properties>\n"
            for key in keys { out += testCase(key, region: region, failOn: failOn) }
            out += "    <system-out></system-out>\n    <system-err></system-err>\n  </testsuite>\n"
        }
        let secretRegions = Dictionary(grouping: report.secrets) { $0.secret.region ?? "unknown-region" }
        for (offset, region) in secretRegions.keys.sorted().enumerated() {
            let secrets = secretRegions[region]!
            let name = region + " secrets"
            out += "  <testsuite package=\"kmsready\" id=\"\(regions.count + offset)\" name=\"\(ReportText.escapeXML(name))\" timestamp=\"\(timestamp)\" hostname=\"localhost\""
            out += " tests=\"\(secrets.count)\" failures=\"0\" errors=\"0\" skipped=\"\(secrets.filter { $0.verdict == .notRequired }.count)\" time=\"0\">\n"
            out += "    <properties>\n"
            out += editionProperties(report.edition)
            for secret in secrets {
                out += "      <property name=\"secret.\(ReportText.escapeXML(secret.secret.name))\" value=\"\(ReportText.escapeXML(secret.verdict.rawValue + ": " + secret.reason))\"/>\n"
            }
            out += "    </properties>\n"
            for secret in secrets {
                out += "    <testcase name=\"\(ReportText.escapeXML(secret.secret.name + " (" + secret.verdict.rawValue + ")"))\" classname=\"kmsready.secrets.\(ReportText.escapeXML(region))\" time=\"0\""
                out += secret.verdict == .notRequired ? ">\n      <skipped message=\"\(ReportText.escapeXML(secret.reason))\"/>\n    </testcase>\n" : "/>\n"
            }
            out += "    <system-out></system-out>\n    <system-err></system-err>\n  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    /// The edition applied, as properties: `edition`, `edition.title`, `edition.inForce` and one
    /// `edition.source.<label>` per page with its date and address.
    private static func editionProperties(_ edition: Edition) -> String {
        var out = "      <property name=\"edition\" value=\"\(ReportText.escapeXML(edition.id))\"/>\n"
        out += "      <property name=\"edition.title\" value=\"\(ReportText.escapeXML(edition.title))\"/>\n"
        out += "      <property name=\"edition.inForce\" value=\"\(ReportText.escapeXML(edition.inForceFrom + " to " + (edition.inForceUntil ?? "now")))\"/>\n"
        for (index, source) in edition.sources.enumerated() {
            let name = "edition.source." + (source.label ?? String(index + 1))
            let value = source.citation + (source.url.map { " " + $0 } ?? "")
            out += "      <property name=\"\(ReportText.escapeXML(name))\" value=\"\(ReportText.escapeXML(value))\"/>\n"
        }
        return out
    }

    /// Whether `key` is a failure: its unwaived findings reach `failOn` (never without `--fail-on`).
    private static func fails(_ key: KeyReport, _ failOn: Verdict?) -> Bool {
        failOn.map { key.failingVerdict >= $0 } ?? false
    }

    private static func testCase(_ key: KeyReport, region: String, failOn: Verdict?) -> String {
        var name = key.key.id
        if let alias = key.key.firstAlias { name += " (\(alias))" }
        var out = "    <testcase name=\"\(ReportText.escapeXML(name))\" classname=\"kmsready.\(ReportText.escapeXML(region))\" time=\"0\""
        if key.verdict == .notRequired {
            return out + ">\n      <skipped message=\"\(ReportText.escapeXML(key.reason))\"/>\n    </testcase>\n"
        }
        guard fails(key, failOn) else { return out + "/>\n" }
        out += ">\n      <failure message=\"\(ReportText.escapeXML(key.verdict.rawValue + ": " + key.reason))\" type=\"\(key.failingVerdict.rawValue)\">"
        var details: [String] = []
        for finding in key.findings where finding.waiver == nil {
            details.append("[\(finding.ruleId)] \(finding.verdict.rawValue): \(finding.message)\nRemediation: \(finding.remediation)")
        }
        out += ReportText.escapeXML(details.joined(separator: "\n\n"))
        return out + "</failure>\n    </testcase>\n"
    }
}
