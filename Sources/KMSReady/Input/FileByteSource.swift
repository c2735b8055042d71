#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain file read with POSIX `read(2)`; the descriptor closes when the last copy is released.
public struct FileByteSource: ByteSource {
    private final class Descriptor {
        let fd: Int32
        init(_ fd: Int32) { self.fd = fd }
        deinit { close(fd) }
    }

    private let descriptor: Descriptor
    /// The file as the user named it.
    public let displayName: String

    /// Opens `file` for reading.
    public init(_ file: InputFile) throws(InputError) {
        let fd = open(file.path, O_RDONLY)
        guard fd >= 0 else { throw InputError(file: file.displayName, message: "cannot open: \(String(cString: strerror(errno)))") }
        descriptor = Descriptor(fd)
        displayName = file.displayName
    }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        while true {
            let count = Glibc.read(descriptor.fd, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw InputError(file: displayName, message: "read failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Whether the file starts with the gzip magic bytes 1F 8B; the read position is left at the start.
    func startsWithGzipMagic() throws(InputError) -> Bool {
        var magic: (UInt8, UInt8) = (0, 0)
        let count = withUnsafeMutableBytes(of: &magic) { pread(descriptor.fd, $0.baseAddress, 2, 0) }
        if count < 0 { throw InputError(file: displayName, message: "read failed: \(String(cString: strerror(errno)))") }
        return count == 2 && magic.0 == 0x1F && magic.1 == 0x8B
    }
}
