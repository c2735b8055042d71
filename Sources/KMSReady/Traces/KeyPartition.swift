/// One of `count` disjoint parts of the key space, so that summaries can be built and merged one
/// part per core. Which part a key falls in is fixed for the process's lifetime (it uses the
/// process's hash seed), which is all that merging needs.
struct KeyPartition: Sendable {
    var index: Int
    var count: Int

    /// Whether the key whose hash value is `hash` falls in this part. The high half decides, so that
    /// the keys of one part still spread over all the slots of a table indexed by the low bits.
    func contains(hash: UInt64) -> Bool {
        count == 1 || Int((hash >> 32) % UInt64(count)) == index
    }
}
