/// The languages `kmsready scan` reads, from a file's name; each with how it writes comments and strings.
public enum SourceLanguage: String, CaseIterable, Sendable, Comparable {
    case java, kotlin, go, python, javascript, php, csharp, cpp, swift, rust, terraform, shell, config

    /// The language of a file name; `nil` for files the scan does not read.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "java": self = .java
        case "kt", "kts": self = .kotlin
        case "go": self = .go
        case "py": self = .python
        case "js", "mjs", "cjs", "ts", "mts", "cts", "jsx", "tsx": self = .javascript
        case "php": self = .php
        case "cs": self = .csharp
        case "cpp", "cc", "cxx", "c", "h", "hpp", "hh": self = .cpp
        case "swift": self = .swift
        case "rs": self = .rust
        case "tf": self = .terraform
        case "sh", "bash": self = .shell
        case "yml", "yaml", "properties", "env", "ini", "toml", "conf": self = .config
        default: return nil
        }
    }

    /// Whether `#` starts a comment.
    var hashComments: Bool { [.python, .php, .terraform, .shell, .config].contains(self) }
    /// Whether `//` and `/* */` start comments.
    var slashComments: Bool { ![.python, .shell, .config].contains(self) }
    /// Whether `'…'` is a string (in Java, C# and C++ it is one character; read as a string all the same).
    var singleQuoteStrings: Bool { true }
    /// Whether `` `…` `` is a string (Go raw strings, JavaScript templates).
    var backquoteStrings: Bool { self == .go || self == .javascript }
    /// Whether `"""…"""` and `'''…'''` are strings.
    var tripleQuoteStrings: Bool { self == .python || self == .kotlin }

    /// The name reports use.
    public var displayName: String {
        switch self {
        case .java: "Java"
        case .kotlin: "Kotlin"
        case .go: "Go"
        case .python: "Python"
        case .javascript: "Node.js/TypeScript"
        case .php: "PHP"
        case .csharp: "C#/.NET"
        case .cpp: "C++"
        case .swift: "Swift"
        case .rust: "Rust"
        case .terraform: "Terraform"
        case .shell: "shell"
        case .config: "configuration"
        }
    }

    /// Whether the 2023 edition's migration SDK (Java, Go, Python) covers the language.
    public var hasMigrationSDK2023: Bool { self == .java || self == .kotlin || self == .go || self == .python }

    public static func < (lhs: SourceLanguage, rhs: SourceLanguage) -> Bool { lhs.rawValue < rhs.rawValue }
}
