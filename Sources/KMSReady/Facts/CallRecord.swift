/// One group of calls of a key, as rules see it inside `anyCall` and as evidence shows it.
public struct CallRecord: Equatable, Sendable {
    public var group: UsageGroup
    public var stats: UsageStats

    public init(group: UsageGroup, stats: UsageStats) {
        self.group = group
        self.stats = stats
    }

    /// The tool a tool caller's User-Agent names (`terraform`, `aliyun-cli`), from the signals that
    /// classified it; `nil` for other callers and for tools the built-in table does not name.
    public var tool: String? {
        guard group.callerKind == .tool else { return nil }
        return stats.callerSignals.lazy.compactMap(Self.userAgents.tool(inSignal:)).first
    }

    /// The built-in User-Agent table (embedded, checked by the tests).
    static let userAgents = try! ClassifierRules.builtIn().userAgents

    /// The value of a `call.*` fact.
    func fact(_ name: String) -> FactValue? {
        switch name {
        case "call.principal": return .string(group.principal)
        case "call.callerKind": return .string(group.callerKind.rawValue)
        case "call.operation": return .string(group.operation)
        case "call.language": return .string(group.language)
        case "call.network": return .string(group.network.rawValue)
        case "call.calls": return .int(stats.calls)
        case "call.failedCalls": return .int(stats.failedCalls)
        case "call.migrationSdk": return .bool(!stats.migrationSdkVersions.isEmpty)
        case "call.tool": return .string(tool ?? "none")
        default: return nil
        }
    }
}
