/// Management calls seen in the traces that a Migration Tool run would refuse: during a run no key,
/// secret or instance may be created, changed or deleted (S24, PLAN, SFAQ), while cryptographic calls
/// and GetSecretValue go on. One entry per caller, operation and who automates it.
public struct FrozenCall: Equatable, Sendable {
    public let operation: String
    public let principal: String
    /// Who makes the call: the tool a User-Agent names (`terraform`, `aliyun-cli`), else the caller kind
    /// (`console`, `application`, `cloud-service`, `tool`).
    public let caller: String
    public let calls: Int
    /// The latest such call.
    public let lastSeen: Int64
    /// The keys (ids) and secrets (names) it touched, sorted.
    public let subjects: [String]

    /// The frozen calls among the usage of `subjects` (key ids or secret names with their usage), most
    /// calls first, then by principal and operation.
    static func seen(in subjects: [(name: String, usage: KeyUsage?)]) -> [FrozenCall] {
        struct Caller: Hashable {
            var principal: String
            var operation: String
            var caller: String
        }
        var found: [Caller: (calls: Int, last: Int64, subjects: Set<String>)] = [:]
        for (name, usage) in subjects {
            for (group, stats) in usage?.groups ?? [:] where KMSOperation.isManagementWrite(group.operation) {
                let who = CallRecord(group: group, stats: stats).tool ?? group.callerKind.rawValue
                var entry = found[Caller(principal: group.principal, operation: group.operation, caller: who), default: (0, .min, [])]
                entry.calls += stats.calls
                entry.last = max(entry.last, stats.lastSeen)
                entry.subjects.insert(name)
                found[Caller(principal: group.principal, operation: group.operation, caller: who)] = entry
            }
        }
        return found.map { FrozenCall(operation: $0.key.operation, principal: $0.key.principal, caller: $0.key.caller, calls: $0.value.calls,
                                      lastSeen: $0.value.last, subjects: $0.value.subjects.sorted()) }
            .sorted { ($1.calls, $0.principal, $0.operation, $0.caller) < ($0.calls, $1.principal, $1.operation, $1.caller) }
    }

    /// `UpdateRotationPolicy by ram-user:infra (terraform): 3 calls, the last 2026-03-02T…`.
    public var description: String {
        "\(operation) by \(principal) (\(caller)): \(counted(calls, "call")), the last \(Timestamp.format(lastSeen))"
    }
}
