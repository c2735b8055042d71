/// Finds the KMS SDKs a manifest depends on (`pom.xml`, `build.gradle`, `go.mod`, `requirements*.txt`,
/// `pyproject.toml`, `setup.py`, `package.json`, `composer.json`, `*.csproj`, `CMakeLists.txt`,
/// `conanfile`), each at the line and column of its name, with its generation.
enum ManifestScanner {
    static func observations(_ bytes: [UInt8], system: SDKCatalog.PackageSystem, file: SourceFileContext) -> [CodeObservation] {
        guard let packages = SDKCatalog.packages[system] else { return [] }
        var observations: [CodeObservation] = []
        var seen = Set<String>()
        let text = String(decoding: bytes, as: UTF8.self)
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("#") || trimmed.hasPrefix("//") || trimmed.hasPrefix("<!--") { continue }
            var column = 1
            for word in line.split(omittingEmptySubsequences: false, whereSeparator: { " \t\"'<>:,()=;[]{}".contains($0) }) {
                defer { column += word.utf8.count + 1 }
                guard let (name, generation) = match(String(word), in: packages, system: system), seen.insert(name).inserted else { continue }
                var observation = CodeObservation(.dependency, at: SourceToken(kind: .name, text: name, line: lineIndex + 1, column: column), in: file)
                observation.subject = name
                observation.generation = generation
                observation.language = language(of: system)
                observations.append(observation)
            }
        }
        return observations
    }

    /// The package a word of a manifest names: as written, normalised for PyPI and NuGet, without a Go
    /// major-version suffix or a Python version specifier.
    private static func match(_ word: String, in packages: [String: SDKGeneration], system: SDKCatalog.PackageSystem) -> (String, SDKGeneration)? {
        var name = word
        switch system {
        case .pypi:
            name = String(name.prefix { !"=<>~![;".contains($0) }).lowercased().replacingOccurrences(of: "_", with: "-")
        case .nuget:
            name = name.lowercased()
        case .go:
            if let found = packages.keys.first(where: { name == $0 || name.hasPrefix($0 + "/") }) { return (found, packages[found]!) }
            return nil
        default:
            break
        }
        return packages[name].map { (name, $0) }
    }

    /// The language a manifest's dependencies are for.
    private static func language(of system: SDKCatalog.PackageSystem) -> SourceLanguage {
        switch system {
        case .maven: return .java
        case .go: return .go
        case .pypi: return .python
        case .npm: return .javascript
        case .composer: return .php
        case .nuget: return .csharp
        case .cpp: return .cpp
        }
    }
}
