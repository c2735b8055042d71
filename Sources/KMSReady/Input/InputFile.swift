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
    /// Hidden entries (names starting with `.`) inside folders are skipped. A path is opened relative to
    /// `base` when it is relative and `base` is given, but is always displayed as given, so reports do
    /// not depend on where the tool runs.
    public static func expand(_ paths: [String], relativeTo base: String? = nil) throws(InputError) -> [InputFile] {
        var files: [InputFile] = []
        var seen = Set<String>()
        for given in paths {
            let resolved = (base != nil && !given.hasPrefix("/")) ? base! + "/" + given : given
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
                throw InputError(file: given, message: "no such file or folder")
            }
            let found: [InputFile]
            if isDirectory.boolValue {
                found = try walk(folder: resolved, display: given)
            } else {
                found = [InputFile(path: resolved, displayName: given)]
            }
            for file in found where seen.insert(file.path).inserted { files.append(file) }
        }
        return files
    }

    private static func walk(folder: String, display: String) throws(InputError) -> [InputFile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw InputError(file: display, message: "cannot read the folder")
        }
        var files: [InputFile] = []
        let displayPrefix = display.hasSuffix("/") ? display : display + "/"
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                files += try walk(folder: path, display: displayPrefix + name)
            } else {
                files.append(InputFile(path: path, displayName: displayPrefix + name))
            }
        }
        return files
    }
}
