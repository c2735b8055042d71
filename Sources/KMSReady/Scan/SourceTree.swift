import Foundation

/// The files of the repositories or folders given to `kmsready scan`: each with its language, whether it
/// is main code, a test or an example, and the application it belongs to. Vendored code (`vendor/`,
/// `node_modules/`, a committed virtualenv, a copy of an SDK's own package) is skipped and counted.
public struct SourceTree: Sendable {
    /// One file to read.
    struct File: Sendable {
        let path: String
        let context: SourceFileContext
        /// The packaging system when the file is a manifest.
        let packages: SDKCatalog.PackageSystem?
    }

    let files: [File]
    /// Files and folders left out, by why.
    public internal(set) var skipped: [String: Int] = [:]

    /// Folders never read: other people's code, build output, version control.
    static let vendorFolders: Set<String> = ["vendor", "node_modules", "site-packages", "dist-packages", "bower_components", "third_party", "Pods"]
    static let outputFolders: Set<String> = ["target", "build", "dist", "out", "bin", "obj", "__pycache__"]
    /// Python packages of the KMS SDKs themselves: a folder of that name is a copy of the SDK.
    static let sdkPackageFolders: Set<String> = ["aliyunsdkkms", "alibabacloud_kms20160120", "alibabacloud_dkms_transfer", "alibabacloud_kms_kms20160120", "aliyun_encryption_sdk"]
    /// Source files larger than this are not read (generated or data, not code people write).
    static let maximumFileSize = 4 << 20

    /// Walks `paths`; each is a file or a folder, named in reports as given, and opened relative to `base`
    /// when it is relative and `base` is given.
    public init(_ paths: [String], relativeTo base: String? = nil) throws(InputError) {
        var files: [File] = []
        var skipped: [String: Int] = [:]
        var seen = Set<FileIdentity>()
        for given in paths {
            let resolved = base != nil && !given.hasPrefix("/") ? base! + "/" + given : given
            guard let (identity, kind) = FileIdentity.of(resolved) else { throw InputError(file: given, message: "no such file or folder") }
            seen.insert(identity)
            if kind == .folder {
                let display = given.hasSuffix("/") ? String(given.dropLast()) : given
                Self.walk(folder: resolved, display: display, relative: "", application: display, files: &files, skipped: &skipped, seen: &seen)
            } else {
                let name = (given as NSString).lastPathComponent
                if let file = Self.file(path: resolved, display: given, relative: name, application: (given as NSString).deletingLastPathComponent) {
                    files.append(file)
                }
            }
        }
        self.files = files
        self.skipped = skipped
    }

    private static func walk(folder: String, display: String, relative: String, application: String,
                             files: inout [File], skipped: inout [String: Int], seen: inout Set<FileIdentity>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        if names.contains("pyvenv.cfg") {
            skipped["virtualenv", default: 0] += 1
            return
        }
        let application = names.contains { SDKCatalog.PackageSystem(manifest: $0) != nil } ? display : application
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder + "/" + name
            guard let (identity, kind) = FileIdentity.of(path), seen.insert(identity).inserted else { continue }
            let childDisplay = display + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            if kind == .folder {
                if vendorFolders.contains(name) { skipped["vendored", default: 0] += 1; continue }
                if outputFolders.contains(name) { skipped["build output", default: 0] += 1; continue }
                if sdkPackageFolders.contains(name) { skipped["SDK copy", default: 0] += 1; continue }
                walk(folder: path, display: childDisplay, relative: childRelative, application: application, files: &files, skipped: &skipped, seen: &seen)
            } else if kind == .regular, let file = file(path: path, display: childDisplay, relative: childRelative, application: application) {
                files.append(file)
            }
        }
    }

    private static func file(path: String, display: String, relative: String, application: String) -> File? {
        let name = (relative as NSString).lastPathComponent
        let packages = SDKCatalog.PackageSystem(manifest: name)
        guard let language = SourceLanguage(fileName: name) ?? (packages != nil ? .config : nil) else { return nil }
        let context = SourceFileContext(name: display, language: language, reachability: reachability(relative), application: application)
        return File(path: path, context: context, packages: packages)
    }

    /// Tests and examples by their path below the folder given: a `test`/`tests`/`__tests__`/`spec`
    /// folder or a test file name; an `example(s)`/`sample(s)`/`demo(s)` folder — before a `java`, `kotlin`
    /// or `scala` source root, whose folders are a package name (`com/example/orders` is main code).
    static func reachability(_ relative: String) -> CodeObservation.Reachability {
        let parts = relative.split(separator: "/").map { $0.lowercased() }
        let folders = parts.dropLast().prefix { !["java", "kotlin", "scala"].contains($0) }
        let name = parts.last ?? ""
        if folders.contains(where: { ["test", "tests", "__tests__", "spec", "testdata"].contains($0) })
            || name.hasSuffix("_test.go") || name.hasPrefix("test_") || name.hasSuffix("_test.py")
            || name.hasSuffix("test.java") || name.hasSuffix("tests.java") || name.hasSuffix("tests.cs") || name.hasSuffix("test.cs")
            || name.contains(".test.") || name.contains(".spec.") {
            return .test
        }
        if folders.contains(where: { ["example", "examples", "sample", "samples", "demo", "demos"].contains($0) }) { return .example }
        return .main
    }
}
