/// Tickets as JSON, for ticketing APIs and scripts: each ticket's title and body (from the text
/// template) beside its fields, then the keys that got no ticket. Field order is fixed; times are UTC
/// ISO 8601 with the local form beside them.
public enum TicketJSON {
    /// The version of this JSON contract.
    public static let schemaVersion = 1

    public static func render(_ set: TicketSet, template: TicketTemplate) -> String {
        var root = JSONObject()
        root.append("schemaVersion", .int(schemaVersion))
        root.append("edition", ReportJSON.edition(set.edition))
        root.append("search", search(set.search))
        root.append("tickets", .array(set.tickets.map { ticket(template.render($0, search: set.search), $0, search: set.search) }))
        root.append("unassigned", .array(set.unassigned.map(unticketed)))
        root.append("notTicketed", .array(set.notTicketed.map(unticketed)))
        root.append("secretsWithoutTicket", .array(set.secretsWithoutTicket.map(secret)))
        return JSONWriter.pretty(.object(root)) + "\n"
    }

    /// A secret outside a KMS instance, as a ticket names it.
    static func secret(_ secret: TicketSecret) -> JSONValue {
        .object(JSONObject([("name", .string(secret.name)), ("region", secret.region.map(JSONValue.string) ?? .null),
                            ("type", .string(secret.type)), ("encryptionKey", secret.encryptionKey.map(JSONValue.string) ?? .null)]))
    }

    static func search(_ search: WindowSearch) -> JSONValue {
        .object(JSONObject([
            ("from", .string(search.from.description)), ("withinDays", .int(search.withinDays)),
            ("windowHours", .int(search.hours)), ("timeZone", .string(search.timeZone.identifier)),
        ]))
    }

    private static func ticket(_ rendered: (title: String, document: String), _ ticket: Ticket, search: WindowSearch) -> JSONValue {
        var object = JSONObject()
        object.append("id", .string(ticket.id))
        object.append("kind", .string(ticket.kind.rawValue))
        object.append("title", .string(rendered.title))
        object.append("body", .string(String(rendered.document.drop { $0 != "\n" }.drop { $0 == "\n" })))
        object.append("account", ticket.account.map(JSONValue.string) ?? .null)
        object.append("region", .string(ticket.region))
        object.append("destination", ticket.destination.map(JSONValue.string) ?? .null)
        object.append("window", window(ticket.window, search: search))
        object.append("migrationDate", ticket.migrationDate.map { .string($0.description) } ?? .null)
        object.append("applicationDeadline", ticket.applicationDeadline.map { .string($0.description) } ?? .null)
        object.append("keys", .array(ticket.keys.map(key)))
        object.append("secrets", .array(ticket.secrets.map(secret)))
        return .object(object)
    }

    /// The window: `status` `chosen`, `no-traffic-data` or `not-covered`, with the times or the reason.
    static func window(_ choice: WindowChoice, search: WindowSearch) -> JSONValue {
        var object = JSONObject()
        switch choice {
        case .chosen(let window):
            object.append("status", .string("chosen"))
            object.append("start", .string(Timestamp.format(window.start)))
            object.append("end", .string(Timestamp.format(window.end)))
            object.append("local", .string(window.localText(in: search.timeZone)))
            object.append("hours", .int(window.hours))
            object.append("expectedCalls", .double(rounded(window.expectedCalls)))
            object.append("peakHourCalls", .double(rounded(window.peakCalls)))
            object.append("peakHour", .string(window.peakHourText(in: search.timeZone)))
            object.append("flat", .bool(window.isFlat))
            object.append("evidence", .object(JSONObject([
                ("from", .string(Timestamp.format(window.evidence.first))), ("to", .string(Timestamp.format(window.evidence.last))),
                ("calls", .int(window.evidenceCalls)),
            ])))
        case .noTrafficData:
            object.append("status", .string("no-traffic-data"))
            object.append("note", .string(TicketTemplate.noTrafficDataText))
        case .notCovered(let period):
            object.append("status", .string("not-covered"))
            object.append("note", .string(TicketTemplate.notCoveredText(period, search: search)))
        case .noCoverage(let reason):
            object.append("status", .string("no-coverage"))
            object.append("note", .string(TicketTemplate.noCoverageText(reason)))
        }
        return .object(object)
    }

    private static func key(_ key: TicketKey) -> JSONValue {
        var object = JSONObject()
        object.append("keyId", .string(key.keyId))
        object.append("alias", key.alias.map(JSONValue.string) ?? .null)
        object.append("description", key.description.map(JSONValue.string) ?? .null)
        object.append("verdict", .string(key.verdict.rawValue))
        object.append("scenario", .string(key.scenario.rawValue))
        object.append("usageNotEvaluatedReason", key.usageNotEvaluatedReason.map(JSONValue.string))
        object.append("remediations", .strings(key.checklist))
        object.append("requirements", .strings(key.requirements))
        object.append("cloudServices", .strings(key.cloudServices))
        object.append("applications", .array(key.applications.map { caller in
            .object(JSONObject([
                ("principal", .string(caller.identity.principal)), ("language", .string(caller.identity.language)),
                ("calls", .int(caller.calls)), ("networks", .strings(caller.networks)),
                ("migrationSdk", caller.migrationSdk.map { .object(JSONObject([("name", .string($0.name)), ("package", .string($0.package))])) } ?? .null),
                ("migrationSdkVersionsInUse", .strings(caller.migrationSdkVersions)),
            ]))
        }))
        return .object(object)
    }

    static func unticketed(_ key: UnticketedKey) -> JSONValue {
        .object(JSONObject([
            ("keyId", .string(key.keyId)), ("alias", key.alias.map(JSONValue.string) ?? .null),
            ("region", key.region.map(JSONValue.string) ?? .null), ("verdict", .string(key.verdict.rawValue)),
            ("reason", .string(key.reason)),
        ]))
    }

    /// Two decimals, so that the same inputs always print the same number.
    private static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
