/// The 2025 plan as JSON, for trackers and scripts: the edition, then per destination its preflight
/// checks, its runs in order (keys, secrets, window, frozen calls, verification) and what follows them,
/// then every key and secret left out with the reason. Field order is fixed; no clock time.
public enum MigrationToolPlanJSON {
    public static func render(_ plan: MigrationToolPlan) -> String {
        var root = JSONObject()
        root.append("schemaVersion", .int(MigrationToolPlan.schemaVersion))
        root.append("edition", ReportJSON.edition(plan.edition))
        root.append("search", TicketJSON.search(plan.search))
        root.append("destinations", .array(plan.destinations.map { destination(_: $0, search: plan.search) }))
        root.append("leftOut", .array(plan.leftOut.map { left in
            .object(JSONObject([("subject", .string(left.subject.rawValue)), ("id", .string(left.id)), ("alias", left.alias.map(JSONValue.string) ?? .null),
                                ("region", left.region.map(JSONValue.string) ?? .null), ("verdict", .string(left.verdict.rawValue)),
                                ("reason", .string(left.reason))]))
        }))
        return JSONWriter.pretty(.object(root)) + "\n"
    }

    private static func destination(_ destination: MigrationToolPlan.Destination, search: WindowSearch) -> JSONValue {
        var object = JSONObject()
        object.append("account", destination.account.map(JSONValue.string) ?? .null)
        object.append("region", .string(destination.region))
        object.append("instance", .string(destination.instance))
        object.append("instanceType", destination.instanceType.map { .string($0.rawValue) } ?? .null)
        object.append("preflight", .array(destination.preflight.map(preflight)))
        object.append("runs", .array(destination.runs.map { run(_: $0, search: search) }))
        object.append("afterwards", .strings(destination.afterwards))
        return .object(object)
    }

    /// One check: `{"check", "status", "message"}`, as every plan writes them.
    static func preflight(_ check: PreflightCheck) -> JSONValue {
        .object(JSONObject([("check", .string(check.check)), ("status", .string(check.status.rawValue)), ("message", .string(check.message))]))
    }

    private static func run(_ run: MigrationToolPlan.Run, search: WindowSearch) -> JSONValue {
        var object = JSONObject()
        object.append("run", .int(run.number))
        object.append("window", TicketJSON.window(run.window, search: search))
        object.append("keys", .array(run.keys.map { key in
            .object(JSONObject([("keyId", .string(key.keyId)), ("alias", key.alias.map(JSONValue.string) ?? .null),
                                ("verdict", .string(key.verdict.rawValue)), ("remediations", .strings(key.remediations))]))
        }))
        object.append("secrets", .array(run.secrets.map { secret in
            .object(JSONObject([("name", .string(secret.name)), ("type", secret.type.map(JSONValue.string) ?? .null),
                                ("verdict", .string(secret.verdict.rawValue)), ("encryptionKeyId", secret.encryptionKeyId.map(JSONValue.string) ?? .null),
                                ("keyRun", secret.keyRun.map(JSONValue.int) ?? .null), ("remediations", .strings(secret.remediations))]))
        }))
        object.append("frozenCalls", .array(run.frozenCalls.map { call in
            .object(JSONObject([("operation", .string(call.operation)), ("principal", .string(call.principal)), ("caller", .string(call.caller)),
                                ("calls", .int(call.calls)), ("lastSeen", .string(Timestamp.format(call.lastSeen))), ("subjects", .strings(call.subjects))]))
        }))
        object.append("verification", .strings(run.verification))
        return .object(object)
    }
}
