import Dispatch
import Synchronization

/// `body(0) … body(count - 1)` worked out on as many cores as there are and returned in order; on the
/// calling thread alone when `count` is 1.
func parallelMap<Element: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Element) -> [Element] {
    if count == 1 { return [body(0)] }
    let results = Mutex([Element?](repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { index in
        let result = body(index)
        results.withLock { $0[index] = result }
    }
    return results.withLock { $0.map { $0! } }
}
