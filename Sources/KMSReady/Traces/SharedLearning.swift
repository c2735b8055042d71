import Synchronization

/// What the workers of one parallel fold work out from bytes that recur, kept for all of them: the
/// caller class of a caller's fields and the keys a list of key texts names, by the signatures they
/// are found by, and the numbers of regions (which key-list signatures hold, so that they are the
/// same in every worker).
///
/// A worker numbers classes and lists in tables of its own, so that its per-event lookups take no
/// lock; a class or list new to the worker is looked up here, and worked out by the worker (and kept)
/// only when no worker has kept it yet. What is kept depends on nothing but its signature (two
/// workers that race work out the same value), so which worker works it out changes nothing. The
/// workers of a fleet's trace meet most of its classes and keys; each now works out about its share
/// of them. A fold with one worker keeps nothing: it would only find here what its own tables hold.
final class SharedLearning: Sendable {
    private let keeps: Bool
    private let regions = Mutex<[String?]>([])
    private let callerClasses = Mutex(Kept<CallerClass>())
    private let keyLists = Mutex(Kept<[KeyReference]>())

    /// Learning for a fold with `workers` workers.
    init(workers: Int) {
        keeps = workers > 1
    }

    /// The number of `region` (or of no region), the same for every worker, given on first sight.
    func number(ofRegion region: String?) -> Int32 {
        regions.withLock { regions in
            if let number = regions.firstIndex(of: region) { return Int32(number) }
            regions.append(region)
            return Int32(regions.count - 1)
        }
    }

    /// The caller class kept for the caller fields whose signature is `signature`, if any.
    func callerClass(signature: UnsafeRawBufferPointer) -> CallerClass? {
        keeps ? callerClasses.withLock { $0.value(signature: signature) } : nil
    }

    /// Keeps `callerClass` for `signature`, unless one is kept or `limit` are.
    func keep(_ callerClass: CallerClass, signature: UnsafeRawBufferPointer, limit: Int) {
        if keeps { callerClasses.withLock { $0.keep(callerClass, signature: signature, limit: limit) } }
    }

    /// The keys kept for the key list whose signature is `signature`, if any.
    func keyList(signature: UnsafeRawBufferPointer) -> [KeyReference]? {
        keeps ? keyLists.withLock { $0.value(signature: signature) } : nil
    }

    /// Keeps `keys` for `signature`, unless a list is kept for it or `limit` are.
    func keep(keyList keys: [KeyReference], signature: UnsafeRawBufferPointer, limit: Int) {
        if keeps { keyLists.withLock { $0.keep(keys, signature: signature, limit: limit) } }
    }

    /// Values by the signatures they were worked out from.
    private struct Kept<Value: Sendable>: Sendable {
        private var numbers = SignatureTable()
        private var values: [Value] = []

        func value(signature: UnsafeRawBufferPointer) -> Value? {
            numbers.existingNumber(of: signature).map { values[Int($0)] }
        }

        mutating func keep(_ value: Value, signature: UnsafeRawBufferPointer, limit: Int) {
            if let (_, added) = numbers.number(of: signature, addingBelow: limit), added { values.append(value) }
        }
    }
}
