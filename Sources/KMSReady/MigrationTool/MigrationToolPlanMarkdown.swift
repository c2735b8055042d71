/// The 2025 plan as a Markdown checklist: the edition and its sources, then per destination its preflight
/// table, its runs (window, keys and secrets with what to do first, the calls to pause, the calls that
/// verify the run) and what follows the last run; then a table of what the runs leave out.
public enum MigrationToolPlanMarkdown {
    public static func render(_ plan: MigrationToolPlan) -> String {
        let search = plan.search
        var out = "# Migration plan: Migration Tool runs\n\n" + ReportText.editionMarkdown(plan.edition)
        let limits = plan.edition.runLimits.map { "at most \($0.keys) keys and \($0.secrets) secrets a run" } ?? "runs"
        out += "In the KMS 1.0 console's Migration Tool, per region: \(limits), every secret in a run after the one that migrates its key; "
            + "during a run no key, secret or instance may be created, changed or deleted (cryptographic calls and GetSecretValue go on). "
            + "Windows: \(search.hours) hours, searched from \(search.from) for \(search.withinDays) days, shown in \(search.timeZone.identifier); "
            + "each run's window is searched from the day after the previous one.\n\n"
        let keys = plan.destinations.flatMap(\.runs).reduce(0) { $0 + $1.keys.count }
        let secrets = plan.destinations.flatMap(\.runs).reduce(0) { $0 + $1.secrets.count }
        out += "\(plan.destinations.count) destinations, \(plan.runCount) runs, \(keys) keys and \(secrets) secrets; "
            + "\(plan.leftOut.filter { $0.subject == .key }.count) keys and \(plan.leftOut.filter { $0.subject == .secret }.count) secrets in no run.\n"
        for destination in plan.destinations { out += self.destination(destination, search: search) }
        out += "\n## Not in any run\n\n"
        if plan.leftOut.isEmpty { return out + "None.\n" }
        out += "| subject | id | alias | region | verdict | why |\n| --- | --- | --- | --- | --- | --- |\n"
        for left in plan.leftOut {
            out += "| \(left.subject.rawValue) | `\(left.id)` | \(cell(left.alias ?? "-")) | \(left.region ?? "-") | \(left.verdict.rawValue) | \(cell(left.reason)) |\n"
        }
        return out
    }

    private static func destination(_ destination: MigrationToolPlan.Destination, search: WindowSearch) -> String {
        var out = "\n## \(destination.region) → \(destination.instance) (\(destination.instanceType?.rawValue ?? "type not given"))"
        out += destination.account.map { ", account \($0)" } ?? ""
        out += "\n\n### Before the first run\n\n| check | status | what |\n| --- | --- | --- |\n"
        for check in destination.preflight { out += "| \(check.check) | **\(check.status.rawValue)** | \(cell(check.message)) |\n" }
        for run in destination.runs {
            out += "\n### Run \(run.number) of \(destination.runs.count): \(run.keys.count) keys, \(run.secrets.count) secrets\n\n"
            switch run.window {
            case .chosen(let window): out += "Window: **\(window.localText(in: search.timeZone))** (expected calls \(MigrationWindow.callsText(window.expectedCalls)))\n\n"
            case .noTrafficData: out += "Window: \(TicketTemplate.noTrafficDataText)\n\n"
            case .notCovered(let period): out += "Window: \(TicketTemplate.notCoveredText(period, search: search))\n\n"
            case .noCoverage(let reason): out += "Window: \(TextTemplate.escapeMarkdown(TicketTemplate.noCoverageText(reason)))\n\n"
            }
            for key in run.keys {
                out += "- [ ] key `\(key.keyId)`" + (key.alias.map { " (\(cell($0)))" } ?? "") + "\n"
                for item in key.remediations { out += "  - [ ] before the run: \(cell(item))\n" }
            }
            for secret in run.secrets {
                out += "- [ ] secret `\(cell(secret.name))`" + (secret.type.map { " (\($0))" } ?? "")
                out += secret.encryptionKeyId.map { key in ", after its key `\(key)`" + (secret.keyRun.map { " (run \($0))" } ?? "") } ?? ""
                out += "\n"
                for item in secret.remediations { out += "  - [ ] before the run: \(cell(item))\n" }
            }
            if !run.frozenCalls.isEmpty {
                out += "\nPause during the window (management calls seen on these keys and secrets):\n\n"
                for call in run.frozenCalls { out += "- \(cell(call.description)) on \(cell(call.subjects.joined(separator: ", ")))\n" }
            }
            out += "\nAfter the run, each must show the destination:\n\n```sh\n" + run.verification.joined(separator: "\n") + "\n```\n"
        }
        out += "\n### After the last run\n\n"
        for step in destination.afterwards { out += "- [ ] \(cell(step))\n" }
        return out
    }

    private static func cell(_ text: String) -> String {
        TextTemplate.escapeMarkdown(text).replacingOccurrences(of: "\n", with: " ")
    }
}
