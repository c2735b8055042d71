/// The raw fields of one event that the fold reads, each a non-empty string or absent — whoever
/// extracted them (the reference decoder from a parsed document, or `EventScanner` from the bytes).
/// `EventFieldsDecoder` gives them their meaning, so both extraction paths share every rule.
struct EventFields {
    var eventId: String?
    var eventName: String?
    var eventTime: String?
    var eventType: String?
    var eventSource: String?
    var serviceName: String?
    var acsRegion: String?
    var sourceIpAddress: String?
    var userAgent: String?
    var vpcId: String?
    var errorCode: String?
    /// `Read` or `Write` (newer events).
    var eventRW: String?
    /// The account whose trail recorded the event.
    var recipientAccountId: String?
    /// `userIdentity` fields; access keys and session data are never read.
    var identityType: String?
    var userName: String?
    var principalId: String?
    var accountId: String?
    var arn: String?
    /// Texts naming keys, from the request, the response and the referenced resources.
    var keyTexts: [String] = []
    /// The request's `SecretName` (secret events): a name or a secret ARN.
    var secretName: String?
    /// The request's `stsTokenPlayerUid`: the account that assumed a role of `accountId` (cross-account use).
    var callingAccount: String?
}

/// Turns `EventFields` into an outcome: KMS or not, time, region, principal, key references. Both
/// extraction paths call it, so they share every rule; the fast path calls `caller(of:)` once per
/// distinct combination of caller fields and remembers the answer.
enum EventFieldsDecoder {
    private static func isKMS(serviceName: String?, eventSource: String?) -> Bool {
        serviceName?.lowercased() == "kms" || eventSource.map { endpoint in kmsEndpoints.contains { endpoint.hasPrefix($0 + ".") } } ?? false
    }

    /// The first labels of KMS's endpoints: public, VPC, and the intranet endpoint the console's calls arrive on.
    static let kmsEndpoints = ["kms", "kms-vpc", "kms-intranet"]

    /// What an event's caller fields say — everything but its id, time, error and keys, which is why
    /// the fast path can remember it per distinct combination of those fields.
    enum CallerOutcome: Equatable {
        case malformed(String)
        case otherService
        case kms(KMSCaller)
    }

    /// The caller of a KMS call, as its caller fields give it.
    struct KMSCaller: Equatable {
        var operation: String, region: String?, identityType: String?, principal: String
        /// The account the event belongs to: the trail's recipient, else the identity's account.
        var account: String?
        var eventRW: String?
        /// The account that assumed a role of `account`, when it is another one (`stsTokenPlayerUid`).
        var callingAccount: String?
    }

    /// The caller outcome of `fields`; reads neither `eventId`, `eventTime`, `errorCode` nor `keyTexts`.
    static func caller(of fields: EventFields) -> CallerOutcome {
        guard let operation = fields.eventName else { return .malformed("no eventName") }
        guard fields.serviceName != nil || fields.eventSource != nil else { return .malformed("neither serviceName nor eventSource") }
        guard Self.isKMS(serviceName: fields.serviceName, eventSource: fields.eventSource) else { return .otherService }
        let region = fields.acsRegion ?? fields.eventSource.flatMap(Self.regionOfEndpoint)
        let identityType = fields.identityType?.lowercased()
        let principal = principal(type: identityType, userName: fields.userName, principalId: fields.principalId,
                                  accountId: fields.accountId, arn: fields.arn, sourceIp: fields.sourceIpAddress)
        return .kms(KMSCaller(operation: operation, region: region, identityType: identityType, principal: principal,
                              account: fields.recipientAccountId ?? fields.accountId, eventRW: fields.eventRW,
                              callingAccount: fields.callingAccount == fields.accountId ? nil : fields.callingAccount))
    }

    static func outcome(of fields: EventFields) -> TraceRecordOutcome {
        let caller: KMSCaller
        switch Self.caller(of: fields) {
        case .malformed(let reason): return .malformed(reason)
        case .otherService: return .otherService
        case .kms(let kmsCaller): caller = kmsCaller
        }
        guard let timeText = fields.eventTime else { return .malformed("no eventTime") }
        guard let eventTime = Timestamp.parse(timeText) else { return .malformed("eventTime is not an ISO 8601 time") }
        return .event(TraceEvent(
            eventId: fields.eventId,
            eventName: caller.operation,
            eventTime: eventTime,
            eventType: fields.eventType,
            eventSource: fields.eventSource,
            region: caller.region,
            sourceIpAddress: fields.sourceIpAddress,
            userAgent: fields.userAgent,
            vpcId: fields.vpcId,
            errorCode: fields.errorCode,
            identityType: caller.identityType,
            principal: caller.principal,
            keys: Self.keyReferences(fields.keyTexts, secretName: fields.secretName, region: caller.region),
            account: caller.account,
            eventRW: caller.eventRW,
            callingAccount: caller.callingAccount))
    }

    /// The keys that `texts` name and the secret `secretName` names, sorted and distinct. Ids win over
    /// aliases, so one call is never counted twice for one key once aliases are resolved.
    static func keyReferences(_ texts: [String], secretName: String?, region: String?) -> [KeyReference] {
        var found: [KeyReference] = []
        found.reserveCapacity(texts.count + 1)
        for text in texts {
            if let reference = KeyReference(text, eventRegion: region) { found.append(reference) }
        }
        if let secretName, let secret = KeyReference(secretName: secretName, eventRegion: region) { found.append(secret) }
        if let first = found.first, found.allSatisfy({ $0 == first }) { return [first] }
        if found.contains(where: { if case .id = $0 { return true } else { return false } }) {
            found.removeAll { if case .alias = $0 { return true } else { return false } }
        }
        found.sort()
        found.removeDuplicatesFromSorted()
        return found
    }

    /// `ram-user:name`, `assumed-role:role-name` (the session name dropped), `root-account:account`, or
    /// `service:host` for a call without identity made by a cloud service.
    static func principal(type: String?, userName: String?, principalId: String?, accountId: String?, arn: String?, sourceIp: String?) -> String {
        let name: String?
        switch type {
        case "assumed-role":
            name = userName.flatMap { part(of: $0, roleName(ofSessionValue:)) } ?? arn.flatMap { part(of: $0, roleName(ofAssumedRoleArn:)) }
                ?? principalId.flatMap { part(of: $0, roleName(ofSessionValue:)) }
        case "root-account":
            name = accountId ?? principalId
        default:
            name = userName ?? principalId
        }
        if let type, let name { return "\(type):\(name)" }
        if let sourceIp, !IPAddress.looksLikeAddress(sourceIp) { return "service:\(sourceIp)" }
        if let name { return "unknown:\(name)" }
        return "unknown"
    }

    /// The part of `value` that `range` finds in its UTF-8 bytes, as a string.
    private static func part(of value: String, _ range: (UnsafeRawBufferPointer) -> Range<Int>?) -> String? {
        var value = value
        return value.withUTF8 { bytes in range(UnsafeRawBufferPointer(bytes)).map { String(decoding: bytes[$0], as: UTF8.self) } }
    }

    /// Where the role's name lies in an assumed role's `name:session` (its user name or principal id):
    /// before the first colon; `nil` when nothing is. The fast path's caller classes hold these bytes,
    /// so both paths read a role alike.
    static func roleName(ofSessionValue value: UnsafeRawBufferPointer) -> Range<Int>? {
        let end = value.firstIndex(of: UInt8(ascii: ":")) ?? value.count
        return end > 0 ? 0 ..< end : nil
    }

    /// Where the role's name lies in `acs:ram::<account>:assumed-role/<role>/<session>`: after the
    /// marker, up to the next slash or the end; `nil` when there is no marker or the name is empty.
    static func roleName(ofAssumedRoleArn arn: UnsafeRawBufferPointer) -> Range<Int>? {
        let marker = assumedRoleMarker
        guard arn.count > marker.count else { return nil }
        for start in 0 ... arn.count - marker.count where arn[start] == marker[0] {
            guard sameBytes(arn.baseAddress!.assumingMemoryBound(to: UInt8.self) + start, marker, marker.count) else { continue }
            let nameStart = start + marker.count
            let nameEnd = arn[nameStart...].firstIndex(of: UInt8(ascii: "/")) ?? arn.count
            return nameEnd > nameStart ? nameStart ..< nameEnd : nil
        }
        return nil
    }

    private static let assumedRoleMarker = Array(":assumed-role/".utf8)

    /// `cn-hangzhou` from `kms.cn-hangzhou.aliyuncs.com`, `kms-vpc.cn-hangzhou.aliyuncs.com` or
    /// `kms-intranet.cn-hangzhou.aliyuncs.com`.
    static func regionOfEndpoint(_ endpoint: String) -> String? {
        let parts = endpoint.split(separator: ".")
        guard parts.count >= 3, kmsEndpoints.contains(String(parts[0])) else { return nil }
        return String(parts[1])
    }
}

extension Array where Element: Equatable {
    /// Drops repeats from a sorted array.
    mutating func removeDuplicatesFromSorted() {
        var kept = 0
        for index in indices where kept == 0 || self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
