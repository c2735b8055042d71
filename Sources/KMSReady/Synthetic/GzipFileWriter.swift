import CZlib
import Foundation

/// Writes a gzip file through the system zlib, block by block; used to generate compressed traces.
public final class GzipFileWriter {
    private var stream = z_stream()
    private let output: FileHandle
    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 1)
    private var finished = false

    /// Creates (or truncates) the file at `path`, compressing at `level` (1 fastest … 9 smallest; 6 as gzip).
    public init(path: String, level: Int32 = 6) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            buffer.deallocate()
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        output = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        // 15 window bits + 16: write a gzip wrapper.
        let status = deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "deflateInit2 failed with zlib status \(status)")
    }

    deinit {
        deflateEnd(&stream)
        buffer.deallocate()
    }

    /// Compresses and writes `bytes`.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in try run(raw, flush: Z_NO_FLUSH) }
    }

    /// Ends the gzip member and closes the file.
    public func close() throws {
        guard !finished else { return }
        finished = true
        try run(UnsafeRawBufferPointer(start: nil, count: 0), flush: Z_FINISH)
        try output.close()
    }

    private func run(_ input: UnsafeRawBufferPointer, flush: Int32) throws {
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = UInt32(input.count)
        repeat {
            stream.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.avail_out = UInt32(buffer.count)
            let status = deflate(&stream, flush)
            precondition(status != Z_STREAM_ERROR, "deflate failed")
            let produced = buffer.count - Int(stream.avail_out)
            if produced > 0 { try output.write(contentsOf: Data(bytes: buffer.baseAddress!, count: produced)) }
        } while stream.avail_out == 0 || (flush == Z_FINISH && stream.avail_in > 0)
    }
}
