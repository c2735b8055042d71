/// The forms `kmsready plan` and `kmsready secrets plan` write; Markdown with control characters from
/// the inputs escaped (``DisplayText``).
public enum PlanFormat: String, CaseIterable, Sendable {
    case markdown, json

    /// `plan` in this format.
    public func render(_ plan: MigrationPlan) -> String {
        switch self {
        case .markdown: return DisplayText.escaped(MigrationPlanMarkdown.render(plan), keepingLayout: true)
        case .json: return MigrationPlanJSON.render(plan)
        }
    }

    /// The Migration Tool plan (2025 edition) in this format.
    public func render(_ plan: MigrationToolPlan) -> String {
        switch self {
        case .markdown: return DisplayText.escaped(MigrationToolPlanMarkdown.render(plan), keepingLayout: true)
        case .json: return MigrationToolPlanJSON.render(plan)
        }
    }

    /// The secrets plan in this format.
    public func render(_ plan: SecretPlan) -> String {
        switch self {
        case .markdown: return DisplayText.escaped(SecretPlanMarkdown.render(plan), keepingLayout: true)
        case .json: return SecretPlanJSON.render(plan)
        }
    }
}
