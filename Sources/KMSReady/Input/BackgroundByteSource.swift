import Dispatch
import Foundation
import Synchronization

/// A byte source read ahead on a thread of its own: for gzip files, whose decompression then runs on
/// one core while the fold runs on another. The thread fills a ring of a few large blocks and waits
/// when all are full; an error reaches the reader in order, after the bytes before it. When the reader
/// stops early (an error of its own, or it is dropped), the thread is told to stop, so it never hangs.
public struct BackgroundByteSource: ByteSource {
    /// The blocks between the thread and the reader.
    private final class Ring: @unchecked Sendable {
        static let blockSize = 1 << 20
        static let blockCount = 4
        let blocks = (0..<blockCount).map { _ in UnsafeMutableRawBufferPointer.allocate(byteCount: blockSize, alignment: 16) }
        /// What each filled block holds: its byte count (0 at the end of the stream), or the error that ended it.
        var results = [Result<Int, InputError>](repeating: .success(0), count: blockCount)
        let filled = DispatchSemaphore(value: 0)
        /// Made at 0 and signalled up: libdispatch refuses to free a semaphore below its initial value.
        let free = DispatchSemaphore(value: 0)
        let stopped = Atomic<Bool>(false)

        init() { for _ in 0..<Self.blockCount { free.signal() } }

        deinit { blocks.forEach { $0.deallocate() } }
    }

    /// The reader's side; when it goes, the thread is told to stop.
    private final class Reader {
        let ring: Ring
        var block = 0
        var offset = 0
        var available = 0
        var finished: Result<Int, InputError>?

        init(ring: Ring) { self.ring = ring }

        deinit {
            ring.stopped.store(true, ordering: .releasing)
            ring.free.signal()
        }
    }

    private let reader: Reader

    /// Starts reading `source` on a new thread.
    public init(_ source: consuming some ByteSource & Sendable) {
        let ring = Ring()
        reader = Reader(ring: ring)
        let thread = Thread { [source] in
            var source = source
            var block = 0
            while true {
                ring.free.wait()
                if ring.stopped.load(ordering: .acquiring) { return }
                let result: Result<Int, InputError>
                do throws(InputError) {
                    result = .success(try source.read(into: ring.blocks[block]))
                } catch {
                    result = .failure(error)
                }
                ring.results[block] = result
                ring.filled.signal()
                if case .success(let count) = result, count > 0 {
                    block = (block + 1) % Ring.blockCount
                } else {
                    return
                }
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        let reader = self.reader
        if let finished = reader.finished { return try finished.get() }
        if reader.available == 0 {
            reader.ring.filled.wait()
            let result = reader.ring.results[reader.block]
            guard case .success(let count) = result, count > 0 else {
                reader.finished = result
                return try result.get()
            }
            reader.available = count
            reader.offset = 0
        }
        let count = min(buffer.count, reader.available)
        buffer.baseAddress!.copyMemory(from: reader.ring.blocks[reader.block].baseAddress! + reader.offset, byteCount: count)
        reader.offset += count
        reader.available -= count
        if reader.available == 0 {
            reader.block = (reader.block + 1) % Ring.blockCount
            reader.ring.free.signal()
        }
        return count
    }
}
