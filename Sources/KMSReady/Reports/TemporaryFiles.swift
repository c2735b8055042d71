#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The temporary files of outputs being written, removed when the run is interrupted (SIGINT, SIGTERM,
/// SIGHUP) so that a killed run leaves nothing behind. (SIGKILL cannot be caught: a file left by one is
/// named `.<output>.<pid>.tmp` beside its output.)
///
/// The paths are kept as C strings in fixed slots, so the signal handler only reads memory and calls
/// `unlink`, which is safe in a handler.
public enum TemporaryFiles {
    private static let slotCount = 64
    /// Each slot a path, or `nil`; all `nil` from the start.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: slotCount)
        slots.initialize(repeating: nil, count: slotCount)
        return slots
    }()
    /// Held while the slots change.
    private static let lock = Mutex(())

    /// Removes the registered temporary files on SIGINT, SIGTERM and SIGHUP, then lets the signal end the
    /// process as it would have. Called once by the executable.
    public static func removeOnSignals() {
        _ = slots
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                for slot in 0..<TemporaryFiles.slotCount {
                    if let path = TemporaryFiles.slots[slot] { unlink(path) }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// Registers `path` as a temporary file being written.
    static func add(_ path: String) {
        lock.withLock { _ in
            guard let free = (0..<slotCount).first(where: { slots[$0] == nil }) else { return }
            slots[free] = strdup(path)
        }
    }

    /// Removes the file at `path` and forgets it.
    static func remove(_ path: String) {
        unlink(path)
        forget(path)
    }

    /// Forgets `path`: it was renamed to its output.
    static func forget(_ path: String) {
        lock.withLock { _ in
            for slot in 0..<slotCount {
                if let held = slots[slot], String(cString: held) == path {
                    slots[slot] = nil
                    free(held)
                }
            }
        }
    }
}
