#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open output that takes bytes in order as they are written — the temporary file of an
/// `AtomicFile`, or standard output — so that a large output (a usage summary file) goes out in pieces
/// and is never held whole in memory.
public struct ByteSink: Sendable {
    /// The file descriptor written to; the sink does not own it.
    let descriptor: Int32
    /// The output as the user named it, for errors.
    let name: String

    /// Standard output.
    public static let standardOutput = ByteSink(descriptor: 1, name: "standard output")
    /// Standard error.
    public static let standardError = ByteSink(descriptor: 2, name: "standard error")

    /// Writes all of `bytes`, resuming after partial writes and interruptions.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(InputError) {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = systemWrite(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                throw Self.failure(name)
            }
            next += written
            left -= written
        }
    }

    /// Writes the UTF-8 bytes of `text`, from the string's own storage.
    public func write(_ text: String) throws(InputError) {
        var text = text
        // `withUTF8` rethrows untyped errors: the error is carried out by hand.
        let failure = text.withUTF8 { (bytes) -> InputError? in
            do throws(InputError) { try write(UnsafeRawBufferPointer(bytes)) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// The error about the output `name` that the last failed system call left in `errno`.
    static func failure(_ name: String) -> InputError {
        InputError(file: name, message: "cannot write the output: \(String(cString: strerror(errno)))")
    }
}

/// `write(2)`, which `ByteSink.write` would otherwise hide.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
