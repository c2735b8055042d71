/// A piece of trace input one worker folds on its own: a whole file, or a byte range of a large plain
/// file of JSON lines (cut at line boundaries) or of one array of events (cut where an element seems to
/// start, which the reading of the part before confirms).
public struct TraceShard: Sendable {
    /// How a shard's bytes are cut from its file.
    public enum Cut: Sendable, Equatable {
        /// The whole file, whatever its form.
        case whole
        /// Whole lines of a plain JSON-lines file.
        case lines(Range<Int>)
        /// The elements of a plain file's top-level array that start in the range.
        case arrayElements(Range<Int>)
    }

    /// The file.
    public let file: InputFile
    /// The bytes of the file this shard covers.
    public let cut: Cut
    /// The position of the shard among the shards of its file (0 for the first).
    public let part: Int
    /// Whether this is the last shard of its file.
    public let isLast: Bool
    /// The size of the file.
    public let fileSize: Int

    /// The bytes on disk the shard covers.
    public var byteCount: Int {
        switch cut {
        case .whole: fileSize
        case .lines(let range), .arrayElements(let range): range.count
        }
    }

    /// Whether the shard is a part of an array after the first: it starts where an element seemed to
    /// start, which only the reading of the part before confirms.
    public var startsAtGuessedElement: Bool {
        if case .arrayElements = cut { return part > 0 }
        return false
    }

    /// Plain JSON-lines and array files at least this large are split so that all cores can read them.
    public static let defaultMinimumSplitBytes = 16 << 20

    /// Cuts `files` into shards for `jobs` workers: every file is one shard, except plain JSON-lines and
    /// array files of `minimumSplitBytes` or more, which are split into parts that shrink towards the
    /// file's end (`cutOffsets`; arrays only when `splitArrays`). Gzip files, LookupEvents pages and
    /// pretty-printed events are read whole.
    public static func plan(_ files: [InputFile], jobs: Int, minimumSplitBytes: Int = defaultMinimumSplitBytes,
                            splitArrays: Bool = true) throws(InputError) -> [TraceShard] {
        var shards: [TraceShard] = []
        for file in files {
            let source = try FileByteSource(file)
            let size = try source.size()
            let compressed = try source.startsWithGzipMagic()
            let splittable = jobs > 1 && size >= minimumSplitBytes && !compressed
            let layout = splittable ? try TraceFileReader.layout(of: file) : .documents
            guard layout == .jsonLines || (layout == .array && splitArrays) else {
                shards.append(TraceShard(file: file, cut: .whole, part: 0, isLast: true, fileSize: size))
                continue
            }
            var starts = [0]
            for offset in cutOffsets(size: size, jobs: jobs, smallestPart: minimumSplitBytes / 16) {
                let found = layout == .jsonLines ? try lineStart(after: offset, in: source, size: size)
                                                 : try likelyElementStart(after: offset, in: source, size: size)
                if let start = found, start > starts.last!, start < size { starts.append(start) }
            }
            for (part, start) in starts.enumerated() {
                let end = part + 1 < starts.count ? starts[part + 1] : size
                shards.append(TraceShard(file: file, cut: layout == .jsonLines ? .lines(start..<end) : .arrayElements(start..<end),
                                         part: part, isLast: part + 1 == starts.count, fileSize: size))
            }
        }
        return shards
    }

    /// Where to cut a file of `size` bytes for `jobs` workers, before the cuts move to where a line or
    /// element starts: each part is a `2 × jobs`-th of what is left, down to `smallestPart`. The workers
    /// take parts in order, so large parts go first and the small ones last, and workers that start or
    /// run at different speeds end within a small part of each other. (Four equal parts for two
    /// workers could not make up for a late start: on this project's machine the first worker thread of
    /// a process starts 2–5.6 ms late in about half the runs, and the fold then ended that much later.)
    static func cutOffsets(size: Int, jobs: Int, smallestPart: Int) -> [Int] {
        var offsets: [Int] = []
        var offset = 0
        while true {
            let part = max((size - offset) / (2 * max(1, jobs)), smallestPart, 1)
            guard size - offset - part >= smallestPart else { return offsets }
            offset += part
            offsets.append(offset)
        }
    }

    /// The offset just after the first line break at or after `offset`, or `nil` when there is none.
    private static func lineStart(after offset: Int, in source: FileByteSource, size: Int) throws(InputError) -> Int? {
        try firstMatch(after: offset, in: source, size: size) { bytes, index in
            bytes[index] == 0x0A ? .found(index + 1) : .no
        }
    }

    /// The offset of the first `{` at or after `offset` that follows `}` and a comma (whitespace
    /// allowed around it): where an element of an array of objects starts, unless the bytes sit in a
    /// string. `nil` when there is none.
    private static func likelyElementStart(after offset: Int, in source: FileByteSource, size: Int) throws(InputError) -> Int? {
        try firstMatch(after: offset, in: source, size: size) { bytes, index in
            guard bytes[index] == UInt8(ascii: "}") else { return .no }
            var next = index + 1
            var sawComma = false
            while next < bytes.count {
                switch bytes[next] {
                case 0x20, 0x0A, 0x0D, 0x09: next += 1
                case UInt8(ascii: ",") where !sawComma: sawComma = true; next += 1
                case UInt8(ascii: "{") where sawComma: return .found(next)
                default: return .no
                }
            }
            return .needMoreBytes
        }
    }

    /// What a test makes of the bytes at one index.
    private enum Match { case no, found(Int), needMoreBytes }

    /// The bytes read at a time while looking for where a cut moves to: few, for a cut is found within an
    /// event or two (with 64 KiB the seventeen cuts of 256 MB for two jobs took 0.21 ms, before any
    /// worker starts; with 4 KiB, 0.05 ms).
    static let cutSearchChunkBytes = 4 << 10

    /// Runs `test` on each index of the file from `offset` on, in chunks, until it finds something; a test
    /// that runs out of bytes is run again with the chunk starting at that index.
    private static func firstMatch(after offset: Int, in source: FileByteSource, size: Int,
                                   _ test: (UnsafeMutableRawBufferPointer, Int) -> Match) throws(InputError) -> Int? {
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: cutSearchChunkBytes, alignment: 1)
        defer { chunk.deallocate() }
        var position = offset
        while position < size {
            let count = try source.read(into: chunk.baseAddress!, count: chunk.count, at: position)
            if count == 0 { return nil }
            let bytes = UnsafeMutableRawBufferPointer(rebasing: chunk[0..<count])
            var index = 0
            scan: while index < count {
                switch test(bytes, index) {
                case .no: index += 1
                case .found(let relative): return position + relative
                case .needMoreBytes: if index > 0 || count < chunk.count { break scan } else { index += 1 }
                }
            }
            if position + count >= size { return nil }
            position += index
        }
        return nil
    }
}
