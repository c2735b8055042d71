/// One of `count` disjoint parts of the key space, so that summaries can be built and merged one
/// part per core. Which part a key falls in is fixed for the process's lifetime (it uses the
/// process's hash seed), which is all that merging needs.
struct KeyPartition: Sendable {
    var index: Int
    var count: Int

    func contains(_ key: KeyReference) -> Bool {
        count == 1 || Int(UInt(bitPattern: key.hashValue) % UInt(count)) == index
    }
}
