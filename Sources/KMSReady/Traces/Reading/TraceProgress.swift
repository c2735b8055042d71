import Synchronization

/// How far a trace run has got: bytes read from disk (compressed bytes for gzip files) and events
/// folded, updated by every worker and read by whoever shows progress.
public final class TraceProgress: Sendable {
    /// The bytes on disk of all the files to read.
    public let totalBytes = Atomic<Int>(0)
    private let bytes = Atomic<Int>(0)
    private let events = Atomic<Int>(0)

    public init() {}

    /// Bytes read so far.
    public var bytesRead: Int { bytes.load(ordering: .relaxed) }
    /// Events folded so far.
    public var eventsRead: Int { events.load(ordering: .relaxed) }

    /// Counts from zero again, for a second reading of the same files.
    func restart() {
        bytes.store(0, ordering: .relaxed)
        events.store(0, ordering: .relaxed)
    }

    func addBytes(_ count: Int) { bytes.add(count, ordering: .relaxed) }
    func addEvents(_ count: Int) { events.add(count, ordering: .relaxed) }
}
