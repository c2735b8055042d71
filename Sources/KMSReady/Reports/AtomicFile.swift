import Foundation

/// Writes output files atomically: to a temporary file beside the target, then renamed over it, so a
/// reader never sees half a report and a failed run leaves the previous file intact.
public enum AtomicFile {
    /// Writes `text` to `path`.
    public static func write(_ text: String, to path: String) throws(InputError) {
        try write(to: path) { (sink) throws(InputError) in try sink.write(text) }
    }

    /// Writes to `path` whatever `body` writes into the sink it is given, in pieces; `path` is replaced
    /// only once `body` has returned and every byte is written.
    public static func write(to path: String, _ body: (ByteSink) throws(InputError) -> Void) throws(InputError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw ByteSink.failure(path) }
        do {
            try body(ByteSink(descriptor: descriptor, name: path))
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        if close(descriptor) != 0 || rename(temporary, url.path) != 0 {
            let error = ByteSink.failure(path)
            unlink(temporary)
            throw error
        }
    }
}
