/// A reusable buffer that lays several byte strings end to end, each behind its length, so that equal
/// signatures mean equal lists of values (`"ab","c"` and `"a","bc"` differ).
struct ByteSignature {
    private var storage = ByteStorage(capacity: 1024)
    private(set) var count = 0

    /// Empties the signature, keeping its buffer unless a copy of this value shares it.
    mutating func reset() {
        if !isKnownUniquelyReferenced(&storage) { storage = ByteStorage(capacity: storage.capacity) }
        count = 0
    }

    /// Appends one value; an absent value is appended as an empty one.
    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer?) {
        let length = bytes?.count ?? 0
        reserve(4 + length)
        UnsafeMutableRawPointer(storage.pointer + count).storeBytes(of: UInt32(truncatingIfNeeded: length), as: UInt32.self)
        count += 4
        if let bytes, length > 0 {
            (storage.pointer + count).update(from: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: length)
            count += length
        }
    }

    /// Appends a number.
    mutating func append(_ value: Int32) {
        reserve(4)
        UnsafeMutableRawPointer(storage.pointer + count).storeBytes(of: value, as: Int32.self)
        count += 4
    }

    /// The bytes so far; valid until the next change.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: storage.pointer, count: count) }

    private func reserve(_ extra: Int) {
        if count + extra > storage.capacity { storage.grow(to: max(storage.capacity * 2, count + extra)) }
    }
}
