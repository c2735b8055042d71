import Foundation

/// One input file: where to open it and how to name it in messages and reports.
public struct InputFile: Hashable, Sendable {
    /// The path to open.
    public let path: String
    /// The name shown to the user: the path as given on the command line, joined with the part found below a folder.
    public let displayName: String

    /// An input file named `displayName`, opened at `path`.
    public init(path: String, displayName: String) {
        self.path = path
        self.displayName = displayName
    }

    /// Expands files and folders (searched recursively) into a sorted list of regular files.
    ///
    /// Inside folders, entries whose names start with `.` (hidden) or `_` (markers and metadata that
    /// Hadoop, Spark and other engines write beside their output, such as `_SUCCESS`) are skipped; a path
    /// named explicitly is read whatever its name. A path is opened relative to
    /// `base` when it is relative and `base` is given, but is always displayed as given, so reports do
    /// not depend on where the tool runs. Links are followed, but each file and folder is taken once by
    /// its device and inode: a file named twice (`F` and `./F`, a link and its target) is read once, and a
    /// link back up the tree (`sub/up -> ..`) is not walked again. Anything but files and folders — a FIFO,
    /// a socket, a device — is an error: it could block, or be read differently twice.
    public static func expand(_ paths: [String], relativeTo base: String? = nil) throws(InputError) -> [InputFile] {
        var walk = FolderWalk()
        for given in paths {
            let resolved = (base != nil && !given.hasPrefix("/")) ? base! + "/" + given : given
            try walk.add(path: resolved, display: given, explicitly: true)
        }
        return walk.files
    }

    /// The files found so far, and every file and folder already taken.
    private struct FolderWalk {
        var files: [InputFile] = []
        var taken = Set<FileIdentity>()

        mutating func add(path: String, display: String, explicitly: Bool) throws(InputError) {
            guard let (identity, kind) = FileIdentity.of(path) else {
                throw InputError(file: display, message: explicitly ? "no such file or folder" : "a link to nothing")
            }
            guard taken.insert(identity).inserted else { return }
            switch kind {
            case .regular:
                files.append(InputFile(path: path, displayName: display))
            case .folder:
                try walk(folder: path, display: display)
            default:
                throw kind.refusal(display)
            }
        }

        private mutating func walk(folder: String, display: String) throws(InputError) {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder)
            } catch {
                throw InputError(file: display, message: "cannot read the folder")
            }
            let displayPrefix = display.hasSuffix("/") ? display : display + "/"
            for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("_") {
                try add(path: folder + "/" + name, display: displayPrefix + name, explicitly: false)
            }
        }
    }
}
