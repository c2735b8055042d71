/// The secrets plan as JSON (`schemaVersion` 1):
///
/// ```
/// {"schemaVersion":1,"toRegion":R,"secrets":[{"name","region","type","inKmsInstance","path","explanation",
///   "versions":[{"versionId","createTime","stages"}] (creation order),
///   "steps":[{"api","region","parameters":{name: value, ...},"note"}],
///   "preflight":[{"check","status","message"}],"usage":{"calls","principals","firstSeen","lastSeen"} | null}]}
/// ```
/// Parameters keep the order the documents list them in; a value is always a placeholder.
public enum SecretPlanJSON {
    public static func render(_ plan: SecretPlan) -> String {
        var root = JSONObject()
        root.append("schemaVersion", .int(SecretPlan.schemaVersion))
        root.append("edition", ReportJSON.edition(plan.edition))
        root.append("toRegion", .string(plan.toRegion))
        root.append("secrets", .array(plan.entries.map(entry)))
        return JSONWriter.pretty(.object(root))
    }

    private static func entry(_ entry: SecretPlan.Entry) -> JSONValue {
        var object = ReportJSON.secretIdentity(entry.secret)
        object.append("path", .string(entry.path.rawValue))
        object.append("explanation", .string(entry.explanation))
        object.append("versions", ReportJSON.versions(entry.secret))
        object.append("steps", .array(entry.steps.map { step in
            var object = JSONObject([("api", .string(step.api)), ("region", .string(step.region)),
                                     ("parameters", .object(JSONObject(step.parameters.map { ($0.name, .string($0.value)) })))])
            object.append("note", step.note.map(JSONValue.string))
            return .object(object)
        }))
        object.append("preflight", .array(entry.preflight.map {
            .object(JSONObject([("check", .string($0.check)), ("status", .string($0.status.rawValue)), ("message", .string($0.message))]))
        }))
        object.append("usage", entry.usage.map { usage in
            .object(JSONObject([("calls", .int(usage.calls)), ("principals", .strings(usage.principals)),
                                ("firstSeen", usage.firstSeen.map { .string(Timestamp.format($0)) } ?? .null),
                                ("lastSeen", usage.lastSeen.map { .string(Timestamp.format($0)) } ?? .null)]))
        } ?? .null)
        return .object(object)
    }
}
