/// What a source file imports, read from its tokens: the names it binds to Alibaba Cloud KMS SDK modules
/// (a class, a Go package alias, a Python module, a JavaScript binding) with their generation, and whether
/// it also imports another cloud's KMS SDK. Operation names are read as KMS calls only through these.
struct SourceImports {
    /// Local names bound to a KMS SDK import, with its generation.
    var bound: [String: SDKGeneration] = [:]
    /// Generations imported whole (a Java `*` import, a C# `using` namespace, a C++ include, a PHP namespace).
    var wholeModules: Set<SDKGeneration> = []
    /// Every KMS SDK generation the file imports.
    var generations: Set<SDKGeneration> = []
    /// Whether the file imports another cloud's KMS SDK (or another key vault).
    var otherVendor = false
    /// The token ranges of import statements, never read as code.
    var statements: [Range<Int>] = []
    /// Whether the file imports `@alicloud/pop-core` or another generic Alibaba client.
    var genericClient = false
    /// Whether the KMS-instance SDK's generic Python modules (`sdk`, `openapi`, `openapi_util`) are that
    /// SDK here: its application depends on `alibabacloud-dkms-gcs` (§5.3).
    private let instanceModules: Bool

    /// Whether the file imports any KMS SDK.
    var alibaba: Bool { !generations.isEmpty }

    /// The imports of `tokens`, written in `language`; `instanceModules` when the application depends on
    /// the Python KMS-instance SDK.
    init(_ tokens: [SourceToken], language: SourceLanguage, instanceModules: Bool = false) {
        self.instanceModules = instanceModules
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let start = index
            switch (language, token.text) {
            case (.java, "import"), (.kotlin, "import"):
                var path = ""
                index += 1
                if index < tokens.count, tokens[index].text == "static" { index += 1 }
                while index < tokens.count, tokens[index].line == token.line, tokens[index].text != ";" {
                    path += tokens[index].text
                    index += 1
                }
                var binding = path.split(separator: ".").last.map(String.init) ?? path
                if index + 1 < tokens.count, tokens[index].text == "as" { binding = tokens[index + 1].text }
                add(path: path, binding: binding == "*" ? nil : binding, language: .java)
            case (.go, "import"):
                index += 1
                let block = index < tokens.count && tokens[index].text == "("
                if block { index += 1 }
                repeat {
                    var alias: String?
                    if index < tokens.count, tokens[index].kind == .name || tokens[index].text == "_" || tokens[index].text == "." {
                        alias = tokens[index].text
                        index += 1
                    }
                    guard index < tokens.count, tokens[index].kind == .string else { break }
                    let path = tokens[index].text
                    let parts = path.split(separator: "/")
                    var name = parts.last.map(String.init) ?? path
                    if name.count >= 2, name.first == "v", name.dropFirst().allSatisfy(\.isNumber), parts.count > 1 { name = String(parts[parts.count - 2]) }
                    add(path: path, binding: alias ?? name, language: .go)
                    index += 1
                } while block && index < tokens.count && tokens[index].text != ")"
            case (.python, "from"):
                var module = ""
                index += 1
                while index < tokens.count, tokens[index].text != "import", tokens[index].line == token.line {
                    module += tokens[index].text
                    index += 1
                }
                index += 1
                while index < tokens.count, tokens[index].line == token.line || tokens[index - 1].text == "(" || tokens[index - 1].text == "," {
                    let name = tokens[index]
                    if name.kind == .name {
                        var binding = name.text
                        if index + 2 < tokens.count, tokens[index + 1].text == "as" {
                            binding = tokens[index + 2].text
                            index += 2
                        }
                        add(path: module + "." + name.text, binding: binding, language: .python)
                    }
                    if name.text == ")" { index += 1; break }
                    index += 1
                }
            case (.python, "import"):
                var module = ""
                index += 1
                while index < tokens.count, tokens[index].line == token.line, tokens[index].text != "as", tokens[index].text != "," {
                    module += tokens[index].text
                    index += 1
                }
                var binding = module.split(separator: ".").first.map(String.init) ?? module
                if index + 1 < tokens.count, tokens[index].text == "as" {
                    binding = tokens[index + 1].text
                    index += 2
                }
                add(path: module, binding: binding, language: .python)
                // Every dotted use of the module's full name resolves through it too.
                add(path: module, binding: module, language: .python)
            case (.javascript, "require") where index + 2 < tokens.count && tokens[index + 1].text == "(" && tokens[index + 2].kind == .string:
                let module = tokens[index + 2].text
                add(path: module, binding: nil, language: .javascript)
                if let generation = generation(of: module, language: .javascript) {
                    var back = index - 1
                    // `const X = require(…)`, `const { default: Client, Y } = require(…)`: the names before `=`.
                    while back >= 0, tokens[back].text != "const", tokens[back].text != "let", tokens[back].text != "var", tokens[back].text != ";", index - back < 40 {
                        if tokens[back].kind == .name, tokens[back].text != "default" { bound[tokens[back].text] = generation }
                        back -= 1
                    }
                }
                index += 3
            case (.javascript, "import"):
                var names: [String] = []
                index += 1
                while index < tokens.count, tokens[index].kind != .string, index - start < 60 {
                    if tokens[index].kind == .name, !["from", "as", "type", "default"].contains(tokens[index].text) { names.append(tokens[index].text) }
                    index += 1
                }
                if index < tokens.count {
                    let module = tokens[index].text
                    add(path: module, binding: nil, language: .javascript)
                    if let generation = generation(of: module, language: .javascript) { for name in names { bound[name] = generation } }
                }
            case (.php, "use"):
                var path = ""
                index += 1
                while index < tokens.count, tokens[index].text != ";", tokens[index].text != "{", index - start < 40 {
                    if tokens[index].text == "as" { break }
                    path += tokens[index].text
                    index += 1
                }
                var binding = path.split(separator: "\\").last.map(String.init)
                if index + 1 < tokens.count, tokens[index].text == "as" { binding = tokens[index + 1].text }
                add(path: path, binding: binding, language: .php)
            case (.csharp, "using") where index + 1 < tokens.count && tokens[index + 1].kind == .name:
                var path = ""
                index += 1
                var alias: String?
                if index + 1 < tokens.count, tokens[index + 1].text == "=" {
                    alias = tokens[index].text
                    index += 2
                }
                while index < tokens.count, tokens[index].text != ";", tokens[index].line == token.line {
                    path += tokens[index].text
                    index += 1
                }
                add(path: path, binding: alias, language: .csharp)
                if alias == nil, let generation = generation(of: path, language: .csharp) { wholeModules.insert(generation) }
            case (.swift, "import") where index + 1 < tokens.count:
                index += 1
                let module = tokens[index].text
                add(path: module, binding: nil, language: .swift)
                index += 1
            case (.cpp, "include") where index > 0 && tokens[index - 1].text == "#":
                var path = ""
                index += 1
                if index < tokens.count, tokens[index].kind == .string {
                    path = tokens[index].text
                } else {
                    while index < tokens.count, tokens[index].line == token.line, tokens[index].text != ">" {
                        if tokens[index].text != "<" { path += tokens[index].text }
                        index += 1
                    }
                }
                add(path: path, binding: nil, language: .cpp)
                if let generation = generation(of: path, language: .cpp) { wholeModules.insert(generation) }
            default:
                index += 1
                continue
            }
            statements.append(start..<max(index, start + 1))
            if index == start { index += 1 }
        }
    }

    /// Records an import of `path`, bound to `binding` (or to every class of the module for a `*` import).
    private mutating func add(path: String, binding: String?, language: SourceLanguage) {
        if SDKCatalog.otherVendorImports.contains(where: { path.hasPrefix($0) || path.contains($0 + "/") || path.contains($0 + ".") }) {
            otherVendor = true
            return
        }
        if path == "@alicloud/pop-core" || path.hasPrefix("AlibabaCloud\\Client") || path.hasPrefix("aliyunsdkcore") { genericClient = true }
        guard let generation = generation(of: path, language: language) else { return }
        generations.insert(generation)
        if let binding { bound[binding] = generation } else { wholeModules.insert(generation) }
    }

    /// The KMS SDK generation of an import path, when it is one.
    func generation(of path: String, language: SourceLanguage) -> SDKGeneration? {
        if instanceModules, language == .python, ["sdk", "openapi", "openapi_util"].contains(where: { path == $0 || path.hasPrefix($0 + ".") }) {
            return .instance
        }
        let table = SDKCatalog.imports[language == .kotlin ? .java : language] ?? []
        return table.first { path.hasPrefix($0.prefix) }?.generation
    }

    /// For each of `count` tokens, whether it lies in an import statement.
    func statementMask(count: Int) -> [Bool] {
        var mask = Array(repeating: false, count: count)
        for range in statements { for index in range where index < count { mask[index] = true } }
        return mask
    }
}
