/// `kmsready plan --edition 2025`: per account, region and destination instance, the Migration Tool's
/// runs in order (at most 50 keys and 50 secrets each, every secret after the run of its key), each
/// with an off-peak window from the traffic, the management calls the run would freeze and the calls
/// that verify it; before them the region's preflight checks, after them what to switch back; and every
/// key and secret the runs leave out, with the reason. Built from a report judged by the 2025 rules.
public struct MigrationToolPlan: Sendable {
    /// The version of the JSON contract.
    public static let schemaVersion = 1

    /// What to plan.
    public struct Request: Sendable {
        /// Where keys (and the secrets without a customer key) move.
        public var destinations: DestinationMap
        /// The destination's export: its instances, quotas and secrets, when given.
        public var destinationInventory: Inventory?
        /// Where windows are searched; each run's search starts the day after the previous run's window.
        public var search: WindowSearch

        public init(destinations: DestinationMap, destinationInventory: Inventory?, search: WindowSearch) {
            self.destinations = destinations
            self.destinationInventory = destinationInventory
            self.search = search
        }
    }

    /// A key in a run.
    public struct PlannedKey: Sendable {
        public let keyId: String
        public let alias: String?
        public let verdict: Verdict
        /// What to do before the run (the checklists of its findings).
        public let remediations: [String]
    }

    /// A secret in a run.
    public struct PlannedSecret: Sendable {
        public let name: String
        public let type: String?
        public let verdict: Verdict
        /// The customer key that encrypts it, when it has one.
        public let encryptionKeyId: String?
        /// The run (1-based) that migrates that key, when it is in this plan.
        public let keyRun: Int?
        public let remediations: [String]
    }

    /// One Migration Tool run.
    public struct Run: Sendable {
        /// 1-based, in the order the runs must go.
        public let number: Int
        public let keys: [PlannedKey]
        public let secrets: [PlannedSecret]
        public let window: WindowChoice
        /// Management calls seen on the run's keys and secrets, which the run would refuse.
        public let frozenCalls: [FrozenCall]
        /// The calls that show the run worked: each key's and secret's `DKMSInstanceId` is the destination.
        public let verification: [String]
    }

    /// One account, region and destination instance.
    public struct Destination: Sendable {
        public let account: String?
        public let region: String
        public let instance: String
        public let instanceType: KMSInstance.Kind?
        /// Checks to pass before the first run.
        public let preflight: [PreflightCheck]
        public let runs: [Run]
        /// What to do after the last run.
        public let afterwards: [String]
    }

    /// A key or secret the runs leave out, and why.
    public struct LeftOut: Sendable {
        public enum Subject: String, Sendable { case key, secret }
        public let subject: Subject
        /// The key id, or the secret's `name@region`.
        public let id: String
        public let alias: String?
        public let region: String?
        public let verdict: Verdict
        public let reason: String
    }

    public let edition: Edition
    public let search: WindowSearch
    /// Sorted by account, region and instance.
    public let destinations: [Destination]
    /// Keys first, then secrets, each sorted by id.
    public let leftOut: [LeftOut]

    /// Every run, over all destinations.
    public var runCount: Int { destinations.reduce(0) { $0 + $1.runs.count } }

    /// Plans the keys and secrets of `report`, which must be judged by a Migration Tool edition.
    public init(report: Report, request: Request) {
        edition = report.edition
        search = request.search
        let limits = report.edition.runLimits ?? Edition.RunLimits(keys: 50, secrets: 50)
        var leftOut: [LeftOut] = []

        // Keys: the ones that can move, by destination; the rest left out with their reason.
        var keysByPlace: [Place: [KeyReport]] = [:]
        for key in report.keys {
            guard key.verdict == .eligible || key.verdict == .eligibleAfterRemediation else {
                leftOut.append(LeftOut(key, reason: key.reason))
                continue
            }
            switch request.destinations.destination(of: key.key) {
            case .instance(let id): keysByPlace[Place(account: key.key.account, region: key.key.region ?? "unknown-region", instance: id), default: []].append(key)
            case .unassigned(let reason): leftOut.append(LeftOut(key, reason: "no destination: " + reason))
            }
        }
        // A KMS instance belongs to one region: an instance given keys of several regions gets none.
        let regionsByInstance = Dictionary(grouping: keysByPlace.keys, by: \.instance).mapValues { Set($0.map(\.region)) }
        for (place, keys) in keysByPlace where regionsByInstance[place.instance]!.count > 1 {
            let regions = regionsByInstance[place.instance]!.sorted().joined(separator: ", ")
            leftOut += keys.map { LeftOut($0, reason: "no destination: \(place.instance) would receive keys of \(regions); a KMS instance belongs to one region") }
            keysByPlace[place] = nil
        }
        let placeOfKey = Dictionary(uniqueKeysWithValues: keysByPlace.flatMap { place, keys in keys.map { ($0.key.id, place) } })

        // Secrets: after their key, in its destination; without a customer key, by region and tags.
        var secretsByPlace: [Place: [SecretReport]] = [:]
        let keyReports = Dictionary(uniqueKeysWithValues: report.keys.map { ($0.key.id, $0) })
        for secret in report.secrets {
            guard secret.secret.inKmsInstance == false, secret.verdict == .eligible || secret.verdict == .eligibleAfterRemediation else {
                leftOut.append(LeftOut(secret, reason: secret.reason))
                continue
            }
            let keyId = secret.secret.metadata?.encryptionKeyId
            if let keyId, let place = placeOfKey[keyId] {
                secretsByPlace[place, default: []].append(secret)
            } else if let keyId, keyReports[keyId]?.verdict != .notRequired {
                leftOut.append(LeftOut(secret, reason: "its key \(keyId) is in no run: \(leftOut.first { $0.id == keyId }?.reason ?? "not in the inventory")"))
            } else {
                let tags = Dictionary(((secret.secret.metadata ?? secret.secret.listed)?.tags ?? []).map { ($0.key, $0.value) }) { first, _ in first }
                switch request.destinations.destination(region: secret.secret.region, tags: tags) {
                case .instance(let id) where regionsByInstance[id].map({ $0 == [secret.secret.region ?? ""] }) ?? true:
                    secretsByPlace[Place(account: secret.secret.account, region: secret.secret.region ?? "unknown-region", instance: id), default: []].append(secret)
                case .instance(let id): leftOut.append(LeftOut(secret, reason: "no destination: \(id) belongs to another region"))
                case .unassigned(let reason): leftOut.append(LeftOut(secret, reason: "no destination: " + reason))
                }
            }
        }

        let coverage = Dictionary(uniqueKeysWithValues: report.coverage.map { ($0.scope, $0) })
        destinations = Set(keysByPlace.keys).union(secretsByPlace.keys).sorted().map { place in
            Self.destination(place, keys: keysByPlace[place] ?? [], secrets: secretsByPlace[place] ?? [], report: report, request: request,
                             coverage: coverage[CoverageScope(account: place.account, region: place.region)], limits: limits)
        }
        self.leftOut = leftOut.sorted { ($0.subject.rawValue, $0.id) < ($1.subject.rawValue, $1.id) }
    }

    /// Where a group of keys and secrets goes.
    private struct Place: Hashable, Comparable {
        var account: String?
        var region: String
        var instance: String

        static func < (a: Place, b: Place) -> Bool { (a.account ?? "", a.region, a.instance) < (b.account ?? "", b.region, b.instance) }
    }

    private static func destination(_ place: Place, keys: [KeyReport], secrets: [SecretReport], report: Report, request: Request,
                                     coverage: RegionCoverage?, limits: Edition.RunLimits) -> Destination {
        // Keys that encrypt secrets of this destination go first, so that their secrets can follow early.
        let keysOfSecrets = Set(secrets.compactMap { $0.secret.metadata?.encryptionKeyId })
        let orderedKeys = keys.sorted { (keysOfSecrets.contains($0.key.id) ? 0 : 1, $0.key.id) < (keysOfSecrets.contains($1.key.id) ? 0 : 1, $1.key.id) }
        let orderedSecrets = secrets.sorted { $0.secret.name < $1.secret.name }
        let packed = RunPacking.pack(keys: orderedKeys.map(\.key.id),
                                     secrets: orderedSecrets.map { RunPacking.Secret(name: $0.secret.name, keyId: $0.secret.metadata?.encryptionKeyId) },
                                     limits: limits)
        let keyById = Dictionary(uniqueKeysWithValues: keys.map { ($0.key.id, $0) })
        let secretByName = Dictionary(secrets.map { ($0.secret.name, $0) }) { first, _ in first }
        var keyRun: [String: Int] = [:]
        for (index, run) in packed.enumerated() { for key in run.keys { keyRun[key] = index + 1 } }
        var runs: [Run] = []
        var search = request.search
        for (index, packedRun) in packed.enumerated() {
            let runKeys = packedRun.keys.map { keyById[$0]! }
            let runSecrets = packedRun.secrets.map { secretByName[$0]! }
            let window = search.choose(usages: runKeys.map(\.usage) + runSecrets.map(\.usage), coverage: coverage)
            if let chosen = window.window {
                // The next run's window is searched from the day after this one.
                search.from = search.timeZone.local(chosen.start).date.adding(days: 1)
            }
            let frozen = FrozenCall.seen(in: runKeys.map { ($0.key.id, $0.usage) } + runSecrets.map { ($0.secret.name, $0.usage) })
            runs.append(Run(number: index + 1,
                            keys: runKeys.map { PlannedKey(keyId: $0.key.id, alias: $0.key.firstAlias, verdict: $0.verdict, remediations: remediations($0.findings)) },
                            secrets: runSecrets.map { secret in
                                let keyId = secret.secret.metadata?.encryptionKeyId
                                return PlannedSecret(name: secret.secret.name, type: secret.secret.type, verdict: secret.verdict, encryptionKeyId: keyId,
                                                     keyRun: keyId.flatMap { keyRun[$0] }, remediations: remediations(secret.findings))
                            },
                            window: window, frozenCalls: frozen,
                            verification: verification(keys: runKeys, secrets: runSecrets, region: place.region, instance: place.instance)))
        }
        let type = keys.first.map { request.destinations.type(of: $0.key) } ?? request.destinations.defaultType
        let facts = RegionPreflight.Facts(region: place.region, instance: place.instance, instanceType: type, keys: keys, secrets: secrets,
                                          destinationKeys: report.keys.filter { request.destinations.destination(of: $0.key) == .instance(place.instance) },
                                          regionSecrets: report.secrets.filter { $0.secret.region == place.region && $0.secret.account == place.account },
                                          coverage: coverage, runs: runs, destinationInventory: request.destinationInventory)
        return Destination(account: place.account, region: place.region, instance: place.instance, instanceType: type,
                           preflight: RegionPreflight.checks(facts), runs: runs, afterwards: afterwards(keys: keys, secrets: secrets, place: place))
    }

    /// The checklist items of the findings that ask for something before the run.
    private static func remediations(_ findings: [Finding]) -> [String] {
        findings.filter { $0.verdict == .eligibleAfterRemediation }.map(\.checklist)
    }

    /// The calls that show a run worked.
    private static func verification(keys: [KeyReport], secrets: [SecretReport], region: String, instance: String) -> [String] {
        keys.map { "aliyun kms DescribeKey --region \(region) --KeyId \($0.key.id)  # KeyMetadata.DKMSInstanceId: \(instance)" }
            + secrets.map { "aliyun kms DescribeSecret --region \(region) --SecretName '\($0.secret.name)'  # DKMSInstanceId: \(instance)" }
    }

    /// What to do after the last run: rotation back on where it was switched off, Terraform, the default
    /// instance, and what the Migration Tool did not take.
    private static func afterwards(keys: [KeyReport], secrets: [SecretReport], place: Place) -> [String] {
        var steps: [String] = []
        for key in keys {
            guard let metadata = key.key.metadata, ["Enabled", "Suspended"].contains(metadata.automaticRotation ?? "") else { continue }
            steps.append("Switch automatic rotation of \(key.key.firstAlias ?? key.key.id) back on: aliyun kms UpdateRotationPolicy --region \(place.region) "
                         + "--KeyId \(key.key.id) --EnableAutomaticRotation true --RotationInterval \(metadata.rotationInterval ?? "<interval>")")
        }
        for secret in secrets where secret.secret.metadata?.automaticRotation?.lowercased() == "enabled" {
            steps.append("Switch automatic rotation of \(secret.secret.name) back on: aliyun kms UpdateSecretRotationPolicy --region \(place.region) "
                         + "--SecretName '\(secret.secret.name)' --EnableAutomaticRotation true"
                         + (secret.secret.metadata?.rotationInterval.map { " --RotationInterval \($0)" } ?? ""))
        }
        steps.append("Run terraform plan for every configuration that manages these keys and secrets: it must show no change to alicloud_kms_key or alicloud_kms_secret (TF).")
        steps.append("Scripts and Terraform that call CreateKey or CreateSecret without DKMSInstanceId now create them in the default KMS instance (GetDefaultKmsInstance): name the instance where that matters (DEF).")
        steps.append("In the Migration Tool of \(place.region), Keys Not Migrated and Secrets Not Migrated show what it did not take: ask technical support about them (OP2; kmsready ticket --edition 2025 writes the request).")
        return steps
    }
}

extension MigrationToolPlan.LeftOut {
    init(_ key: KeyReport, reason: String) {
        self.init(subject: .key, id: key.key.id, alias: key.key.firstAlias, region: key.key.region, verdict: key.verdict, reason: reason)
    }

    init(_ secret: SecretReport, reason: String) {
        self.init(subject: .secret, id: secret.secret.reference, alias: nil, region: secret.secret.region, verdict: secret.verdict, reason: reason)
    }
}
