/// The plan as JSON, for trackers and scripts: the steps in order, then the keys left out.
public enum MigrationPlanJSON {
    /// The version of this JSON contract.
    public static let schemaVersion = 1

    public static func render(_ plan: MigrationPlan) -> String {
        var root = JSONObject()
        root.append("schemaVersion", .int(schemaVersion))
        root.append("edition", ReportJSON.edition(plan.edition))
        root.append("search", TicketJSON.search(plan.search))
        root.append("steps", .array(plan.steps.map { step in
            .object(JSONObject([
                ("step", .int(step.number)), ("phase", .string(step.phase.rawValue)), ("action", .string(step.action)),
                ("ticket", .string(step.ticket)), ("keys", .strings(step.keys)),
                ("due", step.due.map { .string($0.description) } ?? .null),
                ("dueMeaning", .string(step.phase == .application ? "by" : "before")),
            ]))
        }))
        root.append("unassigned", .array(plan.unassigned.map(TicketJSON.unticketed)))
        root.append("notTicketed", .array(plan.notTicketed.map(TicketJSON.unticketed)))
        return JSONWriter.pretty(.object(root)) + "\n"
    }
}
