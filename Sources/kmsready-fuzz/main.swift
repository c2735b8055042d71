import Foundation
import KMSReady

/// `kmsready-fuzz`: `replay [CORPUS]` feeds the corpus to every target (any build); `TARGET [libFuzzer
/// arguments]` fuzzes one target (a build with `-sanitize=fuzzer`; the README gives the command);
/// `targets` lists them.
let words = Array(CommandLine.arguments.dropFirst())
switch words.first {
case "replay":
    let counts = try FuzzCorpus.replay(words.count > 1 ? words[1] : FuzzCorpus.root)
    for target in FuzzTarget.allCases { print("\(target.rawValue): \(counts[target] ?? 0) inputs") }
    print("replayed \(counts.values.reduce(0, +)) inputs of \(counts.count) targets: no crash, no disagreement")
case "targets":
    print(FuzzTarget.allCases.map(\.rawValue).joined(separator: "\n"))
case let name? where FuzzTarget(rawValue: name) != nil:
    guard FuzzDriver.isAvailable else {
        FileHandle.standardError.write(Data("kmsready-fuzz: this build has no libFuzzer: build it with -sanitize=fuzzer (README, Fuzzing)\n".utf8))
        exit(2)
    }
    exit(FuzzDriver.run(FuzzTarget(rawValue: name)!, arguments: Array(words.dropFirst())))
default:
    FileHandle.standardError.write(Data("usage: kmsready-fuzz replay [CORPUS] | targets | TARGET [libFuzzer arguments]\n".utf8))
    exit(2)
}
