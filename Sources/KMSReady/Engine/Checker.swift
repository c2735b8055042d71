/// What to check: the inputs of `kmsready check`.
public struct CheckRequest: Sendable {
    /// Inventory files or folders.
    public var inventory: [String]
    /// Trace files or folders; with no traces and no usage summaries, usage rules are not evaluated.
    public var traces: [String] = []
    /// Usage summary files (`kmsready traces summarize`), merged with the traces.
    public var usageSummaries: [String] = []
    /// Workers that read traces (1: the calling thread only).
    public var jobs = 1
    /// Where trace reading counts bytes and events, for a progress display.
    public var progress: TraceProgress?
    /// Folders of extra rules.
    public var ruleDirectories: [String] = []
    /// A file of public address ranges that are the user's own inside Alibaba Cloud.
    public var cloudCIDRs: String?
    /// Traced periods shorter than this many days are warned about on keys with no observed use.
    public var minimumTraceDays = 30
    /// The folder relative paths are opened from (`nil`: the working directory); paths are displayed as given.
    public var base: String?
    /// The rules of which migration (default: the seed's document, 2023).
    public var edition = Edition.standard
    /// Where keys move, and the destinations' types, when given.
    public var destinations: DestinationMap?
    /// Inventory files or folders of the destination: its instances, quotas and secrets.
    public var destinationInventory: [String] = []
    /// Source trees to scan for code evidence (`check --source`).
    public var sources: [String] = []
    /// Files that listed some of these inputs (`--traces-from`), read already; outputs spare them too.
    public var pathLists: [String] = []

    /// Every file and folder the request reads, as it opens them: no output may land on one.
    public var inputPaths: [String] {
        (inventory + traces + usageSummaries + ruleDirectories + destinationInventory + sources + pathLists + (cloudCIDRs.map { [$0] } ?? []))
            .map { base != nil && !$0.hasPrefix("/") ? base! + "/" + $0 : $0 }
    }

    public init(inventory: [String], traces: [String] = [], ruleDirectories: [String] = [], cloudCIDRs: String? = nil, base: String? = nil) {
        self.inventory = inventory
        self.traces = traces
        self.ruleDirectories = ruleDirectories
        self.cloudCIDRs = cloudCIDRs
        self.base = base
    }
}

/// Runs the pipeline: inventory and traces in, rules applied, one `Report` out. See <doc:Architecture>.
public enum Checker {
    /// Reads every input and checks every key.
    public static func run(_ request: CheckRequest) throws(InputError) -> Report {
        try run(request, destinationInventory: try readDestinationInventory(request))
    }

    /// Reads every input but the destination inventory, which the caller read, and checks every key.
    public static func run(_ request: CheckRequest, destinationInventory: Inventory?) throws(InputError) -> Report {
        let rules = try RuleSet.load(adding: request.ruleDirectories, relativeTo: request.base)
        let inventoryFiles = try InputFile.expand(request.inventory, relativeTo: request.base)
        let inventory = try InventoryReader.read(inventoryFiles)
        guard !inventory.keys.isEmpty || !inventory.secrets.isEmpty else {
            throw InputError(file: request.inventory.joined(separator: ", "),
                             message: "no KMS keys or secrets found: expected ListKeys, DescribeKey, ListKeyVersions, ListSecrets or DescribeSecret responses")
        }
        let usage = try readUsage(request)
        let code = request.sources.isEmpty ? nil
            : CodeEvidence(scan: try SourceScan(request.sources, relativeTo: request.base), inventory: inventory)
        return report(inventory: inventory, usage: usage, rules: rules, minimumTraceDays: request.minimumTraceDays, edition: request.edition, code: code,
                      destinations: request.destinations, destinationInventory: destinationInventory)
    }

    /// The destination inventory the request names, `nil` when it names none.
    public static func readDestinationInventory(_ request: CheckRequest) throws(InputError) -> Inventory? {
        guard !request.destinationInventory.isEmpty else { return nil }
        return try InventoryReader.read(try InputFile.expand(request.destinationInventory, relativeTo: request.base))
    }

    /// The usage of the request's traces and usage summaries merged; `nil` when it names neither.
    public static func readUsage(_ request: CheckRequest) throws(InputError) -> UsageSummary? {
        guard !request.traces.isEmpty || !request.usageSummaries.isEmpty else { return nil }
        var usage = UsageSummary()
        if !request.traces.isEmpty {
            var ranges: [CIDRRange] = []
            if let cidrs = request.cloudCIDRs {
                ranges = try NetworkClassifier.readCloudRanges(try InputFile.expand([cidrs], relativeTo: request.base)[0])
            }
            let classifier = CallClassifier(rules: try ClassifierRules.builtIn(), network: NetworkClassifier(cloudRanges: ranges))
            usage = try TraceReader.summarize(try InputFile.expand(request.traces, relativeTo: request.base), classifier: classifier,
                                              jobs: request.jobs, progress: request.progress)
        }
        var totals = UsageTotals(usage)
        var ledger = TraceInputLedger()
        try ledger.add(usage.inputs)
        for file in try InputFile.expand(request.usageSummaries, relativeTo: request.base) {
            let summary = try UsageSummaryJSON.read(file)
            try ledger.add(summary.inputs, from: file.displayName)
            totals.add(UsageTotals(summary))
            if let exceeded = totals.exceeded {
                throw InputError(file: file.displayName, message: "with the summaries before it, \(exceeded) add up to more than 2^53, more than any traces hold")
            }
            usage.merge(summary)
        }
        return usage
    }

    /// Checks every key of `inventory` against the rules of `edition`, with `usage` when traces were given.
    /// A key's usage is evaluated only where the traces of its account and region could show use
    /// (`RegionCoverage`). `destinations` say where keys move; `destinationInventory` holds the secrets a
    /// secret's name may clash with.
    public static func report(inventory: Inventory, usage: UsageSummary?, rules allRules: RuleSet, minimumTraceDays: Int = 30,
                              edition: Edition = .standard, code: CodeEvidence? = nil, destinations: DestinationMap? = nil,
                              destinationInventory: Inventory? = nil) -> Report {
        let rules = allRules.applying(edition)
        var usageByKey: [String: KeyUsage] = [:]
        let usageBySecret = usage.map { secretUsage($0, in: inventory) } ?? [:]
        var unknown: [String: Int] = [:]
        if let usage {
            for (reference, keyUsage) in usage.keys {
                if case .secret(let name, let region) = reference {
                    if inventory.secret(named: name, region: region) == nil { unknown[reference.text, default: 0] += keyUsage.calls }
                } else if let id = resolve(reference, in: inventory) {
                    usageByKey[id, default: KeyUsage()].merge(keyUsage)
                } else {
                    unknown[reference.text, default: 0] += keyUsage.calls
                }
            }
        }
        let coverage = usage.map { RegionCoverage.assess(inventory.sortedKeys, coverage: $0.coverage, minimumDays: minimumTraceDays) } ?? []
        let coverageByScope = Dictionary(uniqueKeysWithValues: coverage.map { ($0.scope, $0) })
        let secretsByKey = Dictionary(grouping: inventory.sortedSecrets.filter { $0.metadata?.encryptionKeyId != nil }) {
            $0.metadata!.encryptionKeyId!
        }
        let keys = inventory.sortedKeys.map { key in
            let scopeCoverage = coverageByScope[CoverageScope(account: key.account, region: key.region)]
            let keyUsage = scopeCoverage.flatMap { $0.canShowUse ? usageByKey[key.id] ?? KeyUsage() : nil }
            let instance: String?
            if case .instance(let id)? = destinations?.destination(of: key) { instance = id } else { instance = nil }
            var facts = Facts(key: key, usage: keyUsage, coverage: scopeCoverage, destinationInstance: instance,
                              destinationType: destinations?.type(of: key))
            if let code { facts.values.merge(code.facts(of: key.id)) { $1 } }
            var report = KeyReport(key: key, evaluation: rules.evaluate(facts), usage: keyUsage, usageNotEvaluatedReason: scopeCoverage?.explanation)
            report.encryptedSecrets = (secretsByKey[key.id] ?? []).map(\.reference)
            return report
        }
        let keyReports = Dictionary(uniqueKeysWithValues: keys.map { ($0.key.id, $0) })
        let destinationSecrets = NameClashes.Index(destinationInventory)
        let secrets = inventory.sortedSecrets.map { secret in
            // Like a key's: not evaluated where the traces of its account and region cannot show use.
            let scopeCoverage = coverageByScope[CoverageScope(account: secret.account, region: secret.region)]
            let secretUsage = usage.flatMap { _ in scopeCoverage?.canShowUse == false ? nil : usageBySecret[secret.reference] ?? KeyUsage() }
            let keyId = secret.metadata?.encryptionKeyId
            let linked = keyId.flatMap { keyReports[$0] }.map {
                SecretReport.LinkedKey(keyId: $0.key.id, alias: $0.key.firstAlias, verdict: $0.verdict)
            }
            let clashes = destinationSecrets.clashes(of: secret)
            let facts = Facts(secret: secret, usage: secretUsage, encryptionKeyVerdict: keyId.map { _ in linked?.verdict.rawValue ?? "not-in-inventory" },
                              nameClashes: clashes.certain, possibleNameClashes: clashes.possible)
            return SecretReport(secret: secret, evaluation: rules.evaluate(facts, subject: .secret),
                                usage: secretUsage, encryptionKey: linked, usageNotEvaluatedReason: scopeCoverage?.explanation)
        }
        let traces = usage.map { usage in
            TraceFindings(counters: usage.counters, malformedSamples: usage.malformedSamples,
                          unknownKeys: unknown.map { (reference: $0.key, calls: $0.value) }
                              .sorted { ($1.calls, $0.reference) < ($0.calls, $1.reference) })
        }
        return Report(edition: edition, keys: keys, secrets: secrets, usageEvaluated: usage != nil, inventoryResponses: inventory.responseCounts,
                      inventoryWarnings: inventory.warnings, traces: traces, coverage: coverage, rules: rules.rules.filter { $0.subject != .code })
    }

    /// The usage of each secret of `inventory`, by `Secret.reference`.
    public static func secretUsage(_ usage: UsageSummary, in inventory: Inventory) -> [String: KeyUsage] {
        var bySecret: [String: KeyUsage] = [:]
        for (reference, keyUsage) in usage.keys {
            guard case .secret(let name, let region) = reference, let secret = inventory.secret(named: name, region: region) else { continue }
            bySecret[secret, default: KeyUsage()].merge(keyUsage)
        }
        return bySecret
    }

    /// The key id a reference names in the inventory, if any (a secret names none).
    static func resolve(_ reference: KeyReference, in inventory: Inventory) -> String? {
        switch reference {
        case .id(let id): return inventory.keys[id] != nil ? id : nil
        case .alias(let name, let region): return inventory.keyId(forAlias: name, region: region)
        case .secret: return nil
        }
    }
}
