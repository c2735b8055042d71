/// The fields of one ActionTrail event of a KMS call that the usage fold needs — and nothing else.
///
/// Request parameters and response elements are never kept: only the key references found in them.
/// Access key ids and session data of `userIdentity` are never read.
public struct TraceEvent: Equatable, Sendable {
    public var eventId: String?
    public var eventName: String
    /// Seconds since 1970, UTC.
    public var eventTime: Int64
    public var eventType: String?
    public var eventSource: String?
    public var region: String?
    public var sourceIpAddress: String?
    public var userAgent: String?
    public var vpcId: String?
    /// Non-nil when the call failed.
    public var errorCode: String?
    public var identityType: String?
    /// The caller, e.g. `ram-user:orders-service` or `assumed-role:AliyunServiceRoleForOSS`.
    public var principal: String
    /// The keys the event names, after normalisation (ids preferred to aliases).
    public var keys: [KeyReference]
    /// The account whose trail recorded the call (`recipientAccountId`, else `userIdentity.accountId`).
    public var account: String? = nil
    /// `Read` or `Write`, when the event says.
    public var eventRW: String? = nil
    /// The account that assumed a role of `account`, when it is another one (`stsTokenPlayerUid`).
    public var callingAccount: String? = nil

    /// The principal calls are counted under: `principal`, naming both accounts when a role of one was
    /// used from another — never the role's account alone. The caller kind is read from `principal`.
    public var groupPrincipal: String {
        callingAccount.map { "\(principal) (account \(account ?? "unknown"), from account \($0))" } ?? principal
    }
}
