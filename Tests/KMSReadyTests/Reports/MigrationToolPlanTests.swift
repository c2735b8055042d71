import Foundation
import Testing
@testable import KMSReady

/// The 2025 plan: runs of at most 50 keys and 50 secrets, every secret after its key, the same plan
/// whatever the number of jobs; and every preflight check, driven to fail and to unknown.
@Suite struct MigrationToolPlanTests {
    static let limits = Edition.RunLimits(keys: 50, secrets: 50)

    @Test func packingKeepsTheLimitsAndPutsEverySecretAfterItsKey() {
        let keys = (0..<120).map { "k\($0)" }
        let secrets = (0..<90).map { RunPacking.Secret(name: "s\($0)", keyId: $0 % 3 == 0 ? nil : "k\($0 % 40)") }
            + [RunPacking.Secret(name: "orphan", keyId: "not-planned")]
        let runs = RunPacking.pack(keys: keys, secrets: secrets, limits: Self.limits)
        #expect(runs.allSatisfy { $0.keys.count <= 50 && $0.secrets.count <= 50 })
        #expect(runs.flatMap(\.keys) == keys, "keys keep their order")
        #expect(runs.flatMap(\.secrets).sorted() == secrets.map(\.name).sorted(), "every secret, once")
        let keyRun = Dictionary(uniqueKeysWithValues: runs.enumerated().flatMap { index, run in run.keys.map { ($0, index) } })
        for (index, run) in runs.enumerated() {
            for name in run.secrets {
                let secret = secrets.first { $0.name == name }!
                if let key = secret.keyId, let wanted = keyRun[key] { #expect(wanted < index, "\(name) is in run \(index + 1), its key in run \(wanted + 1)") }
            }
        }
        #expect(runs.count == 3 && runs[0].secrets.count == 31, "30 secrets without a key and the one whose key is not planned go first")
        #expect(RunPacking.pack(keys: [], secrets: [], limits: Self.limits).isEmpty)
        #expect(RunPacking.pack(keys: ["k"], secrets: [RunPacking.Secret(name: "s", keyId: "k")], limits: Self.limits)
                == [RunPacking.Run(keys: ["k"]), RunPacking.Run(secrets: ["s"])], "a secret never shares the run of its key")
    }

    /// A generated region of 180 keys and 130 secrets, with a month of traces in six files.
    static func generatedRegion() throws -> (inventory: String, traces: String, destination: String) {
        let dir = temporaryDirectory()
        let inventory = dir + "/inventory/cn-hangzhou", traces = dir + "/traces", destination = dir + "/destination"
        for folder in [inventory, traces, destination] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let account = "1540355698845812"
        func keyId(_ index: Int) -> String { String(format: "%08x-0000-4000-8000-%012x", index + 0x1000, index) }
        for index in 0..<180 {
            let id = keyId(index), arn = "acs:kms:cn-hangzhou:\(account):key/\(id)"
            try #"{"KeyMetadata":{"KeyId":"\#(id)","Arn":"\#(arn)","KeyState":"Enabled","KeySpec":"Aliyun_AES_256","Origin":"Aliyun_KMS","ProtectionLevel":"SOFTWARE","AutomaticRotation":"Disabled","DKMSInstanceId":""},"RequestId":"r"}"#
                .write(toFile: "\(inventory)/describe-key-\(id).json", atomically: false, encoding: .utf8)
            try #"{"KeyVersions":{"KeyVersion":[{"KeyId":"\#(id)","KeyVersionId":"v-\#(index)"}]},"TotalCount":1,"RequestId":"r"}"#
                .write(toFile: "\(inventory)/list-key-versions-\(id).json", atomically: false, encoding: .utf8)
        }
        for index in 0..<130 {
            let name = "app/secret-\(index)"
            let key = index % 5 == 4 ? "" : #""EncryptionKeyId":"\#(keyId(index * 7 % 180))","#
            try #"{"SecretName":"\#(name)","Arn":"acs:kms:cn-hangzhou:\#(account):secret/\#(name)","SecretType":"Generic",\#(key)"DKMSInstanceId":"","RequestId":"r"}"#
                .write(toFile: "\(inventory)/describe-secret-\(index).json", atomically: false, encoding: .utf8)
            try #"{"SecretName":"\#(name)","VersionIds":{"VersionId":[{"VersionId":"v1","VersionStages":{"VersionStage":["ACSCurrent"]}}]},"TotalCount":1,"RequestId":"r"}"#
                .write(toFile: "\(inventory)/list-secret-version-ids-\(index).json", atomically: false, encoding: .utf8)
        }
        for file in 0..<6 {
            var lines: [String] = []
            for day in 0..<6 {
                for index in stride(from: file, to: 180, by: 6) {
                    let time = String(format: "2026-03-%02dT%02d:%02d:00Z", 1 + (file * 6 + day) % 28, (index * 5 + day * 3) % 24, index % 60)
                    lines.append(#"{"eventId":"e-\#(file)-\#(day)-\#(index)","eventName":"Decrypt","eventSource":"kms-vpc.cn-hangzhou.aliyuncs.com","eventTime":"\#(time)","acsRegion":"cn-hangzhou","eventRW":"Read","sourceIpAddress":"192.168.1.\#(index % 200)","userAgent":"AlibabaCloud (Linux; amd64) Java/17.0.2 Core/4.6.3","userIdentity":{"type":"ram-user","accountId":"\#(account)","userName":"app-\#(index % 17)"},"responseElements":{"KeyId":"\#(keyId(index))"}}"#)
                }
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: "\(traces)/events-\(file).jsonl", atomically: false, encoding: .utf8)
        }
        return (dir + "/inventory", traces, destination)
    }

    @Test func aGeneratedRegionOf180KeysAnd130SecretsKeepsTheLimitsAndTheOrderForEveryJobCount() throws {
        let region = try Self.generatedRegion()
        var outputs: [String] = []
        for jobs in [1, 2, 3] {
            var request = CheckRequest(inventory: [region.inventory], traces: [region.traces])
            request.edition = EditionTests.today
            request.jobs = jobs
            request.destinations = DestinationMap(instance: "kst-hzz0gen0000000000000", type: .software)
            let report = try Checker.run(request)
            #expect(report.traces?.counters.kmsEvents == 1_080 && report.traces?.counters.malformedRecords == 0)
            let search = WindowSearch(from: CalendarDate("2026-11-23")!)
            let plan = MigrationToolPlan(report: report, request: MigrationToolPlan.Request(destinations: request.destinations!, destinationInventory: nil, search: search))
            outputs.append(MigrationToolPlanJSON.render(plan))
            let runs = try #require(plan.destinations.first).runs
            #expect(plan.destinations.count == 1 && plan.leftOut.isEmpty)
            #expect(runs.allSatisfy { $0.keys.count <= 50 && $0.secrets.count <= 50 })
            #expect(runs.flatMap(\.keys).count == 180 && Set(runs.flatMap(\.secrets).map(\.name)).count == 130)
            let keyRun = Dictionary(uniqueKeysWithValues: runs.flatMap { run in run.keys.map { ($0.keyId, run.number) } })
            for run in runs {
                for secret in run.secrets {
                    if let key = secret.encryptionKeyId { #expect(keyRun[key]! < run.number && secret.keyRun == keyRun[key]) }
                }
            }
            #expect(runs.count == 4, "180 keys need 4 runs; the 130 secrets fit beside them")
            let windows = runs.compactMap(\.window.window).map(\.start)
            #expect(windows.count == 4 && windows == windows.sorted() && Set(windows.map { $0 / 86_400 }).count == 4, "one run a day, in order")
        }
        #expect(outputs.dropFirst().allSatisfy { $0 == outputs[0] }, "the plan is the same for every number of jobs")
    }

    // MARK: Preflight checks

    /// The facts of the samples' cn-hangzhou destination, which each test below changes in one place.
    static func hangzhou() throws -> RegionPreflight.Facts {
        let plan = try sampleMigrationToolPlan(destinationType: .software)
        let report = try checkSamples(edition: "2025", destinationType: .software)
        let destination = try #require(plan.destinations.first { $0.region == "cn-hangzhou" })
        let inRuns = Set(destination.runs.flatMap(\.keys).map(\.keyId)), secretsInRuns = Set(destination.runs.flatMap(\.secrets).map(\.name))
        return RegionPreflight.Facts(
            region: "cn-hangzhou", instance: destination.instance, instanceType: .software,
            keys: report.keys.filter { inRuns.contains($0.key.id) }, secrets: report.secrets.filter { secretsInRuns.contains($0.secret.name) },
            destinationKeys: report.keys.filter { $0.key.region == "cn-hangzhou" }, regionSecrets: report.secrets.filter { $0.secret.region == "cn-hangzhou" },
            coverage: report.coverage.first { $0.scope.region == "cn-hangzhou" }, runs: destination.runs,
            destinationInventory: try InventoryReader.read(try InputFile.expand(["samples/destination-inventory"], relativeTo: Paths.packageRoot)))
    }

    static func status(_ check: (RegionPreflight.Facts) -> PreflightCheck, _ change: (inout RegionPreflight.Facts) -> Void = { _ in }) throws -> PreflightCheck.Status {
        var facts = try hangzhou()
        change(&facts)
        return check(facts).status
    }

    @Test func rotationOffFailsWhileAKeyOrSecretRotatesAndIsUnknownWithoutDescribeKey() throws {
        #expect(try Self.status(RegionPreflight.rotation) == .fail, "ci-deployer rotates")
        #expect(try Self.status(RegionPreflight.rotation) { $0.secrets = [] } == .pass)
        #expect(try Self.status(RegionPreflight.rotation) { $0.secrets = []; $0.keys[0] = $0.keys[0].withoutMetadata } == .unknown)
    }

    @Test func nameClashFailsOnAClashAndIsUnknownWithoutTheDestinationsSecrets() throws {
        #expect(try Self.status(RegionPreflight.nameClash) == .pass)
        #expect(try Self.status(RegionPreflight.nameClash) { $0.destinationInventory = nil } == .unknown)
        #expect(try Self.status(RegionPreflight.nameClash) { $0.destinationInventory?.responseCounts = ["GetKmsInstance": 1] } == .unknown)
        let shanghai = try checkSamples(edition: "2025")
        #expect(try Self.status(RegionPreflight.nameClash) { $0.regionSecrets = shanghai.secrets.filter { $0.secret.name == "cache/sessions" } } == .fail)
    }

    @Test func keySpecFailsForAKeyTheTypeDoesNotTakeAndIsUnknownWithoutTheType() throws {
        let byType: [KMSInstance.Kind?: Report] = [.software: try checkSamples(edition: "2025", destinationType: .software),
                                                   nil: try checkSamples(edition: "2025")]
        let aes128 = { (type: KMSInstance.Kind?) in byType[type]!.keys.filter { $0.key.id.hasPrefix("e9542c50") } }
        #expect(try Self.status(RegionPreflight.keySpec) == .pass)
        #expect(try Self.status(RegionPreflight.keySpec) { $0.keys[0] = $0.keys[0].withoutMetadata } == .unknown)
        #expect(try Self.status(RegionPreflight.keySpec) { $0.destinationKeys += aes128(.software) } == .fail)
        #expect(try Self.status(RegionPreflight.keySpec) { $0.destinationKeys += aes128(nil) } == .unknown)
    }

    @Test func quotaFailsWhenTooSmallAndIsUnknownWithoutQuotas() throws {
        #expect(try Self.status(RegionPreflight.quota) == .pass)
        #expect(try Self.status(RegionPreflight.quota) { $0.destinationInventory?.instances[$0.instance]?.quotas["secret"]?.used = 99 } == .fail)
        #expect(try Self.status(RegionPreflight.quota) { $0.destinationInventory?.instances[$0.instance]?.quotas["key"] = nil } == .unknown)
        #expect(try Self.status(RegionPreflight.quota) { $0.destinationInventory = nil } == .unknown)
    }

    @Test func instanceStatusFailsUnlessConnectedAndIsUnknownWithoutGetKmsInstance() throws {
        #expect(try Self.status(RegionPreflight.instanceStatus) == .pass)
        #expect(try Self.status(RegionPreflight.instanceStatus) { $0.destinationInventory?.instances[$0.instance]?.status = "Uninitialized" } == .fail)
        #expect(try Self.status(RegionPreflight.instanceStatus) { $0.destinationInventory = nil } == .unknown)
    }

    @Test func autoRenewalFailsWhenTheSubscriptionEndsBeforeTheRunsAndIsNeverPassedForASubscription() throws {
        #expect(try Self.status(RegionPreflight.autoRenewal) == .unknown, "PREPAY: no API says whether it renews")
        #expect(try Self.status(RegionPreflight.autoRenewal) { $0.destinationInventory?.instances[$0.instance]?.endDate = "2026-11-01T00:00:00Z" } == .fail)
        #expect(try Self.status(RegionPreflight.autoRenewal) { $0.destinationInventory?.instances[$0.instance]?.chargeType = "POSTPAY" } == .pass)
        #expect(try Self.status(RegionPreflight.autoRenewal) { $0.destinationInventory = nil } == .unknown)
    }

    @Test func imageVersionIsNeverPassedForNoResponseShowsIt() throws {
        for type in [KMSInstance.Kind.software, .hardware] as [KMSInstance.Kind?] + [nil] {
            #expect(try Self.status(RegionPreflight.imageVersion) { $0.instanceType = type } == .unknown)
        }
    }

    @Test func terraformFailsWhenTerraformCallsAndIsNeverPassedOnAbsence() throws {
        #expect(try Self.status(RegionPreflight.terraform) == .fail, "Terraform calls contracts-sign")
        #expect(try Self.status(RegionPreflight.terraform) { $0.keys.removeAll { $0.key.firstAlias == "alias/contracts-sign" } } == .unknown)
        #expect(try Self.status(RegionPreflight.terraform) { $0.coverage = nil; $0.keys = [] } == .unknown)
    }

    @Test func managementFreezeWarnsOfCallsAndIsUnknownWithoutTraces() throws {
        #expect(try Self.status(RegionPreflight.managementFreeze) == .warn, "ops-admin writes prod/orders/db")
        #expect(try Self.status(RegionPreflight.managementFreeze) { $0.runs = [] } == .pass)
        #expect(try Self.status(RegionPreflight.managementFreeze) { $0.coverage = nil } == .unknown)
    }

    @Test func internetAccessFailsForPublicCallersAndIsUnknownWhereTracesCannotShowCallers() throws {
        #expect(try Self.status(RegionPreflight.internetAccess) == .fail, "partner-gateway is called from public addresses")
        #expect(try Self.status(RegionPreflight.internetAccess) { $0.keys.removeAll { $0.key.firstAlias == "alias/partner-gateway" } } == .pass)
        #expect(try Self.status(RegionPreflight.internetAccess) { $0.keys = []; $0.coverage = nil } == .unknown)
    }

    /// The destination's own responses are read: an instance, its quotas, the list with its region, the default.
    @Test func theDestinationInventoryIsReadFromTheSDKsShapes() throws {
        let inventory = try InventoryReader.read(try InputFile.expand(["samples/destination-inventory"], relativeTo: Paths.packageRoot))
        let instance = try #require(inventory.instances["kst-hzz6412a7f5e4b3c8d1a"])
        #expect(instance.status == "Connected" && instance.chargeType == "PREPAY" && instance.endDate == "2027-06-02T16:00:00Z")
        #expect(instance.keyLimit == 1000 && instance.secretLimit == 100 && instance.productVersion == "3", "SecretNum is a string in the API")
        #expect(instance.quotas == ["key": KMSInstance.Quota(quota: 1000, used: 12), "secret": KMSInstance.Quota(quota: 100, used: 7)])
        #expect(instance.region == "cn-hangzhou" && instance.account == "1540355698845812")
        #expect(inventory.instances["kst-hzz62ee4e2bd5yh8c1a"]?.region == "cn-hangzhou", "listed only")
        #expect(inventory.defaultInstances == ["kst-shh63a1c9e2b7d4f0a5e"])
        #expect(inventory.responseCounts["GetKmsInstanceQuotaInfos"] == 4 && inventory.responseCounts["ListKmsInstances"] == 1)
    }
}

extension KeyReport {
    /// The same report of the key as if its DescribeKey response were missing.
    var withoutMetadata: KeyReport {
        var key = self.key
        key.metadata = nil
        return KeyReport(key: key, evaluation: RuleEvaluation(findings: findings, notEvaluated: notEvaluated), usage: usage)
    }
}
