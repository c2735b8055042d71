import Foundation
import Testing
@testable import KMSReady

/// Alibaba Cloud's own published records (`Fixtures/real-records/`, copied verbatim from
/// `../shared/reference/real-records/`; `SOURCES.md` says where each came from): file by file and
/// record by record, what kmsready makes of each.
@Suite struct RealRecordsTests {
    static let root = Paths.fixtures + "/real-records"
    static let classifier = CallClassifier(rules: try! ClassifierRules.builtIn(), network: NetworkClassifier())

    /// The fixtures stay byte-identical to the reference copies, where those are on this machine.
    @Test func theFixturesAreTheReferenceRecordsVerbatim() throws {
        let reference = Paths.packageRoot + "/../shared/reference/real-records"
        guard FileManager.default.fileExists(atPath: reference) else { return }
        let files = try InputFile.expand([reference]).map { String($0.path.dropFirst(reference.count)) }.sorted()
        #expect(files == (try InputFile.expand([Self.root]).map { String($0.path.dropFirst(Self.root.count)) }.sorted()))
        for file in files {
            #expect(FileManager.default.contentsEqual(atPath: reference + file, andPath: Self.root + file), "\(file) differs from the reference")
        }
    }

    // MARK: Traces

    /// What one record is to kmsready: its outcome, and for a KMS call what the fold counts.
    struct Call: Equatable, CustomStringConvertible {
        var operation: String, region: String?, keys: [String], principal: String, callerKind: CallerKind, language: String, network: NetworkOrigin
        var description: String { "\(operation) \(region ?? "-") \(keys) \(principal) \(callerKind) \(language) \(network)" }
    }

    enum Record: Equatable {
        case kms(Call)
        case otherService
        case malformed(String)
    }

    /// The records of a trace file as kmsready reads them (structure by `TraceFileReader`, each record
    /// by the reference decoder), with every KMS call classified.
    static func records(_ text: String) throws -> [Record] {
        let dir = temporaryDirectory(), path = dir + "/trace.json"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var records: [Record] = []
        var classifier = Self.classifier
        try TraceFileReader.read(InputFile(path: path, displayName: "trace.json")) { bytes in
            guard let value = try? JSONParser.parse(Array(bytes.bytes)) else {
                records.append(.malformed("malformed JSON"))
                return
            }
            for outcome in TraceRecordDecoder.outcomes(of: value) {
                switch outcome {
                case .otherService: records.append(.otherService)
                case .malformed(let reason): records.append(.malformed(reason))
                case .event(let event):
                    let result = classifier.classify(event)
                    records.append(.kms(Call(operation: event.eventName, region: event.region, keys: event.keys.map(\.text),
                                             principal: event.groupPrincipal, callerKind: result.callerKind, language: result.language,
                                             network: result.network)))
                }
            }
        }
        return records
    }

    static func text(_ file: String) throws -> String { try String(contentsOfFile: root + "/traces/" + file, encoding: .utf8) }

    /// The record made a KMS call: the same event as KMS would log it, `serviceName` Kms and the KMS
    /// endpoint of the event's own region in `eventSource`; everything else as published. What its
    /// identity, agent and address make of the caller.
    static func asKMSCall(_ text: String, endpoint: String = "kms") -> String {
        var text = text
        for service in ["Actiontrail", "AasCustomer", "Ecs", "ResourceManager"] {
            text = text.replacingOccurrences(of: "\"serviceName\": \"\(service)\"", with: "\"serviceName\": \"Kms\"")
        }
        for source in ["actiontrail.cn-hangzhou.aliyuncs.com", "ecs.aliyuncs.com\",\n  \"sourceIpAddress\": \"11", "resourcemanager-share.aliyuncs.com\",\n\"sourceIp",
                       "http://account.aliyun.com/login/login_aliyun.htm"] {
            let replaced = source.replacingOccurrences(of: source.prefix { $0 != "\"" }, with: "\(endpoint).cn-hangzhou.aliyuncs.com")
            text = text.replacingOccurrences(of: "\"eventSource\": \"\(source)", with: "\"eventSource\": \"\(replaced)")
        }
        return text
    }

    /// The published JSON with its masked numbers (`175498693826****`, not JSON) written as digits.
    static func unmasked(_ text: String) -> String {
        text.replacingOccurrences(of: "\"stsTokenPlayerUid\": 175498693826****", with: "\"stsTokenPlayerUid\": 1754986938260000")
            .replacingOccurrences(of: "\"stsTokenPlayerUid\": 165266556947****", with: "\"stsTokenPlayerUid\": 1652665569470000")
    }

    @Test func theConsolesDescribeKeyIsAConsoleCallOnTheIntranetEndpoint() throws {
        let text = try Self.text("kms-describekey-root-console-doc86812.json")
        let call = Call(operation: "DescribeKey", region: "cn-hangzhou", keys: ["3a6a031d-87ad-4a84-9c17-aa22e0b0****"],
                        principal: "root-account:506899367883****", callerKind: .console, language: "unknown", network: .internal)
        #expect(try Self.records(text) == [.kms(call)], "AliyunConsole is the console's agent; Internal is an internal call")
        // Without acsRegion, the region is read from the kms-intranet endpoint.
        let withoutRegion = text.replacingOccurrences(of: "  \"acsRegion\": \"cn-hangzhou\",\n", with: "")
        #expect(try withoutRegion != text && Self.records(withoutRegion) == [.kms(call)])
    }

    @Test func aCrossAccountRoleNamesBothAccounts() throws {
        let text = try Self.text("actiontrail-lookupevents-assumed-role-java-doc.json")
        #expect(try Self.records(text) == [.malformed("malformed JSON")], "as published: a masked number is not JSON")
        #expect(try Self.records(Self.unmasked(text)) == [.otherService], "an ActionTrail call")
        let call = Call(operation: "LookupEvents", region: "cn-hangzhou", keys: [],
                        principal: "assumed-role:custom-role-for-actiontrail (account 159498693826****, from account 1754986938260000)",
                        callerKind: .application, language: "java", network: .unknown)
        #expect(try Self.records(Self.asKMSCall(Self.unmasked(text))) == [.kms(call)])
    }

    @Test func theOldCLIIsAToolAndOldEventsTakeTheirRegionFromTheEndpoint() throws {
        let text = try Self.text("actiontrail-updatetrail-ram-user-aliyuncli-doc28826.json")
        #expect(try Self.records(text) == [.otherService])
        #expect(!text.contains("acsRegion") && text.contains("\"eventVersion\": \"1\""))
        let call = Call(operation: "UpdateTrail", region: "cn-hangzhou", keys: [], principal: "ram-user:Alice", callerKind: .tool,
                        language: "unknown", network: .public)
        #expect(try Self.records(Self.asKMSCall(text)) == [.kms(call)], "aliyuncli/2.0.6 is the old CLI")
        #expect(try Self.records(Self.asKMSCall(text, endpoint: "kms-intranet")) == [.kms(call)])
    }

    @Test func aConsoleUpdateTrailByARAMUserIsAConsoleCall() throws {
        let text = try Self.text("actiontrail-updatetrail-ram-user-console-doc28826.json")
        #expect(try Self.records(text) == [.otherService])
        #expect(try Self.records(Self.asKMSCall(text)) == [.kms(Call(operation: "UpdateTrail", region: "cn-hangzhou", keys: [], principal: "ram-user:Bob",
                                                                   callerKind: .console, language: "unknown", network: .public))])
    }

    @Test func aConsoleSignInIsAnotherServicesEvent() throws {
        let text = try Self.text("consolesignin-root-doc.json")
        #expect(try Self.records(text) == [.otherService])
        #expect(try Self.records(Self.asKMSCall(text)) == [.kms(Call(operation: "ConsoleSignin", region: "cn-hangzhou", keys: [],
                                                                   principal: "root-account:151266687691****", callerKind: .console,
                                                                   language: "unknown", network: .unknown))])
    }

    @Test func aServiceRoleUsedFromAnotherAccountIsACloudServiceNamingBothAccounts() throws {
        let text = try Self.text("ecs-createnetworkinterface-service-role-docref.json")
        #expect(try Self.records(text) == [.malformed("malformed JSON")], "as published: a masked number is not JSON")
        #expect(try Self.records(Self.unmasked(text)) == [.otherService])
        let call = Call(operation: "CreateNetworkInterface", region: "cn-hangzhou", keys: [],
                        principal: "assumed-role:aliyunstreamdefaultrole (account 116214825062****, from account 1652665569470000)",
                        callerKind: .cloudService, language: "unknown", network: .unknown)
        #expect(try Self.records(Self.asKMSCall(Self.unmasked(text))) == [.kms(call)])
    }

    @Test func theSystemIdentityOfAServiceIsACloudService() throws {
        let text = try Self.text("ecs-deletedisk-system-eventbridge-doc.json")
        #expect(try Self.records(text) == [.otherService])
        let asKMS = text.replacingOccurrences(of: "\"serviceName\": \"Ecs\"", with: "\"serviceName\": \"Kms\"")
        #expect(try Self.records(asKMS) == [.kms(Call(operation: "DeleteDisk", region: "cn-hangzhou", keys: [], principal: "system:ecs.aliyuncs.com",
                                                      callerKind: .cloudService, language: "unknown", network: .service))])
    }

    @Test func aRootCallWithoutAnAgentIsAnApplication() throws {
        let text = try Self.text("resourcemanager-createresourcegroup-root-doc.json")
        #expect(try Self.records(text) == [.otherService])
        #expect(try Self.records(Self.asKMSCall(text)) == [.kms(Call(operation: "CreateResourceGroup", region: "cn-hangzhou", keys: [],
                                                                   principal: "root-account:123456789012****", callerKind: .application,
                                                                   language: "unknown", network: .unknown))])
    }

    @Test func lookupEventsPagesAndLookAlikes() throws {
        #expect(try Self.records(Self.text("lookupevents-empty-doc2019.json")).isEmpty, "an empty page: no record, no error")
        #expect(try Self.records(Self.text("lookupevents-openapi-meta-demo.json")) == [.malformed("no eventName")], "a placeholder event")
        #expect(try Self.records(Self.text("getaccesskeylastusedevents-openapi-meta-demo.json")) == [.malformed("no eventName")],
                "GetAccessKeyLastUsedEvents holds events as text in Detail: a look-alike, not a delivery")
    }

    /// A LookupEvents page as the Tea SDKs print it (`to_map()`, shape in SOURCES.md), holding the console's
    /// real DescribeKey: its events are read from `body`; a wrapper whose body holds no Events says so.
    @Test func aLookupEventsPageAsTheSDKsPrintItIsReadUnderBody() throws {
        let event = try Self.text("kms-describekey-root-console-doc86812.json")
        let page = """
        {
          "headers": {"content-type": "application/json;charset=utf-8", "x-acs-request-id": "9B4E8A51-0C2D-4F3E-8A7B-6C5D4E3F2A10"},
          "statusCode": 200,
          "body": {"RequestId": "9B4E8A51-0C2D-4F3E-8A7B-6C5D4E3F2A10", "Events": [\(event)], "NextToken": "", "StartTime": "2021-08-05T00:00:00Z"}
        }
        """
        let records = try Self.records(page)
        #expect(records.count == 1)
        guard case .kms(let call)? = records.first else { Issue.record("expected the DescribeKey, got \(records)"); return }
        #expect(call.operation == "DescribeKey" && call.callerKind == .console)
        let refused = #"{"headers": {}, "statusCode": 403, "body": {"Code": "Forbidden.RAM", "Message": "User not authorized"}}"#
        #expect(try Self.records(refused) == [.malformed("a LookupEvents response as an SDK prints it (statusCode 403) whose body holds no Events")])
        // The fold reads it the same way, on every path.
        let dir = temporaryDirectory()
        try (page + "\n").write(toFile: dir + "/page.json", atomically: true, encoding: .utf8)
        try (refused + "\n").write(toFile: dir + "/refused.jsonl", atomically: true, encoding: .utf8)
        let usage = try TraceReader.summarize(try InputFile.expand([dir]), classifier: Self.classifier, jobs: 2)
        #expect(usage.counters.kmsEvents == 1 && usage.counters.malformedRecords == 1)
    }

    /// Every trace file, through the fold as `check` reads it: the counts agree with the records above.
    @Test func everyTraceFileFoldsAsItsRecordsSay() throws {
        let files = try InputFile.expand([Self.root + "/traces"])
        let usage = try TraceReader.summarize(files, classifier: Self.classifier, jobs: 1)
        #expect(files.count == 11 && usage.counters.files == 11)
        #expect(usage.counters.kmsEvents == 1 && usage.counters.otherServiceEvents == 5 && usage.counters.malformedRecords == 4)
        let key = try #require(usage.keys[.id("3a6a031d-87ad-4a84-9c17-aa22e0b0****")])
        #expect(key.groups.keys.map(\.principal) == ["root-account:506899367883****"] && key.groups.keys.first?.callerKind == .console)
    }

    // MARK: Inventory

    static func inventory(_ relative: [String]) throws -> Inventory {
        try InventoryReader.read(try InputFile.expand(relative.map { root + "/inventory/" + $0 }))
    }

    @Test func theDocs2019ResponsesJoinIntoTheirKeys() throws {
        let folder = try Self.inventory(["docs-2019-assembled"])
        #expect(folder.responseCounts == ["DescribeKey": 1, "DescribeKeyVersion": 1, "ListAliases": 1, "ListKeyVersions": 1, "ListKeys": 1])
        let described = try #require(folder.keys["08c33a6f-4e0a-4a1b-a3fa-7ddf****"])
        #expect(described.region == "cn-hangzhou" && described.account == "123456" && described.metadata?.protectionLevel == "HSM")
        #expect(described.missingResponses == ["ListKeyVersions"])
        let listed = try #require(folder.keys["08c33a6f-4e0a-4a1b-a3fa-7ddfa1d4****"])
        #expect(listed.aliases == ["alias/ExampleAlias1"] && listed.region == "cn-hangzhou", "the region from the alias's ARN")
        let rotated = try #require(folder.keys["0b30658a-ed1a-4922-b8f7-a673ca9c440b"])
        #expect(rotated.versionCount == 3 && rotated.region == nil, "ListKeys of 2019 gives no ARN")
        #expect(folder.keys.count == 5 && folder.warnings.isEmpty)
        let verdicts = Checker.report(inventory: folder, usage: nil, rules: try RuleSet.load()).keys.map { "\($0.key.id) \($0.verdict.rawValue)" }
        #expect(verdicts == ["08c33a6f-4e0a-4a1b-a3fa-7ddf**** needs-review", "08c33a6f-4e0a-4a1b-a3fa-7ddfa1d4**** needs-review",
                             "0b30658a-ed1a-4922-b8f7-a673ca9c440b blocked", "0e478b7a-4262-4802-b8cb-00d3fb40**** needs-review",
                             "1abf9b4e-d3dd-4d4b-b9b2-2829043a**** needs-review"])
    }

    @Test func theDocs2021ResponsesJoinAndTheirDisagreementIsSaid() throws {
        let folder = try Self.inventory(["docs-2021"])
        let key = try #require(folder.keys["05754286-3ba2-4fa6-8d41-4323aca6****"])
        #expect(key.metadata?.keySpec == "Aliyun_AES_256" && key.metadata?.deletionProtection == "Enabled" && key.metadata?.deleteDate == nil)
        let secret = try #require(folder.secrets["secret001@cn-hangzhou"])
        #expect(secret.type == "Rds" && secret.inKmsInstance == false && secret.metadata?.encryptionKeyId == nil)
        #expect(secret.conflicts == ["ListSecrets and DescribeSecret (\(Self.root)/inventory/docs-2021/DescribeSecret.json) disagree on SecretType (Generic, Rds)"])
        #expect(folder.secrets["cache_client"]?.missingResponses == ["DescribeSecret", "ListSecretVersionIds"])
        #expect(folder.warnings.contains { $0.hasPrefix("ListSecrets reports 55 secrets") })
        let report = Checker.report(inventory: folder, usage: nil, rules: try RuleSet.load())
        #expect(report.secrets.first { $0.secret.name == "secret001" }?.findings.map(\.ruleId).contains("secret-inventory-conflict") == true)
    }

    @Test func theOpenAPIExamplesJoinAndTheirFlawsAreSaid() throws {
        let folder = try Self.inventory(["openapi-meta"])
        let instanceKey = try #require(folder.keys["key-hzz630494463ejqjx****"])
        #expect(instanceKey.metadata?.dkmsInstanceId == "kst-bjj62d8f5e0sgtx8h****" && instanceKey.versionCount == 3)
        #expect(instanceKey.describedVersionIds == ["2ab1a983-7072-4bbc-a582-584b5bd8****"])
        #expect(folder.warnings.contains("ListKeyVersions reports 3 versions of key key-hzz630494463ejqjx**** but the pages given list 1: some pages are missing"))
        let listed = try #require(folder.keys["08c33a6f-4e0a-4a1b-a3fa-7ddfa1d4****"])
        #expect(listed.conflicts.count == 1 && listed.conflicts[0].contains("a KeyArn that names key 80e9409f-78fa-42ab-84bd-83f40c81****"))
        let secret = try #require(folder.secrets["secret001@cn-hangzhou"])
        #expect(secret.versions["v1"]?.stages == ["ACSCurrent", "uStage1"], "VersionStage held as JSON text is read as its list")
        #expect(secret.kmsInstanceId == "kst-bjj62d8f5e0sgtx8h****" && secret.metadata?.tags == [SecretTag(key: "key1", value: "val1")])
        let verdicts = Checker.report(inventory: folder, usage: nil, rules: try RuleSet.load())
        #expect(verdicts.keys.map { "\($0.key.id) \($0.verdict.rawValue)" } == ["08c33a6f-4e0a-4a1b-a3fa-7ddfa1d4**** needs-review",
                                                                              "key-hzz630494463ejqjx**** not-required"])
    }

    /// DescribeKeyVersion names one version; it is not a version list: without ListKeyVersions the count is unknown.
    @Test func describeKeyVersionIsNotAVersionList() throws {
        let files = ["openapi-meta/DescribeKey.json", "openapi-meta/DescribeKeyVersion.json"]
        let inventory = try Self.inventory(files)
        let key = try #require(inventory.keys["key-hzz630494463ejqjx****"])
        #expect(key.versionCount == nil && key.missingResponses == ["ListKeyVersions"])
        var undedicated = key
        undedicated.metadata?.dkmsInstanceId = nil
        let facts = Facts(key: undedicated, usage: nil)
        #expect(try RuleSet.load().applying(.standard).evaluate(facts).findings.map(\.ruleId) == ["inventory-incomplete"])
    }

    /// Two DescribeSecret responses for one ARN in two folders, one in a KMS instance and one not: a
    /// warning naming both files, and the secret needs review, whichever folder comes first.
    @Test func conflictingResponsesInTwoFoldersAreSaidAndNeedReview() throws {
        let dir = temporaryDirectory()
        for (folder, file) in [("a", "openapi-meta/DescribeSecret.json"), ("b", "docs-2021/DescribeSecret.json")] {
            try FileManager.default.createDirectory(atPath: "\(dir)/\(folder)", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Self.root + "/inventory/" + file, toPath: "\(dir)/\(folder)/describe.json")
        }
        for order in [["a", "b"], ["b", "a"]] {
            let inventory = try InventoryReader.read(try InputFile.expand(order.map { "\(dir)/\($0)" }))
            let secret = try #require(inventory.secrets["secret001@cn-hangzhou"])
            #expect(secret.conflicts.count == 1 && secret.conflicts[0].contains("\(dir)/a/describe.json") && secret.conflicts[0].contains("\(dir)/b/describe.json"))
            #expect(secret.conflicts[0].contains("DKMSInstanceId"))
            #expect(inventory.warnings.contains { $0.hasPrefix("secret secret001@cn-hangzhou: DescribeSecret in") })
            let report = Checker.report(inventory: inventory, usage: nil, rules: try RuleSet.load())
            let verdict = try #require(report.secrets.first).verdict
            #expect(verdict == (secret.inKmsInstance == true ? .notRequired : .needsReview), "the first folder's response stands, flagged")
        }
        // Two DescribeKey responses that disagree name both files too.
        let keys = temporaryDirectory()
        let original = try String(contentsOfFile: Self.root + "/inventory/docs-2021/DescribeKey.json", encoding: .utf8)
        try original.write(toFile: keys + "/one.json", atomically: true, encoding: .utf8)
        try original.replacingOccurrences(of: "\"KeyState\": \"Enabled\"", with: "\"KeyState\": \"Disabled\"").write(toFile: keys + "/two.json", atomically: true, encoding: .utf8)
        let key = try #require(try InventoryReader.read(try InputFile.expand([keys])).keys["05754286-3ba2-4fa6-8d41-4323aca6****"])
        #expect(key.conflicts == ["DescribeKey in \(keys)/one.json and \(keys)/two.json disagree on KeyState"])
    }

    /// The files kept apart each stop a run with their one-line error.
    @Test(arguments: [
        ("inventory-broken/docs-2019-DescribeKey-verbatim.json", "line 1, column 1: malformed JSON: unexpected character '/', expected a value"),
        ("inventory-broken/docs-2019-DescribeKeyVersion-verbatim.json", "line 1, column 1: malformed JSON: unexpected character '/', expected a value"),
        ("inventory-broken/docs-2019-ListAliasesByKeyId-verbatim.json", "line 1, column 1: malformed JSON: unexpected character '/', expected a value"),
        ("inventory-broken/docs-2019-ListKeyVersions-verbatim.json", "line 1, column 1: malformed JSON: unexpected character '/', expected a value"),
        ("inventory-broken/docs-2019-ListKeys-verbatim.json", "line 1, column 1: malformed JSON: unexpected character '/', expected a value"),
        ("inventory-broken/docs-2021-zh-ListKeys-verbatim.json", "line 18, column 1: malformed JSON: unexpected end of input inside an object"),
        ("inventory-refused/docs-2021-GetSecretValue.json", "$.SecretData: a GetSecretValue response: it holds a secret value"),
        ("inventory-refused/openapi-meta-GetSecretValue.json", "$.SecretData: a GetSecretValue response: it holds a secret value"),
        ("inventory-other/openapi-meta-Decrypt.json", "$: not a recognised KMS response"),
        ("inventory-other/openapi-meta-GenerateDataKey.json", "$: not a recognised KMS response"),
    ])
    func theFilesKeptApartGiveTheirError(_ file: String, _ message: String) {
        let text = thrownText { _ = try InventoryReader.read([InputFile(path: Self.root + "/" + file, displayName: file)]) }
        #expect(text?.hasPrefix(file + ": " + message) == true && text?.contains("\n") == false, "\(text ?? "\(file) was read")")
    }
}
