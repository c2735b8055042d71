import Foundation

/// The plan as a Markdown checklist: one section per phase, numbered steps with their due dates, and
/// a table of the keys the plan leaves out.
public enum MigrationPlanMarkdown {
    public static func render(_ plan: MigrationPlan) -> String {
        let search = plan.search
        var out = "# CMK migration plan\n\n"
        out += ReportText.editionMarkdown(plan.edition)
        out += "Windows: \(search.hours) hours, searched from \(search.from) for \(search.withinDays) days, shown in \(search.timeZone.identifier). "
        let counts = MigrationPlan.Phase.allCases.map { phase in plan.steps.filter { $0.phase == phase }.count }
        out += "\(plan.steps.count) steps: \(counts[0]) remediations, \(counts[1]) tickets, \(counts[2]) application changes.\n"
        let headings: [MigrationPlan.Phase: String] = [
            .remediation: "1. Remediations, before each migration window",
            .ticket: "2. Support tickets, by window",
            .application: "3. Application changes, within one month of each migration",
        ]
        for phase in MigrationPlan.Phase.allCases {
            out += "\n## \(headings[phase]!)\n\n"
            let steps = plan.steps.filter { $0.phase == phase }
            if steps.isEmpty { out += "Nothing to do.\n" }
            for step in steps {
                out += "- [ ] **\(step.number).** \(TextTemplate.escapeMarkdown(step.action)) — \(dueText(step))\n"
            }
        }
        let left = plan.unassigned.map { ($0, "no destination: " + $0.reason) } + plan.notTicketed.map { ($0, $0.reason) }
        out += "\n## Keys not in this plan\n\n"
        if left.isEmpty { out += "None.\n" } else {
            out += "| key | alias | region | verdict | why |\n| --- | --- | --- | --- | --- |\n"
            for (key, why) in left.sorted(by: { $0.0.keyId < $1.0.keyId }) {
                out += "| `\(key.keyId)` | \(cell(key.alias ?? "-")) | \(key.region ?? "-") | \(key.verdict.rawValue) | \(cell(why)) |\n"
            }
        }
        return out
    }

    private static func dueText(_ step: MigrationPlan.Step) -> String {
        switch (step.phase, step.due) {
        case (.application, let due?): return "by \(due)"
        case (_, let due?): return "before \(due)"
        case (.application, nil): return "within one month of the migration date"
        case (_, nil): return "before the migration (no window chosen)"
        }
    }

    private static func cell(_ text: String) -> String {
        TextTemplate.escapeMarkdown(text).replacingOccurrences(of: "\n", with: " ")
    }
}
