#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs libFuzzer on one target through `LLVMFuzzerRunDriver`, found at run time: only a build with
/// `-sanitize=fuzzer` holds it (see the README), and the same executable without it replays the corpus.
enum FuzzDriver {
    private typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    private typealias Driver = @convention(c) (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>, Callback) -> Int32

    /// Whether this build holds libFuzzer.
    static var isAvailable: Bool { driver != nil }

    private static var driver: Driver? {
        dlsym(dlopen(nil, RTLD_NOW), "LLVMFuzzerRunDriver").map { unsafeBitCast($0, to: Driver.self) }
    }

    /// The target the C callback feeds (the callback cannot capture it).
    nonisolated(unsafe) private static var target = FuzzTarget.json

    /// Fuzzes `target` with libFuzzer's `arguments` (corpus folders, `-max_total_time=…`); returns libFuzzer's status.
    static func run(_ target: FuzzTarget, arguments: [String]) -> Int32 {
        guard let driver else { return 2 }
        FuzzTarget.prepare()
        Self.target = target
        var words = ([CommandLine.arguments[0]] + arguments).map { strdup($0) }
        words.append(nil)
        var argc = Int32(words.count - 1)
        return words.withUnsafeMutableBufferPointer { buffer in
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
            return driver(&argc, &argv) { data, size in
                FuzzDriver.target.run(UnsafeRawBufferPointer(start: data, count: size))
                return 0
            }
        }
    }
}
