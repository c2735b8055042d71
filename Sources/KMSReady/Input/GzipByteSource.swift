import CZlib

/// A gzip file decompressed as it is read, through the system zlib.
///
/// Memory stays at two fixed blocks whatever the file's size. Files of several gzip members (as written
/// by `cat a.gz b.gz` or by parallel compressors) are read member after member. A stream that ends
/// before its last member is complete, or that fails its checksum, is an error naming the file.
public struct GzipByteSource: ByteSource {
    private final class Inflater {
        var stream = z_stream()
        let input: UnsafeMutableRawBufferPointer
        var source: FileByteSource
        var sourceEnded = false
        /// Whether inflate has reached the end of the current member.
        var memberEnded = false
        /// Whether any byte of a member was seen: an empty file is not a gzip stream.
        var startedMember = false

        init(source: FileByteSource, file: String) throws(InputError) {
            self.source = source
            input = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 1)
            // 15 window bits + 16: gzip wrapper only.
            let status = inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
            guard status == Z_OK else {
                input.deallocate()
                throw InputError(file: file, message: "cannot start gzip decompression (zlib status \(status))")
            }
        }

        deinit {
            inflateEnd(&stream)
            input.deallocate()
        }
    }

    private let inflater: Inflater
    private let file: String

    init(_ source: FileByteSource, file: String) throws(InputError) {
        inflater = try Inflater(source: source, file: file)
        self.file = file
    }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        let z = inflater
        guard let out = buffer.baseAddress?.assumingMemoryBound(to: Bytef.self), buffer.count > 0 else { return 0 }
        z.stream.next_out = out
        z.stream.avail_out = UInt32(min(buffer.count, Int(UInt32.max)))
        while z.stream.avail_out > 0 {
            if z.stream.avail_in == 0 && !z.sourceEnded {
                let count = try z.source.read(into: z.input)
                if count == 0 {
                    z.sourceEnded = true
                } else {
                    z.stream.next_in = z.input.baseAddress!.assumingMemoryBound(to: Bytef.self)
                    z.stream.avail_in = UInt32(count)
                }
            }
            if z.stream.avail_in == 0 && z.sourceEnded {
                if z.startedMember && !z.memberEnded {
                    throw InputError(file: file, message: "truncated gzip stream: the file ends inside compressed data")
                }
                if !z.startedMember { throw InputError(file: file, message: "empty gzip stream") }
                break
            }
            if z.memberEnded {
                // Another member follows the one that ended.
                inflateReset(&z.stream)
                z.memberEnded = false
            }
            z.startedMember = true
            let status = inflate(&z.stream, Z_NO_FLUSH)
            switch status {
            case Z_OK, Z_BUF_ERROR:
                continue
            case Z_STREAM_END:
                z.memberEnded = true
            default:
                let detail = z.stream.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                throw InputError(file: file, message: "corrupt gzip data: \(detail)")
            }
        }
        return buffer.count - Int(z.stream.avail_out)
    }
}

/// A gzip source moves whole to the thread that reads it ahead (`BackgroundByteSource`) and is never
/// used from two threads at once.
extension GzipByteSource: @unchecked Sendable {}
