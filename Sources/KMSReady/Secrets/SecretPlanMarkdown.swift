import Foundation

/// The secrets plan as Markdown: per secret, its path and why, the checks to pass, then a numbered
/// checklist of the calls, ready to work through. Never a value: placeholders say where each comes from.
public enum SecretPlanMarkdown {
    public static func render(_ plan: SecretPlan) -> String {
        var out = "# Secrets plan: to KMS instances in \(plan.toRegion)\n\n" + ReportText.editionMarkdown(plan.edition)
        let counts = Dictionary(grouping: plan.entries, by: \.path).mapValues(\.count)
        out += "\(plan.entries.count) secret(s): "
            + SecretPath.allCases.compactMap { path in counts[path].map { "\($0) \(path.rawValue)" } }.joined(separator: ", ") + ".\n"
        out += "No value is in this plan: run the GetSecretValue calls yourself and keep what they return out of tickets, logs and chats.\n"
        for entry in plan.entries {
            let secret = entry.secret
            out += "\n## \(secret.name) (\(secret.region ?? "unknown region"))\n\n"
            out += "- Type: \(secret.type ?? "unknown"); " + (secret.inKmsInstance.map { $0 ? "in KMS instance \(secret.kmsInstanceId ?? "")" : "outside a KMS instance" } ?? "location unknown") + "\n"
            out += "- Path: **\(entry.path.rawValue)**. \(entry.explanation)\n"
            let versions = secret.versionsInCreationOrder
            if !versions.isEmpty {
                out += "- Versions, oldest first: " + versions.map { version in
                    "`\(version.versionId)` (\(version.createTime ?? "no time")" + (version.stages.isEmpty ? ", deprecated)" : ", \(version.stages.joined(separator: ", ")))")
                }.joined(separator: "; ") + "\n"
            }
            if let usage = entry.usage {
                out += "- Use in the traces: " + (usage.lastSeen.map { last in
                    "\(usage.calls) call(s), last \(Timestamp.format(last)), by \(usage.principals.joined(separator: ", "))"
                } ?? "none") + "\n"
            }
            if !entry.preflight.isEmpty {
                out += "\n### Before you start\n\n"
                for check in entry.preflight {
                    out += "- [\(check.status == .pass ? "x" : " ")] **\(check.status.rawValue)** `\(check.check)`: \(check.message)\n"
                }
            }
            if !entry.steps.isEmpty {
                out += "\n### Calls\n\n"
                for (index, step) in entry.steps.enumerated() {
                    let parameters = step.parameters.map { "--\($0.name) \(shellWord($0.value))" }.joined(separator: " ")
                    out += "\(index + 1). [ ] `\(step.api)` in \(step.region)" + (step.note.map { ": \($0)" } ?? "") + "\n"
                    out += "   `aliyun kms \(step.api) --RegionId \(step.region) \(parameters)`\n"
                }
            }
        }
        return out
    }

    /// A parameter as a shell word: single-quoted unless it is plain.
    private static func shellWord(_ value: String) -> String {
        let plain = value.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_./:@".unicodeScalars.contains($0) }
        return plain && !value.isEmpty ? value : "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
