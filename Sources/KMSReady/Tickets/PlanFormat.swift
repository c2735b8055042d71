/// The forms `kmsready plan` writes.
public enum PlanFormat: String, CaseIterable, Sendable {
    case markdown, json

    /// `plan` in this format.
    public func render(_ plan: MigrationPlan) -> String {
        switch self {
        case .markdown: return MigrationPlanMarkdown.render(plan)
        case .json: return MigrationPlanJSON.render(plan)
        }
    }
}
