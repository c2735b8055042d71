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
            if object["eventName"] == nil, object["statusCode"] != nil || object["headers"] != nil, let body = object["body"] {
                // A LookupEvents response as the Tea SDKs print it (`to_map()`): the page is its body.
                guard let page = body.objectValue, page["Events"] != nil else {
                    let status = object["statusCode"].map { JSONWriter.compact($0) } ?? "not given"
                    return [.malformed("a LookupEvents response as an SDK prints it (statusCode \(status)) whose body holds no Events")]
                }
                return outcomes(of: body)
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
                guard let inner = try? JSONParser.parse(Array(text.utf8), options: .record), let innerObject = inner.objectValue else {
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
        let identity = event["userIdentity"]?.objectValue
        var fields = EventFields()
        fields.eventId = nonEmptyString(event["eventId"])
        fields.eventName = nonEmptyString(event["eventName"])
        fields.eventTime = nonEmptyString(event["eventTime"])
        fields.eventType = nonEmptyString(event["eventType"])
        fields.eventSource = nonEmptyString(event["eventSource"])
        fields.serviceName = nonEmptyString(event["serviceName"])
        fields.acsRegion = nonEmptyString(event["acsRegion"])
        fields.sourceIpAddress = nonEmptyString(event["sourceIpAddress"])
        fields.userAgent = nonEmptyString(event["userAgent"])
        fields.vpcId = nonEmptyString(event["vpcId"])
        fields.errorCode = nonEmptyString(event["errorCode"])
        fields.eventRW = nonEmptyString(event["eventRW"])
        fields.recipientAccountId = nonEmptyString(event["recipientAccountId"])
        fields.identityType = nonEmptyString(identity?["type"])
        fields.userName = nonEmptyString(identity?["userName"])
        fields.principalId = nonEmptyString(identity?["principalId"])
        fields.accountId = nonEmptyString(identity?["accountId"])
        fields.arn = nonEmptyString(identity?["arn"])
        fields.keyTexts = keyTexts(of: event)
        let request = objectOrEmbeddedJSON(event["requestParameters"])
        fields.secretName = nonEmptyString(request?["SecretName"])
        switch request?["stsTokenPlayerUid"] {
        case .int(let account)?: fields.callingAccount = String(account)
        case let other: fields.callingAccount = nonEmptyString(other)
        }
        return EventFieldsDecoder.outcome(of: fields)
    }

    /// The texts naming keys in the request (`KeyId`, `DestinationKeyId`, `SourceKeyId`), the response
    /// (`KeyId`) and `referencedResources` (`ACS::KMS::Key`).
    static func keyTexts(of event: JSONObject) -> [String] {
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
        return texts
    }

    private static func objectOrEmbeddedJSON(_ value: JSONValue?) -> JSONObject? {
        switch value {
        case .object(let object): return object
        case .string(let text): return (try? JSONParser.parse(Array(text.utf8), options: .record))?.objectValue
        default: return nil
        }
    }

    private static func nonEmptyString(_ value: JSONValue?) -> String? {
        guard case .string(let text)? = value, !text.isEmpty else { return nil }
        return text
    }
}
