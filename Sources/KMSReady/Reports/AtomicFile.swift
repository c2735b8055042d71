import Foundation

/// Writes output files atomically: to a temporary file beside the target, then renamed over it, so a
/// reader never sees half a report and a failed run leaves the previous file intact.
public enum AtomicFile {
    /// Writes `text` to `path`.
    public static func write(_ text: String, to path: String) throws(InputError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            // Written from the string's own bytes: a large summary is not copied into a second buffer.
            var text = text
            try text.withUTF8 { bytes in
                guard let base = bytes.baseAddress else { return try Data().write(to: temporary) }
                try Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none).write(to: temporary)
            }
        } catch {
            throw InputError(file: path, message: "cannot write the output: \(error.localizedDescription)")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(file: path, message: "cannot write the output: \(reason)")
        }
    }
}
