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
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
