/// Writes compact JSON text straight into bytes — the same text `JSONWriter.compact` gives for the same
/// values — for documents too large to build as a `JSONValue` tree first (usage summary files). Bytes
/// go through a pointer into one growing buffer: no array append per token.
///
/// A writer may be handed to another thread once written (runs of a summary are written on several
/// cores and joined on one); it is never written from two threads at once, hence `@unchecked Sendable`.
struct JSONByteWriter: @unchecked Sendable {
    private let storage: ByteStorage
    private(set) var count = 0
    /// The day of the last time written and its `YYYY-MM-DD` bytes: times in a summary share few days.
    private var cachedDay = Int64.min
    private var cachedDate: (head: UInt64, tail: UInt16) = (0, 0)

    init(capacity: Int = 1 << 16) { storage = ByteStorage(capacity: capacity) }

    /// The text written so far.
    var text: String { String(decoding: UnsafeBufferPointer(start: storage.pointer, count: count), as: UTF8.self) }

    /// Calls `body` with the bytes written so far.
    func withBytes<Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) {
        try body(UnsafeRawBufferPointer(start: storage.pointer, count: count))
    }

    /// Punctuation or a literal, as it stands.
    mutating func raw(_ literal: StaticString) {
        append(literal.utf8Start, literal.utf8CodeUnitCount)
    }

    /// The bytes another writer wrote, as they stand.
    mutating func append(_ other: JSONByteWriter) {
        append(other.storage.pointer, other.count)
    }

    /// `"name":`.
    mutating func name(_ literal: StaticString) {
        let length = literal.utf8CodeUnitCount
        reserve(length + 3)
        let out = storage.pointer + count
        out[0] = UInt8(ascii: "\"")
        (out + 1).update(from: literal.utf8Start, count: length)
        out[length + 1] = UInt8(ascii: "\"")
        out[length + 2] = UInt8(ascii: ":")
        count += length + 3
    }

    /// A string literal, escaped as `JSONWriter.writeString` escapes it.
    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { string(utf8: $0) }
    }

    /// A string literal from the string's UTF-8 bytes, escaped as `JSONWriter.writeString` escapes it.
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        byte(UInt8(ascii: "\""))
        if !Self.needsEscape(utf8) {
            if let start = utf8.baseAddress { append(start, utf8.count) }
        } else {
            var escaped: [UInt8] = []
            JSONWriter.writeString(String(decoding: utf8, as: UTF8.self), into: &escaped)
            escaped.withUnsafeBufferPointer { append($0.baseAddress! + 1, $0.count - 2) }
        }
        byte(UInt8(ascii: "\""))
    }

    /// `["a","b"]`.
    mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }

    /// `[1,0,2]` (histogram rows, mostly of single digits: room for the longest row is made once, and
    /// single digits are stored straight into it).
    mutating func ints(_ values: ArraySlice<Int>) {
        reserve(2 + values.count * 21)
        storage.pointer[count] = UInt8(ascii: "[")
        count += 1
        var first = true
        for value in values {
            if !first {
                storage.pointer[count] = UInt8(ascii: ",")
                count += 1
            }
            first = false
            if value >= 0 && value < 10 {
                storage.pointer[count] = 0x30 + UInt8(value)
                count += 1
            } else {
                int(value)
            }
        }
        storage.pointer[count] = UInt8(ascii: "]")
        count += 1
    }

    /// `[…]`, each element written by `element`.
    @inline(__always)
    private mutating func array<Values: Sequence>(_ values: Values, _ element: (inout JSONByteWriter, Values.Element) -> Void) {
        byte(UInt8(ascii: "["))
        var first = true
        for value in values {
            if !first { byte(UInt8(ascii: ",")) }
            first = false
            element(&self, value)
        }
        byte(UInt8(ascii: "]"))
    }

    /// A whole number.
    mutating func int(_ value: Int) {
        if value >= 0 && value < 10 { return byte(0x30 + UInt8(value)) }
        guard value >= 0 else {
            var text = String(value)
            return text.withUTF8 { append($0.baseAddress!, $0.count) }
        }
        var width = 1, rest = value / 10
        while rest > 0 { width += 1; rest /= 10 }
        digits(value, width: width)
    }

    /// A time as the string `2026-03-04T10:11:12Z` (`Timestamp.format`) for years 0 to 9999: the date's
    /// bytes are made once per day, the time of day digit by digit.
    mutating func time(_ seconds: Int64) {
        let day = Timestamp.days(seconds)
        if day != cachedDay {
            let t = Timestamp.parts(seconds)
            guard (0...9999).contains(t.year) else { return string(Timestamp.format(seconds)) }
            var date = [UInt8](repeating: 0, count: 10)
            for (index, value) in [t.year / 1000, t.year / 100 % 10, t.year / 10 % 10, t.year % 10, -1, t.month / 10, t.month % 10, -1, t.day / 10, t.day % 10].enumerated() {
                date[index] = value < 0 ? UInt8(ascii: "-") : 0x30 + UInt8(value)
            }
            cachedDate = date.withUnsafeBytes { ($0.loadUnaligned(as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt16.self)) }
            cachedDay = day
        }
        let secondOfDay = Int(seconds - day * 86_400)
        reserve(22)
        let out = UnsafeMutableRawPointer(storage.pointer + count)
        out.storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
        out.storeBytes(of: cachedDate.head, toByteOffset: 1, as: UInt64.self)
        out.storeBytes(of: cachedDate.tail, toByteOffset: 9, as: UInt16.self)
        let clock = storage.pointer + count + 11
        let (hour, minute, second) = (secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
        clock[0] = UInt8(ascii: "T")
        clock[1] = 0x30 + UInt8(hour / 10); clock[2] = 0x30 + UInt8(hour % 10); clock[3] = UInt8(ascii: ":")
        clock[4] = 0x30 + UInt8(minute / 10); clock[5] = 0x30 + UInt8(minute % 10); clock[6] = UInt8(ascii: ":")
        clock[7] = 0x30 + UInt8(second / 10); clock[8] = 0x30 + UInt8(second % 10)
        clock[9] = UInt8(ascii: "Z")
        clock[10] = UInt8(ascii: "\"")
        count += 22
    }

    /// The last `width` decimal digits of a non-negative `value`, zero-padded.
    private mutating func digits(_ value: Int, width: Int) {
        reserve(width)
        var remaining = value
        for position in stride(from: count + width - 1, through: count, by: -1) {
            storage.pointer[position] = 0x30 + UInt8(remaining % 10)
            remaining /= 10
        }
        count += width
    }

    /// `null` or the string.
    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    @inline(__always)
    private mutating func byte(_ value: UInt8) {
        reserve(1)
        storage.pointer[count] = value
        count += 1
    }

    @inline(__always)
    private mutating func append(_ start: UnsafePointer<UInt8>, _ length: Int) {
        reserve(length)
        (storage.pointer + count).update(from: start, count: length)
        count += length
    }

    @inline(__always)
    private func reserve(_ extra: Int) {
        if count + extra > storage.capacity { storage.grow(to: max(storage.capacity * 2, count + extra)) }
    }

    /// Whether any byte is a quote, a backslash, a control character or DEL: eight bytes at a time.
    static func needsEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = utf8.baseAddress else { return false }
        var index = 0
        while index + 8 <= utf8.count {
            let word = UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self)
            let delete = word ^ 0x7F7F_7F7F_7F7F_7F7F
            if stringStopBytes(word) | ((delete &- 0x0101_0101_0101_0101) & ~delete & 0x8080_8080_8080_8080) != 0 { return true }
            index += 8
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F { return true }
            index += 1
        }
        return false
    }
}
