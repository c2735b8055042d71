/// A file a usage summary read, named by what it holds as well as by its path: two summaries that read
/// the same file, under one name or two, are found out before their counts are added twice.
///
/// The fingerprint is the SHA-256 of the file's bytes when it holds at most `2 × sampledBytes`, and
/// otherwise of its first and last `sampledBytes` (a trail's files differ in their first event's id and
/// time, and a gzip file ends with the checksum of all it holds). Opening a file again for two pieces of
/// 1 KiB and digesting them costs about 16 µs; with pieces of 4 KiB, 40 µs; a digest of every byte (250
/// MB/s here) would cost three times the fold. See <doc:BeyondOneMachine>.
public struct TraceInput: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file as the user (or the engine's list) named it.
    public var file: String
    /// Its size on disk.
    public var bytes: Int
    /// 64 hexadecimal digits: see above.
    public var fingerprint: String

    /// What makes two inputs the same file whatever their names.
    public struct Identity: Hashable, Sendable {
        public let bytes: Int
        public let fingerprint: String
    }

    /// The bytes digested from each end of a larger file.
    public static let sampledBytes = 1024

    /// An input named `file`, of `bytes` bytes, with its `fingerprint`.
    public init(file: String, bytes: Int, fingerprint: String) {
        self.file = file
        self.bytes = bytes
        self.fingerprint = fingerprint
    }

    /// Reads the size and fingerprint of `file`.
    public static func of(_ file: InputFile) throws(InputError) -> TraceInput {
        let source = try FileByteSource(file)
        let size = try source.size()
        var digest = SHA256()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 2 * sampledBytes, alignment: 1)
        defer { buffer.deallocate() }
        let pieces = size <= 2 * sampledBytes ? [0..<size] : [0..<sampledBytes, (size - sampledBytes)..<size]
        for piece in pieces where !piece.isEmpty {
            var filled = 0
            while filled < piece.count {
                let count = try source.read(into: buffer.baseAddress! + filled, count: piece.count - filled, at: piece.lowerBound + filled)
                guard count > 0 else { throw InputError(file: file.displayName, message: "changed while it was read: shorter than its size") }
                filled += count
            }
            digest.update(UnsafeRawBufferPointer(start: buffer.baseAddress, count: filled))
        }
        return TraceInput(file: file.displayName, bytes: size, fingerprint: digest.hexDigest())
    }

    public var identity: Identity { Identity(bytes: bytes, fingerprint: fingerprint) }

    public static func < (lhs: TraceInput, rhs: TraceInput) -> Bool {
        (lhs.file, lhs.bytes, lhs.fingerprint) < (rhs.file, rhs.bytes, rhs.fingerprint)
    }

    /// The file, its size and the start of its fingerprint.
    public var description: String { DisplayText.escaped("\(file) (\(bytes) bytes, fingerprint \(fingerprint.prefix(12))…)") }
}
