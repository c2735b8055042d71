import Foundation

/// Writes output files atomically and all or none: each to a temporary file beside its target; only when
/// every one is written are they renamed over their targets, so a reader never sees half a report, a
/// failed run leaves the previous files intact, and a run interrupted by a signal leaves no temporary
/// file behind (``TemporaryFiles``). No output may land on an input of the run (``OutputCollision``).
/// See <doc:HostileInput>.
public enum AtomicFile {
    /// One output file: where it goes and what writes it.
    public struct Output {
        /// The path as the user gave it.
        public let path: String
        let body: (ByteSink) throws(InputError) -> Void

        /// An output whose bytes `body` writes into the sink, in pieces.
        public init(path: String, _ body: @escaping (ByteSink) throws(InputError) -> Void) {
            self.path = path
            self.body = body
        }

        /// An output of `text`.
        public init(path: String, text: String) {
            self.init(path: path) { (sink) throws(InputError) in try sink.write(text) }
        }
    }

    /// Writes `text` to `path`, which must not be one of `inputs` or inside one of them.
    public static func write(_ text: String, to path: String, sparing inputs: [String] = []) throws(InputError) {
        try write([Output(path: path, text: text)], sparing: inputs)
    }

    /// Writes to `path` whatever `body` writes into the sink it is given, in pieces; `path` is replaced
    /// only once `body` has returned and every byte is written.
    public static func write(to path: String, sparing inputs: [String] = [], _ body: @escaping (ByteSink) throws(InputError) -> Void) throws(InputError) {
        try write([Output(path: path, body)], sparing: inputs)
    }

    /// Writes every output, or none: all are written to temporary files first, then renamed.
    public static func write(_ outputs: [Output], sparing inputs: [String] = []) throws(InputError) {
        try OutputCollision.check(outputs.map(\.path), inputs: inputs)
        var written: [(temporary: String, path: String)] = []
        func discard() { for file in written { TemporaryFiles.remove(file.temporary) } }
        for output in outputs {
            let url = URL(fileURLWithPath: output.path)
            let temporary = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
            TemporaryFiles.add(temporary)
            written.append((temporary, output.path))
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else {
                let error = ByteSink.failure(output.path)
                discard()
                throw error
            }
            do {
                try output.body(ByteSink(descriptor: descriptor, name: output.path))
            } catch {
                close(descriptor)
                discard()
                throw error
            }
            if close(descriptor) != 0 {
                let error = ByteSink.failure(output.path)
                discard()
                throw error
            }
        }
        for (index, file) in written.enumerated() where rename(file.temporary, file.path) != 0 {
            let error = ByteSink.failure(file.path)
            for later in written[index...] { TemporaryFiles.remove(later.temporary) }
            throw error
        }
        for file in written { TemporaryFiles.forget(file.temporary) }
    }
}
