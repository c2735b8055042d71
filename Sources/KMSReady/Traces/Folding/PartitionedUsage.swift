/// Usage counted as `CompactUsage` in disjoint partitions of the key space: a key's hour counts and
/// cells all sit in the partition its hash value picks. The workers of a parallel fold keep the same
/// partitions, so that their parts merge partition by partition on every core, and each merged
/// partition becomes its share of the summary on the core that merged it.
///
/// Which partition a key falls in is fixed for the process's lifetime (it uses the process's hash
/// seed), which is all that merging needs; merging stays right for any partitions (see
/// `GatheredUsage.merge`).
struct PartitionedUsage: Sendable {
    /// A key, by its partition and its number there.
    struct Key: Sendable {
        let partition: Int32
        let number: Int32
    }

    private(set) var partitions: [CompactUsage]

    /// The partitions each of `workers` workers keeps: four per worker, so that the cores share out
    /// partitions of unequal size (a key with many callers fills its own) and each merged partition is
    /// let go before the next is merged; and eight for a single worker, which has nothing to merge, for
    /// its summary is built a partition at a time from tables that stay in the core's cache (one
    /// partition took 11 ms more of 256 MB of fleet traffic, a quarter of building the summary).
    static func partitions(forWorkers workers: Int) -> Int {
        max(2, workers) * 4
    }

    /// The room a fold's usage is made with, shared out among its partitions: an estate of ten thousand
    /// keys with a few callers each fits. It is address space until it fills (its tables are large
    /// enough to be mapped on their own), and a fold that fills it copies no table as it grows.
    static let keyRoom = 16_384, cellRoom = 65_536

    /// Empty usage in `count` partitions (at least one), each with its share of the room.
    init(partitions count: Int) {
        let count = max(1, count)
        partitions = (0..<count).map { _ in CompactUsage(keyRoom: Self.keyRoom / count, cellRoom: Self.cellRoom / count) }
    }

    /// The partition and number of `key`, given on first sight.
    mutating func number(of key: KeyReference) -> Key {
        let hash = UInt64(bitPattern: Int64(key.hashValue))
        // The high half decides, so that a partition's keys still spread over all the slots of a
        // table indexed by the low bits.
        let partition = partitions.count == 1 ? 0 : Int((hash >> 32) % UInt64(partitions.count))
        return Key(partition: Int32(partition), number: partitions[partition].number(of: key, hash: hash))
    }

    /// Counts one call of `key` by a caller of class `callerClass` (see `CompactUsage.add`).
    @inline(__always)
    mutating func add(key: Key, callerClass: Int32, time: Int64, hourOfWeek: Int, failed: Bool, eventId: UnsafeRawBufferPointer?,
                      address: UnsafeRawBufferPointer?) {
        partitions[Int(key.partition)].add(key: key.number, callerClass: callerClass, time: time, hourOfWeek: hourOfWeek,
                                           failed: failed, eventId: eventId, address: address)
    }
}
