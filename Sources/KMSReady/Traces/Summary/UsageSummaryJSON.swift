/// The usage summary file (`kmsready traces summarize`): a documented, versioned JSON form of a
/// `UsageSummary` that `kmsready check --usage` reads back and merges. Compact (one line) unless asked
/// to be pretty; the layout is the same either way.
///
/// The file holds everything a summary holds, so reading it back gives the same value, and merging
/// the summaries of shards gives the summary of the whole. It holds no request or response values:
/// key references, principals, operations, user agents, addresses, event ids and times only, and the
/// files read (`TraceInput`), so that summaries that read the same file are refused, not added. See <doc:Formats>.
///
/// ```
/// { "format": "kmsready-usage-summary", "version": 3, "tool": {...},
///   "counters": { "files", "kmsEvents", "otherServiceEvents", "eventsWithoutKey", "malformedRecords" },
///   "inputs": [ { "file", "bytes", "fingerprint" } ],
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
    /// The version of the layout above; readers refuse other versions. Version 1 had no `coverage`,
    /// version 2 no `inputs`.
    public static let version = 3
    /// A summary file is read whole; larger ones are refused.
    public static let maximumFileSize = 1 << 30

    /// The summary as compact JSON text on one line (and a newline), deterministic for equal summaries;
    /// `pretty` indents it for people. The same text `write` writes.
    public static func render(_ summary: UsageSummary, pretty: Bool = false, jobs: Int = 1) -> String {
        var whole = JSONByteWriter()
        writePieces(summary, jobs: jobs) { whole.append($0) }
        let compact = whole.text
        guard pretty, let document = try? JSONParser.parse(Array(compact.utf8), options: .own) else { return compact }
        return JSONWriter.pretty(document)
    }

    /// Writes the summary file into `sink` piece by piece, as `render` gives it: the compact text is
    /// never held whole, so a large summary costs a few runs of keys in memory, not its size. (The
    /// pretty text, for people, is made whole from the compact one.)
    public static func write(_ summary: UsageSummary, pretty: Bool = false, jobs: Int = 1, to sink: ByteSink) throws(InputError) {
        if pretty { return try sink.write(render(summary, pretty: true, jobs: jobs)) }
        try writePieces(summary, jobs: jobs) { (piece) throws(InputError) in try piece.withBytes { (bytes) throws(InputError) in try sink.write(bytes) } }
    }

    /// Keys written in one run at most: what a run holds in memory while it waits to be written. A wave
    /// of runs holds about `4 × jobs × keysPerRun` keys' text: with 256 keys a run that was 5–7 MB for
    /// 10,000 keys, the peak of a two-job `traces summarize` and a part that grew with the call groups
    /// (200 MB → 2 GB of fleet traffic: 70.7 → 78.0 MB); with 64, 69.0 → 74.8 MB, for writing 8 % slower
    /// (0.058 → 0.063 s for 26.7 MB).
    private static let keysPerRun = 64

    /// The compact text in order, handed to `take` in pieces: what comes before the keys, the keys in
    /// runs of consecutive keys, and the closing bytes. The runs are written a wave at a time on up to
    /// `jobs` cores (a few runs per core, so that a core that finishes early takes another): the same
    /// text for any `jobs`.
    private static func writePieces<Failure: Error>(_ summary: UsageSummary, jobs: Int, _ take: (JSONByteWriter) throws(Failure) -> Void) throws(Failure) {
        try take(head(summary))
        let keys = inByteOrder(summary.keys, { $0.text })
        let order = GroupOrder(summary)
        let runCount = max(1, min(keys.count, max(jobs > 1 ? jobs * 8 : 1, (keys.count + keysPerRun - 1) / keysPerRun)))
        let wave = jobs > 1 ? jobs * 4 : 1
        for first in stride(from: 0, to: runCount, by: wave) {
            let runs = parallelMap(min(wave, runCount - first)) { offset in
                let run = first + offset
                let range = (keys.count * run / runCount)..<(keys.count * (run + 1) / runCount)
                // About 400 bytes a group: room made once, not grown by copies.
                var out = JSONByteWriter(capacity: 4096 + range.reduce(0) { $0 + 1024 + keys[$1].value.groups.count * 512 })
                for index in range {
                    if index > 0 { out.raw(",") }
                    Self.write(keys[index].key, keys[index].value, order: order, into: &out)
                }
                return out
            }
            for run in runs { try take(run) }
        }
        var end = JSONByteWriter(capacity: 16)
        end.raw("]}\n")
        try take(end)
    }

    /// Everything before the first key: format, version, tool, counters, coverage, malformed samples,
    /// and the opening of `keys`.
    private static func head(_ summary: UsageSummary) -> JSONByteWriter {
        var out = JSONByteWriter(capacity: 4096)
        out.raw("{")
        out.name("format"); out.string(format); out.raw(",")
        out.name("version"); out.int(version); out.raw(",")
        out.name("tool"); out.raw("{"); out.name("name"); out.string(KMSReadyVersion.name); out.raw(",")
        out.name("version"); out.string(KMSReadyVersion.version); out.raw("},")
        let c = summary.counters
        out.name("counters"); out.raw("{")
        out.name("files"); out.int(c.files); out.raw(",")
        out.name("kmsEvents"); out.int(c.kmsEvents); out.raw(",")
        out.name("otherServiceEvents"); out.int(c.otherServiceEvents); out.raw(",")
        out.name("eventsWithoutKey"); out.int(c.eventsWithoutKey); out.raw(",")
        out.name("malformedRecords"); out.int(c.malformedRecords); out.raw("},")
        out.name("inputs"); out.raw("[")
        for (index, input) in summary.inputs.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{"); out.name("file"); out.string(input.file); out.raw(",")
            out.name("bytes"); out.int(input.bytes); out.raw(",")
            out.name("fingerprint"); out.string(input.fingerprint); out.raw("}")
        }
        out.raw("],")
        out.name("coverage"); out.raw("[")
        for (index, (scope, counts)) in summary.coverage.scopes.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{"); out.name("account"); out.optionalString(scope.account); out.raw(",")
            out.name("region"); out.optionalString(scope.region); out.raw(",")
            out.name("cryptographicCalls"); out.int(counts.cryptographicCalls); out.raw(",")
            out.name("managementCalls"); out.int(counts.managementCalls); out.raw(",")
            out.name("readEvents"); out.int(counts.readEvents); out.raw(",")
            out.name("firstSeen"); out.time(counts.firstSeen); out.raw(",")
            out.name("lastSeen"); out.time(counts.lastSeen); out.raw("}")
        }
        out.raw("],")
        out.name("malformedSamples"); out.raw("[")
        for (index, sample) in summary.malformedSamples.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{"); out.name("file"); out.string(sample.file); out.raw(",")
            out.name("line"); out.int(sample.line); out.raw(",")
            out.name("reason"); out.string(sample.reason); out.raw("}")
        }
        out.raw("],")
        out.name("keys"); out.raw("[")
        return out
    }

    /// The entries ordered by the UTF-8 bytes of `text(key)`, each text made once: the order of the
    /// text's code points, cheaper for thousands of keys than building and comparing texts per comparison.
    private static func inByteOrder<Key, Value>(_ entries: [Key: Value], _ text: (Key) -> String) -> [(key: Key, value: Value)] {
        entries.map { (Array(text($0.key).utf8), $0) }
            .sorted { $0.0.lexicographicallyPrecedes($1.0) }
            .map(\.1)
    }

    /// One element of `keys`: the key, its hour-of-week histogram as 7 rows (Monday first) of 24 UTC
    /// hours, and its groups in order.
    private static func write(_ reference: KeyReference, _ usage: KeyUsage, order: GroupOrder, into out: inout JSONByteWriter) {
        out.raw("{"); out.name("key"); out.string(reference.text); out.raw(",")
        out.name("hourOfWeek"); out.raw("[")
        for day in 0..<7 {
            if day > 0 { out.raw(",") }
            out.ints(usage.hourOfWeek[(day * 24)..<(day * 24 + 24)])
        }
        out.raw("],")
        out.name("groups"); out.raw("[")
        for (index, position) in order.sorted(usage).enumerated() {
            if index > 0 { out.raw(",") }
            let (group, stats) = usage.groups[position]
            out.raw("{"); out.name("principal"); out.string(group.principal); out.raw(",")
            out.name("callerKind"); out.string(group.callerKind.rawValue); out.raw(",")
            out.name("operation"); out.string(group.operation); out.raw(",")
            out.name("language"); out.string(group.language); out.raw(",")
            out.name("network"); out.string(group.network.rawValue); out.raw(",")
            out.name("calls"); out.int(stats.calls); out.raw(",")
            out.name("failedCalls"); out.int(stats.failedCalls); out.raw(",")
            out.name("firstSeen"); out.time(stats.firstSeen); out.raw(",")
            out.name("lastSeen"); out.time(stats.lastSeen); out.raw(",")
            out.name("sampleEvents"); out.raw("[")
            for (sampleIndex, sample) in stats.sampleEvents.enumerated() {
                if sampleIndex > 0 { out.raw(",") }
                out.raw("{"); out.name("time"); out.time(sample.time); out.raw(","); out.name("id"); sample.withIdUTF8 { out.string(utf8: $0) }; out.raw("}")
            }
            out.raw("],")
            out.name("languageVersions"); out.strings(stats.languageVersions); out.raw(",")
            out.name("migrationSdkVersions"); out.strings(stats.migrationSdkVersions); out.raw(",")
            out.name("callerSignals"); out.strings(stats.callerSignals); out.raw(",")
            out.name("addresses"); out.strings(stats.addresses); out.raw("}")
        }
        out.raw("]}")
    }

    /// Reads a summary file; a wrong format, version or shape is an error naming the file and JSON path,
    /// found where it is: the keys are read one at a time, so a summary never stands whole in memory as
    /// JSON values. Every count is at most `UsageTotals.limit`, and so are their sums.
    public static func read(_ file: InputFile) throws(InputError) -> UsageSummary {
        var source = try openByteSource(file)
        let bytes = try source.readAll(limit: maximumFileSize, file: file.displayName)
        let decoded = bytes.withUnsafeBytes { (raw) -> Result<UsageSummary, InputError> in
            Result { () throws(InputError) in try decode(raw, file: file.displayName) }
        }
        let summary = try decoded.get()
        var ledger = TraceInputLedger()
        try ledger.add(summary.inputs, from: file.displayName)
        if let exceeded = UsageTotals(summary).exceeded {
            throw InputError(file: file.displayName, message: "\(exceeded) add up to more than 2^53, more than any traces hold")
        }
        return summary
    }

    /// The members of a summary other than `keys`, read whole.
    private static let headMembers: Set<String> = ["format", "version", "tool", "counters", "inputs", "coverage", "malformedSamples"]

    static func decode(_ bytes: UnsafeRawBufferPointer, file: String) throws(InputError) -> UsageSummary {
        var reader = JSONPullReader(bytes, file: file)
        var head = JSONObject()
        var keys: [(reference: KeyReference, usage: KeyUsage, path: String)] = []
        var sawKeys = false
        try reader.members { (reader, name) throws(InputError) in
            if name == "keys" {
                sawKeys = true
                try reader.elements { (reader, index) throws(InputError) in
                    let (reference, usage) = try decodeKey(&reader, path: "$.keys[\(index)]")
                    keys.append((reference, usage, "$.keys[\(index)]"))
                }
            } else {
                guard headMembers.contains(name) else {
                    throw InputError(file: file, shape: JSONShapeError(path: "$." + name, message: "unknown field (expected one of: \((headMembers.sorted() + ["keys"]).sorted().joined(separator: ", ")))"))
                }
                head.append(name, try reader.value())
            }
        }
        try reader.finish()
        var summary = try shape(file) { () throws(JSONShapeError) in try decodeHead(JSONNode(root: .object(head))) }
        guard sawKeys else { throw InputError(file: file, shape: JSONShapeError(path: "$.keys", message: "required field is missing")) }
        for (reference, usage, path) in keys {
            guard summary.keys[reference] == nil else {
                throw InputError(file: file, shape: JSONShapeError(path: path + ".key", message: "the same key appears twice"))
            }
            summary.keys[reference] = usage
        }
        return summary
    }

    private static func shape<T>(_ file: String, _ body: () throws(JSONShapeError) -> T) throws(InputError) -> T {
        do {
            return try body()
        } catch {
            throw InputError(file: file, shape: error)
        }
    }

    /// The summary's members but its keys: format, version, counters, inputs, coverage and malformed samples.
    private static func decodeHead(_ root: JSONNode) throws(JSONShapeError) -> UsageSummary {
        let formatNode = try root.requiredMember("format")
        guard try formatNode.string() == format else { throw formatNode.error("not a kmsready usage summary (expected \"\(format)\")") }
        let versionNode = try root.requiredMember("version")
        let fileVersion = try versionNode.int()
        if fileVersion == 1 {
            throw versionNode.error("usage summary version 1 holds no trace coverage, which this kmsready needs: summarize the traces again with kmsready traces summarize")
        }
        if fileVersion == 2 {
            throw versionNode.error("usage summary version 2 names no files it read, so a file read by two summaries could be counted twice: summarize the traces again with kmsready traces summarize")
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
        summary.inputs = try root.requiredMember("inputs").elements().map { (node) throws(JSONShapeError) -> TraceInput in
            try node.rejectUnknownMembers(["file", "bytes", "fingerprint"])
            let fingerprint = try node.requiredMember("fingerprint")
            let text = try fingerprint.string()
            guard text.utf8.count == 64, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
                throw fingerprint.error("expected 64 lowercase hexadecimal digits (SHA-256)")
            }
            return TraceInput(file: try node.requiredString("file"), bytes: try count(node, "bytes"), fingerprint: text)
        }.sorted()
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
        return summary
    }

    /// One element of `keys`, the key and its usage, read member by member and its groups one by one:
    /// a key of many groups never stands whole in memory as JSON values.
    private static func decodeKey(_ reader: inout JSONPullReader, path: String) throws(InputError) -> (KeyReference, KeyUsage) {
        let file = reader.file
        var reference: KeyReference?
        var usage = KeyUsage()
        var seen = Set<String>()
        try reader.members { (reader, name) throws(InputError) in
            seen.insert(name)
            let node = JSONNode(value: name == "groups" ? .null : try reader.value(), path: path + "." + name)
            try shape(file) { () throws(JSONShapeError) in
                switch name {
                case "key":
                    let text = try node.string()
                    if text.isEmpty { throw node.error("must not be empty") }
                    reference = KeyReference(text: text)
                case "hourOfWeek": usage.hourOfWeek = try hours(node)
                case "groups": break
                default: throw JSONShapeError(path: node.path, message: "unknown field (expected one of: groups, hourOfWeek, key)")
                }
            }
            guard name == "groups" else { return }
            try reader.elements { (reader, index) throws(InputError) in
                let groupNode = JSONNode(value: try reader.value(), path: "\(path).groups[\(index)]")
                try shape(file) { () throws(JSONShapeError) in
                    let (group, stats) = try decodeGroup(groupNode)
                    guard usage.groups[group] == nil else { throw groupNode.error("the same group appears twice") }
                    usage.groups[group] = stats
                }
            }
        }
        for name in ["key", "hourOfWeek", "groups"] where !seen.contains(name) {
            throw InputError(file: file, shape: JSONShapeError(path: path + "." + name, message: "required field is missing"))
        }
        return (reference!, usage)
    }

    /// A key's `hourOfWeek`: 7 days of 24 counts.
    private static func hours(_ node: JSONNode) throws(JSONShapeError) -> [Int] {
        let days = try node.elements()
        guard days.count == 7 else { throw node.error("expected 7 days of 24 hours") }
        var counts = Array(repeating: 0, count: 168)
        for (day, dayNode) in days.enumerated() {
            let hours = try dayNode.elements()
            guard hours.count == 24 else { throw dayNode.error("expected 24 hours") }
            for (hour, hourNode) in hours.enumerated() { counts[day * 24 + hour] = try nonNegative(hourNode) }
        }
        return counts
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
        guard value <= UsageTotals.limit else { throw node.error("\(value) is more than 2^53, more than any traces hold") }
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
