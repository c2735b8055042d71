/// A piece of trace input one worker folds on its own: a whole file, or a byte range of a large plain
/// JSON-lines file that starts and ends at line boundaries.
public struct TraceShard: Sendable {
    /// The file.
    public let file: InputFile
    /// The bytes of the file this shard covers; `nil` for the whole file.
    public let range: Range<Int>?
    /// The position of the shard among the shards of its file (0 for the first).
    public let part: Int
    /// The bytes on disk the shard covers.
    public let byteCount: Int

    /// Plain JSON-lines files at least this large are split so that all cores can read them.
    public static let defaultMinimumSplitBytes = 16 << 20

    /// Cuts `files` into shards for `jobs` workers: every file is one shard, except plain JSON-lines
    /// files of `minimumSplitBytes` or more, which are split at line boundaries into about `2 × jobs`
    /// parts. Gzip files and documents (arrays, LookupEvents pages) are read whole.
    public static func plan(_ files: [InputFile], jobs: Int, minimumSplitBytes: Int = defaultMinimumSplitBytes) throws(InputError) -> [TraceShard] {
        var shards: [TraceShard] = []
        for file in files {
            let source = try FileByteSource(file)
            let size = try source.size()
            guard jobs > 1, size >= minimumSplitBytes, !(try source.startsWithGzipMagic()),
                  try TraceFileReader.layout(of: file) == .jsonLines else {
                shards.append(TraceShard(file: file, range: nil, part: 0, byteCount: size))
                continue
            }
            let parts = min(jobs * 2, size / (minimumSplitBytes / 2))
            var starts = [0]
            for part in 1..<parts {
                if let start = try lineStart(after: size * part / parts, in: source, size: size), start > starts.last!, start < size {
                    starts.append(start)
                }
            }
            for (part, start) in starts.enumerated() {
                let end = part + 1 < starts.count ? starts[part + 1] : size
                shards.append(TraceShard(file: file, range: start..<end, part: part, byteCount: end - start))
            }
        }
        return shards
    }

    /// The offset just after the first line break at or after `offset`, or `nil` when there is none.
    private static func lineStart(after offset: Int, in source: FileByteSource, size: Int) throws(InputError) -> Int? {
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { chunk.deallocate() }
        var position = offset
        while position < size {
            let count = try source.read(into: chunk.baseAddress!, count: chunk.count, at: position)
            if count == 0 { return nil }
            if let index = chunk[0..<count].firstIndex(of: 0x0A) { return position + index + 1 }
            position += count
        }
        return nil
    }
}
