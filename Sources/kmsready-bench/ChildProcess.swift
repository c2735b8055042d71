#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A command run to completion with its wall time, peak resident memory and standard output.
struct ChildProcess {
    let seconds: Double
    let peakRSSBytes: Int
    let status: Int32
    let output: String

    /// Runs `arguments[0]` (searched in PATH) with the rest as arguments; stdout is captured, or
    /// discarded with `discardOutput` (the way `cmd > /dev/null` measures a floor).
    static func run(_ arguments: [String], discardOutput: Bool = false) -> ChildProcess {
        var pipe: [Int32] = [0, 0]
        _ = pipe.withUnsafeMutableBufferPointer { Glibc.pipe($0.baseAddress!) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        if discardOutput {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        }
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        posix_spawn_file_actions_destroy(&actions)
        close(pipe[1])
        guard spawned == 0 else {
            close(pipe[0])
            return ChildProcess(seconds: 0, peakRSSBytes: 0, status: 127, output: "cannot run \(arguments[0])")
        }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, $0.count) }
            if count <= 0 { break }
            output.append(contentsOf: chunk[0..<count])
        }
        close(pipe[0])
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // ru_maxrss is in kilobytes on Linux.
        return ChildProcess(seconds: seconds, peakRSSBytes: Int(usage.ru_maxrss) * 1024, status: (status >> 8) & 0xFF,
                            output: String(decoding: output, as: UTF8.self))
    }
}
