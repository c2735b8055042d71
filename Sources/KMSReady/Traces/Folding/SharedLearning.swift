import Synchronization

/// The caller classes the workers of one parallel fold work out, kept for all of them by the
/// signatures of the caller fields they are found by.
///
/// A worker numbers classes in a table of its own, so that its per-event lookups take no lock; a class
/// new to the worker is looked up here, and worked out by the worker (and kept) only when no worker has
/// kept it yet. What is kept depends on nothing but its signature (two workers that race work out the
/// same class), so which worker works it out changes nothing. The workers of a fleet's trace meet most
/// of its classes; each now works out about its share of them (a class takes about 3 µs to work out;
/// looking one up took 0.6–0.9 µs while classes were structures copied out of here, less now). Key
/// lists are not kept here: a worker reads a list from the event's bytes in 0.4 µs, less than looking
/// one up here took (0.45 µs, with the lock and the other core's cache lines). A fold with one worker
/// keeps nothing: it would only find here what its own table holds.
final class SharedLearning: Sendable {
    private let keeps: Bool
    private let callerClasses = Mutex(Kept<CallerClass>())

    /// Learning for a fold with `workers` workers.
    init(workers: Int) {
        keeps = workers > 1
    }

    /// The caller class kept for the caller fields whose signature is `signature`, if any.
    func callerClass(signature: UnsafeRawBufferPointer) -> CallerClass? {
        keeps ? callerClasses.withLock { $0.value(signature: signature) } : nil
    }

    /// Keeps `callerClass` for `signature`, unless one is kept or `limit` are.
    func keep(_ callerClass: CallerClass, signature: UnsafeRawBufferPointer, limit: Int) {
        if keeps { callerClasses.withLock { $0.keep(callerClass, signature: signature, limit: limit) } }
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
