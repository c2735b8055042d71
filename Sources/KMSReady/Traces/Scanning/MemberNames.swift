/// The member names the scanner met at each level of an event, each linked to the name that followed it
/// last time, so that the scanner can check the next member's name against the one predicted instead of
/// scanning it and looking it up.
///
/// Records from one producer list their members in one order. A predicted name is checked as one run of
/// bytes — the name in its quotes and the colon, as compact JSON writes them — and the field it
/// stands for comes with its entry. A wrong prediction costs that one comparison: the scanner then reads
/// the name as before and links it in here, so a producer's order is learned from its first record and a
/// change of order is followed. What a name means never depends on the prediction: an entry's field is
/// the one `ScanLevel.field` gave for exactly its bytes.
///
/// Each level has a fixed number of entries of fixed size in one allocation (a scanner's working set);
/// names too long for an entry, and names past the last entry, are simply not predicted.
final class MemberNames {
    /// An entry: the masks of the bytes of the run's first two words that the run fills (two words),
    /// the run, then its length, the field (a `Field?`, one byte) and the number of the next entry (0 for
    /// none known).
    private static let entryBytes = 64, runOffset = 16, runCapacity = 40, lengthOffset = 56, fieldOffset = 57, nextOffset = 58
    private static let entriesPerLevel = 64, entryShift = 6
    /// Entry 0 of a level stands for the start of an object (its next entry is the first member); entry 1
    /// is where a member that could not be entered leaves the scanner, and never has a next one.
    private static let unlinkedNumber = 1, firstName = 2

    private let storage: UnsafeMutablePointer<UInt8>
    /// The entries in use at each level, names from `firstName` on.
    private var counts = [Int](repeating: MemberNames.firstName, count: ScanLevel.allCases.count)

    init() {
        assert(MemoryLayout<Field?>.size == 1)
        let count = ScanLevel.allCases.count * Self.entriesPerLevel << Self.entryShift
        storage = .allocate(capacity: count)
        storage.initialize(repeating: 0, count: count)
    }

    deinit { storage.deallocate() }

    /// The entries of one level's names.
    func level(_ level: ScanLevel) -> Level {
        Level(entries: storage + level.rawValue * Self.entriesPerLevel << Self.entryShift)
    }

    /// A member name's entry.
    struct Entry: Equatable {
        fileprivate let pointer: UnsafeMutablePointer<UInt8>
    }

    /// The entries of one level; an object's walk starts at `start`.
    struct Level {
        fileprivate let entries: UnsafeMutablePointer<UInt8>
        var start: Entry { entry(0) }
        fileprivate var unlinked: Entry { entry(MemberNames.unlinkedNumber) }

        fileprivate func entry(_ number: Int) -> Entry { Entry(pointer: entries + number << MemberNames.entryShift) }

        /// The member predicted to follow `previous` when its run is what `bytes` start with (sixteen
        /// bytes must be `available` to predict at all): its entry, the run's length and its field.
        @inline(__always)
        func predicted(after previous: Entry, at bytes: UnsafePointer<UInt8>, available: Int) -> (entry: Entry, length: Int, field: Field?)? {
            guard available >= 16 else { return nil }
            let candidate = entries + Int(previous.pointer[MemberNames.nextOffset]) << MemberNames.entryShift
            let entry = UnsafeRawPointer(candidate), text = UnsafeRawPointer(bytes)
            let first = (text.loadUnaligned(as: UInt64.self) ^ entry.load(fromByteOffset: MemberNames.runOffset, as: UInt64.self))
                & entry.load(as: UInt64.self)
            let second = (text.loadUnaligned(fromByteOffset: 8, as: UInt64.self) ^ entry.load(fromByteOffset: MemberNames.runOffset + 8, as: UInt64.self))
                & entry.load(fromByteOffset: 8, as: UInt64.self)
            let length = Int(candidate[MemberNames.lengthOffset])
            // An entry without a run has empty masks and length 0.
            guard first | second == 0, length > 0 else { return nil }
            if length > 16 {
                guard length <= available, sameBytes(bytes + 16, candidate + MemberNames.runOffset + 16, length - 16) else { return nil }
            }
            return (Entry(pointer: candidate), length, UnsafeRawPointer(candidate + MemberNames.fieldOffset).load(as: Field?.self))
        }

        /// Enters the member `name` (`count` bytes, no escapes), standing for `field`, as the one that
        /// follows `previous`; returns its entry (one that is never followed when it cannot be entered).
        fileprivate func learn(_ name: UnsafePointer<UInt8>, count: Int, field: Field?, after previous: Entry, entered: inout Int) -> Entry {
            let length = count + 3
            guard length <= MemberNames.runCapacity else { return unlinked }
            var number = MemberNames.firstName
            while number < entered {
                let candidate = entry(number).pointer
                if Int(candidate[MemberNames.lengthOffset]) == length, sameBytes(candidate + MemberNames.runOffset + 1, name, count) { break }
                number += 1
            }
            if number == entered {
                guard number < MemberNames.entriesPerLevel else { return unlinked }
                entered += 1
                let fresh = entry(number).pointer
                for offset in 0..<min(length, 16) { fresh[offset] = 0xFF }
                let run = fresh + MemberNames.runOffset
                run[0] = UInt8(ascii: "\"")
                (run + 1).update(from: name, count: count)
                run[count + 1] = UInt8(ascii: "\"")
                run[count + 2] = UInt8(ascii: ":")
                fresh[MemberNames.lengthOffset] = UInt8(length)
                UnsafeMutableRawPointer(fresh + MemberNames.fieldOffset).storeBytes(of: field, as: Field?.self)
            }
            if previous != unlinked { previous.pointer[MemberNames.nextOffset] = UInt8(number) }
            return entry(number)
        }
    }

    /// Enters the member `name` (`count` bytes, no escapes) of `level`, standing for `field`, as the one
    /// that follows `previous`; returns its entry (one that is never followed when it cannot be entered).
    func learn(_ name: UnsafePointer<UInt8>, count: Int, field: Field?, after previous: Entry, level: ScanLevel) -> Entry {
        self.level(level).learn(name, count: count, field: field, after: previous, entered: &counts[level.rawValue])
    }

    /// Where a member whose name has escapes leaves the scanner: an entry never followed.
    func unlinked(_ level: ScanLevel) -> Entry { self.level(level).unlinked }
}
