/// A heap buffer of bytes that stays put between calls and is freed with its last owner: for spans
/// that must outlive the call that filled them.
final class ByteStorage {
    private(set) var pointer: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        pointer = .allocate(capacity: self.capacity)
    }

    /// Grows the buffer to `newCapacity` bytes, keeping its contents.
    func grow(to newCapacity: Int) {
        guard newCapacity > capacity else { return }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: pointer, count: capacity)
        pointer.deallocate()
        pointer = grown
        capacity = newCapacity
    }

    deinit { pointer.deallocate() }
}
