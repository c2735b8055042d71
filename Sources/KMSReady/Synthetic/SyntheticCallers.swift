/// Who calls KMS in generated traces, and from where: the pool of principals behind `SyntheticTraces`.
public struct SyntheticCallers: Sendable {
    /// How callers vary from one event to the next.
    public enum Profile: String, CaseIterable, Sendable {
        /// Like a real fleet: a new source address on nearly every event (pods, autoscaling), assumed-role
        /// sessions that change per instance and call, principal ids that carry the session, many agents
        /// (some with the application's own token), keys used with a strong skew.
        case fleet
        /// Every caller with one fixed address and identity, keys used evenly: the shape in which every
        /// caller's fields repeat.
        case repeated
        /// `fleet`, with a RAM user's `principalId` new on every call (exports that vary a field no
        /// principal is named by): the fast path must not meet a new caller class per call.
        case fleetVaryingIds = "fleet-varying-ids"

        /// Whether callers vary as a fleet's do.
        var isFleet: Bool { self != .repeated }
    }

    /// One principal: its identity, its SDK's agent, and whether it calls through a VPC endpoint or from
    /// public addresses.
    struct Principal {
        enum Kind { case ramUser, applicationRole, serviceRole }
        var kind: Kind
        var name: String
        var agent: String
        var vpc: String?
        var publicAddresses: Bool
        /// The one address of a `repeated` caller.
        var fixedAddress: String
    }

    /// Agents the SDKs send, verbatim from their sources (`shared/reference/actiontrail.md`).
    static let agents = [
        "AlibabaCloud (Linux; amd64) Java/1.8.0_292-b10 Core/4.6.3",
        "AlibabaCloud (Linux; amd64) Java/17.0.2+8 tea-util/0.2.21 TeaDSL/1",
        "AlibabaCloud (linux; amd64) Golang/1.21.5 Core/0.0.1",
        "AlibabaCloud (linux; amd64) Golang/1.22.1 Core/0.01 TeaDSL/1",
        "AlibabaCloud (linux; amd64) Golang/1.22.1 Core/0.01 TeaDSL/2",
        "AlibabaCloud (Linux 6.1.0;x86_64) Python/3.11.2 Core/2.16.1 python-requests/2.18.3",
        "AlibabaCloud (Windows; AMD64) Python/3.11.3 Core/0.3.6 TeaDSL/1",
        "AlibabaCloud (Windows; AMD64) Python/3.11.3 Core/0.3.6 TeaDSL/2",
        "AlibabaCloud (darwin; arm64) Node.js/v16.14.2 Core/1.0.1 TeaDSL/1 cloud-assist/1.2.5",
        "AlibabaCloud (Linux 5.10.0; x86_64) Client/1.5.31 PHP/8.1.2",
        "AlibabaCloud (Linux; fpm-fcgi) PHP/8.2.7 Core/3.1 TeaDSL/1",
        "Alibaba Cloud (Linux 5.15.0-1034-azure #41-Ubuntu SMP Fri Feb 10 19:59:45 UTC 2023) Microsoft.NETCore.App/6.0.16 Core/1.6.0",
        "AlibabaCloud (Linux; amd64) Java/1.8.0_292-b10 Core/4.6.3 alibabacloud-dkms-transfer-java-sdk/0.2.1",
        "AlibabaCloud (Windows; AMD64) Python/3.11.3 Core/0.3.6 TeaDSL/1 alibabacloud-dkms-transfer-python-sdk/0.1.3",
        "AlibabaCloud (linux; amd64) Golang/1.20.3 Core/0.0.1 Aliyun-CLI/3.0.188",
        "AlibabaCloud (linux; amd64) Golang/1.20.3 Core/0.0.1 HashiCorp-Terraform/1.5.7 Terraform-Provider/1.212.0",
        "curl/7.88.1",
        "kms.console.aliyun.com",
    ]

    /// The cloud services that call KMS on the user's behalf, by their service-linked roles.
    static let services = ["oss", "ecs", "rds", "polardb"]

    let profile: Profile
    let principals: [Principal]
    /// Session names of assumed roles: instances, pods, STS calls.
    let sessions: [String]

    init(profile: Profile, random: inout SplitMix64) {
        self.profile = profile
        var principals: [Principal] = []
        switch profile {
        case .repeated:
            for index in 0..<240 {
                let vpc = index % 5 != 4
                let address = vpc ? "10.\(index % 200).\(index % 7).\(index % 250 + 3)" : "47.96.\(index % 200).\(index % 250 + 3)"
                principals.append(Principal(kind: .ramUser, name: "app-\(index)", agent: Self.agents[index % Self.agents.count],
                                            vpc: vpc ? "vpc-bp1synthetic\(index % 40)" : nil, publicAddresses: !vpc, fixedAddress: address))
            }
        case .fleet, .fleetVaryingIds:
            for index in 0..<400 {
                // A third of the applications append their own name/version token after the SDK's.
                var agent = Self.agents[index % Self.agents.count]
                if index % 3 == 0, agent.hasPrefix("Ali") { agent += " app-\(index)/\(index % 9 + 1).\(index % 17).\(index % 5)" }
                let vpc = index % 4 == 0 ? nil : "vpc-bp1fleet\(index % 60)"
                principals.append(Principal(kind: index < 300 ? .ramUser : .applicationRole, name: index < 300 ? "user-\(index)" : "app-role-\(index - 300)",
                                            agent: agent, vpc: vpc, publicAddresses: index % 8 == 7, fixedAddress: ""))
            }
        }
        for service in Self.services {
            principals.append(Principal(kind: .serviceRole, name: "AliyunServiceRoleFor\(service.uppercased())", agent: "\(service).aliyuncs.com",
                                        vpc: nil, publicAddresses: false, fixedAddress: "\(service).aliyuncs.com"))
        }
        self.principals = principals
        sessions = profile.isFleet
            ? (0..<10_000).map { index in index % 2 == 0 ? "i-bp1\(SyntheticTraces.hex(&random, count: 17))" : "pod-\(index % 97)-\(SyntheticTraces.hex(&random, count: 10))" }
            : ["session"]
    }

    /// The index of a key to call: even for `repeated`, strongly skewed towards the first keys for `fleet`.
    func keyIndex(_ random: inout SplitMix64, keyCount: Int) -> Int {
        guard profile.isFleet else { return Int(random.next() % UInt64(keyCount)) }
        let uniform = Double(random.next() >> 11) / Double(1 << 53)
        return min(keyCount - 1, Int(Double(keyCount) * uniform * uniform * uniform))
    }

    /// The source address of one call by `principal`.
    func address(of principal: Principal, _ random: inout SplitMix64) -> String {
        guard profile.isFleet, principal.kind != .serviceRole else { return principal.fixedAddress }
        let bits = random.next()
        let (a, b, c) = (bits & 0xFF, (bits >> 8) & 0xFF, (bits >> 16) % 254 + 1)
        if principal.publicAddresses { return "47.\(96 + (bits >> 24) % 8).\(b).\(c)" }
        return (bits >> 24) % 10 == 0 ? "100.\(64 + a % 64).\(b).\(c)" : "10.\(a % 64).\(b).\(c)"
    }

    /// The `userIdentity` object of one call by `principal`.
    func identity(of principal: Principal, _ random: inout SplitMix64) -> String {
        let account = "1540355698845812"
        switch principal.kind {
        case .ramUser:
            let id = profile == .fleetVaryingIds ? Int(random.next() & 0xFFFF_FFFF_FFFF) : principal.name.utf8.reduce(0) { $0 &* 31 &+ Int($1) } & 0xFFFF_FFFF
            return "{\"type\":\"ram-user\",\"principalId\":\"2\(id)\",\"accountId\":\"\(account)\",\"accessKeyId\":\"LTAI\(SyntheticTraces.base64(&random, count: 18))\",\"userName\":\"\(principal.name)\"}"
        case .applicationRole, .serviceRole:
            let session = sessions[Int(random.next() % UInt64(sessions.count))]
            let roleId = principal.name.utf8.reduce(0) { $0 &* 131 &+ Int($1) } & 0xFFFF_FFFF
            return "{\"type\":\"assumed-role\",\"principalId\":\"3\(roleId):\(session)\",\"accountId\":\"\(account)\",\"accessKeyId\":\"STS.\(SyntheticTraces.base64(&random, count: 15))\","
                + "\"userName\":\"\(principal.name):\(session)\",\"arn\":\"acs:ram::\(account):assumed-role/\(principal.name.lowercased())/\(session)\","
                + "\"sessionContext\":{\"attributes\":{\"mfaAuthenticated\":\"false\",\"creationDate\":\"2026-03-01T00:00:00Z\"}}}"
        }
    }
}
