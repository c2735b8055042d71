/// The usage summary file (`kmsready traces summarize`): a documented, versioned JSON form of a
/// `UsageSummary` that `kmsready check --usage` reads back and merges.
///
/// The file holds everything a summary holds, so reading it back gives the same value, and merging
/// the summaries of shards gives the summary of the whole. It holds no request or response values:
/// key references, principals, operations, user agents, addresses, event ids and times only.
///
/// ```
/// { "format": "kmsready-usage-summary", "version": 2, "tool": {...},
///   "counters": { "files", "kmsEvents", "otherServiceEvents", "eventsWithoutKey", "malformedRecords" },
///   "coverage": [ { "account" (null: events naming none), "region", "cryptographicCalls", "managementCalls",
///                   "readEvents", "firstSeen", "lastSeen" } ],
///   "malformedSamples": [ { "file", "line", "reason" } ],
///   "keys": [ { "key": "<key id | alias/name@region>",
///               "hourOfWeek": [[24 counts, Monday UTC], ... 7 days],
///               "groups": [ { "principal", "callerKind", "operation", "language", "network",
///                             "calls", "failedCalls", "firstSeen", "lastSeen",
///                             "sampleEvents": [ { "time", "id" } ], "languageVersions", "migrationSdkVersions",
///                             "callerSignals", "addresses" } ] } ] }
/// ```
public enum UsageSummaryJSON {
    /// The `format` value that marks a usage summary file.
    public static let format = "kmsready-usage-summary"
    /// The version of the layout above; readers refuse other versions. Version 1 had no `coverage`.
    public static let version = 2
    /// A summary file is read whole; larger ones are refused.
    public static let maximumFileSize = 1 << 30

    /// The summary as pretty-printed JSON text, deterministic for equal summaries. Keys are written one
    /// at a time, so a large summary never exists as a document tree.
    public static func render(_ summary: UsageSummary) -> String {
        JSONWriter.pretty(head(summary), lastMember: "keys", elements: summary.keys.sorted { $0.key < $1.key }, render: key)
    }

    /// Every member but `keys`.
    static func head(_ summary: UsageSummary) -> JSONObject {
        var root = JSONObject()
        root.append("format", .string(format))
        root.append("version", .int(version))
        root.append("tool", .object(JSONObject([("name", .string(KMSReadyVersion.name)), ("version", .string(KMSReadyVersion.version))])))
        let c = summary.counters
        root.append("counters", .object(JSONObject([
            ("files", .int(c.files)), ("kmsEvents", .int(c.kmsEvents)), ("otherServiceEvents", .int(c.otherServiceEvents)),
            ("eventsWithoutKey", .int(c.eventsWithoutKey)), ("malformedRecords", .int(c.malformedRecords)),
        ])))
        root.append("coverage", .array(summary.coverage.scopes.sorted { $0.key < $1.key }.map { scope, counts in
            .object(JSONObject([
                ("account", scope.account.map(JSONValue.string) ?? .null), ("region", scope.region.map(JSONValue.string) ?? .null),
                ("cryptographicCalls", .int(counts.cryptographicCalls)), ("managementCalls", .int(counts.managementCalls)),
                ("readEvents", .int(counts.readEvents)),
                ("firstSeen", .string(Timestamp.format(counts.firstSeen))), ("lastSeen", .string(Timestamp.format(counts.lastSeen))),
            ]))
        }))
        root.append("malformedSamples", .array(summary.malformedSamples.map {
            .object(JSONObject([("file", .string($0.file)), ("line", .int($0.line)), ("reason", .string($0.reason))]))
        }))
        return root
    }

    /// One element of `keys`.
    static func key(_ entry: (key: KeyReference, value: KeyUsage)) -> JSONValue {
        var key = JSONObject()
        key.append("key", .string(entry.key.text))
        key.append("hourOfWeek", hourOfWeek(entry.value))
        key.append("groups", groups(entry.value))
        return .object(key)
    }

    /// The hour-of-week histogram as 7 rows (Monday first) of 24 UTC hours.
    static func hourOfWeek(_ usage: KeyUsage) -> JSONValue {
        .array((0..<7).map { day in .array(usage.hourOfWeek[(day * 24)..<(day * 24 + 24)].map(JSONValue.int)) })
    }

    /// The groups of calls, in order.
    static func groups(_ usage: KeyUsage) -> JSONValue {
        .array(usage.groups.sorted { $0.key < $1.key }.map { group, stats in
            var object = JSONObject()
            object.append("principal", .string(group.principal))
            object.append("callerKind", .string(group.callerKind.rawValue))
            object.append("operation", .string(group.operation))
            object.append("language", .string(group.language))
            object.append("network", .string(group.network.rawValue))
            object.append("calls", .int(stats.calls))
            object.append("failedCalls", .int(stats.failedCalls))
            object.append("firstSeen", .string(Timestamp.format(stats.firstSeen)))
            object.append("lastSeen", .string(Timestamp.format(stats.lastSeen)))
            object.append("sampleEvents", .array(stats.sampleEvents.map {
                .object(JSONObject([("time", .string(Timestamp.format($0.time))), ("id", .string($0.id))]))
            }))
            object.append("languageVersions", .strings(stats.languageVersions))
            object.append("migrationSdkVersions", .strings(stats.migrationSdkVersions))
            object.append("callerSignals", .strings(stats.callerSignals))
            object.append("addresses", .strings(stats.addresses))
            return .object(object)
        })
    }

    /// Reads a summary file; a wrong format, version or shape is an error naming the file and JSON path.
    public static func read(_ file: InputFile) throws(InputError) -> UsageSummary {
        try JSONDocumentFile.read(file, limit: maximumFileSize, decode: decode)
    }

    static func decode(_ root: JSONNode) throws(JSONShapeError) -> UsageSummary {
        try root.rejectUnknownMembers(["format", "version", "tool", "counters", "coverage", "malformedSamples", "keys"])
        let formatNode = try root.requiredMember("format")
        guard try formatNode.string() == format else { throw formatNode.error("not a kmsready usage summary (expected \"\(format)\")") }
        let versionNode = try root.requiredMember("version")
        let fileVersion = try versionNode.int()
        if fileVersion == 1 {
            throw versionNode.error("usage summary version 1 holds no trace coverage, which this kmsready needs: summarize the traces again with kmsready traces summarize")
        }
        guard fileVersion == version else { throw versionNode.error("usage summary version \(fileVersion) is not supported (this kmsready reads version \(version))") }
        var summary = UsageSummary()
        let counters = try root.requiredMember("counters")
        try counters.rejectUnknownMembers(["files", "kmsEvents", "otherServiceEvents", "eventsWithoutKey", "malformedRecords"])
        summary.counters.files = try count(counters, "files")
        summary.counters.kmsEvents = try count(counters, "kmsEvents")
        summary.counters.otherServiceEvents = try count(counters, "otherServiceEvents")
        summary.counters.eventsWithoutKey = try count(counters, "eventsWithoutKey")
        summary.counters.malformedRecords = try count(counters, "malformedRecords")
        for node in try root.requiredMember("coverage").elements() {
            try node.rejectUnknownMembers(["account", "region", "cryptographicCalls", "managementCalls", "readEvents", "firstSeen", "lastSeen"])
            let scope = CoverageScope(account: try node.optionalString("account"), region: try node.optionalString("region"))
            guard summary.coverage.scopes[scope] == nil else { throw node.error("the same account and region appear twice") }
            var counts = CoverageCounts()
            counts.cryptographicCalls = try count(node, "cryptographicCalls")
            counts.managementCalls = try count(node, "managementCalls")
            counts.readEvents = try count(node, "readEvents")
            counts.firstSeen = try time(try node.requiredMember("firstSeen"))
            counts.lastSeen = try time(try node.requiredMember("lastSeen"))
            summary.coverage.scopes[scope] = counts
        }
        summary.malformedSamples = try root.requiredMember("malformedSamples").elements().map { (node) throws(JSONShapeError) -> MalformedRecord in
            try node.rejectUnknownMembers(["file", "line", "reason"])
            return MalformedRecord(file: try node.requiredString("file"), line: try count(node, "line"), reason: try node.requiredString("reason"))
        }.sorted().prefix(UsageSummary.malformedSampleLimit).map { $0 }
        for keyNode in try root.requiredMember("keys").elements() {
            try keyNode.rejectUnknownMembers(["key", "hourOfWeek", "groups"])
            let reference = KeyReference(text: try keyNode.requiredString("key"))
            var usage = KeyUsage()
            let days = try keyNode.requiredMember("hourOfWeek").elements()
            guard days.count == 7 else { throw try keyNode.requiredMember("hourOfWeek").error("expected 7 days of 24 hours") }
            for (day, dayNode) in days.enumerated() {
                let hours = try dayNode.elements()
                guard hours.count == 24 else { throw dayNode.error("expected 24 hours") }
                for (hour, hourNode) in hours.enumerated() { usage.hourOfWeek[day * 24 + hour] = try nonNegative(hourNode) }
            }
            for groupNode in try keyNode.requiredMember("groups").elements() {
                let (group, stats) = try decodeGroup(groupNode)
                guard usage.groups[group] == nil else { throw groupNode.error("the same group appears twice") }
                usage.groups[group] = stats
            }
            guard summary.keys[reference] == nil else { throw try keyNode.requiredMember("key").error("the same key appears twice") }
            summary.keys[reference] = usage
        }
        return summary
    }

    private static let groupFields: Set<String> = [
        "principal", "callerKind", "operation", "language", "network", "calls", "failedCalls", "firstSeen", "lastSeen",
        "sampleEvents", "languageVersions", "migrationSdkVersions", "callerSignals", "addresses",
    ]

    private static func decodeGroup(_ node: JSONNode) throws(JSONShapeError) -> (UsageGroup, UsageStats) {
        try node.rejectUnknownMembers(groupFields)
        let kindNode = try node.requiredMember("callerKind")
        guard let kind = CallerKind(rawValue: try kindNode.string()) else { throw kindNode.error("unknown caller kind") }
        let networkNode = try node.requiredMember("network")
        guard let network = NetworkOrigin(rawValue: try networkNode.string()) else { throw networkNode.error("unknown network origin") }
        let group = UsageGroup(principal: try node.requiredString("principal"), callerKind: kind, operation: try node.requiredString("operation"),
                               language: try node.requiredString("language"), network: network)
        var stats = UsageStats()
        stats.calls = try count(node, "calls")
        stats.failedCalls = try count(node, "failedCalls")
        stats.firstSeen = try time(try node.requiredMember("firstSeen"))
        stats.lastSeen = try time(try node.requiredMember("lastSeen"))
        stats.sampleEvents = try node.requiredMember("sampleEvents").elements().map { (sample) throws(JSONShapeError) -> EventSample in
            try sample.rejectUnknownMembers(["time", "id"])
            return EventSample(time: try time(try sample.requiredMember("time")), id: try sample.requiredString("id"))
        }.sorted().prefix(UsageStats.sampleEventLimit).map { $0 }
        stats.languageVersions = try sortedStrings(node, "languageVersions")
        stats.migrationSdkVersions = try sortedStrings(node, "migrationSdkVersions")
        stats.callerSignals = try sortedStrings(node, "callerSignals")
        stats.addresses = try sortedStrings(node, "addresses")
        return (group, stats)
    }

    private static func count(_ node: JSONNode, _ name: String) throws(JSONShapeError) -> Int {
        try nonNegative(try node.requiredMember(name))
    }

    private static func nonNegative(_ node: JSONNode) throws(JSONShapeError) -> Int {
        guard let value = node.value.intValue, value >= 0 else { throw node.error("expected a whole number, 0 or more") }
        return value
    }

    private static func time(_ node: JSONNode) throws(JSONShapeError) -> Int64 {
        guard let seconds = Timestamp.parse(try node.string()) else { throw node.error("expected an ISO 8601 time") }
        return seconds
    }

    private static func sortedStrings(_ node: JSONNode, _ name: String) throws(JSONShapeError) -> [String] {
        Array(Set(try node.optionalStrings(name) ?? []).sorted().prefix(UsageStats.valueLimit))
    }
}
