import Foundation

/// Keeps a run's outputs off its inputs: an output that is an input file (by device and inode, whatever
/// path names it) would destroy what the run read, and one inside an input folder would be read as an
/// input by the next run. Two outputs naming one file would overwrite each other.
public enum OutputCollision {
    /// Fails when an output is an input, lies inside an input folder, or is named twice.
    public static func check(_ outputs: [String], inputs: [String]) throws(InputError) {
        var inputFiles: [FileIdentity: String] = [:]
        var inputFolders: [FileIdentity: String] = [:]
        for input in inputs {
            guard let (identity, kind) = FileIdentity.of(input) else { continue }
            if kind == .folder { inputFolders[identity] = input } else { inputFiles[identity] = input }
        }
        var seen: [String: String] = [:]
        for output in outputs {
            if let (identity, _) = FileIdentity.of(output), let input = inputFiles[identity] {
                throw refusal(output, "it is the input \(input) of this run")
            }
            let parent = URL(fileURLWithPath: output).deletingLastPathComponent().resolvingSymlinksInPath()
            var folder = parent.path
            while !folder.isEmpty {
                if let (identity, _) = FileIdentity.of(folder), let input = inputFolders[identity] {
                    throw refusal(output, "it is inside the input folder \(input), where the next run would read it")
                }
                guard folder != "/", let slash = folder.lastIndex(of: "/") else { break }
                folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
            }
            let resolved = parent.appendingPathComponent(URL(fileURLWithPath: output).lastPathComponent).path
            if let earlier = seen[resolved] { throw refusal(output, "the output \(earlier) is the same file") }
            seen[resolved] = output
        }
    }

    private static func refusal(_ output: String, _ reason: String) -> InputError {
        InputError(file: output, message: "not written: \(reason)")
    }
}
