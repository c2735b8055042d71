#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KMSReady

/// What the executable needs to know about, and write to, the terminal.
enum Terminal {
    /// The width of standard output when it is a terminal, else `fallback`.
    static func columns(default fallback: Int) -> Int {
        guard isatty(STDOUT_FILENO) == 1 else { return fallback }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 60 else { return fallback }
        return Int(size.ws_col)
    }

    /// Writes a line to standard error (a line that cannot be written is not worth failing the run for).
    static func printError(_ line: String) {
        try? ByteSink.standardError.write(DisplayText.escaped(line) + "\n")
    }

    /// Writes `text` to standard output at once (unbuffered, so that it comes before later standard-error
    /// lines); output that cannot be written is dropped, as before.
    static func printOutput(_ text: String) {
        try? ByteSink.standardOutput.write(text)
    }
}
