/// Finds KMS clients, operation calls, key references, Secrets Manager clients and KMS endpoints in one
/// source file's tokens (`source-scan.md` §2, §5). An operation name is a KMS call only when the file's
/// imports resolve it to Alibaba Cloud's SDK — a request class or a client bound to an Alibaba import —
/// or when a generic request names product `Kms` and version `2016-01-20`: other clouds' SDKs use the
/// same names.
struct CodeScanner {
    let tokens: [SourceToken]
    let file: SourceFileContext
    let imports: SourceImports
    private let inImport: [Bool]
    private(set) var observations: [CodeObservation] = []
    /// Operation calls already found, by operation, with their lines: a V1 request and the call that sends
    /// it a few lines on are one call.
    private var operationLines: [String: [Int]] = [:]
    /// Variables assigned a KMS client in this file.
    private var clientVariables = Set<String>()

    init(tokens: [SourceToken], file: SourceFileContext, instanceModules: Bool = false) {
        self.tokens = tokens
        self.file = file
        imports = SourceImports(tokens, language: file.language, instanceModules: instanceModules)
        inImport = imports.statementMask(count: tokens.count)
    }

    /// Every observation of the file, in token order.
    mutating func scan() -> [CodeObservation] {
        let strings = tokens.filter { $0.kind == .string }.map(\.text)
        let genericKMS = strings.contains("2016-01-20") && strings.contains { $0.caseInsensitiveCompare("kms") == .orderedSame || Endpoint.gateway(of: $0) != nil }
        let gateway = strings.lazy.compactMap(Endpoint.gateway(of:)).min() ?? "unresolved"
        for index in tokens.indices where !inImport[index] {
            let token = tokens[index]
            switch token.kind {
            case .name:
                client(at: index, gateway: gateway)
                requestOperation(at: index)
                methodOperation(at: index)
                cliOperation(at: index)
            case .string:
                stringFindings(at: index, genericKMS: genericKMS)
            default:
                break
            }
        }
        return observations
    }

    // MARK: Clients

    /// The client class names each generation constructs (§2, §2.4).
    private static let clientClasses: [String: Set<SDKGeneration>] = [
        "DefaultAcsClient": [.v1], "AcsClient": [.v1], "Client": [.v2, .instance], "AsyncClient": [.v2Async],
        "KmsTransferAcsClient": [.transferV1], "TransferClient": [.transferV2], "Kms": [.v1, .v2], "KmsClient": [.v1],
        "AlibabaCloudDkmsGcsSdkClient": [.instance], "SecretCacheClientBuilder": [.secretsManager],
        "SecretManagerCacheClientBuilder": [.secretsManager], "AliyunCrypto": [.encryptionSDK],
    ]

    private mutating func client(at index: Int, gateway: String) {
        let token = tokens[index]
        let name = token.text
        var generation: SDKGeneration?
        var constructed = false
        if let generations = Self.clientClasses[name] {
            let previous = index > 0 ? tokens[index - 1].text : ""
            let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
            constructed = previous == "new" || (next == "(" && [.python, .cpp].contains(file.language))
                || (file.language == .cpp && index + 2 < tokens.count && tokens[index + 1].kind == .name && tokens[index + 2].text == "(")
                || (next == "." && index + 2 < tokens.count && ["builder", "newClient", "create"].contains(tokens[index + 2].text))
            if constructed { generation = resolve(name, among: generations) }
        }
        // Go: `alias.NewClient…(`, `sdk.NewTransferClient(`.
        if file.language == .go, name.hasPrefix("New"), name.contains("Client"), index >= 2, tokens[index - 1].text == ".",
           index + 1 < tokens.count, tokens[index + 1].text == "(", let bound = imports.bound[tokens[index - 2].text] {
            generation = bound
            constructed = true
        }
        // A generic client aimed at KMS: pop-core's RPCClient, C++ CommonClient.
        if !constructed, ["RPCClient", "CommonClient"].contains(name), imports.genericClient || imports.generations.contains(.generic),
           index > 0, tokens[index - 1].text == "new" || file.language == .cpp {
            generation = .generic
            constructed = true
        }
        guard constructed, let generation else { return }
        var observation = CodeObservation(generation == .secretsManager ? .secretsClient : .client, at: token, in: file)
        observation.generation = generation
        observation.subject = name
        observation.gateway = clientGateway(at: index, generation: generation, fileGateway: gateway)
        if let variable = assignedVariable(before: index) { clientVariables.insert(variable) }
        observations.append(observation)
    }

    /// The generation a client class name has here: the one its import binds, else (a V1 `DefaultAcsClient`
    /// or `AcsClient` from the core package) the V1 the file imports.
    private func resolve(_ name: String, among generations: Set<SDKGeneration>) -> SDKGeneration? {
        if let bound = imports.bound[name], generations.contains(bound) { return bound }
        if name == "DefaultAcsClient" || name == "AcsClient" { return imports.generations.contains(.v1) ? .v1 : nil }
        return generations.first { imports.wholeModules.contains($0) && !imports.otherVendor }
    }

    /// `transfer` when a transfer client is given the instance's configuration; else the gateway the
    /// file's endpoints name (`unresolved` when they come from the environment or configuration).
    private func clientGateway(at index: Int, generation: SDKGeneration, fileGateway: String) -> String {
        if generation == .instance { return "dedicated" }
        guard generation == .transferV1 || generation == .transferV2 else { return fileGateway }
        let arguments = callArguments(after: index)
        let last = arguments.last ?? []
        let configured = arguments.contains { argument in argument.contains { $0.lowercased().contains("config") && !$0.lowercased().hasPrefix("openapi") } }
        if last.contains(where: { ["nil", "null", "None", "NULL"].contains($0) }) { return "shared" }
        if generation == .transferV1 && file.language == .go { return arguments.count >= 4 ? "transfer" : "shared" }
        return configured && arguments.count >= (generation == .transferV2 ? 2 : 1) ? "transfer" : "shared"
    }

    /// The argument tokens of the call whose name is at `index`, split at top-level commas.
    private func callArguments(after index: Int) -> [[String]] {
        var position = index + 1
        while position < tokens.count, tokens[position].text != "(" , position - index < 4 { position += 1 }
        guard position < tokens.count, tokens[position].text == "(" else { return [] }
        var depth = 0
        var arguments: [[String]] = [[]]
        for token in tokens[position...].prefix(400) {
            switch token.text {
            case "(", "[", "{": depth += 1; if depth == 1 { continue }
            case ")", "]", "}": depth -= 1
            case "," where depth == 1: arguments.append([]); continue
            default: break
            }
            if depth == 0 { break }
            arguments[arguments.count - 1].append(token.text)
        }
        return arguments.last?.isEmpty == true && arguments.count == 1 ? [] : arguments
    }

    /// The variable an expression at `index` is assigned to: `x = new …`, `x, err := …`, `$x = …`, `val x = …`.
    private func assignedVariable(before index: Int) -> String? {
        var position = index - 1
        // Back over the qualifiers and `new` of the expression to its `=`.
        while position > 0, index - position < 8, tokens[position].text != "=" {
            guard ["new", ".", "&", "*", "\\", ":"].contains(tokens[position].text) || tokens[position].kind == .name else { return nil }
            position -= 1
        }
        guard position > 0, tokens[position].text == "=" else { return nil }
        var name = position - 1
        if tokens[name].text == ":" { name -= 1 }
        // `client, err :=`: the first of the names.
        while name >= 2, tokens[name - 1].text == ",", tokens[name - 2].kind == .name { name -= 2 }
        return name >= 0 && tokens[name].kind == .name ? tokens[name].text : nil
    }

    // MARK: Operations

    /// A request class of an operation, constructed: `new ReEncryptRequest`, `ReEncryptRequest()`,
    /// `kms.CreateReEncryptRequest()`, `&kms20160120.ReEncryptRequest{`, `Model::ReEncryptRequest`.
    private mutating func requestOperation(at index: Int) {
        let name = tokens[index].text
        guard name.hasSuffix("Request"), name.count > 7 else { return }
        var base = String(name.dropLast(7))
        let goCreate = base.hasPrefix("Create") && file.language == .go
        if goCreate { base.removeFirst(6) }
        guard let operation = SDKCatalog.operation(forMethod: base, instanceSDK: imports.generations.contains(.instance)) else { return }
        let previous = index > 0 ? tokens[index - 1].text : ""
        let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
        guard previous == "new" || next == "(" || next == "{" || (previous == ":" && file.language == .cpp) else { return }
        var generation: SDKGeneration?
        if previous == ".", index >= 2 {
            // `alias.CreateXRequest()`, `module.XRequest(`, `XRequest.XRequest()`.
            let qualifier = tokens[index - 2].text
            generation = imports.bound[qualifier] ?? (qualifier == name ? imports.bound[name] : nil) ?? qualifiedGeneration(endingAt: index)
        } else {
            generation = imports.bound[name] ?? qualifiedGeneration(endingAt: index)
            if generation == nil, !imports.otherVendor, let whole = imports.wholeModules.first(where: { $0 != .generic }) { generation = whole }
        }
        if goCreate && generation != .v1 && generation != .transferV1 { return }
        guard let generation, generation != .secretsManager else { return }
        addOperation(operation, at: index, generation: generation, via: "direct")
    }

    /// The generation of a fully qualified name ending at `index` (`com.aliyuncs.kms.model.v20160120.X`).
    private func qualifiedGeneration(endingAt index: Int) -> SDKGeneration? {
        var parts: [String] = []
        var position = index
        while position >= 2, tokens[position - 1].text == "." || tokens[position - 1].text == "\\", tokens[position - 2].kind == .name {
            parts.insert(tokens[position - 2].text, at: 0)
            position -= 2
        }
        guard !parts.isEmpty else { return nil }
        let separator = file.language == .php ? "\\" : "."
        return imports.generation(of: parts.joined(separator: separator) + separator + tokens[index].text, language: file.language)
    }

    /// A client method named after an operation: `client.reEncrypt(`, `ReEncryptWithChan(`,
    /// `re_encrypt_with_options(`, `$client->decrypt(`, `EncryptWithOptionsAsync(`.
    private mutating func methodOperation(at index: Int) {
        guard index > 0, index + 1 < tokens.count, tokens[index + 1].text == "(" else { return }
        let previous = tokens[index - 1].text
        guard previous == "." || (previous == ">" && index > 1 && tokens[index - 2].text == "-") else { return }
        let name = tokens[index].text
        if ["setMultiCmkId", "add_multi_cmk_id", "SetMultiCmkId"].contains(name), imports.generations.contains(.encryptionSDK) {
            // The Encryption SDK re-encrypts the data key under every further key of the same region (§2.5).
            addOperation("ReEncrypt", at: index, generation: .encryptionSDK, via: "implicit")
            return
        }
        let clients = imports.generations.subtracting([.v1, .secretsManager, .encryptionSDK, .generic])
        // V1 clients with a method per operation (Go, Node.js, PHP, C++); Java, Python and C# V1 send request objects.
        let v1Methods = [.go, .javascript, .php, .cpp].contains(file.language) && imports.generations.contains(.v1)
        guard !clients.isEmpty || v1Methods else { return }
        guard let operation = SDKCatalog.operation(forMethod: name, instanceSDK: imports.generations.contains(.instance)) else { return }
        // With another cloud's KMS SDK in the file, only a receiver known to hold a KMS client counts.
        let receiver = previous == "." ? tokens[index - 2].text : tokens[index - 3].text
        if imports.otherVendor && !clientVariables.contains(receiver) { return }
        let generation = clients.sorted().first ?? .v1
        addOperation(operation, at: index, generation: generation, via: "direct")
    }

    /// `aliyun kms ReEncrypt …` in a script or a CI step.
    private mutating func cliOperation(at index: Int) {
        guard tokens[index].text == "aliyun", index + 2 < tokens.count, tokens[index + 1].text == "kms" else { return }
        let name = tokens[index + 2]
        guard let operation = SDKCatalog.operationsBySpelling[name.text], operation == name.text else { return }
        addOperation(operation, at: index + 2, generation: .cli, via: "cli")
    }

    private mutating func addOperation(_ operation: String, at index: Int, generation: SDKGeneration, via: String) {
        let line = tokens[index].line
        if let lines = operationLines[operation], lines.contains(where: { line >= $0 && line - $0 <= 15 }) { return }
        operationLines[operation, default: []].append(line)
        var observation = CodeObservation(.operation, at: tokens[index], in: file)
        observation.operation = operation
        observation.generation = generation
        observation.via = via
        observations.append(observation)
    }

    // MARK: Strings

    private mutating func stringFindings(at index: Int, genericKMS: Bool) {
        let token = tokens[index]
        let text = token.text
        if genericKMS, SDKCatalog.operations.contains(text) {
            addOperation(text, at: index, generation: .generic, via: "generic")
        } else if imports.alibaba, !imports.otherVendor, let operation = SDKCatalog.operationsBySpelling[text], text == SDKCatalog.lowerCamel(operation),
                  text.contains(where: \.isUppercase) {
            // An operation named as a string and invoked by reflection (`"reEncrypt"` + `WithOptions`).
            addOperation(operation, at: index, generation: imports.generations.sorted().first ?? .v2, via: "reflection")
        }
        if let range = text.range(of: "aliyun kms "), let name = text[range.upperBound...].split(separator: " ").first,
           SDKCatalog.operations.contains(String(name)) {
            addOperation(String(name), at: index, generation: .cli, via: "cli")
        }
        if let action = Endpoint.action(in: text), SDKCatalog.operations.contains(action), text.contains("2016-01-20") || genericKMS {
            addOperation(action, at: index, generation: .http, via: "http")
        }
        if let gateway = Endpoint.gateway(of: text), !imports.alibaba {
            var observation = CodeObservation(.endpoint, at: token, in: file)
            observation.gateway = gateway
            observation.subject = text
            observation.generation = imports.genericClient || genericKMS ? .generic : .http
            observations.append(observation)
        }
        if Endpoint.isSecretsManagerConfiguration(text) {
            var observation = CodeObservation(.secretsClient, at: token, in: file)
            observation.generation = .secretsManager
            observation.subject = text
            observations.append(observation)
        }
        if let (reference, kind) = KeyReferenceText.classify(text, inKMSContext: kmsContext(at: index)) {
            var observation = CodeObservation(.keyReference, at: token, in: file)
            observation.reference = reference
            observation.referenceKind = kind
            observations.append(observation)
        }
    }

    /// Whether a string at `index` is read in a KMS context: a file that imports only Alibaba's KMS SDK, or
    /// a configuration key naming KMS (`kms_key_id`, `cmk`) just before it.
    private func kmsContext(at index: Int) -> Bool {
        if imports.alibaba && !imports.otherVendor { return true }
        let window = tokens[max(0, index - 8)..<index]
        return window.contains { $0.kind != .punctuation && ($0.text.lowercased().contains("kms") || $0.text.lowercased().contains("cmk")) }
            && (file.language == .config || file.language == .shell || !imports.otherVendor)
    }
}
