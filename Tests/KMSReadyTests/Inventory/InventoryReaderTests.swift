import Foundation
import Testing
@testable import KMSReady

@Suite struct InventoryReaderTests {
    let orders = "0b30658a-ed1a-4922-b8f7-a673ca9c****"
    let oss = "7906979c-8e06-46a2-be2d-68e3ccbc****"
    let unDescribed = "c2d4e6f8-1a3b-4c5d-8e7f-90a1b2c3****"

    func readComplete() throws -> Inventory {
        try InventoryReader.read(try InputFile.expand(["inventory/complete"], relativeTo: Paths.fixtures))
    }

    @Test func joinsEveryResponseKindByKeyId() throws {
        let inventory = try readComplete()
        #expect(inventory.keys.count == 3)
        let key = try #require(inventory.keys[orders])
        #expect(key.region == "cn-hangzhou")
        #expect(key.account == "154035569884****")
        #expect(key.metadata?.automaticRotation == "Enabled")
        #expect(key.metadata?.rotationInterval == "604800s")
        #expect(key.metadata?.dkmsInstanceId == nil, "an empty string means absent")
        #expect(key.versionCount == 2, "TotalCount counts versions a page does not show")
        #expect(key.aliases == ["alias/orders-db"])
        #expect(key.tags == ["team": "payments"])
        #expect(key.missingResponses.isEmpty)
        let serviceKey = try #require(inventory.keys[oss])
        #expect(serviceKey.aliases == ["alias/acs/oss"])
        #expect(serviceKey.metadata?.description == nil, "null means absent")
        #expect(serviceKey.versionCount == 1 && serviceKey.describedVersionIds.count == 1)
        #expect(inventory.responseCounts == ["ListKeys": 2, "DescribeKey": 2, "ListKeyVersions": 2, "DescribeKeyVersion": 1, "ListAliases": 1, "ListResourceTags": 1])
    }

    @Test func aKeyWithoutDescribeKeyIsIncompleteNotAnError() throws {
        let key = try #require(try readComplete().keys[unDescribed])
        #expect(key.metadata == nil)
        #expect(key.missingResponses == ["DescribeKey", "ListKeyVersions"])
        #expect(key.region == "cn-hangzhou", "the region still comes from the ListKeys ARN")
    }

    @Test func aliasesOfUnknownKeysAreCountedInAWarning() throws {
        #expect(try readComplete().warnings == [
            "1 alias(es) name keys that no ListKeys, DescribeKey or ListKeyVersions response lists; they were not attached",
            "ListKeyVersions reports 2 versions of key \(orders) but the pages given list 1: some pages are missing",
        ])
    }

    @Test func missingListKeysPagesAreReported() throws {
        let files = try InputFile.expand(["inventory/complete/list-keys-page-1.json"], relativeTo: Paths.fixtures)
        let inventory = try InventoryReader.read(files)
        #expect(inventory.warnings == ["ListKeys reports 3 keys in cn-hangzhou but the pages given list 2: some pages are missing"])
    }

    @Test func resolvesAliasesPerRegion() throws {
        let inventory = try readComplete()
        #expect(inventory.keyId(forAlias: "alias/orders-db", region: "cn-hangzhou") == orders)
        #expect(inventory.keyId(forAlias: "alias/orders-db", region: nil) == orders)
        #expect(inventory.keyId(forAlias: "alias/nope", region: "cn-hangzhou") == nil)
    }

    @Test(arguments: [
        ("malformed.json", "{\"Keys\": {\"Key\": [\n  {\"KeyId\": \"a\",}\n]}}", "malformed.json: line 2, column 17: malformed JSON: expected a member name in double quotes"),
        ("empty.json", "", "empty.json: line 1, column 1: malformed JSON: the input is empty"),
        ("shape.json", "{\"Keys\": {\"Key\": [{\"KeyArn\": \"x\"}]}}", "shape.json: $.Keys.Key[0].KeyId: required field is missing"),
        ("wrong-type.json", "{\"KeyMetadata\": {\"KeyId\": \"a\", \"KeyState\": 3}}", "wrong-type.json: $.KeyMetadata.KeyState: expected a string, found a number"),
        ("array.json", "[1, 2]", "array.json: $: expected an object, found an array"),
        ("unknown.json", "{\"Secrets\": []}", "unknown.json: $: not a recognised KMS response: expected the fields of ListKeys (Keys), DescribeKey (KeyMetadata), ListKeyVersions (KeyVersions), ListAliases (Aliases), ListResourceTags (Tags), ListSecrets (SecretList), DescribeSecret (SecretName), ListSecretVersionIds (VersionIds), GetKmsInstance (KmsInstance), GetKmsInstanceQuotaInfos (KmsInstanceQuotaInfos), ListKmsInstances (KmsInstances) or GetDefaultKmsInstance (DefaultKmsInstanceId)"),
        ("wrapper.json", "{\"Keys\": {\"Key\": {\"KeyId\": \"a\"}}}", "wrapper.json: $.Keys.Key: expected an array, found an object"),
    ])
    func badFilesNameTheFileAndThePlace(_ name: String, _ text: String, _ message: String) {
        #expect(throws: InputError.self) { try InventoryReader.read([temporaryFile(name, text)]) }
        do {
            _ = try InventoryReader.read([temporaryFile(name, text)])
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func aMissingPathIsAnError() {
        #expect(throws: InputError(file: "no/such/folder", message: "no such file or folder")) {
            try InputFile.expand(["no/such/folder"], relativeTo: Paths.fixtures)
        }
    }

    @Test func foldersAreSearchedRecursivelyInSortedOrderSkippingHiddenFiles() throws {
        let root = temporaryDirectory()
        try FileManager.default.createDirectory(atPath: root + "/b/c", withIntermediateDirectories: true)
        for path in ["/b/c/z.json", "/a.json", "/.hidden.json", "/b/y.json"] {
            _ = FileManager.default.createFile(atPath: root + path, contents: Data("{}".utf8))
        }
        let files = try InputFile.expand([root + "/"])
        #expect(files.map(\.displayName) == [root + "/a.json", root + "/b/c/z.json", root + "/b/y.json"])
    }
}

/// The lines reports point at in a large response. Regression (found by `kmsready-bench memory`): each
/// key's line was found by searching the whole text, and a ListKeys page of 3,000 keys took 25 s.
@Suite struct ForwardLineSearchTests {
    @Test func linesAreFoundInOrderAndOutOfOrder() {
        var search = ForwardLineSearch(Array("{\n\"a\"\n\"b\" \"c\"\n\n\"a\"\n".utf8))
        #expect(search.line(of: Array("\"a\"".utf8)) == 2)
        #expect(search.line(of: Array("\"c\"".utf8)) == 3)
        #expect(search.line(of: Array("\"a\"".utf8)) == 5, "the next one after the last found")
        #expect(search.line(of: Array("\"b\"".utf8)) == 3, "behind: found from the start")
        #expect(search.line(of: Array("\"z\"".utf8)) == nil)
    }

    @Test func everyKeyOfALargeListingHasItsOwnLine() throws {
        let ids = (0..<3_000).map { String(format: "%08x-1111-4000-8000-%012x", $0, $0) }
        let page = "{\"Keys\": {\"Key\": [\n" + ids.map { "{\"KeyId\": \"\($0)\", \"KeyArn\": \"acs:kms:cn-hangzhou:1540355698845812:key/\($0)\"}" }.joined(separator: ",\n")
            + "\n]}, \"TotalCount\": 3000, \"PageNumber\": 1, \"PageSize\": 3000, \"RequestId\": \"B1\"}"
        let inventory = try InventoryReader.read([temporaryFile("list-keys.json", page)])
        #expect(inventory.keys.count == 3_000)
        for (index, id) in ids.enumerated() where index % 500 == 0 {
            #expect(inventory.keys[id]?.definition?.line == index + 2)
        }
    }
}
