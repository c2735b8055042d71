/// What one record of a trace file turned out to be.
public enum TraceRecordOutcome: Equatable, Sendable {
    /// A KMS event, ready to fold.
    case event(TraceEvent)
    /// A well-formed event of another cloud service (trails deliver every service): counted, not folded.
    case otherService
    /// Not a usable event; the reason names what was missing or wrong.
    case malformed(String)
}

/// Turns a parsed record — an ActionTrail event, an SLS export row, a LookupEvents page or an array of
/// events — into outcomes, one per event it holds.
public enum TraceRecordDecoder {
    /// The outcomes of all events inside one parsed JSON record.
    public static func outcomes(of record: JSONValue) -> [TraceRecordOutcome] {
        switch record {
        case .array(let elements):
            return elements.map(outcome(ofEvent:))
        case .object(let object):
            if let events = object["Events"] {
                guard let elements = events.arrayValue else { return [.malformed("Events is not an array")] }
                return elements.map(outcome(ofEvent:))
            }
            return [outcome(ofEvent: record)]
        default:
            return [.malformed("expected an event object, found \(record.typeName)")]
        }
    }

    /// The outcome of one event, or of one SLS row whose `event` field holds the event as an object or a JSON string.
    public static func outcome(ofEvent value: JSONValue) -> TraceRecordOutcome {
        guard var object = value.objectValue else { return .malformed("expected an event object, found \(value.typeName)") }
        if object["eventName"] == nil, let wrapped = object["event"] {
            switch wrapped {
            case .object(let inner):
                object = inner
            case .string(let text):
                guard let inner = try? JSONParser.parse(Array(text.utf8)), let innerObject = inner.objectValue else {
                    return .malformed("the SLS field 'event' is a string that does not hold a JSON object")
                }
                object = innerObject
            default:
                return .malformed("the SLS field 'event' is \(wrapped.typeName)")
            }
        }
        return decode(object)
    }

    private static func decode(_ event: JSONObject) -> TraceRecordOutcome {
        guard let eventName = nonEmptyString(event["eventName"]) else { return .malformed("no eventName") }
        let serviceName = nonEmptyString(event["serviceName"])
        let eventSource = nonEmptyString(event["eventSource"])
        guard serviceName != nil || eventSource != nil else { return .malformed("neither serviceName nor eventSource") }
        let isKMS = serviceName?.lowercased() == "kms"
            || eventSource.map { $0.hasPrefix("kms.") || $0.hasPrefix("kms-vpc.") } ?? false
        guard isKMS else { return .otherService }
        guard let timeText = nonEmptyString(event["eventTime"]) else { return .malformed("no eventTime") }
        guard let eventTime = Timestamp.parse(timeText) else { return .malformed("eventTime is not an ISO 8601 time") }

        let region = nonEmptyString(event["acsRegion"]) ?? eventSource.flatMap(regionOfEndpoint)
        let identity = event["userIdentity"]?.objectValue
        let identityType = nonEmptyString(identity?["type"])?.lowercased()
        let sourceIp = nonEmptyString(event["sourceIpAddress"])
        return .event(TraceEvent(
            eventId: nonEmptyString(event["eventId"]),
            eventName: eventName,
            eventTime: eventTime,
            eventType: nonEmptyString(event["eventType"]),
            eventSource: eventSource,
            region: region,
            sourceIpAddress: sourceIp,
            userAgent: nonEmptyString(event["userAgent"]),
            vpcId: nonEmptyString(event["vpcId"]),
            errorCode: nonEmptyString(event["errorCode"]),
            identityType: identityType,
            principal: principal(of: identity, type: identityType, sourceIp: sourceIp),
            keys: keyReferences(of: event, region: region)))
    }

    /// `ram-user:name`, `assumed-role:role-name` (the session name dropped), `root-account:account`, or
    /// `service:host` for a call without identity made by a cloud service.
    static func principal(of identity: JSONObject?, type: String?, sourceIp: String?) -> String {
        let userName = nonEmptyString(identity?["userName"])
        let principalId = nonEmptyString(identity?["principalId"])
        let accountId = nonEmptyString(identity?["accountId"])
        let name: String?
        switch type {
        case "assumed-role":
            let roleFromArn = nonEmptyString(identity?["arn"]).flatMap { arn -> String? in
                guard let range = arn.range(of: ":assumed-role/") else { return nil }
                return arn[range.upperBound...].split(separator: "/").first.map(String.init)
            }
            name = userName.map { String($0.split(separator: ":", maxSplits: 1)[0]) } ?? roleFromArn
                ?? principalId.map { String($0.split(separator: ":", maxSplits: 1)[0]) }
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

    /// Keys named by the request (`KeyId`, `DestinationKeyId`, `SourceKeyId`), the response (`KeyId`) and
    /// `referencedResources` (`ACS::KMS::Key`). Ids win over aliases, so one call is never counted twice
    /// for one key once aliases are resolved.
    static func keyReferences(of event: JSONObject, region: String?) -> [KeyReference] {
        var texts: [String] = []
        let request = objectOrEmbeddedJSON(event["requestParameters"])
        for field in ["KeyId", "DestinationKeyId", "SourceKeyId"] {
            if let text = nonEmptyString(request?[field]) { texts.append(text) }
        }
        if let text = nonEmptyString(objectOrEmbeddedJSON(event["responseElements"])?["KeyId"]) { texts.append(text) }
        if let resources = event["referencedResources"]?.objectValue?["ACS::KMS::Key"] {
            switch resources {
            case .array(let values): texts += values.compactMap(nonEmptyString)
            case .string(let value): texts.append(value)
            default: break
            }
        }
        let references = texts.compactMap { KeyReference($0, eventRegion: region) }
        let ids = references.filter { if case .id = $0 { return true } else { return false } }
        return Array(Set(ids.isEmpty ? references : ids)).sorted()
    }

    private static func objectOrEmbeddedJSON(_ value: JSONValue?) -> JSONObject? {
        switch value {
        case .object(let object): return object
        case .string(let text): return (try? JSONParser.parse(Array(text.utf8)))?.objectValue
        default: return nil
        }
    }

    /// `cn-hangzhou` from `kms.cn-hangzhou.aliyuncs.com` or `kms-vpc.cn-hangzhou.aliyuncs.com`.
    static func regionOfEndpoint(_ endpoint: String) -> String? {
        let parts = endpoint.split(separator: ".")
        guard parts.count >= 3, parts[0] == "kms" || parts[0] == "kms-vpc" else { return nil }
        return String(parts[1])
    }

    private static func nonEmptyString(_ value: JSONValue?) -> String? {
        guard case .string(let text)? = value, !text.isEmpty else { return nil }
        return text
    }
}
