/// What a User-Agent says about its caller, read from `rules/classifiers/user-agents.json`: tools
/// (whose token wins over the language they are built on), SDK languages, the migration SDKs' tokens,
/// and the host names of consoles and cloud services. No regular expression: token names compare
/// case-insensitively (`TextTest`).
public struct UserAgentTable: Sendable {
    /// A tool such as the aliyun CLI or Terraform, known by one of its tokens.
    struct Tool: Sendable {
        var token: TextTest
        var tool: String
    }

    /// An SDK language (or a migration SDK), known by a token.
    struct Language: Sendable {
        var token: TextTest
        var language: String
    }

    /// A caller kind, known by the agent being a single host name with this suffix.
    struct Host: Sendable {
        var suffix: TextTest
        var kind: CallerKind
    }

    /// A caller kind, known by the whole agent (`AliyunConsole`, a word without a version).
    struct Agent: Sendable {
        var agent: TextTest
        var kind: CallerKind
    }

    let tools: [Tool]
    let languages: [Language]
    let migrationSdks: [Language]
    let hosts: [Host]
    let agents: [Agent]

    /// What one agent says.
    public struct Reading: Equatable, Sendable {
        /// `java`, `go`, `python`, `nodejs`, `php`, `dotnet`, or `unknown`.
        public var language = "unknown"
        /// The language token's version, e.g. `1.8.0_292-b10`, `1.21.5`.
        public var languageVersion: String?
        /// The tool the agent names (`aliyun-cli`, `terraform`): the caller is a tool, whatever its language.
        public var tool: String?
        /// The migration SDK's version when the agent carries its token.
        public var migrationSdkVersion: String?
        /// The caller kind the agent itself shows: a tool, or a console or cloud-service host.
        public var callerKind: CallerKind?
        /// The token or host that decided `callerKind`, e.g. `Aliyun-CLI/3.0.188`, `ecs.aliyuncs.com`.
        public var signal: String?
    }

    /// The tool that a tool caller's signal (`userAgent: HashiCorp-Terraform/1.5.7`, as `Reading.signal`
    /// is shown) names, if a tool token is the signal's product name.
    public func tool(inSignal signal: String) -> String? {
        let product = signal.hasPrefix("userAgent: ") ? signal.dropFirst("userAgent: ".count) : Substring(signal)
        let name = Array(product.prefix { $0 != "/" }.utf8)
        return tools.first { $0.token.holds(for: name) }?.tool
    }

    /// Reads one agent.
    public func read(_ agent: String) -> Reading {
        var reading = Reading()
        let whole = Array(agent.utf8)
        if let match = agents.first(where: { $0.agent.holds(for: whole) }) {
            reading.callerKind = match.kind
            reading.signal = agent
            return reading
        }
        let parsed = UserAgent(agent)
        if let host = parsed.host, let match = hosts.first(where: { $0.suffix.holds(for: host) }) {
            reading.callerKind = match.kind
            reading.signal = String(decoding: host, as: UTF8.self)
            return reading
        }
        // A word without a version (`Alibaba Cloud`) is no product token.
        func product(_ test: TextTest) -> UserAgent.Product? { parsed.products.first { $0.version != nil && test.holds(for: $0.name) } }
        func text(_ product: UserAgent.Product) -> String {
            String(decoding: product.name, as: UTF8.self) + "/" + String(decoding: product.version ?? [], as: UTF8.self)
        }
        for language in languages {
            if let found = product(language.token) {
                reading.language = language.language
                reading.languageVersion = found.version.flatMap { $0.isEmpty ? nil : String(decoding: $0, as: UTF8.self) }
                break
            }
        }
        for sdk in migrationSdks {
            if let found = product(sdk.token) {
                reading.migrationSdkVersion = found.version.map { String(decoding: $0, as: UTF8.self) }
                break
            }
        }
        for tool in tools {
            if let found = product(tool.token) {
                reading.tool = tool.tool
                reading.callerKind = .tool
                reading.signal = text(found)
                break
            }
        }
        return reading
    }
}
