import Foundation
import Testing
@testable import KMSReady
@testable import kmsready

/// Secrets: read from the inventory by shape, judged by the secret rules, linked to their keys, given
/// their use from the traces, planned call by call — and never a value in any output.
@Suite struct KMSSecretsTests {
    let root = Paths.packageRoot

    /// The samples' plan to KMS instances in `region`, with the samples' traces.
    func samplePlan(toRegion region: String, destination: Inventory? = nil, instance: String? = "kst-shh62ee4e2bd5yh0b2d",
                    key: String? = "key-shh6f3a2b1c0d9e8f7a6b") throws -> SecretPlan {
        let inventory = try InventoryReader.read(try InputFile.expand(["samples/inventory"], relativeTo: root))
        let usage = try Checker.readUsage(CheckRequest(inventory: [], traces: ["samples/traces"], base: root))
        return SecretPlan(inventory: inventory, destination: destination,
                          request: SecretPlan.Request(toRegion: region, destinationInstance: instance, encryptionKey: key), usage: usage)
    }

    func entry(_ plan: SecretPlan, _ name: String) -> SecretPlan.Entry {
        plan.entries.first { $0.secret.name == name }!
    }

    @Test func theSamplesHoldSixSecretsBesideTheKeys() throws {
        let report = try checkSamples()
        #expect(report.keys.count == 22)
        #expect(report.inventoryResponses["ListSecrets"] == 2 && report.inventoryResponses["DescribeSecret"] == 6
                && report.inventoryResponses["ListSecretVersionIds"] == 6)
        let verdicts = Dictionary(uniqueKeysWithValues: report.secrets.map { ($0.secret.reference, $0.verdict) })
        #expect(verdicts == [
            "prod/orders/db@cn-hangzhou": .blocked, "acs/ram/user/ci-deployer@cn-hangzhou": .blocked,
            "prod/billing/api-token@cn-hangzhou": .notRequired, "rds/reporting@cn-shanghai": .blocked,
            "cache/sessions@cn-shanghai": .blocked, "prod/payments/webhook@cn-shanghai": .blocked,
        ])
        let rules = Dictionary(uniqueKeysWithValues: report.secrets.map { ($0.secret.name, $0.findings.map(\.ruleId)) })
        #expect(rules["cache/sessions"] == ["undocumented-secret-outside-kms-instance", "undocumented-secret-type"])
        #expect(rules["acs/ram/user/ci-deployer"] == ["ram-secret-outside-kms-instance"])
        #expect(rules["rds/reporting"] == ["managed-secret-outside-kms-instance"])
    }

    /// Secrets by shape: a page that says more secrets exist than the pages list is a warning, a secret
    /// known only from ListSecrets is incomplete, and bad fields name their JSON path.
    @Test func secretResponsesAreReadByShapeWithTheirProblems() throws {
        let page = temporaryFile("list-secrets-page-1.json", #"{"SecretList": {"Secret": [{"SecretName": "a/b", "SecretType": "rds"}]}, "PageNumber": 1, "PageSize": 1, "TotalCount": 2}"#)
        let inventory = try InventoryReader.read([page])
        #expect(inventory.warnings.contains { $0.hasPrefix("ListSecrets reports 2 secrets in ") && $0.hasSuffix("list 1: some pages are missing") })
        let secret = try #require(inventory.secrets["a/b"])
        #expect(secret.type == "Rds" && secret.inKmsInstance == nil && secret.missingResponses == ["DescribeSecret", "ListSecretVersionIds"])
        let report = Checker.report(inventory: inventory, usage: nil, rules: try RuleSet.load())
        #expect(report.secrets.first?.verdict == .needsReview && report.secrets.first?.findings.map(\.ruleId) == ["secret-inventory-incomplete"])
        let bad = temporaryFile("versions.json", #"{"SecretName": "a/b", "VersionIds": {"VersionId": [{"CreateTime": "2024-01-01T00:00:00Z"}]}}"#)
        #expect { _ = try InventoryReader.read([bad]) } throws: { error in
            "\(error)".hasPrefix("versions.json: $.VersionIds.VersionId[0].VersionId: ")
        }
    }

    /// The key that encrypts a secret shows the secret, and the secret the key's alias and verdict.
    @Test func keysAndSecretsAreLinkedBothWays() throws {
        let report = try checkSamples()
        let key = report.keys.first { $0.key.id == "2adfdbb6-f02b-4cbf-a212-91a5907e47da" }!
        #expect(key.encryptedSecrets == ["acs/ram/user/ci-deployer@cn-hangzhou", "prod/orders/db@cn-hangzhou"])
        let secret = report.secrets.first { $0.secret.name == "prod/orders/db" }!
        #expect(secret.encryptionKey?.alias == "alias/orders-db" && secret.encryptionKey?.verdict == key.verdict)
        let json = ReportJSON.render(report)
        #expect(json.contains("\"encryptionKey\": {\n        \"keyId\": \"2adfdbb6-f02b-4cbf-a212-91a5907e47da\",\n        \"alias\": \"alias/orders-db\""))
    }

    /// Secret events name the secret by name or by ARN; the fold gives each secret its callers like a key.
    @Test func secretEventsGiveEachSecretItsUse() throws {
        let report = try checkSamples()
        let orders = report.secrets.first { $0.secret.name == "prod/orders/db" }!.usage!
        #expect(orders.calls == 5 && Set(orders.groups.keys.map(\.operation)) == ["GetSecretValue", "PutSecretValue"])
        #expect(Set(orders.groups.keys.map(\.principal)) == ["assumed-role:orders-role", "ram-user:ops-admin"])
        #expect(orders.lastSeen.map(Timestamp.format) == "2026-03-08T01:40:31Z")
        let byArn = report.secrets.first { $0.secret.name == "acs/ram/user/ci-deployer" }!.usage!
        #expect(byArn.calls == 1 && byArn.groups.keys.first?.language == "python")
        #expect(report.secrets.first { $0.secret.name == "rds/reporting" }!.usage?.calls == 0)
        #expect(try checkSamples(traces: false).secrets.allSatisfy { $0.usage == nil && $0.usageNotEvaluatedReason == KeyReport.noTraces })
        // Traces of cn-hangzhou only: the secrets of cn-shanghai are not evaluated, and say why.
        let hangzhou = try Checker.run(CheckRequest(inventory: ["samples/inventory"], traces: ["samples/traces/lookup-events-cn-hangzhou-page-1.json",
                                                                                            "samples/traces/lookup-events-cn-hangzhou-page-2.json"], base: root))
        for secret in hangzhou.secrets {
            if secret.secret.region == "cn-shanghai" {
                #expect(secret.usage == nil && secret.usageNotEvaluatedReason?.contains("in cn-shanghai") == true)
            } else {
                #expect(secret.usage != nil && secret.usageNotEvaluatedReason == nil)
            }
        }
    }

    /// A GetSecretValue response holds a value: refused, exit 2, the file and `$.SecretData` named, the value not echoed.
    @Test func aGetSecretValueResponseIsRefused() throws {
        let dir = temporaryDirectory()
        try FileManager.default.copyItem(atPath: root + "/samples/inventory/cn-hangzhou", toPath: dir + "/cn-hangzhou")
        let value = #"{"SecretName":"prod/orders/db","SecretType":"Generic","VersionId":"v3","SecretData":"PLANTED-value-in-inventory","SecretDataType":"text","VersionStages":{"VersionStage":["ACSCurrent"]}}"#
        try value.write(toFile: dir + "/cn-hangzhou/get-secret-value.json", atomically: true, encoding: .utf8)
        #expect {
            _ = try Checker.run(CheckRequest(inventory: [dir]))
        } throws: { error in
            let text = "\(error)"
            return text.contains("get-secret-value.json: $.SecretData: a GetSecretValue response") && !text.contains("PLANTED")
        }
        #expect(runCommandLine(["check", "--inventory", dir, "--format", "json", "--output", dir + "/report.json"]) == 2)
        #expect(runCommandLine(["secrets", "plan", "--inventory", dir, "--to-region", "cn-shanghai", "--output", dir + "/plan.md"]) == 2)
        #expect(!FileManager.default.fileExists(atPath: dir + "/report.json") && !FileManager.default.fileExists(atPath: dir + "/plan.md"))
    }

    /// No value reaches any output: the sample traces carry values in GetSecretValue responses and
    /// PutSecretValue requests (all marked PLANTED); every report format, the plans, the tickets and the
    /// usage summary are searched for them.
    @Test func noSecretValueReachesAnyOutput() throws {
        let traces = try String(contentsOfFile: root + "/samples/traces/lookup-events-cn-hangzhou-page-2.json", encoding: .utf8)
        #expect(traces.components(separatedBy: "PLANTED").count - 1 == 7, "the samples plant values in requests and responses")
        let report = try checkSamples()
        var outputs = ReportFormat.allCases.map { $0.render(report) }
        outputs.append(SecretPlanJSON.render(try samplePlan(toRegion: "cn-shanghai")))
        outputs.append(SecretPlanMarkdown.render(try samplePlan(toRegion: "cn-hangzhou")))
        let tickets = try sampleTickets()
        outputs += TicketFormat.allCases.map { $0.render(tickets, template: try! TicketTemplate.load(nil, escaping: $0.escaping)) }
        outputs.append(UsageSummaryJSON.render(try Checker.readUsage(CheckRequest(inventory: [], traces: ["samples/traces"], base: root))!))
        for output in outputs {
            #expect(!output.contains("PLANTED") && !output.contains("LTAI5tPLANTED"))
        }
    }

    /// A generic secret is re-created in the documented order: read the source, CreateSecret with the
    /// earliest version (the listing is not sorted), PutSecretValue for the later ones in creation order,
    /// stages put back, both regions compared, the source deleted last with its last access.
    @Test func aGenericSecretIsReCreatedInTheDocumentedOrder() throws {
        let plan = try samplePlan(toRegion: "cn-shanghai")
        let orders = entry(plan, "prod/orders/db")
        #expect(orders.path == .reCreate)
        #expect(orders.steps.map(\.api) == ["DescribeSecret", "ListSecretVersionIds", "GetSecretValue", "GetSecretValue", "GetSecretValue",
                                           "CreateSecret", "PutSecretValue", "PutSecretValue", "UpdateSecretVersionStage",
                                           "DescribeSecret", "DescribeSecret", "ListSecretVersionIds", "DeleteSecret"])
        #expect(orders.steps.map(\.region) == Array(repeating: "cn-hangzhou", count: 5) + Array(repeating: "cn-shanghai", count: 4)
                + ["cn-hangzhou", "cn-shanghai", "cn-shanghai", "cn-hangzhou"])
        func parameter(_ step: SecretStep, _ name: String) -> String? { step.parameters.first { $0.name == name }?.value }
        let create = orders.steps[5]
        #expect(parameter(create, "VersionId") == "v1" && parameter(create, "SecretData") == "<SecretData of version v1 from GetSecretValue>")
        #expect(parameter(create, "EncryptionKeyId") == "key-shh6f3a2b1c0d9e8f7a6b" && parameter(create, "DKMSInstanceId") == "kst-shh62ee4e2bd5yh0b2d")
        #expect(parameter(create, "Tags") == #"[{"Key":"env","Value":"prod"},{"Key":"team","Value":"orders"}]"#)
        #expect(orders.steps[6...7].map { parameter($0, "VersionId") } == ["v2", "v3"])
        #expect(orders.steps[8].parameters.map(\.value) == ["prod/orders/db", "001", "v1"])
        #expect(orders.steps.last!.note!.contains("2026-03-08T01:40:31Z"))
        #expect(orders.versionsDescription == "v1 001, v2 ACSPrevious, v3 ACSCurrent")
    }

    @Test func everyTypeGetsItsPath() throws {
        let plan = try samplePlan(toRegion: "cn-shanghai")
        let paths = Dictionary(uniqueKeysWithValues: plan.entries.map { ($0.secret.name, $0.path) })
        #expect(paths == ["prod/orders/db": .reCreate, "acs/ram/user/ci-deployer": .deleteAndRecreate, "prod/billing/api-token": .backupRestore,
                          "rds/reporting": .none, "cache/sessions": .needsReview, "prod/payments/webhook": .reCreate])
        #expect(try samplePlan(toRegion: "cn-hangzhou").entries.first { $0.secret.name == "prod/billing/api-token" }?.path == SecretPath.none)
        let ram = entry(plan, "acs/ram/user/ci-deployer")
        #expect(ram.steps.map(\.api) == ["DescribeSecret", "DeleteSecret", "CreateSecret", "DescribeSecret"])
        #expect(ram.steps[2].parameters.first { $0.name == "SecretData" }?.value == "<AccessKeyId and AccessKeySecret of RAM user ci-deployer, from the RAM console>")
    }

    @Test func preflightChecksSayWhatStandsInTheWay() throws {
        func statuses(_ entry: SecretPlan.Entry) -> [String: PreflightCheck.Status] {
            Dictionary(uniqueKeysWithValues: entry.preflight.map { ($0.check, $0.status) })
        }
        let plan = try samplePlan(toRegion: "cn-shanghai")
        #expect(statuses(entry(plan, "prod/orders/db")) == ["name-exists": .unknown, "no-destination-key": .pass, "pending-version": .pass,
                                                            "rotation-enabled": .pass, "recent-writes": .warn, "planned-deletion": .pass])
        #expect(statuses(entry(plan, "prod/payments/webhook"))["pending-version"] == .fail)
        #expect(statuses(entry(plan, "prod/payments/webhook"))["name-exists"] == .fail, "the source holds the name in its own region")
        #expect(statuses(entry(plan, "acs/ram/user/ci-deployer"))["rotation-enabled"] == .warn)
        #expect(!plan.failedPreflight.isEmpty)
        // A destination inventory holding the name; no key or instance given.
        var destination = Inventory()
        var taken = Secret(name: "prod/orders/db")
        taken.metadata = SecretMetadata(secretName: "prod/orders/db")
        taken.metadata?.arn = "acs:kms:cn-shanghai:1540355698845812:secret/prod/orders/db"
        destination.secrets[taken.reference] = taken
        let bare = try samplePlan(toRegion: "cn-shanghai", destination: destination, instance: nil, key: nil)
        #expect(statuses(entry(bare, "prod/orders/db"))["name-exists"] == .fail)
        #expect(statuses(entry(bare, "prod/orders/db"))["no-destination-key"] == .fail)
        #expect(statuses(entry(bare, "rds/reporting")).isEmpty, "nothing is moved through the API")
    }

    @Test func planningNeedsAnInventoryWithSecrets() {
        #expect(runCommandLine(["secrets", "plan", "--inventory", root + "/samples/inventory"]) == 2, "needs --to-region")
        #expect(runCommandLine(["secrets", "plan", "--to-region", "cn-shanghai"]) == 2, "needs --inventory")
        #expect(runCommandLine(["secrets", "explode"]) == 2)
        let keysOnly = temporaryDirectory()
        try? FileManager.default.copyItem(atPath: root + "/samples/inventory/cn-beijing", toPath: keysOnly + "/cn-beijing")
        #expect(runCommandLine(["secrets", "plan", "--inventory", keysOnly, "--to-region", "cn-shanghai", "--quiet"]) == 2)
    }

    /// The support request of a region names its secrets outside a KMS instance (seed 001); a region
    /// without a ticket gets a plan step of its own, so no secret is left out.
    @Test func ticketsNameTheSecretsOutsideKmsInstances() throws {
        let tickets = try sampleTickets()
        let named = tickets.tickets.flatMap { ticket in ticket.secrets.map { "\($0.name)@\(ticket.region)" } }
        #expect(named == ["acs/ram/user/ci-deployer@cn-hangzhou", "prod/orders/db@cn-hangzhou",
                          "cache/sessions@cn-shanghai", "prod/payments/webhook@cn-shanghai", "rds/reporting@cn-shanghai"])
        let text = TicketFormat.text.render(tickets, template: .builtIn(escaping: .none))
        #expect(text.contains("- prod/orders/db (Generic), encrypted by alias/orders-db; last access 2026-03-08T01:40:31Z"))
        #expect(!text.contains("prod/billing/api-token"), "a secret in a KMS instance needs no request")
        #expect(TicketJSON.render(tickets, template: .builtIn(escaping: .none)).contains("\"secretsWithoutTicket\": []"))

        let onlyBeijing = try DestinationMapFile.parse(#"{"destinations": [{"region": "cn-beijing", "instance": "kst-bjj7e2d9c4a1f6b3e8d5c"}]}"#, source: "test")
        let partial = try sampleTickets(traces: false, destinations: onlyBeijing)
        #expect(Set(partial.secretsWithoutTicket.map(\.name)) == Set(named.map { String($0.split(separator: "@")[0]) })
                .subtracting(partial.tickets.flatMap { $0.secrets.map(\.name) }))
        let plan = MigrationPlan(partial, template: .builtIn(escaping: .none))
        let secretSteps = plan.steps.filter { $0.ticket.hasPrefix("secrets-") }
        #expect(secretSteps.count == Set(partial.secretsWithoutTicket.compactMap(\.region)).count && !secretSteps.isEmpty)
    }

    /// `samples/export-inventory.sh` against a stand-in `aliyun` that answers from the samples: the
    /// folder it writes reads back to the same secrets and versions (names with slashes included).
    @Test func theExportScriptWritesSecretsBesideKeys() throws {
        let dir = try exportWithStandIn([])
        let samples = root + "/samples/inventory/cn-hangzhou"
        let exported = try InventoryReader.read(try InputFile.expand([dir + "/out"]))
        let original = try InventoryReader.read(try InputFile.expand([samples]))
        #expect(exported.secrets.keys.sorted() == original.secrets.keys.sorted() && exported.secrets.count == 3)
        func versions(_ inventory: Inventory) -> [String: Int] { inventory.secrets.mapValues { $0.versionCount ?? 0 } }
        #expect(versions(exported) == versions(original))
        #expect(!exported.keys.isEmpty && exported.instances.isEmpty)
    }

    /// With `--instances` the script adds every KMS instance of the region, its quotas and the default instance.
    @Test func theExportScriptWritesTheInstancesWithInstances() throws {
        let exported = try InventoryReader.read(try InputFile.expand([try exportWithStandIn(["--instances"]) + "/out"]))
        #expect(exported.instances.keys.sorted() == ["kst-hzz62ee4e2bd5yh8c1a", "kst-hzz6412a7f5e4b3c8d1a"])
        #expect(exported.instances["kst-hzz6412a7f5e4b3c8d1a"]?.quotas["secret"] == KMSInstance.Quota(quota: 100, used: 7))
        #expect(exported.defaultInstances == ["kst-hzz6412a7f5e4b3c8d1a"] && exported.responseCounts["GetKmsInstanceQuotaInfos"] == 4)
    }

    /// Runs the export script for cn-hangzhou with `options`, against a stand-in `aliyun` that answers from
    /// the samples (and the destination inventory's instance responses); returns the folder holding `out`.
    private func exportWithStandIn(_ options: [String]) throws -> String {
        let dir = temporaryDirectory()
        let samples = root + "/samples/inventory/cn-hangzhou", instances = root + "/samples/destination-inventory/cn-hangzhou"
        let fake = """
        #!/usr/bin/env bash
        # aliyun kms <Api> --RegionId R [--KeyId K | --SecretName N | --KmsInstanceId I] ...: the sample response of that call.
        api=$2; shift 2; key=; name=; page=1; kst=; type=
        while [ $# -gt 0 ]; do
          case $1 in --KeyId) key=$2;; --SecretName) name=$2;; --PageNumber) page=$2;; --KmsInstanceId) kst=$2;; --ResourceType) type=$2;; esac; shift
        done
        safe=${name//\\//-}
        case $api in
          ListKeys) cat "\(samples)/list-keys-page-$page.json";;
          DescribeKey) cat "\(samples)/describe-key-$key.json";;
          ListKeyVersions) cat "\(samples)/list-key-versions-$key.json";;
          ListAliasesByKeyId) cat "\(samples)/list-aliases-by-key-id-$key.json";;
          ListResourceTags) cat "\(samples)/list-resource-tags-$key.json";;
          ListSecrets) cat "\(samples)/list-secrets-page-$page.json";;
          DescribeSecret) cat "\(samples)/describe-secret-$safe.json";;
          ListSecretVersionIds) cat "\(samples)/list-secret-version-ids-$safe.json";;
          ListKmsInstances) cat "\(instances)/list-kms-instances-page-$page.json";;
          GetKmsInstance) cat "\(instances)/get-kms-instance-$kst.json" 2>/dev/null || echo '{"KmsInstance": {"InstanceId": "'$kst'", "Status": "Connected"}}';;
          GetKmsInstanceQuotaInfos) cat "\(instances)/get-kms-instance-quota-infos-$kst-$type.json" 2>/dev/null \\
            || echo '{"KmsInstanceId": "'$kst'", "KmsInstanceQuotaInfos": [{"ResourceType": "'$type'", "ResourceQuota": 1000, "UsedQuantity": 1}]}';;
          GetDefaultKmsInstance) echo '{"DefaultKmsInstanceId": "kst-hzz6412a7f5e4b3c8d1a", "RequestId": "r"}';;
          *) echo "unexpected call $api" >&2; exit 1;;
        esac
        """
        try FileManager.default.createDirectory(atPath: dir + "/bin", withIntermediateDirectories: true)
        try fake.write(toFile: dir + "/bin/aliyun", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir + "/bin/aliyun")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", root + "/samples/export-inventory.sh"] + options + [dir + "/out", "cn-hangzhou"]
        process.environment = ["PATH": dir + "/bin:/usr/bin:/bin"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return dir
    }

    /// A destination inventory of ListSecrets pages names no region: its secrets are taken to be in
    /// --to-region, so a name listed there fails, never passes.
    @Test func aDestinationSecretWithoutRegionIsTakenToBeInTheDestination() throws {
        let dir = temporaryDirectory()
        try #"{"SecretList": {"Secret": [{"SecretName": "prod/orders/db", "SecretType": "Generic"}]}, "PageNumber": 1, "PageSize": 50, "TotalCount": 1}"#
            .write(toFile: dir + "/list-secrets-page-1.json", atomically: true, encoding: .utf8)
        let destination = try InventoryReader.read(try InputFile.expand([dir]))
        #expect(destination.secrets["prod/orders/db"]?.region == nil)
        let plan = try samplePlan(toRegion: "cn-shanghai", destination: destination)
        #expect(entry(plan, "prod/orders/db").preflight.first { $0.check == "name-exists" }?.status == .fail)
        #expect(entry(plan, "prod/payments/webhook").preflight.first { $0.check == "name-exists" }?.status != .pass,
                "cn-shanghai's own secret holds the name there")
    }

    /// Every check of the secrets plan, driven with its input removed, says unknown (or fails), never passes.
    @Test func noPreflightCheckPassesWithoutItsData() throws {
        let inventory = try InventoryReader.read(try InputFile.expand(["samples/inventory"], relativeTo: root))
        var secret = try #require(inventory.secrets["prod/orders/db@cn-hangzhou"])
        func status(_ check: String, _ change: (inout Secret) -> Void = { _ in }, destination: Inventory? = nil, usage: KeyUsage? = nil,
                    key: Bool = true) -> PreflightCheck.Status? {
            var changed = secret
            change(&changed)
            return SecretPreflight.checks(for: changed, toRegion: "cn-shanghai", destination: destination, hasDestinationKey: key,
                                          usage: usage, deletesSourceFirst: false).first { $0.check == check }?.status
        }
        #expect(status("name-exists") == .unknown, "no destination inventory")
        #expect(status("no-destination-key", key: false) == .fail)
        #expect(status("pending-version") { $0.versions = [:]; $0.reportedVersionCount = nil } == .unknown, "no ListSecretVersionIds")
        #expect(status("recent-writes") == .unknown, "no traces")
        #expect(status("recent-writes", usage: KeyUsage()) == .pass && status("name-exists", destination: Inventory()) == .pass)
        secret.metadata = nil
        for check in ["name-clash", "key-first", "rotation-enabled"] {
            let found = SecretPreflight.migrationToolChecks(for: secret, destination: nil, keyInInventory: false, usage: nil).first { $0.check == check }
            #expect(found?.status == .unknown, "\(check) without DescribeSecret")
        }
    }

    @Test func samplePlansMatchTheirGoldenFiles() throws {
        let markdown = SecretPlanMarkdown.render(try samplePlan(toRegion: "cn-shanghai"))
        try expectGolden(markdown, "Tests/KMSReadyTests/Fixtures/golden/secrets-plan.md")
        try expectGolden(SecretPlanJSON.render(try samplePlan(toRegion: "cn-shanghai")), "Tests/KMSReadyTests/Fixtures/golden/secrets-plan.json")
    }
}

extension SecretPlan.Entry {
    /// `v1 001, v2 ACSPrevious, …`: the versions in creation order with their stages.
    var versionsDescription: String {
        secret.versionsInCreationOrder.map { "\($0.versionId) \($0.stages.joined(separator: "+"))" }.joined(separator: ", ")
    }
}
