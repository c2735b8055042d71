import Foundation

/// Writes the inventory of a generated estate — the keys `SyntheticTraces` of the same seed names, in
/// its two regions — as the `aliyun` CLI exports it (`samples/export-inventory.sh`): raw ListKeys pages of
/// 100, DescribeKey and ListKeyVersions per key, one ListAliases response per region. Keys vary the way a
/// real estate's do, fixed by their position: some imported (EXTERNAL), rotating, with several versions,
/// service keys, already in a dedicated instance, disabled.
public enum SyntheticEstate {
    /// The account of every generated key, the one the generated events name.
    public static let account = "1540355698845812"

    /// Writes the inventory of `keyIds` under `directory` (a folder per region); returns the number of files.
    @discardableResult
    public static func writeInventory(keyIds: [String], to directory: String) throws -> Int {
        var files = 0
        let byRegion = Dictionary(grouping: keyIds.enumerated(), by: { SyntheticTraces.region(of: $0.element) })
        for (region, keys) in byRegion.sorted(by: { $0.key < $1.key }) {
            let folder = directory + "/" + region
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            func write(_ name: String, _ text: String) throws {
                try text.write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
                files += 1
            }
            let pages = stride(from: 0, to: keys.count, by: 100).map { Array(keys[$0..<min($0 + 100, keys.count)]) }
            for (number, page) in pages.enumerated() {
                let listed = page.map { #"{"KeyArn":"\#(arn(region, $0.element))","KeyId":"\#($0.element)"}"# }.joined(separator: ",")
                try write("list-keys-page-\(number + 1).json",
                          #"{"Keys":{"Key":[\#(listed)]},"PageNumber":\#(number + 1),"PageSize":100,"RequestId":"\#(requestId(number))","TotalCount":\#(keys.count)}"#)
            }
            var aliases: [String] = []
            for (index, id) in keys {
                try write("describe-key-\(id).json", describeKey(id, index: index, region: region))
                let versions = index % 19 == 0 ? 2 : 1
                let listed = (0..<versions).map { #"{"CreationDate":"2025-0\#($0 + 1)-01T00:00:00Z","KeyId":"\#(id)","KeyVersionId":"\#(versionId(id, $0))"}"# }
                try write("list-key-versions-\(id).json",
                          #"{"KeyVersions":{"KeyVersion":[\#(listed.joined(separator: ","))]},"PageNumber":1,"PageSize":100,"RequestId":"\#(requestId(index))","TotalCount":\#(versions)}"#)
                let alias = index % 53 == 0 ? "alias/acs/\(["oss", "ecs", "rds"][index % 3])" : "alias/app-\(index)"
                aliases.append(#"{"AliasArn":"acs:kms:\#(region):\#(account):\#(alias)","AliasName":"\#(alias)","KeyId":"\#(id)"}"#)
            }
            try write("list-aliases.json", #"{"Aliases":{"Alias":[\#(aliases.joined(separator: ","))]},"PageNumber":1,"PageSize":\#(aliases.count),"RequestId":"\#(requestId(0))","TotalCount":\#(aliases.count)}"#)
        }
        return files
    }

    private static func arn(_ region: String, _ id: String) -> String { "acs:kms:\(region):\(account):key/\(id)" }

    private static func requestId(_ number: Int) -> String { String(format: "5E1A0000-0000-4000-8000-%012d", number) }

    private static func versionId(_ id: String, _ number: Int) -> String { "\(id.prefix(8))-\(number)000-4000-8000-000000000000" }

    private static func describeKey(_ id: String, index: Int, region: String) -> String {
        let origin = index % 97 == 0 ? "EXTERNAL" : "Aliyun_KMS"
        let rotation = index % 11 == 0 ? "Enabled" : "Disabled"
        let state = index % 29 == 0 ? "Disabled" : "Enabled"
        let instance = index % 41 == 0 ? #","DKMSInstanceId":"kst-hzz62ee23f5ef4\#(index)""# : ""
        return #"{"KeyMetadata":{"Arn":"\#(arn(region, id))","AutomaticRotation":"\#(rotation)","CreationDate":"2024-06-01T00:00:00Z","Creator":"\#(account)","DeletionProtection":"Disabled","Description":"application key \#(index)","KeyId":"\#(id)","KeySpec":"Aliyun_AES_256","KeyState":"\#(state)","KeyUsage":"ENCRYPT/DECRYPT","Origin":"\#(origin)","PrimaryKeyVersion":"\#(versionId(id, 0))","ProtectionLevel":"SOFTWARE","RotationInterval":"\#(rotation == "Enabled" ? "31536000s" : "")"\#(instance)},"RequestId":"\#(requestId(index))"}"#
    }
}
