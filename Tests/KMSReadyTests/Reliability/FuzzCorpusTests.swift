import Testing
@testable import kmsready_fuzz

/// The fuzz corpus (`Tests/Fuzz`), replayed through every fuzz target on every test run: each reproducer
/// of a defect the fuzzers or a hostile user found, and seeds in the real formats. A crash or a
/// disagreement (fast fold against reference, one core against two, a value written back) traps.
@Suite struct FuzzCorpusTests {
    @Test func everyTargetReplaysItsCorpus() throws {
        let counts = try FuzzCorpus.replay()
        for target in FuzzTarget.allCases {
            #expect((counts[target] ?? 0) >= 2, "\(target.rawValue) has a corpus")
        }
    }
}
