#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the executable needs to know about, and write to, the terminal.
enum Terminal {
    /// The width of standard output when it is a terminal, else `fallback`.
    static func columns(default fallback: Int) -> Int {
        guard isatty(STDOUT_FILENO) == 1 else { return fallback }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 60 else { return fallback }
        return Int(size.ws_col)
    }

    /// Writes a line to standard error.
    static func printError(_ line: String) {
        writeAll(line + "\n", to: STDERR_FILENO)
    }

    /// Writes `text` to standard output at once (unbuffered, so that it comes before later standard-error lines).
    static func printOutput(_ text: String) {
        writeAll(text, to: STDOUT_FILENO)
    }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }
}
