/// The fast path of `UsageFolder`: folds the events `EventScanner` reads, with no string per event.
///
/// What an event's caller fields mean — KMS call or not, region, principal, caller kind, language,
/// network — is worked out once per distinct combination of the fields it depends on (a `CallerClass`)
/// and found again by their bytes; likewise the keys an event names, per region and key texts.
/// The workers of a parallel fold share the caller classes they work out (`SharedLearning`).
/// Fields whose values change from call to call in a real fleet never enter a class: of the identity's
/// names only the one the principal is named by enters (a RAM user's `principalId` beside its
/// `userName` decides nothing), an assumed role's session name is cut off, and a source address enters
/// only as its kind of origin (private, public, declared cloud range), judged from its bytes on every call. So
/// the number of classes follows principals, agents and operations, not calls; an event costs the
/// scan, an address check, two table lookups, a time parse and one counter cell per key. Whatever the
/// fast path does not vouch for goes back to the reference path. See <doc:TraceIngestion>.
struct ScannedEventFold {
    /// What became of one record.
    enum Result {
        /// A KMS call naming keys, folded.
        case folded
        /// A KMS call naming no key.
        case withoutKey
        /// An event of another service.
        case otherService
        /// Not vouched for: the reference path must decide.
        case deferred
    }

    private var scanner = EventScanner()
    private var classifier: CallClassifier
    private let network: NetworkClassifier
    private var signature = ByteSignature()
    /// Past these many caller classes or key lists, events with new ones go to the reference path
    /// (inputs of endless distinct values would otherwise grow the tables without bound).
    private static let callerClassLimit = 1 << 16, keyListLimit = 1 << 18
    private var callerClassNumbers = SignatureTable()
    private var callerClasses: [CallerClass] = []
    /// Each caller class's kind, kept apart from the class so the per-event path touches no strings.
    private var callerClassKinds: [CallerClass.Kind] = []
    /// Whether each caller class keeps its calls' public addresses.
    private var callerClassRecordsAddress: [Bool] = []
    /// Each caller class's region, by its number in `regions`.
    private var callerClassRegions: [Int32] = []
    /// The regions (or no region) of the caller classes met so far, numbered in order of appearance.
    private var regions: [String?] = []
    private var keyListNumbers = SignatureTable()
    /// Key list `i` is `keyListMembers[keyListStarts[i] ..< keyListStarts[i + 1]]`, as keys of `usage`.
    private var keyListMembers: [PartitionedUsage.Key] = []
    private var keyListStarts: [Int] = [0]
    private var usage: PartitionedUsage
    /// Each caller class's events that had a time, for coverage (every KMS event counts, with a key or not).
    private var callerClassActivity: [(events: Int, firstSeen: Int64, lastSeen: Int64)] = []

    /// What this fold's caller classes are found in first, with other workers'.
    private let learning: SharedLearning

    /// A fold that classifies callers with `classifier`, counts usage in `partitions` partitions of
    /// the key space (see `PartitionedUsage.partitions(forWorkers:)`) and shares what it works out
    /// with the other workers of `learning`.
    init(classifier: CallClassifier, partitions: Int, learning: SharedLearning) {
        self.classifier = classifier
        self.learning = learning
        network = classifier.network
        usage = PartitionedUsage(partitions: partitions)
    }

    /// Folds one record.
    mutating func add(_ bytes: UnsafeRawBufferPointer) -> Result {
        guard let base = scanner.scan(bytes), let callerClass = callerClassNumber(base: base) else { return .deferred }
        switch callerClassKinds[Int(callerClass)] {
        case .deferred: return .deferred
        case .otherService: return .otherService
        case .kms: break
        }
        guard let timeBytes = scanner.value(.eventTime, base: base), let time = Timestamp.parse(timeBytes),
              let keyList = keyListNumber(callerClass: callerClass, base: base) else { return .deferred }
        callerClassActivity[Int(callerClass)].events += 1
        callerClassActivity[Int(callerClass)].firstSeen = min(callerClassActivity[Int(callerClass)].firstSeen, time)
        callerClassActivity[Int(callerClass)].lastSeen = max(callerClassActivity[Int(callerClass)].lastSeen, time)
        let members = keyListStarts[keyList] ..< keyListStarts[keyList + 1]
        if members.isEmpty { return .withoutKey }
        let hour = Timestamp.hourOfWeek(time)
        let failed = scanner.value(.errorCode, base: base) != nil
        let eventId = scanner.value(.eventId, base: base)
        let address = callerClassRecordsAddress[Int(callerClass)] ? scanner.value(.sourceIpAddress, base: base) : nil
        for member in members {
            usage.add(key: keyListMembers[member], callerClass: callerClass, time: time, hourOfWeek: hour, failed: failed,
                      eventId: eventId, address: address)
        }
        return .folded
    }

    /// The usage folded so far, with the caller classes its cells refer to.
    var gathered: (cells: [CompactUsage], callerClasses: [CallerClass], callerClassNumbers: SignatureTable) {
        (usage.partitions, callerClasses, callerClassNumbers)
    }

    /// The coverage of the events folded so far.
    var coverage: TraceCoverage {
        var coverage = TraceCoverage()
        for (callerClass, activity) in zip(callerClasses, callerClassActivity) where activity.events > 0 {
            guard let (scope, operation, eventRW) = callerClass.coverage else { continue }
            coverage.scopes[scope, default: CoverageCounts()].add(CoverageCounts(
                operation: operation, eventRW: eventRW, events: activity.events, firstSeen: activity.firstSeen, lastSeen: activity.lastSeen))
        }
        return coverage
    }

    /// The number of the event's caller class, worked out on first sight; `nil` when the table is full.
    private mutating func callerClassNumber(base: UnsafePointer<UInt8>) -> Int32? {
        signature.reset()
        for field in Field.callerFields { signature.append(scanner.value(field, base: base)) }
        signature.append(principalName(base: base))
        let source = scanner.value(.sourceIpAddress, base: base)
        if let source, let origin = network.addressOrigin(source) {
            // A negative number, so never taken for the length of a value.
            signature.append(origin == .private ? -1 : origin == .cloudCIDR ? -2 : -3)
        } else {
            signature.append(source)
        }
        guard let (number, added) = callerClassNumbers.number(of: signature.bytes, addingBelow: Self.callerClassLimit) else { return nil }
        if !added { return number }
        let callerClass: CallerClass
        if let known = learning.callerClass(signature: signature.bytes) {
            callerClass = known
        } else {
            callerClass = CallerClass(of: scanner.callerFields(base: base), classifier: &classifier)
            learning.keep(callerClass, signature: signature.bytes, limit: Self.callerClassLimit)
        }
        callerClasses.append(callerClass)
        callerClassKinds.append(callerClass.kind)
        callerClassRecordsAddress.append(callerClass.recordsAddress)
        callerClassRegions.append(regionNumber(callerClass.region))
        callerClassActivity.append((0, .max, .min))
        return number
    }

    /// The bytes the event's principal is named by, picked as `EventFieldsDecoder.principal` picks
    /// them: an assumed role's name (from `userName`, else `arn`, else `principalId`, without the
    /// session), a root account's `accountId` (else `principalId`), anyone else's `userName` (else
    /// `principalId`). The other names decide nothing, so they never enter a class.
    private func principalName(base: UnsafePointer<UInt8>) -> UnsafeRawBufferPointer? {
        func part(_ field: Field, _ range: (UnsafeRawBufferPointer) -> Range<Int>?) -> UnsafeRawBufferPointer? {
            scanner.value(field, base: base).flatMap { value in range(value).map { UnsafeRawBufferPointer(rebasing: value[$0]) } }
        }
        let type = scanner.value(.identityType, base: base)
        if let type, TextTest.assumedRole.holds(for: type) {
            return part(.userName, EventFieldsDecoder.roleName(ofSessionValue:)) ?? part(.arn, EventFieldsDecoder.roleName(ofAssumedRoleArn:))
                ?? part(.principalId, EventFieldsDecoder.roleName(ofSessionValue:))
        }
        if let type, TextTest.rootAccount.holds(for: type) {
            return scanner.value(.accountId, base: base) ?? scanner.value(.principalId, base: base)
        }
        return scanner.value(.userName, base: base) ?? scanner.value(.principalId, base: base)
    }

    /// The number of `region` (or of no region), given on first sight.
    private mutating func regionNumber(_ region: String?) -> Int32 {
        if let number = regions.firstIndex(of: region) { return Int32(number) }
        regions.append(region)
        return Int32(regions.count - 1)
    }

    /// The number of the list of keys (and the secret) the event names, worked out on first sight; `nil`
    /// when the table is full. Lists are keyed by the key texts and the region they are read in (aliases and bare ids
    /// depend on it): callers of a key in one region share one list.
    private mutating func keyListNumber(callerClass: Int32, base: UnsafePointer<UInt8>) -> Int? {
        signature.reset()
        signature.append(callerClassRegions[Int(callerClass)])
        scanner.forEachKeyText(base: base) { signature.append($0) }
        let secretName = scanner.value(.secretName, base: base)
        if let secretName {
            signature.append(-4)  // A negative number, so never taken for the length of a value.
            signature.append(secretName)
        }
        guard let (number, added) = keyListNumbers.number(of: signature.bytes, addingBelow: Self.keyListLimit) else { return nil }
        if !added { return Int(number) }
        let region = callerClasses[Int(callerClass)].region
        var textCount = 0, lastText: UnsafeRawBufferPointer?
        scanner.forEachKeyText(base: base) { text in
            textCount += 1
            lastText = text
        }
        if textCount == 1, secretName == nil, let text = lastText {
            // Nearly every list: one key text, which `keyReferences` would read the same, with two arrays more.
            if let key = KeyReference(String(decoding: text, as: UTF8.self), eventRegion: region) {
                keyListMembers.append(usage.number(of: key))
            }
        } else {
            let keys = EventFieldsDecoder.keyReferences(scanner.keyTexts(base: base), secretName: secretName.map { String(decoding: $0, as: UTF8.self) },
                                                        region: region)
            for key in keys { keyListMembers.append(usage.number(of: key)) }
        }
        keyListStarts.append(keyListMembers.count)
        return Int(number)
    }
}
