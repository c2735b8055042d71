#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain file, or a byte range of one, read with POSIX `pread(2)`; the descriptor closes when the
/// last copy is released. Bytes read are added to `progress` when one is set.
public struct FileByteSource: ByteSource {
    private final class Descriptor {
        let fd: Int32
        init(_ fd: Int32) { self.fd = fd }
        deinit { close(fd) }
    }

    private let descriptor: Descriptor
    private var offset: Int
    private let end: Int
    /// The file as the user named it.
    public let displayName: String
    /// Where the bytes read are counted, for progress display.
    public var progress: TraceProgress?
    /// Bytes at or past this offset are read but not counted in `progress` (another reader counts them).
    public var countedEnd = Int.max

    /// Opens `file` for reading, whole or only the bytes in `range`.
    public init(_ file: InputFile, range: Range<Int>? = nil) throws(InputError) {
        // Without O_NONBLOCK, opening a FIFO waits for a writer, for ever if none comes.
        let fd = open(file.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw InputError(file: file.displayName, message: "cannot open: \(String(cString: strerror(errno)))") }
        descriptor = Descriptor(fd)
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw InputError(file: file.displayName, message: "cannot stat: \(String(cString: strerror(errno)))") }
        let kind = FileKind(mode: info.st_mode)
        guard kind == .regular else { throw kind.refusal(file.displayName) }
        displayName = file.displayName
        offset = range?.lowerBound ?? 0
        end = range?.upperBound ?? Int.max
    }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        let wanted = min(buffer.count, end - offset)
        guard wanted > 0 else { return 0 }
        let count = try read(into: buffer.baseAddress!, count: wanted, at: offset)
        progress?.addBytes(max(0, min(offset + count, countedEnd) - offset))
        offset += count
        return count
    }

    /// Reads up to `count` bytes at `position` without moving the read position.
    func read(into pointer: UnsafeMutableRawPointer, count: Int, at position: Int) throws(InputError) -> Int {
        while true {
            let result = pread(descriptor.fd, pointer, count, off_t(position))
            if result >= 0 { return result }
            if errno == EINTR { continue }
            throw InputError(file: displayName, message: "read failed: \(String(cString: strerror(errno)))")
        }
    }

    /// The file's size in bytes.
    func size() throws(InputError) -> Int {
        var info = stat()
        guard fstat(descriptor.fd, &info) == 0 else { throw InputError(file: displayName, message: "cannot stat: \(String(cString: strerror(errno)))") }
        return Int(info.st_size)
    }

    /// Whether the file starts with the gzip magic bytes 1F 8B; the read position is left where it was.
    func startsWithGzipMagic() throws(InputError) -> Bool {
        var magic: (UInt8, UInt8) = (0, 0)
        let count = try withUnsafeMutableBytes(of: &magic) { (raw) throws(InputError) -> Int in try read(into: raw.baseAddress!, count: 2, at: 0) }
        return count == 2 && magic.0 == 0x1F && magic.1 == 0x8B
    }
}
