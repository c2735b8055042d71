#if canImport(Glibc)
import Glibc
private let readFile = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let readFile = Darwin.read
#endif

/// The process's standard input, read with `read(2)` as it comes (a pipe, a file or a terminal).
public struct StandardInputByteSource: ByteSource {
    /// The name standard input goes by in messages.
    public static let displayName = "standard input"

    /// Standard input.
    public init() {}

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        while true {
            let count = readFile(STDIN_FILENO, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw InputError(file: Self.displayName, message: "cannot read: \(String(cString: strerror(errno)))") }
        }
    }
}
