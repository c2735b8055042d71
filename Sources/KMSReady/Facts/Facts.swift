import Foundation

/// The flat, documented record of one key that rules read (see `FactCatalog`). Rules never see raw JSON.
public struct Facts: Equatable, Sendable {
    /// `key.*` and `usage.*` facts by name; an absent fact is not in the map.
    public var values: [String: FactValue]
    /// The key's call groups, sorted; `nil` when no traces were given, so usage rules are not evaluated.
    public var calls: [CallRecord]?

    /// Facts from a key and, when its usage is evaluated, its usage (empty usage = traced but unused)
    /// and the coverage of its account and region; and where it moves, when that was given.
    public init(key: Key, usage: KeyUsage?, coverage: RegionCoverage? = nil,
                destinationInstance: String? = nil, destinationType: KMSInstance.Kind? = nil) {
        var values: [String: FactValue] = [:]
        values["key.id"] = .string(key.id)
        values["key.arn"] = key.arn.map(FactValue.string)
        values["key.region"] = key.region.map(FactValue.string)
        values["key.account"] = key.account.map(FactValue.string)
        values["key.aliases"] = .list(key.aliases.sorted())
        values["key.tags"] = .list(key.tags.map { "\($0.key)=\($0.value)" }.sorted())
        values["key.missing"] = .list(key.missingResponses)
        values["key.conflicts"] = .list(key.conflicts)
        values["key.versionCount"] = key.versionCount.map(FactValue.int)
        if let m = key.metadata {
            values["key.description"] = m.description.map(FactValue.string)
            values["key.state"] = m.keyState.map(FactValue.string)
            values["key.usage"] = m.keyUsage.map(FactValue.string)
            values["key.spec"] = m.keySpec.map(FactValue.string)
            values["key.origin"] = m.origin.map(FactValue.string)
            values["key.protectionLevel"] = m.protectionLevel.map(FactValue.string)
            values["key.automaticRotation"] = m.automaticRotation.map(FactValue.string)
            values["key.rotationInterval"] = m.rotationInterval.map(FactValue.string)
            values["key.creationDate"] = m.creationDate.map(FactValue.string)
            values["key.deleteDate"] = m.deleteDate.map(FactValue.string)
            values["key.dkmsInstanceId"] = m.dkmsInstanceId.map(FactValue.string)
        }
        values["destination.instance"] = destinationInstance.map(FactValue.string)
        values["destination.type"] = destinationType.map { .string($0.rawValue) }
        if let peak = usage?.hourOfWeek.max() {
            values["usage.peakHourCalls"] = .int(peak)
            values["usage.peakHourQPS"] = .string(Self.perSecond(peak))
        }
        if usage != nil, let coverage {
            values["coverage.status"] = .string(coverage.status.rawValue)
            values["coverage.periodDays"] = .int(coverage.periodDays)
            values["coverage.minimumDays"] = .int(coverage.minimumDays)
            values["coverage.shortPeriod"] = .bool(coverage.status == .shortPeriod)
        }
        let calls = usage.map { $0.groups.map(CallRecord.init).sorted { $0.group < $1.group } }
        self.init(values: values, calls: calls)
    }

    /// Facts from a secret and, when traces were given, its usage (empty usage = traced but unused);
    /// `encryptionKeyVerdict` is the verdict of the key that encrypts it (`not-in-inventory` when the
    /// inventory lacks it), and the clashes are secrets of its name in a destination inventory.
    public init(secret: Secret, usage: KeyUsage?, encryptionKeyVerdict: String? = nil,
                nameClashes: [String] = [], possibleNameClashes: [String] = []) {
        var values: [String: FactValue] = [:]
        values["secret.name"] = .string(secret.name)
        values["secret.region"] = secret.region.map(FactValue.string)
        values["secret.account"] = secret.account.map(FactValue.string)
        values["secret.type"] = secret.type.map(FactValue.string)
        values["secret.inKmsInstance"] = secret.inKmsInstance.map(FactValue.bool)
        values["secret.kmsInstanceId"] = secret.kmsInstanceId.map(FactValue.string)
        values["secret.encryptionKeyId"] = secret.metadata?.encryptionKeyId.map(FactValue.string)
        values["secret.automaticRotation"] = secret.metadata?.automaticRotation.map(FactValue.string)
        values["secret.plannedDeleteTime"] = (secret.metadata ?? secret.listed)?.plannedDeleteTime.map(FactValue.string)
        values["secret.versionCount"] = secret.versionCount.map(FactValue.int)
        values["secret.stages"] = .list(distinct(secret.versions.values.flatMap(\.stages)))
        values["secret.tags"] = .list(((secret.metadata ?? secret.listed)?.tags ?? []).map { "\($0.key)=\($0.value)" }.sorted())
        values["secret.missing"] = .list(secret.missingResponses)
        values["secret.conflicts"] = .list(secret.conflicts)
        values["secret.encryptionKeyVerdict"] = encryptionKeyVerdict.map(FactValue.string)
        values["secret.nameClashes"] = .list(nameClashes)
        values["secret.possibleNameClashes"] = .list(possibleNameClashes)
        let calls = usage.map { $0.groups.map(CallRecord.init).sorted { $0.group < $1.group } }
        self.init(values: values, calls: calls)
    }

    /// Facts given directly (rule examples); `usage.*` facts are derived from `calls` unless given.
    public init(values: [String: FactValue], calls: [CallRecord]?) {
        self.values = values
        self.calls = calls
        guard let calls else { return }
        for (name, value) in Facts.usageFacts(of: calls) where self.values[name] == nil {
            self.values[name] = value
        }
    }

    /// `calls` in one hour as calls per second, two decimals (`under 0.01` below that).
    static func perSecond(_ calls: Int) -> String {
        let rate = Double(calls) / 3600
        return rate < 0.01 ? "under 0.01" : String(format: "%.2f", rate)
    }

    /// Whether traces were given, i.e. whether usage rules can be evaluated.
    public var usageEvaluated: Bool { calls != nil }

    /// The `usage.*` facts of a list of call groups.
    static func usageFacts(of calls: [CallRecord]) -> [String: FactValue] {
        var facts: [String: FactValue] = [
            "usage.calls": .int(calls.reduce(0) { $0 + $1.stats.calls }),
            "usage.failedCalls": .int(calls.reduce(0) { $0 + $1.stats.failedCalls }),
            "usage.callerKinds": .list(distinct(calls.map(\.group.callerKind.rawValue))),
            "usage.operations": .list(distinct(calls.map(\.group.operation))),
            "usage.principals": .list(distinct(calls.map(\.group.principal))),
            "usage.applicationLanguages": .list(distinct(calls.filter { $0.group.callerKind == .application }.map(\.group.language))),
            "usage.networkOrigins": .list(distinct(calls.map(\.group.network.rawValue))),
        ]
        if let first = calls.map(\.stats.firstSeen).min(), first != .max { facts["usage.firstSeen"] = .string(Timestamp.format(first)) }
        if let last = calls.map(\.stats.lastSeen).max(), last != .min { facts["usage.lastSeen"] = .string(Timestamp.format(last)) }
        return facts
    }
}

/// The distinct elements, sorted.
func distinct(_ values: [String]) -> [String] { Array(Set(values)).sorted() }
