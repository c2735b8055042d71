#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the fields the fold needs straight from the bytes of one trace record, without building a
/// document: the fast path of `UsageFolder`.
///
/// It checks the whole record's JSON syntax as it goes (string escapes, numbers, literals, nesting) and
/// skips everything it does not need, noting where each needed string value lies. It vouches only for
/// records whose needed values it can hand over as they stand: for anything else — a syntax error, an
/// escaped member name, a needed value with escapes, a duplicate needed member, a LookupEvents page or
/// array on one line, deep nesting — it declines and the reference path (`JSONParser` +
/// `TraceRecordDecoder`) decides, so both paths give the same outcome for every record. See <doc:TraceIngestion>.
struct EventScanner {
    /// Where the needed values of the last scanned event lie, relative to the base `scan` returned.
    private(set) var spans = FieldSpans()
    /// The decoded text of an SLS row whose event is a JSON string.
    private var unwrapped = ByteStorage(capacity: 4096)
    /// The decoded bytes of an SLS row's event string, before they are copied into `unwrapped`.
    private var decoded: [UInt8] = []
    /// The member names met so far, in the order they come; a copy of the scanner starts its own.
    private var names = MemberNames()

    /// Scans one record; returns the base that `spans` are relative to (inside `bytes`, or inside the
    /// scanner's own copy of an unwrapped SLS event), or `nil` when the reference path must decide.
    /// The base stays valid until the next scan and as long as `bytes` does.
    mutating func scan(_ bytes: UnsafeRawBufferPointer) -> UnsafePointer<UInt8>? {
        if !isKnownUniquelyReferenced(&names) { names = MemberNames() }
        guard let base = scanDocument(bytes, level: .event), !spans.has(.pageEvents) else { return nil }
        if !spans.has(.eventName), let wrapped = spans.span(.event) {
            return unwrap(wrapped, kind: spans.eventKind, base: base)
        }
        return base
    }

    /// The bytes of a needed string value; `nil` when it is absent or empty (which mean the same).
    func value(_ field: Field, base: UnsafePointer<UInt8>) -> UnsafeRawBufferPointer? {
        guard let span = spans.span(field), span.count > 0 else { return nil }
        return UnsafeRawBufferPointer(start: base + span.start, count: span.count)
    }

    /// The caller fields as strings, for a caller class the fast path has not met before: all but the
    /// id, time, error and key texts, which `EventFieldsDecoder.caller(of:)` does not read.
    func callerFields(base: UnsafePointer<UInt8>) -> EventFields {
        func string(_ field: Field) -> String? { value(field, base: base).map { String(decoding: $0, as: UTF8.self) } }
        var fields = EventFields()
        fields.eventName = string(.eventName)
        fields.eventType = string(.eventType)
        fields.eventSource = string(.eventSource)
        fields.serviceName = string(.serviceName)
        fields.acsRegion = string(.acsRegion)
        fields.sourceIpAddress = string(.sourceIpAddress)
        fields.userAgent = string(.userAgent)
        fields.vpcId = string(.vpcId)
        fields.eventRW = string(.eventRW)
        fields.recipientAccountId = string(.recipientAccountId)
        fields.identityType = string(.identityType)
        fields.userName = string(.userName)
        fields.principalId = string(.principalId)
        fields.accountId = string(.accountId)
        fields.arn = string(.arn)
        fields.callingAccount = string(.callingAccount)
        return fields
    }

    /// Calls `body` with the bytes of each non-empty text naming a key, in order; a text equal to the one
    /// given before it (one key named in the request, the response and the resources) is given once,
    /// which the key references do not tell apart.
    func forEachKeyText(base: UnsafePointer<UInt8>, _ body: (UnsafeRawBufferPointer) -> Void) {
        var previous: Span?
        for span in spans.keyTexts where span.count > 0 {
            if let previous, previous.count == span.count, sameBytes(base + previous.start, base + span.start, span.count) { continue }
            body(UnsafeRawBufferPointer(start: base + span.start, count: span.count))
            previous = span
        }
    }

    /// The texts naming keys, as strings (as `forEachKeyText` gives them).
    func keyTexts(base: UnsafePointer<UInt8>) -> [String] {
        var texts: [String] = []
        texts.reserveCapacity(spans.keyTexts.count)
        forEachKeyText(base: base) { texts.append(String(decoding: $0, as: UTF8.self)) }
        return texts
    }

    /// Scans `bytes` as one object of `level` with only whitespace around it, filling `spans`;
    /// returns the base the spans are relative to, or `nil` when the reference path must decide.
    private mutating func scanDocument(_ bytes: UnsafeRawBufferPointer, level: ScanLevel) -> UnsafePointer<UInt8>? {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        spans.reset()
        var scanner = ByteScanner(base: base, end: bytes.count, names: names)
        if level == .event {
            // An SLS row's event string is decoded into `unwrapped` as it is scanned.
            makeUnwrappedRoom(bytes.count + ASCIIStringUnescaper.slack)
            scanner.eventOutput = unwrapped.pointer
        }
        scanner.skipWhitespace()
        guard scanner.scanObject(level: level, depth: 0, into: &spans) else { return nil }
        scanner.skipWhitespace()
        return scanner.index == bytes.count ? base : nil
    }

    /// An SLS export row: the event is the `event` member, an object or a JSON string.
    private mutating func unwrap(_ span: Span, kind: FieldSpans.WrappedKind, base: UnsafePointer<UInt8>) -> UnsafePointer<UInt8>? {
        switch kind {
        case .object:
            return scanDocument(UnsafeRawBufferPointer(start: base + span.start, count: span.count), level: .innerEvent)
        case .string:
            guard let count = spans.decodedEventCount ?? decodeIntoUnwrapped(span, base: base), count > 0 else { return nil }
            return scanDocument(UnsafeRawBufferPointer(start: unwrapped.pointer, count: count), level: .innerEvent)
        case .other:
            return nil
        }
    }

    /// Makes `unwrapped` this scanner's own (a copy of the scanner shares it) with room for `count` bytes.
    /// Inline: it runs for every record.
    @inline(__always)
    private mutating func makeUnwrappedRoom(_ count: Int) {
        if !isKnownUniquelyReferenced(&unwrapped) { unwrapped = ByteStorage(capacity: count) }
        if unwrapped.capacity < count { unwrapped.grow(to: count) }
    }

    /// Decodes the content of the string literal at `span` into `unwrapped` exactly as the reference
    /// parser decodes it: for the event strings the scan did not decode (`\u` escapes, bytes past ASCII),
    /// which no faster decoding takes either. Returns the decoded length, or `nil` when the literal is invalid.
    private mutating func decodeIntoUnwrapped(_ span: Span, base: UnsafePointer<UInt8>) -> Int? {
        makeUnwrappedRoom(span.count + ASCIIStringUnescaper.slack)
        // The literal, quotes included.
        let literal = UnsafeRawBufferPointer(start: base + span.start - 1, count: span.count + 2)
        guard JSONParser.decodeStringLiteral(literal, into: &decoded) else { return nil }
        unwrapped.grow(to: decoded.count)
        decoded.withUnsafeBufferPointer { unwrapped.pointer.update(from: $0.baseAddress!, count: $0.count) }
        return decoded.count
    }
}

/// The fields whose values decide an event's caller class as they stand (see `ScannedEventFold`); the
/// identity's names and the source address decide it too, but only in part: an assumed role without its
/// session, an address by its kind of origin.
extension Field {
    static let callerFields: [Field] = [.eventName, .eventType, .eventRW, .eventSource, .serviceName, .acsRegion, .recipientAccountId,
                                        .userAgent, .vpcId, .identityType, .accountId, .callingAccount]
}

/// A byte range inside a record.
struct Span {
    var start: Int
    var count: Int
}

/// The members the scanner looks for, at each level of an event.
enum Field: Int, CaseIterable {
    case eventId, eventName, eventTime, eventType, eventRW, eventSource, serviceName, acsRegion, recipientAccountId, sourceIpAddress, userAgent, vpcId, errorCode
    case userIdentity, requestParameters, responseElements, referencedResources, event, pageEvents
    case identityType, userName, principalId, accountId, arn
    case requestKeyId, destinationKeyId, sourceKeyId, responseKeyId, kmsKeys
    case secretName
    /// `requestParameters.stsTokenPlayerUid`: the account that assumed a role of another account.
    case callingAccount
}

/// Where an object is inside an event; it decides which member names mean something.
enum ScanLevel: Int, CaseIterable {
    case event, innerEvent, identity, request, response, resources
    /// An object inside a value the fold skips: no name means anything, and names may have escapes.
    case skipped

    /// The field a member name stands for at this level, if any.
    func field(_ name: UnsafePointer<UInt8>, _ count: Int) -> Field? {
        func equals(_ literal: StaticString) -> Bool {
            literal.utf8CodeUnitCount == count && sameBytes(name, literal.utf8Start, count)
        }
        switch self {
        case .event, .innerEvent:
            switch count {
            case 5: return equals("event") && self == .event ? .event : equals("vpcId") ? .vpcId : nil
            case 6: return equals("Events") && self == .event ? .pageEvents : nil
            case 7: return equals("eventId") ? .eventId : equals("eventRW") ? .eventRW : nil
            case 9:
                if equals("eventName") { return .eventName }
                if equals("eventTime") { return .eventTime }
                if equals("eventType") { return .eventType }
                if equals("acsRegion") { return .acsRegion }
                if equals("userAgent") { return .userAgent }
                if equals("errorCode") { return .errorCode }
                return nil
            case 11:
                if equals("eventSource") { return .eventSource }
                if equals("serviceName") { return .serviceName }
                return nil
            case 12: return equals("userIdentity") ? .userIdentity : nil
            case 15: return equals("sourceIpAddress") ? .sourceIpAddress : nil
            case 16: return equals("responseElements") ? .responseElements : nil
            case 17: return equals("requestParameters") ? .requestParameters : nil
            case 18: return equals("recipientAccountId") ? .recipientAccountId : nil
            case 19: return equals("referencedResources") ? .referencedResources : nil
            default: return nil
            }
        case .identity:
            if equals("type") { return .identityType }
            if equals("userName") { return .userName }
            if equals("principalId") { return .principalId }
            if equals("accountId") { return .accountId }
            if equals("arn") { return .arn }
            return nil
        case .request:
            if equals("KeyId") { return .requestKeyId }
            if equals("DestinationKeyId") { return .destinationKeyId }
            if equals("SourceKeyId") { return .sourceKeyId }
            if equals("SecretName") { return .secretName }
            if equals("stsTokenPlayerUid") { return .callingAccount }
            return nil
        case .response:
            return equals("KeyId") ? .responseKeyId : nil
        case .resources:
            return equals("ACS::KMS::Key") ? .kmsKeys : nil
        case .skipped:
            return nil
        }
    }
}

/// Whether `count` bytes at `a` and `b` are equal: inline, eight bytes at a time (member names are short,
/// and a call into the C library would cost more than the comparison).
@inline(__always)
func sameBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    if count < 8 {
        for offset in 0..<count where a[offset] != b[offset] { return false }
        return true
    }
    var offset = 0
    while offset + 8 < count {
        if UnsafeRawPointer(a + offset).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + offset).loadUnaligned(as: UInt64.self) { return false }
        offset += 8
    }
    // The last eight bytes, overlapping the words before them.
    return UnsafeRawPointer(a + count - 8).loadUnaligned(as: UInt64.self) == UnsafeRawPointer(b + count - 8).loadUnaligned(as: UInt64.self)
}

/// What the scanner found in one event: the string value of each field, and the key texts.
struct FieldSpans {
    /// The kind of value of an SLS row's `event` member.
    enum WrappedKind { case object, string, other }

    private var values = [Span](repeating: Span(start: 0, count: -1), count: Field.allCases.count)
    private var seen: UInt64 = 0
    var keyTexts: [Span] = []
    var eventKind = WrappedKind.other
    /// The length of an SLS row's event string decoded while the row was scanned, if it was.
    var decodedEventCount: Int?

    mutating func reset() {
        if seen != 0 {
            for index in values.indices { values[index].count = -1 }
        }
        seen = 0
        keyTexts.removeAll(keepingCapacity: true)
        decodedEventCount = nil
    }

    /// Marks a member as present; `false` when it was already (a duplicate: the reference path decides).
    mutating func markSeen(_ field: Field) -> Bool {
        let bit: UInt64 = 1 << UInt64(field.rawValue)
        if seen & bit != 0 { return false }
        seen |= bit
        return true
    }

    func has(_ field: Field) -> Bool { seen & (1 << UInt64(field.rawValue)) != 0 }

    /// The string value of a field (or the object span of `event`), when it had one.
    func span(_ field: Field) -> Span? {
        let span = values[field.rawValue]
        return span.count >= 0 ? span : nil
    }

    mutating func set(_ field: Field, _ span: Span) { values[field.rawValue] = span }
}

/// A JSON syntax walker over one record's bytes that records the spans of wanted fields.
struct ByteScanner {
    let base: UnsafePointer<UInt8>
    let end: Int
    var index = 0
    /// The names predicted for each level's members.
    let names: MemberNames
    /// Where an SLS row's event string is decoded as it is scanned (room for `end + slack` bytes), when
    /// the scan is of a record's outer level.
    var eventOutput: UnsafeMutablePointer<UInt8>?

    /// Deeper values are left to the reference parser, which bounds depth itself.
    static let maximumDepth = 64

    init(base: UnsafePointer<UInt8>, end: Int, names: MemberNames) {
        self.base = base
        self.end = end
        self.names = names
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while index < end {
            switch base[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// Whether the next byte that is not whitespace is `byte`, stepping over the whitespace before it.
    /// Compact JSON has none between tokens, so that is mostly one comparison.
    @inline(__always)
    private mutating func nextIs(_ byte: UInt8) -> Bool {
        if index < end, base[index] == byte { return true }
        skipWhitespace()
        return index < end && base[index] == byte
    }

    /// Scans an object at `index`, recording wanted members of `level`; `false` on anything the
    /// reference path must judge.
    mutating func scanObject(level: ScanLevel, depth: Int, into spans: inout FieldSpans) -> Bool {
        walkObject(level: level, depth: depth) { scanner, field in
            guard let field else { return scanner.skipValue(depth: depth + 1) }
            return spans.markSeen(field) && scanner.scanMember(field, depth: depth + 1, into: &spans)
        }
    }

    /// Walks the object at `index` as one of `level`: for each member, `member` is called at the value
    /// with the field its name stands for, and must consume the value. `false` on a syntax error, or on
    /// a name with escapes where names mean something.
    private mutating func walkObject(level: ScanLevel, depth: Int, _ member: (inout ByteScanner, Field?) -> Bool) -> Bool {
        guard index < end, base[index] == UInt8(ascii: "{"), depth < Self.maximumDepth else { return false }
        index += 1
        if nextIs(UInt8(ascii: "}")) { index += 1; return true }
        let entries = names.level(level)
        var previous = entries.start
        while true {
            let field: Field?
            if let predicted = entries.predicted(after: previous, at: base + index, available: end - index) {
                index += predicted.length
                field = predicted.field
                previous = predicted.entry
            } else {
                guard nextIs(UInt8(ascii: "\"")) else { return false }
                let nameStart = index + 1
                guard let escaped = scanString() else { return false }
                let count = index - 1 - nameStart
                guard nextIs(UInt8(ascii: ":")) else { return false }
                index += 1
                if escaped {
                    guard level == .skipped else { return false }
                    field = nil
                    previous = names.unlinked(level)
                } else {
                    field = level.field(base + nameStart, count)
                    previous = names.learn(base + nameStart, count: count, field: field, after: previous, level: level)
                }
            }
            skipWhitespace()
            guard index < end, member(&self, field) else { return false }
            guard let another = stepOverSeparator(closing: UInt8(ascii: "}")) else { return false }
            if !another { return true }
        }
    }

    /// After a member or an element: steps over a comma (`true`: another follows) or `closing` (`false`:
    /// the object or array ends); `nil` on anything else.
    @inline(__always)
    private mutating func stepOverSeparator(closing: UInt8) -> Bool? {
        let another = nextIs(UInt8(ascii: ","))
        guard another || (index < end && base[index] == closing) else { return nil }
        index += 1
        return another
    }

    /// Walks the array at `index`: `element` is called at each element and must consume it.
    private mutating func walkArray(depth: Int, _ element: (inout ByteScanner) -> Bool) -> Bool {
        guard index < end, base[index] == UInt8(ascii: "["), depth < Self.maximumDepth else { return false }
        index += 1
        if nextIs(UInt8(ascii: "]")) { index += 1; return true }
        while true {
            skipWhitespace()
            guard index < end, element(&self) else { return false }
            guard let another = stepOverSeparator(closing: UInt8(ascii: "]")) else { return false }
            if !another { return true }
        }
    }

    /// Scans the value of a wanted member.
    private mutating func scanMember(_ field: Field, depth: Int, into spans: inout FieldSpans) -> Bool {
        let isObject = base[index] == UInt8(ascii: "{")
        let isString = base[index] == UInt8(ascii: "\"")
        switch field {
        case .userIdentity, .requestParameters, .responseElements, .referencedResources:
            if isObject {
                let level: ScanLevel = field == .userIdentity ? .identity : field == .requestParameters ? .request
                    : field == .responseElements ? .response : .resources
                return scanObject(level: level, depth: depth, into: &spans)
            }
            // Parameters as embedded JSON text: the reference path parses them.
            if isString && field != .userIdentity && field != .referencedResources { return false }
            return skipValue(depth: depth)
        case .event:
            let start = index
            if isObject {
                spans.eventKind = .object
                guard skipValue(depth: depth) else { return false }
                spans.set(.event, Span(start: start, count: index - start))
                return true
            }
            if isString {
                spans.eventKind = .string
                if let eventOutput,
                   let (consumed, decoded) = ASCIIStringUnescaper.decodeLiteral(base + index + 1, available: end - index - 1, into: eventOutput) {
                    index += 1 + consumed
                    spans.decodedEventCount = decoded
                } else {
                    guard scanString() != nil else { return false }
                }
                spans.set(.event, Span(start: start + 1, count: index - start - 2))
                return true
            }
            spans.eventKind = .other
            return skipValue(depth: depth)
        case .pageEvents:
            return skipValue(depth: depth)
        case .requestKeyId, .destinationKeyId, .sourceKeyId, .responseKeyId:
            guard isString else { return skipValue(depth: depth) }
            guard let span = scanPlainString() else { return false }
            spans.keyTexts.append(span)
            return true
        case .callingAccount:
            // An account id, as events write it: a number, or a string. A number that is not a plain run
            // of digits an Int holds goes to the reference path, which reads it the way it reads numbers.
            if isString {
                guard let span = scanPlainString() else { return false }
                spans.set(field, span)
                return true
            }
            let start = index
            guard skipNumber() else { return false }
            guard index - start <= 18, (start ..< index).allSatisfy({ isDigit(base[$0]) }) else { return false }
            spans.set(field, Span(start: start, count: index - start))
            return true
        case .kmsKeys:
            if isString {
                guard let span = scanPlainString() else { return false }
                spans.keyTexts.append(span)
                return true
            }
            guard base[index] == UInt8(ascii: "[") else { return skipValue(depth: depth) }
            return scanArrayOfKeyTexts(depth: depth, into: &spans)
        default:
            guard isString else { return skipValue(depth: depth) }
            guard let span = scanPlainString() else { return false }
            spans.set(field, span)
            return true
        }
    }

    /// `["id", ...]`: string elements are key texts, others are skipped.
    private mutating func scanArrayOfKeyTexts(depth: Int, into spans: inout FieldSpans) -> Bool {
        walkArray(depth: depth) { scanner in
            guard scanner.base[scanner.index] == UInt8(ascii: "\"") else { return scanner.skipValue(depth: depth + 1) }
            guard let span = scanner.scanPlainString() else { return false }
            spans.keyTexts.append(span)
            return true
        }
    }

    /// A string without escapes: its content span; `nil` for an escaped or invalid one.
    @inline(__always)
    private mutating func scanPlainString() -> Span? {
        let start = index + 1
        guard let escaped = scanString(), !escaped else { return nil }
        return Span(start: start, count: index - 1 - start)
    }

    /// Skips a string at `index` (its opening quote), checking every escape; returns whether it had
    /// escapes, or `nil` when it is invalid or unterminated. Inline: most strings end at the first byte
    /// the word test stops at, and a call per string would cost as much as the test.
    @inline(__always)
    mutating func scanString() -> Bool? {
        index = skipPlainStringWords(base, from: index + 1, end: end)
        if index < end, base[index] == UInt8(ascii: "\"") {
            index += 1
            return false
        }
        return scanStringFromStop()
    }

    /// The rest of `scanString` from a byte the word test stopped at (or the last few bytes).
    private mutating func scanStringFromStop() -> Bool? {
        var escaped = false
        while true {
            index = skipPlainStringWords(base, from: index, end: end)
            guard index < end else { return nil }
            let byte = base[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return escaped
            case UInt8(ascii: "\\"):
                escaped = true
                guard index < end else { return nil }
                let kind = base[index]
                index += 1
                switch kind {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    break
                case UInt8(ascii: "u"):
                    guard index + 4 <= end else { return nil }
                    for offset in 0..<4 where hexValue(base[index + offset]) == nil { return nil }
                    index += 4
                default:
                    return nil
                }
            case 0..<0x20:
                return nil
            default:
                break
            }
        }
    }

    /// Skips any value, checking its syntax.
    mutating func skipValue(depth: Int) -> Bool {
        guard index < end, depth < Self.maximumDepth else { return false }
        switch base[index] {
        case UInt8(ascii: "\""):
            return scanString() != nil
        case UInt8(ascii: "{"):
            return walkObject(level: .skipped, depth: depth) { scanner, _ in scanner.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            return walkArray(depth: depth) { scanner in scanner.skipValue(depth: depth + 1) }
        case UInt8(ascii: "t"): return skipLiteral("true")
        case UInt8(ascii: "f"): return skipLiteral("false")
        case UInt8(ascii: "n"): return skipLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return skipNumber()
        default: return false
        }
    }

    private mutating func skipLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= end, memcmp(base + index, literal.utf8Start, count) == 0 else { return false }
        index += count
        return true
    }

    /// RFC 8259 number grammar, as the reference parser checks it.
    private mutating func skipNumber() -> Bool {
        if base[index] == UInt8(ascii: "-") { index += 1 }
        guard index < end, isDigit(base[index]) else { return false }
        if base[index] == UInt8(ascii: "0") {
            index += 1
            if index < end, isDigit(base[index]) { return false }
        } else {
            while index < end, isDigit(base[index]) { index += 1 }
        }
        if index < end, base[index] == UInt8(ascii: ".") {
            index += 1
            guard index < end, isDigit(base[index]) else { return false }
            while index < end, isDigit(base[index]) { index += 1 }
        }
        if index < end, base[index] == UInt8(ascii: "e") || base[index] == UInt8(ascii: "E") {
            index += 1
            if index < end, base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-") { index += 1 }
            guard index < end, isDigit(base[index]) else { return false }
            while index < end, isDigit(base[index]) { index += 1 }
        }
        return true
    }
}
