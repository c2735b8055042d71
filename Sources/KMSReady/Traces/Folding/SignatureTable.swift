#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers distinct byte signatures 0, 1, 2, … in the order they are first added: the fast path keys
/// what it has worked out (a caller class, a list of keys) by the bytes it came from, so a repeated
/// value costs one hash and one comparison, and no string.
struct SignatureTable: Sendable {
    /// Every signature, end to end; entry `i` is `pool[starts[i] ..< starts[i + 1]]`.
    private var pool: [UInt8] = []
    private var starts: [Int] = [0]
    private var slots = HashSlots(capacity: 512)

    /// How many signatures the table holds.
    var count: Int { starts.count - 1 }

    /// The number of `signature`, added when it has none and the table holds fewer than `limit`
    /// signatures; `nil` when it has none and the table is full.
    mutating func number(of signature: UnsafeRawBufferPointer, addingBelow limit: Int = .max) -> (number: Int32, added: Bool)? {
        let hash = Self.hash(signature)
        if let number = existingNumber(of: signature, hash: hash) { return (number, false) }
        guard count < limit else { return nil }
        return (add(signature, hash: hash), true)
    }

    /// The number of `signature`, if it has one.
    func existingNumber(of signature: UnsafeRawBufferPointer) -> Int32? {
        existingNumber(of: signature, hash: Self.hash(signature))
    }

    private func existingNumber(of signature: UnsafeRawBufferPointer, hash: UInt64) -> Int32? {
        slots.find(hash) { equals(Int($0), signature) }
    }

    private mutating func add(_ signature: UnsafeRawBufferPointer, hash: UInt64) -> Int32 {
        let entry = Int32(count)
        pool.append(contentsOf: signature)
        starts.append(pool.count)
        slots.insert(entry, hash: hash)
        return entry
    }

    /// The signature numbered `number`, handed to `body`.
    func withSignature<R>(_ number: Int32, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        let start = starts[Int(number)], end = starts[Int(number) + 1]
        return pool.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start ..< end])) }
    }

    private func equals(_ entry: Int, _ signature: UnsafeRawBufferPointer) -> Bool {
        let start = starts[entry], length = starts[entry + 1] - start
        guard length == signature.count else { return false }
        return length == 0 || pool.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, signature.baseAddress!, length) == 0 }
    }

    /// A fast 64-bit hash: four independent lanes over 32 bytes at a time (so that the multiplications
    /// run side by side rather than each waiting for the one before), then eight bytes at a time.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let k0 = multiplier, k1: UInt64 = 0xC4CE_B9FE_1A85_EC53
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        if bytes.count >= 32 {
            var lanes: (UInt64, UInt64, UInt64, UInt64) = (hash, hash ^ k0, hash ^ k1, hash ^ (k0 &* k1))
            while offset + 32 <= bytes.count {
                lanes.0 = Self.mix(lanes.0, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                lanes.1 = Self.mix(lanes.1, bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                lanes.2 = Self.mix(lanes.2, bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                lanes.3 = Self.mix(lanes.3, bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                offset += 32
            }
            hash = Self.mix(Self.mix(Self.mix(Self.mix(hash, lanes.0), lanes.1), lanes.2), lanes.3)
        }
        while offset + 8 <= bytes.count {
            hash = Self.mix(hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = tail << 8 | UInt64(bytes[offset])
            offset += 1
        }
        hash = (hash ^ tail) &* k1
        return hash ^ (hash >> 29)
    }

    private static let multiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD

    /// One step of the hash: `word` mixed into `state`.
    @inline(__always)
    private static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (state ^ word) &* multiplier
        return mixed ^ (mixed >> 32)
    }
}
