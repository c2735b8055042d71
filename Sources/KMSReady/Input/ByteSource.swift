/// A stream of bytes read in large blocks: a plain file or a decompressed gzip file.
public protocol ByteSource {
    /// Fills the front of `buffer` and returns how many bytes were written; 0 means the end of the stream.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int
}

extension ByteSource {
    /// Reads the whole stream into memory, refusing streams longer than `limit` bytes. A UTF-8 byte order
    /// mark at the start is dropped: every reader treats one the same way (trace files skip it too).
    mutating func readAll(limit: Int, file: String) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { block.deallocate() }
        while true {
            let count = try read(into: block)
            if count == 0 {
                if bytes.starts(with: byteOrderMark) { bytes.removeFirst(byteOrderMark.count) }
                return bytes
            }
            bytes.append(contentsOf: block[0..<count])
            if bytes.count > limit { throw InputError(file: file, message: "larger than \(limit >> 20) MiB; this input is read whole and must be smaller") }
        }
    }
}

/// Opens an input file as a byte stream, decompressing it when it starts with the gzip magic bytes (on
/// a thread of its own, ahead of the reader: `BackgroundByteSource`); bytes read from disk are counted
/// in `progress` when one is given.
public func openByteSource(_ file: InputFile, progress: TraceProgress? = nil) throws(InputError) -> any ByteSource {
    var plain = try FileByteSource(file)
    plain.progress = progress
    if try plain.startsWithGzipMagic() {
        return BackgroundByteSource(try GzipByteSource(plain, file: file.displayName))
    }
    return plain
}

/// The UTF-8 byte order mark some Windows editors write first.
let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
