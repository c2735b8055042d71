/// The JSON report: the stable, versioned contract that CI scripts read and other formats are checked against.
///
/// Field names are camelCase; keys are sorted by id and findings by rule id; no timestamps, so the same
/// inputs give byte-identical output. Fields may be added in a schema version; none is renamed.
public enum ReportJSON {
    /// The report as pretty-printed JSON text.
    public static func render(_ report: Report) -> String { JSONWriter.pretty(document(report)) }

    /// The report as a JSON document.
    public static func document(_ report: Report) -> JSONValue {
        var root = JSONObject()
        root.append("schemaVersion", .int(Report.schemaVersion))
        root.append("tool", .object(JSONObject([("name", .string(KMSReadyVersion.name)), ("version", .string(KMSReadyVersion.version))])))
        root.append("edition", edition(report.edition))
        root.append("summary", summary(report))
        root.append("inputs", inputs(report))
        root.append("coverage", .array(report.coverage.map(coverage)))
        if !report.waiverNotices.isEmpty {
            root.append("waiverNotices", .array(report.waiverNotices.map { notice in
                .object(JSONObject([("kind", .string(notice.kind.rawValue)), ("place", .string(notice.waiver.place)),
                                    ("key", .string(notice.waiver.key)), ("rule", .string(notice.waiver.rule)),
                                    ("expires", .string(notice.waiver.expires.description))]))
            }))
        }
        if let baseline = report.baseline {
            root.append("baseline", .object(JSONObject([
                ("new", .int(baseline.newKeys)), ("changed", .int(baseline.changedKeys)), ("unchanged", .int(baseline.unchangedKeys)),
                ("gone", .array(baseline.gone.map { .object(JSONObject([("keyId", .string($0.keyId)), ("verdict", .string($0.verdict.rawValue))])) })),
            ])))
        }
        root.append("keys", .array(report.keys.map(key)))
        root.append("secrets", .array(report.secrets.map(secret)))
        return .object(root)
    }

    /// The edition applied: `id`, `title`, when it was in force, its process and its sources with their
    /// dates. Every JSON output (report, plans, tickets) names its edition this way.
    public static func edition(_ edition: Edition) -> JSONValue {
        var object = JSONObject()
        object.append("id", .string(edition.id))
        object.append("title", .string(edition.title))
        object.append("inForceFrom", .string(edition.inForceFrom))
        object.append("inForceUntil", edition.inForceUntil.map(JSONValue.string) ?? .null)
        object.append("process", .string(edition.process.rawValue))
        object.append("sources", .array(edition.sources.map(source)))
        return .object(object)
    }

    /// One source: its label, title, address, section and Last Updated date, as far as known.
    static func source(_ source: RuleSource) -> JSONValue {
        var object = JSONObject()
        object.append("label", source.label.map(JSONValue.string))
        object.append("document", .string(source.document))
        object.append("url", source.url.map(JSONValue.string))
        object.append("section", source.section.map(JSONValue.string))
        object.append("lastUpdated", source.lastUpdated.map(JSONValue.string))
        return .object(object)
    }

    private static func summary(_ report: Report) -> JSONValue {
        let counts = report.countsByVerdict
        func byVerdict(_ counts: [Verdict: Int]) -> JSONValue {
            .object(JSONObject(Verdict.worstFirst.map { ($0.rawValue, .int(counts[$0] ?? 0)) }))
        }
        return .object(JSONObject([
            ("keys", .int(report.keys.count)),
            ("byVerdict", byVerdict(counts)),
            ("usageEvaluated", .bool(report.usageEvaluated)),
            ("secrets", .int(report.secrets.count)),
            ("secretsByVerdict", byVerdict(report.secretCountsByVerdict)),
        ]))
    }

    private static func inputs(_ report: Report) -> JSONValue {
        var responses = JSONObject()
        for (kind, count) in report.inventoryResponses.sorted(by: { $0.key < $1.key }) { responses.append(kind, .int(count)) }
        var inventory = JSONObject()
        inventory.append("responses", .object(responses))
        inventory.append("warnings", .strings(report.inventoryWarnings))
        var inputs = JSONObject()
        inputs.append("inventory", .object(inventory))
        if let traces = report.traces {
            var object = JSONObject()
            object.append("files", .int(traces.counters.files))
            object.append("kmsEvents", .int(traces.counters.kmsEvents))
            object.append("otherServiceEvents", .int(traces.counters.otherServiceEvents))
            object.append("eventsWithoutKey", .int(traces.counters.eventsWithoutKey))
            object.append("malformedRecords", .int(traces.counters.malformedRecords))
            object.append("malformedSamples", .strings(traces.malformedSamples.map(\.description)))
            object.append("callsOfUnknownKeys", .int(traces.callsOfUnknownKeys))
            object.append("unknownKeys", .array(traces.unknownKeys.map {
                .object(JSONObject([("key", .string($0.reference)), ("calls", .int($0.calls))]))
            }))
            inputs.append("traces", .object(object))
        }
        return .object(inputs)
    }

    private static func key(_ report: KeyReport) -> JSONValue {
        let key = report.key
        var object = JSONObject()
        object.append("keyId", .string(key.id))
        object.append("arn", key.arn.map(JSONValue.string) ?? .null)
        object.append("region", key.region.map(JSONValue.string) ?? .null)
        object.append("account", key.account.map(JSONValue.string))
        object.append("aliases", .strings(key.aliases.sorted()))
        object.append("description", key.metadata?.description.map(JSONValue.string))
        object.append("verdict", .string(report.verdict.rawValue))
        if report.failingVerdict != report.verdict { object.append("verdictWithoutWaived", .string(report.failingVerdict.rawValue)) }
        switch report.change {
        case .new?: object.append("baseline", .object(JSONObject([("change", .string("new"))])))
        case .changed(let from)?: object.append("baseline", .object(JSONObject([("change", .string("changed")), ("previousVerdict", .string(from.rawValue))])))
        case .unchanged?: object.append("baseline", .object(JSONObject([("change", .string("unchanged"))])))
        case nil: break
        }
        object.append("reason", .string(report.reason))
        object.append("usageEvaluated", .bool(report.usageEvaluated))
        if let reason = report.usageNotEvaluatedReason { object.append("usageNotEvaluatedReason", .string(reason)) }
        if !report.notEvaluated.isEmpty { object.append("notEvaluated", .strings(report.notEvaluated)) }
        if let usage = report.usage { object.append("usage", self.usage(usage)) }
        if !report.encryptedSecrets.isEmpty { object.append("secrets", .strings(report.encryptedSecrets)) }
        object.append("findings", .array(report.findings.map(finding)))
        return .object(object)
    }

    /// One secret: where it lives, the key that encrypts it (with that key's alias and verdict), its
    /// verdict for the CMK migration, findings and use. Never a value.
    private static func secret(_ report: SecretReport) -> JSONValue {
        let secret = report.secret
        var object = secretIdentity(secret)
        object.append("arn", secret.arn.map(JSONValue.string) ?? .null)
        object.append("kmsInstanceId", secret.kmsInstanceId.map(JSONValue.string))
        object.append("encryptionKeyId", secret.metadata?.encryptionKeyId.map(JSONValue.string) ?? .null)
        if let key = report.encryptionKey {
            object.append("encryptionKey", .object(JSONObject([("keyId", .string(key.keyId)), ("alias", key.alias.map(JSONValue.string) ?? .null),
                                                               ("verdict", .string(key.verdict.rawValue))])))
        }
        object.append("versions", versions(secret))
        object.append("verdict", .string(report.verdict.rawValue))
        object.append("reason", .string(report.reason))
        object.append("usage", report.usage.map(secretUsage) ?? .null)
        if let reason = report.usageNotEvaluatedReason { object.append("usageNotEvaluatedReason", .string(reason)) }
        object.append("findings", .array(report.findings.map(finding)))
        return .object(object)
    }

    /// `name`, `region`, `type` and `inKmsInstance` of a secret: how every JSON output starts one.
    static func secretIdentity(_ secret: Secret) -> JSONObject {
        JSONObject([("name", .string(secret.name)), ("region", secret.region.map(JSONValue.string) ?? .null),
                    ("type", secret.type.map(JSONValue.string) ?? .null), ("inKmsInstance", secret.inKmsInstance.map(JSONValue.bool) ?? .null)])
    }

    /// A secret's versions in creation order, with their stages.
    static func versions(_ secret: Secret) -> JSONValue {
        .array(secret.versionsInCreationOrder.map { version in
            .object(JSONObject([("versionId", .string(version.versionId)), ("createTime", version.createTime.map(JSONValue.string) ?? .null),
                                ("stages", .strings(version.stages))]))
        })
    }

    /// A secret's callers, languages, networks and first and last access.
    static func secretUsage(_ usage: KeyUsage) -> JSONValue {
        let groups = usage.groups.keys
        var object = JSONObject()
        object.append("calls", .int(usage.calls))
        object.append("firstSeen", usage.firstSeen.map { .string(Timestamp.format($0)) } ?? .null)
        object.append("lastSeen", usage.lastSeen.map { .string(Timestamp.format($0)) } ?? .null)
        object.append("operations", .strings(distinct(groups.map(\.operation))))
        object.append("principals", .strings(distinct(groups.map(\.principal))))
        object.append("languages", .strings(distinct(groups.map(\.language))))
        object.append("networks", .strings(distinct(groups.map(\.network.rawValue))))
        return .object(object)
    }

    /// One account and region: what its traces hold and whether they can show use.
    private static func coverage(_ coverage: RegionCoverage) -> JSONValue {
        let counts = coverage.counts
        var object = JSONObject()
        object.append("account", coverage.scope.account.map(JSONValue.string) ?? .null)
        object.append("region", coverage.scope.region.map(JSONValue.string) ?? .null)
        object.append("keys", .int(coverage.keys))
        object.append("status", .string(coverage.status.rawValue))
        object.append("usageEvaluated", .bool(coverage.canShowUse))
        if counts.events > 0 {
            object.append("firstSeen", .string(Timestamp.format(counts.firstSeen)))
            object.append("lastSeen", .string(Timestamp.format(counts.lastSeen)))
        }
        object.append("periodDays", .int(coverage.periodDays))
        object.append("cryptographicCalls", .int(counts.cryptographicCalls))
        object.append("managementCalls", .int(counts.managementCalls))
        object.append("readEvents", .int(counts.readEvents))
        object.append("explanation", coverage.explanation.map(JSONValue.string))
        return .object(object)
    }

    private static func usage(_ usage: KeyUsage) -> JSONValue {
        let stats = usage.groups.values
        var object = JSONObject()
        object.append("calls", .int(stats.reduce(0) { $0 + $1.calls }))
        object.append("failedCalls", .int(stats.reduce(0) { $0 + $1.failedCalls }))
        if let first = usage.firstSeen { object.append("firstSeen", .string(Timestamp.format(first))) }
        if let last = usage.lastSeen { object.append("lastSeen", .string(Timestamp.format(last))) }
        object.append("callerKinds", .strings(distinct(usage.groups.keys.map(\.callerKind.rawValue))))
        object.append("principals", .strings(usage.principals))
        return .object(object)
    }

    private static func finding(_ finding: Finding) -> JSONValue {
        var object = JSONObject([
            ("ruleId", .string(finding.ruleId)),
            ("title", .string(finding.title)),
            ("severity", .string(finding.severity.rawValue)),
            ("verdict", .string(finding.verdict.rawValue)),
            ("message", .string(finding.message)),
            ("evidence", finding.evidence),
            ("remediation", .string(finding.remediation)),
        ])
        if let waiver = finding.waiver {
            object.append("waiver", .object(JSONObject([("reason", .string(waiver.reason)), ("approvedBy", .string(waiver.approvedBy)),
                                                        ("expires", .string(waiver.expires.description))])))
        }
        return .object(object)
    }
}
