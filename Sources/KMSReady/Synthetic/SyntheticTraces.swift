import Foundation

/// Generates realistic ActionTrail events of KMS calls, deterministically from a seed, in every trace
/// form kmsready reads: for the benchmark and for the tests that compare readers on large inputs.
///
/// Events look like real deliveries (about 900 bytes each): request and response elements with
/// ciphertexts and plaintexts, user identities with access key ids, user agents of the SDKs and cloud
/// services, VPC and public addresses; about 2 % are events of other services and 1 % name no key.
/// Callers vary like a real fleet's by default (`SyntheticCallers.Profile`).
public struct SyntheticTraces {
    /// The forms a generated file can take.
    public enum Form: String, CaseIterable, Sendable {
        /// One compact event per line.
        case jsonLines = "json-lines"
        /// One JSON array of events, one event per line, as a trail delivers to OSS.
        case jsonArray = "json-array"
        /// SLS export rows whose `event` field holds the event as a JSON string.
        case slsExport = "sls-export"
        /// JSON lines, gzip-compressed.
        case gzipJSONLines = "json-lines.gz"

        /// The file name ending for this form.
        public var fileExtension: String {
            switch self {
            case .jsonLines, .slsExport: return "jsonl"
            case .jsonArray: return "json"
            case .gzipJSONLines: return "jsonl.gz"
            }
        }
    }

    private var random: SplitMix64
    /// The ids of the keys the events name, in the order they were made.
    public let keyIds: [String]
    private let callers: SyntheticCallers
    private var second: Int64
    /// The most seconds between two events (their mean is half of it).
    private let largestGap: UInt64

    /// What one application does with one key, as real applications do: envelope encryption, direct
    /// encryption, secrets; now and then a re-encryption.
    private static let operationSets = [["GenerateDataKey", "Decrypt"], ["Encrypt", "Decrypt"], ["Decrypt"],
                                        ["GenerateDataKeyWithoutPlaintext", "Decrypt"], ["GenerateDataKey", "Decrypt"],
                                        ["Encrypt", "Decrypt"], ["GetSecretValue"], ["Decrypt", "ReEncrypt"]]

    /// A generator of events about `keyCount` keys with callers of `profile`, the same for the same `seed`,
    /// from `start` (default 2026-03-01T00:00:00Z) on, `meanSecondsBetweenEvents` apart on average.
    public init(seed: UInt64 = 20_261_122, keyCount: Int = 10_000, callers profile: SyntheticCallers.Profile = .fleet,
                start: Int64 = 1_772_323_200, meanSecondsBetweenEvents: Int = 4) {
        second = start
        largestGap = UInt64(max(0, meanSecondsBetweenEvents)) * 2
        var random = SplitMix64(seed: seed)
        keyIds = (0..<max(1, keyCount)).map { _ in SyntheticTraces.uuid(&random).lowercased() }
        callers = SyntheticCallers(profile: profile, random: &random)
        self.random = random
    }

    /// The next event as compact JSON.
    public mutating func nextEvent() -> String {
        second += Int64(random.next() % (largestGap + 1))
        let time = Timestamp.format(second)
        let id = Self.uuid(&random)
        let roll = random.next() % 100
        if roll < 2 { return otherServiceEvent(id: id, time: time) }
        // Each key has its three callers, as in real accounts, and each caller its few operations: so the
        // distinct call groups stop growing once every caller has been seen, however long the file.
        let keyIndex = callers.keyIndex(&random, keyCount: keyIds.count)
        let key = keyIds[keyIndex]
        let caller = keyIndex * 7 + Int(random.next() % 3)
        let principal = callers.principals[caller % callers.principals.count]
        let operations = Self.operationSets[caller % Self.operationSets.count]
        let operation = roll < 3 ? "ListKeys" : operations[Int(random.next() % UInt64(operations.count))]
        let region = Self.region(of: key)
        let service = principal.kind == .serviceRole
        let host = principal.vpc != nil ? "kms-vpc.\(region).aliyuncs.com" : "kms.\(region).aliyuncs.com"
        let failed = random.next() % 50 == 0
        let blob = Self.base64(&random, count: 60)
        let keyField = operation == "ListKeys" ? "" : (random.next() % 3 == 0 ? "\"KeyId\":\"\(key)\"," : "")
        let response = operation == "ListKeys" || failed
            ? "{\"RequestId\":\"\(id)\"}"
            : "{\"RequestId\":\"\(id)\",\"KeyId\":\"\(key)\",\"KeyVersionId\":\"\(keyIds[Int(random.next() % UInt64(keyIds.count))])\",\"Plaintext\":\"\(Self.base64(&random, count: 24))\"}"
        let identity = callers.identity(of: principal, &random)
        var event = "{\"eventId\":\"\(id)\",\"eventVersion\":1,\"eventType\":\"\(service ? "AliyunServiceEvent" : "ApiCall")\",\"eventCategory\":\"Management\",\"eventRW\":\"Read\","
        event += "\"eventName\":\"\(operation)\",\"eventSource\":\"\(host)\",\"eventTime\":\"\(time)\",\"acsRegion\":\"\(region)\",\"apiVersion\":\"2016-01-20\",\"serviceName\":\"Kms\","
        event += "\"requestId\":\"\(id)\",\"recipientAccountId\":\"1540355698845812\",\"sourceIpAddress\":\"\(callers.address(of: principal, &random))\",\"userAgent\":\"\(principal.agent)\","
        if let vpc = principal.vpc { event += "\"vpcId\":\"\(vpc)\"," }
        event += "\"requestParameters\":{\"AcsHost\":\"\(host)\",\"RegionId\":\"\(region)\",\"RequestId\":\"\(id)\",\(keyField)\"CiphertextBlob\":\"\(blob)\"},"
        event += "\"responseElements\":\(response),"
        event += failed ? "\"errorCode\":\"Forbidden.KeyNotFound\",\"errorMessage\":\"The specified Key is not found.\"," : "\"errorCode\":\"\",\"errorMessage\":\"\","
        event += "\"isGlobal\":false,\"additionalEventData\":{\"CallerBid\":\"26842\"},\"userIdentity\":\(identity)"
        if operation != "ListKeys" { event += ",\"referencedResources\":{\"ACS::KMS::Key\":[\"\(key)\"]}" }
        return event + "}"
    }

    /// The region of a generated key: one of two, from the key id.
    public static func region(of keyId: String) -> String {
        keyId.utf8.first! % 2 == 0 ? "cn-hangzhou" : "cn-shanghai"
    }

    private mutating func otherServiceEvent(id: String, time: String) -> String {
        "{\"eventId\":\"\(id)\",\"eventVersion\":1,\"eventType\":\"ApiCall\",\"eventName\":\"DescribeInstances\",\"eventSource\":\"ecs.aliyuncs.com\","
            + "\"eventTime\":\"\(time)\",\"acsRegion\":\"cn-hangzhou\",\"serviceName\":\"Ecs\",\"sourceIpAddress\":\"10.1.2.3\","
            + "\"userAgent\":\"aliyun-cli/v3.0.190\",\"requestParameters\":{\"RegionId\":\"cn-hangzhou\",\"PageSize\":50},"
            + "\"userIdentity\":{\"type\":\"ram-user\",\"userName\":\"ops\",\"accessKeyId\":\"LTAI\(Self.base64(&random, count: 18))\"}}"
    }

    /// Writes a file of `form` holding at least `bytes` bytes of events (compressed forms: before
    /// compression); returns the number of events written.
    @discardableResult
    public mutating func write(_ form: Form, to path: String, bytes: Int) throws -> Int {
        let sink = try GeneratedFileSink(path: path, gzip: form == .gzipJSONLines)
        var written = 0
        var events = 0
        var chunk: [UInt8] = []
        chunk.reserveCapacity(1 << 20)
        if form == .jsonArray { chunk.append(contentsOf: "[\n".utf8) }
        while written < bytes {
            let event = nextEvent()
            switch form {
            case .jsonLines, .gzipJSONLines:
                chunk.append(contentsOf: event.utf8)
            case .jsonArray:
                if events > 0 { chunk.append(contentsOf: ",\n".utf8) }
                chunk.append(contentsOf: event.utf8)
            case .slsExport:
                let seconds = Timestamp.parse(String(event.split(separator: "\"eventTime\":\"")[1].prefix(20))) ?? 0
                chunk.append(contentsOf: "{\"__topic__\":\"actiontrail_audit_event\",\"__source__\":\"actiontrail\",\"__time__\":\"\(seconds)\",\"event\":".utf8)
                chunk.append(contentsOf: Self.quoted(event).utf8)
                chunk.append(contentsOf: "}".utf8)
            }
            if form != .jsonArray { chunk.append(0x0A) }
            events += 1
            if chunk.count >= 1 << 20 {
                written += chunk.count
                try sink.write(chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        if form == .jsonArray { chunk.append(contentsOf: "\n]\n".utf8) }
        try sink.write(chunk)
        try sink.close()
        return events
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func uuid(_ random: inout SplitMix64) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for index in 0..<32 {
            if [8, 12, 16, 20].contains(index) { bytes.append(UInt8(ascii: "-")) }
            bytes.append(hex[Int(random.next() & 15)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func hex(_ random: inout SplitMix64, count: Int) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: (0..<count).map { _ in digits[Int(random.next() & 15)] }, as: UTF8.self)
    }

    static func base64(_ random: inout SplitMix64, count: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        return String(decoding: (0..<count).map { _ in alphabet[Int(random.next() & 63)] }, as: UTF8.self)
    }
}
