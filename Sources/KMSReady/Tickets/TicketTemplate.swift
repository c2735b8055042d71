/// The wording and field order of tickets: a `TextTemplate` over the names below, from
/// `rules/tickets/ticket.txt` or `ticket.md`, or from the user's `--template FILE`.
///
/// The first line a template renders is the ticket's title; the rest is its body.
public struct TicketTemplate: Sendable {
    /// Every name a ticket template can use, and its kind.
    public static let schema: [String: TextTemplate.Kind] = [
        // The ticket.
        "id": .text, "kind": .text, "isMigration": .flag, "isRequirements": .flag, "account": .text, "region": .text,
        "destination": .text, "timeZone": .text, "zoneIsUTC": .flag, "keyCount": .text,
        // The edition whose rules judged the keys.
        "edition": .text, "editionTitle": .text, "editionLine": .text, "isMigrationTool": .flag,
        // The window.
        "windowHours": .text, "window": .flag, "windowLocal": .text, "windowUTC": .text, "expectedCalls": .text,
        "peakCalls": .text, "peakHour": .text, "flat": .flag, "noWindow": .text, "evidenceFrom": .text, "evidenceTo": .text,
        "evidenceCalls": .text, "migrationDate": .text, "applicationDeadline": .text,
        // Keys, and what each needs.
        "keys": .list, "keyId": .text, "alias": .text, "description": .text, "verdict": .text, "scenario": .text,
        "cloudServices": .text, "requirements": .list, "requirement": .text,
        "remediations": .list, "allRemediations": .list, "item": .text,
        // Applications, over all keys of the ticket.
        "hasApplications": .flag, "applications": .list, "principal": .text, "language": .text, "calls": .text,
        "networks": .text, "keyNames": .text, "migrationSdk": .text, "sdkPackage": .text, "sdkInUse": .text,
        // Secrets outside a KMS instance in the ticket's region.
        "hasSecrets": .flag, "secretCount": .text, "secrets": .list, "name": .text, "type": .text, "encryptionKey": .text, "lastAccess": .text,
    ]

    /// The text a window section shows when there are no traces.
    public static let noTrafficDataText = "No traffic data; choose off-peak manually."

    private let template: TextTemplate

    /// Parses a template; errors name the file and line.
    public init(_ text: String, file: String, escaping: TextTemplate.Escaping) throws(InputError) {
        do {
            template = try TextTemplate(text, schema: Self.schema, escaping: escaping)
        } catch {
            throw InputError(file: file, place: "line \(error.line)", message: error.message)
        }
    }

    /// The built-in template: `rules/tickets/ticket.md` for Markdown, `ticket.txt` otherwise.
    public static func builtIn(escaping: TextTemplate.Escaping) -> TicketTemplate {
        let file = EmbeddedRuleFiles.file(escaping == .markdown ? "tickets/ticket.md" : "tickets/ticket.txt")!
        return try! TicketTemplate(file.text, file: file.name, escaping: escaping)
    }

    /// Templates are small; larger files are refused.
    public static let maximumFileSize = 1 << 20

    /// The user's template in `file`, or the built-in one when `file` is `nil`.
    public static func load(_ file: InputFile?, escaping: TextTemplate.Escaping) throws(InputError) -> TicketTemplate {
        guard let file else { return builtIn(escaping: escaping) }
        var source = try openByteSource(file)
        let bytes = try source.readAll(limit: maximumFileSize, file: file.displayName)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(file: file.displayName, message: "a template must be UTF-8 text")
        }
        return try TicketTemplate(text, file: file.displayName, escaping: escaping)
    }

    /// The ticket's title (the first line, without Markdown heading marks) and the whole document.
    public func render(_ ticket: Ticket, search: WindowSearch) -> (title: String, document: String) {
        let document = template.render(Self.scope(ticket, search: search))
        let firstLine = document.prefix { $0 != "\n" }
        return (String(firstLine.drop { $0 == "#" || $0 == " " }), document)
    }

    private static func scope(_ ticket: Ticket, search: WindowSearch) -> TemplateScope {
        var scope: TemplateScope = [
            "id": .text(ticket.id), "kind": .text(ticket.kind.rawValue),
            "isMigration": .flag(ticket.kind == .migration), "isRequirements": .flag(ticket.kind == .requirements),
            "account": .text(ticket.account ?? "unknown"), "region": .text(ticket.region), "destination": .text(ticket.destination ?? ""),
            "timeZone": .text(search.timeZone.identifier), "zoneIsUTC": .flag(search.timeZone.isUTC), "keyCount": .text(String(ticket.keys.count)),
            "edition": .text(ticket.edition.id), "editionTitle": .text(ticket.edition.title), "editionLine": .text(ticket.edition.summaryLine),
            "isMigrationTool": .flag(ticket.edition.process == .migrationTool),
            "windowHours": .text(String(search.hours)), "window": .flag(ticket.window.window != nil),
            "migrationDate": .text(ticket.migrationDate?.description ?? ""),
            "applicationDeadline": .text(ticket.applicationDeadline?.description ?? ""),
        ]
        switch ticket.window {
        case .chosen(let window):
            scope["windowLocal"] = .text(window.localText(in: search.timeZone))
            scope["windowUTC"] = .text(window.utcText)
            scope["expectedCalls"] = .text(MigrationWindow.callsText(window.expectedCalls))
            scope["peakCalls"] = .text(MigrationWindow.callsText(window.peakCalls))
            scope["peakHour"] = .text(window.peakHourText(in: search.timeZone))
            scope["flat"] = .flag(window.isFlat)
            scope["evidenceFrom"] = .text(Timestamp.format(window.evidence.first))
            scope["evidenceTo"] = .text(Timestamp.format(window.evidence.last))
            scope["evidenceCalls"] = .text(MigrationWindow.callsText(Double(window.evidenceCalls)))
        case .noTrafficData:
            scope["noWindow"] = .text(noTrafficDataText)
        case .notCovered(let period):
            scope["noWindow"] = .text(notCoveredText(period, search: search))
        case .noCoverage(let reason):
            scope["noWindow"] = .text(noCoverageText(reason))
        }
        scope["keys"] = .list(ticket.keys.map { key in
            [
                "keyId": .text(key.keyId), "alias": .text(key.alias ?? ""), "description": .text(key.description ?? ""),
                "verdict": .text(key.verdict.rawValue), "scenario": .text(key.scenarioText),
                "cloudServices": .text(key.cloudServices.joined(separator: ", ")),
                "requirements": .list(key.requirements.map { ["requirement": .text($0)] }),
                "remediations": .list(key.checklist.map { ["item": .text($0)] }),
            ]
        })
        scope["allRemediations"] = .list(ticket.keys.flatMap { key in
            key.checklist.map { ["keyId": .text(key.keyId), "alias": .text(key.alias ?? ""), "item": .text($0)] }
        })
        scope["hasSecrets"] = .flag(!ticket.secrets.isEmpty)
        scope["secretCount"] = .text(String(ticket.secrets.count))
        scope["secrets"] = .list(ticket.secrets.map { secret in
            ["name": .text(secret.name), "type": .text(secret.type), "encryptionKey": .text(secret.encryptionKey ?? ""),
             "lastAccess": .text(secret.lastAccess)]
        })
        let applications = ticket.applications
        scope["hasApplications"] = .flag(!applications.isEmpty)
        scope["applications"] = .list(applications.map { caller, keys in
            [
                "principal": .text(caller.identity.principal), "language": .text(caller.identity.language),
                "calls": .text(MigrationWindow.callsText(Double(caller.calls))), "networks": .text(caller.networks.joined(separator: ", ")),
                "keyNames": .text(keys.map { $0.alias ?? $0.keyId }.joined(separator: ", ")),
                "migrationSdk": .text(caller.migrationSdk?.name ?? ""), "sdkPackage": .text(caller.migrationSdk?.package ?? ""),
                "sdkInUse": .text(caller.migrationSdkVersions.isEmpty ? "" : "migration SDK " + caller.migrationSdkVersions.joined(separator: ", ")),
            ]
        })
        return scope
    }

    /// Why a region whose traces cannot show use gives no window.
    static func noCoverageText(_ reason: String) -> String {
        "No window from traffic: \(reason). Choose off-peak manually, or check again once the traces show the region's calls."
    }

    /// Why traces that do not cover the search's hours give no window.
    static func notCoveredText(_ period: EvidencePeriod, search: WindowSearch) -> String {
        "The traces (\(Timestamp.format(period.first)) to \(Timestamp.format(period.last))) cover no \(search.hours)-hour window "
            + "of the days searched; choose off-peak manually, or give traces of at least a week."
    }
}
