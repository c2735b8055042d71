/// How a key's verdict compares with an earlier report's.
public enum KeyChange: Equatable, Sendable {
    /// Not in the baseline.
    case new
    /// In the baseline with another verdict.
    case changed(from: Verdict)
    /// In the baseline with the same verdict.
    case unchanged
}

/// A report compared with an earlier one (`--baseline previous.json`): each key new, changed or
/// unchanged, and the baseline's keys that are gone.
public struct BaselineComparison: Sendable {
    /// Keys of the baseline that this report no longer has, with their verdict then, sorted by key id.
    public let gone: [(keyId: String, verdict: Verdict)]
    public let newKeys: Int
    public let changedKeys: Int
    public let unchangedKeys: Int
}

/// Reads the verdicts of an earlier JSON report (`ReportJSON`, schema version 1).
public enum BaselineFile {
    /// The key ids and verdicts of the report in `file`.
    public static func read(_ file: InputFile) throws(InputError) -> [String: Verdict] {
        try JSONDocumentFile.read(file, limit: 256 << 20) { (root) throws(JSONShapeError) in
            let version = try root.requiredMember("schemaVersion")
            guard try version.int() == Report.schemaVersion else {
                throw version.error("expected a kmsready JSON report of schema version \(Report.schemaVersion)")
            }
            var verdicts: [String: Verdict] = [:]
            for node in try root.requiredMember("keys").elements() {
                let text = try node.requiredString("verdict")
                guard let verdict = Verdict(rawValue: text) else {
                    throw JSONShapeError(path: node.path + ".verdict", message: "unknown verdict '\(text)'")
                }
                verdicts[try node.requiredString("keyId")] = verdict
            }
            return verdicts
        }
    }
}

extension Report {
    /// This report with each key marked against `baseline`'s verdicts.
    public func compared(with baseline: [String: Verdict]) -> Report {
        var report = self
        var counts = (new: 0, changed: 0, unchanged: 0)
        for index in report.keys.indices {
            let key = report.keys[index]
            switch baseline[key.key.id] {
            case nil:
                report.keys[index].change = .new
                counts.new += 1
            case let old? where old == key.verdict:
                report.keys[index].change = .unchanged
                counts.unchanged += 1
            case let old?:
                report.keys[index].change = .changed(from: old)
                counts.changed += 1
            }
        }
        let present = Set(keys.map(\.key.id))
        let gone = baseline.filter { !present.contains($0.key) }.map { (keyId: $0.key, verdict: $0.value) }.sorted { $0.keyId < $1.keyId }
        report.baseline = BaselineComparison(gone: gone, newKeys: counts.new, changedKeys: counts.changed, unchangedKeys: counts.unchanged)
        return report
    }
}
