import Testing
@testable import KMSReady

@Suite struct ClassifierTests {
    func event(userAgent: String? = nil, eventType: String? = "ApiCall", identityType: String? = "ram-user",
               principal: String = "ram-user:app", source: String? = "10.0.0.1", vpcId: String? = nil,
               eventSource: String = "kms.cn-hangzhou.aliyuncs.com") -> TraceEvent {
        TraceEvent(eventId: "E", eventName: "Decrypt", eventTime: 0, eventType: eventType, eventSource: eventSource, region: "cn-hangzhou",
                   sourceIpAddress: source, userAgent: userAgent, vpcId: vpcId, errorCode: nil, identityType: identityType,
                   principal: principal, keys: [.id("k")])
    }

    /// One row of the User-Agent table in the reference (`shared/reference/actiontrail.md`), its example verbatim.
    struct AgentExample: Sendable, CustomTestStringConvertible {
        var row: String
        var agent: String
        var kind: CallerKind = .application
        var language: String
        var version: String?
        var migrationSdk: String? = nil
        var testDescription: String { row }
    }

    static let referenceTable: [AgentExample] = [
        AgentExample(row: "Java V1 core", agent: "AlibabaCloud (Linux; amd64) Java/1.8.0_292-b10 Core/4.6.3", language: "java", version: "1.8.0_292-b10"),
        AgentExample(row: "Java Tea / V2", agent: "AlibabaCloud (Linux; amd64) Java/17.0.2+8 tea-util/0.2.21 TeaDSL/1", language: "java", version: "17.0.2+8"),
        AgentExample(row: "Go V1", agent: "AlibabaCloud (linux; amd64) Golang/1.21.5 Core/0.0.1", language: "go", version: "1.21.5"),
        AgentExample(row: "Go Tea TeaDSL/1", agent: "AlibabaCloud (linux; amd64) Golang/1.22.1 Core/0.01 TeaDSL/1", language: "go", version: "1.22.1"),
        AgentExample(row: "Go Tea TeaDSL/2", agent: "AlibabaCloud (linux; amd64) Golang/1.22.1 Core/0.01 TeaDSL/2", language: "go", version: "1.22.1"),
        AgentExample(row: "Python V1, no space", agent: "AlibabaCloud (Linux 6.1.0;x86_64) Python/3.11.2 Core/2.16.1 python-requests/2.18.3", language: "python", version: "3.11.2"),
        AgentExample(row: "Python Tea TeaDSL/1", agent: "AlibabaCloud (Windows; AMD64) Python/3.11.3 Core/0.3.6 TeaDSL/1", language: "python", version: "3.11.3"),
        AgentExample(row: "Python Tea TeaDSL/2", agent: "AlibabaCloud (Windows; AMD64) Python/3.11.3 Core/0.3.6 TeaDSL/2", language: "python", version: "3.11.3"),
        AgentExample(row: "Node.js Tea", agent: "AlibabaCloud (darwin; arm64) Node.js/v16.14.2 Core/1.0.1 TeaDSL/1 cloud-assist/1.2.5", language: "nodejs", version: "v16.14.2"),
        AgentExample(row: "PHP V1", agent: "AlibabaCloud (Linux 5.10.0; x86_64) Client/1.5.31 PHP/8.1.2", language: "php", version: "8.1.2"),
        AgentExample(row: "PHP Tea, SAPI slot", agent: "AlibabaCloud (Linux; fpm-fcgi) PHP/8.2.7 Core/3.1 TeaDSL/1", language: "php", version: "8.2.7"),
        AgentExample(row: ".NET V1, free-text OS", agent: "Alibaba Cloud (Linux 5.15.0-1034-azure #41-Ubuntu SMP Fri Feb 10 19:59:45 UTC 2023) Microsoft.NETCore.App/6.0.16 Core/1.6.0",
                     language: "dotnet", version: "6.0.16"),
        // The table gives .NET Tea as a template only: `Alibaba Cloud (<OSVersion>) .NET.../<ver> Core/<ver> TeaDSL/1`, filled in here.
        AgentExample(row: ".NET Tea (template filled in)", agent: "Alibaba Cloud (Microsoft Windows NT 10.0.17763.0) .NETCoreApp/3.1 Core/1.0.0 TeaDSL/1",
                     language: "dotnet", version: "3.1"),
        AgentExample(row: "C++ (no agent)", agent: "", language: "unknown", version: nil),
        AgentExample(row: "C++ (libcurl's agent)", agent: "curl/7.88.1", language: "unknown", version: nil),
        AgentExample(row: "aliyun CLI", agent: "AlibabaCloud (linux; amd64) Golang/1.20.3 Core/0.0.1 Aliyun-CLI/3.0.188", kind: .tool, language: "go", version: "1.20.3"),
        AgentExample(row: "Terraform provider",
                     agent: "AlibabaCloud (linux; amd64) Golang/1.20.3 Core/0.0.1 HashiCorp-Terraform/1.5.7 Terraform-Provider/1.212.0 Terraform-Module/<source> TerraformTraceId/<uuid>",
                     kind: .tool, language: "go", version: "1.20.3"),
        AgentExample(row: "Java migration SDK", agent: "AlibabaCloud (Linux; amd64) Java/1.8.0_292-b10 Core/4.6.3 alibabacloud-dkms-transfer-java-sdk/0.2.1",
                     language: "java", version: "1.8.0_292-b10", migrationSdk: "0.2.1"),
        AgentExample(row: "Python migration SDK", agent: "AlibabaCloud (Windows; AMD64) Python/3.11.3 Core/0.3.6 TeaDSL/1 alibabacloud-dkms-transfer-python-sdk/0.1.3",
                     language: "python", version: "3.11.3", migrationSdk: "0.1.3"),
        AgentExample(row: "Go migration SDK (appends nothing)", agent: "AlibabaCloud (linux; amd64) Golang/1.21.5 Core/0.0.1", language: "go", version: "1.21.5"),
        AgentExample(row: "KMS console", agent: "kms.console.aliyun.com", kind: .console, language: "unknown", version: nil),
        AgentExample(row: "ActionTrail console", agent: "actiontrail.console.aliyun.com", kind: .console, language: "unknown", version: nil),
        AgentExample(row: "ECS", agent: "ecs.aliyuncs.com", kind: .cloudService, language: "unknown", version: nil),
        AgentExample(row: "OSS", agent: "oss.aliyuncs.com", kind: .cloudService, language: "unknown", version: nil),
    ]

    @Test(arguments: referenceTable)
    func everyRowOfTheReferenceTableClassifiesAsItSays(_ example: AgentExample) {
        var classifier = defaultClassifier()
        let result = classifier.classify(event(userAgent: example.agent.isEmpty ? nil : example.agent))
        #expect(result.callerKind == example.kind)
        #expect(result.language == example.language)
        #expect(result.languageVersion == example.version)
        #expect(result.migrationSdkVersion == example.migrationSdk)
    }

    @Test(arguments: [
        // An application's own tokens after the SDK's, before it, or both.
        ("AlibabaCloud (linux; amd64) Golang/1.21.5 Core/0.0.1 orders-service/2.4.1", "go"),
        ("orders-service/2.4.1 AlibabaCloud (Linux; amd64) Java/1.8.0_292-b10 Core/4.6.3 k8s/1.29", "java"),
        // Names compare case-insensitively; a comment is never read, whatever it holds.
        ("alibabacloud (linux; amd64) golang/1.21.5 core/0.0.1", "go"),
        ("AlibabaCloud (Java/1.8; Python/3.9) Node.js/v20.1.0", "nodejs"),
        // The forms an earlier table invented, and what no SDK sends, are unknown, never guessed.
        ("AlibabaCloud (linux; amd64) Go/go1.21.0 Core/1.62.0 TeaDSL/1", "unknown"),
        ("AlibabaCloud (Linux; x86_64) Cpp/1.36", "unknown"),
        ("okhttp/4.9.3", "unknown"),
        ("python-requests/2.25.1", "unknown"),
        ("Golang", "unknown"),
        ("AlibabaCloud (Linux; amd64 Java/1.8.0", "unknown"),
    ])
    func languagesAreReadFromTokensOnly(_ agent: String, _ language: String) {
        var classifier = defaultClassifier()
        #expect(classifier.classify(event(userAgent: agent)).language == language)
    }

    @Test func aToolTokenWinsOverTheLanguageItIsBuiltOn() {
        var classifier = defaultClassifier()
        let cli = classifier.classify(event(userAgent: "AlibabaCloud (linux; amd64) Golang/1.20.3 Core/0.0.1 Aliyun-CLI/3.0.188"))
        #expect(cli.callerKind == .tool)
        #expect(cli.callerSignal == "userAgent: Aliyun-CLI/3.0.188")
        let terraform = classifier.classify(event(userAgent: "AlibabaCloud (linux; amd64) Golang/1.20.3 Core/0.0.1 HashiCorp-Terraform/1.5.7 Terraform-Provider/1.212.0"))
        #expect(terraform.callerSignal == "userAgent: HashiCorp-Terraform/1.5.7")
    }

    @Test func callerKindsWithTheSignalThatDecided() {
        var classifier = defaultClassifier()
        func kind(_ e: TraceEvent) -> (CallerKind, String) {
            let result = classifier.classify(e)
            return (result.callerKind, result.callerSignal)
        }
        #expect(kind(event(eventType: "AliyunServiceEvent")) == (.cloudService, "eventType: AliyunServiceEvent"))
        #expect(kind(event(identityType: "assumed-role", principal: "assumed-role:AliyunServiceRoleForECS")) == (.cloudService, "principal: assumed-role:AliyunServiceRoleForECS"))
        #expect(kind(event(identityType: "assumed-role", principal: "assumed-role:aliyunossdefaultrole")) == (.cloudService, "principal: assumed-role:aliyunossdefaultrole"))
        #expect(kind(event(identityType: "assumed-role", principal: "assumed-role:AliyunRDSInstanceEncryptionDefaultRole")).0 == .cloudService)
        #expect(kind(event(source: "rds.aliyuncs.com")) == (.cloudService, "sourceIpAddress: rds.aliyuncs.com"))
        #expect(kind(event(userAgent: "kms.console.aliyun.com", eventType: "ConsoleOperation")) == (.console, "eventType: ConsoleOperation"))
        #expect(kind(event(userAgent: "kms.console.aliyun.com")) == (.console, "userAgent: kms.console.aliyun.com"))
        #expect(kind(event(userAgent: "AlibabaCloud (linux; amd64) Golang/1.21.5 Core/0.0.1")).0 == .application)
        #expect(kind(event(identityType: "assumed-role", principal: "assumed-role:my-app-role")).0 == .application)
        // An address, even a public one, never decides a kind.
        #expect(kind(event(source: "47.99.1.1")).0 == .application)
    }

    /// The service-call shapes of the reference, through the whole fold: a `system` identity with a
    /// service domain, a service-linked role and a service role are cloud services.
    @Test func serviceCallShapesOfTheReferenceAreCloudServices() throws {
        let lines = [
            #"{"eventId":"S1","eventName":"Decrypt","eventTime":"2026-03-04T10:00:00Z","eventSource":"kms.cn-hangzhou.aliyuncs.com","acsRegion":"cn-hangzhou","sourceIpAddress":"ecs.aliyuncs.com","userAgent":"ecs.aliyuncs.com","userIdentity":{"type":"system","userName":"ecs.aliyuncs.com"},"requestParameters":{"KeyId":"k1"}}"#,
            #"{"eventId":"S2","eventName":"GenerateDataKey","eventTime":"2026-03-04T10:00:01Z","eventSource":"kms.cn-hangzhou.aliyuncs.com","acsRegion":"cn-hangzhou","sourceIpAddress":"100.104.1.2","userAgent":"","userIdentity":{"type":"assumed-role","userName":"AliyunServiceRoleForECS:ecs-disk-7731","principalId":"30080081123456:ecs-disk-7731"},"requestParameters":{"KeyId":"k1"}}"#,
            #"{"eventId":"S3","eventName":"Decrypt","eventTime":"2026-03-04T10:00:02Z","eventSource":"kms.cn-hangzhou.aliyuncs.com","acsRegion":"cn-hangzhou","sourceIpAddress":"rds.aliyuncs.com","userIdentity":{"type":"assumed-role","userName":"AliyunRDSInstanceEncryptionDefaultRole:rds-33","principalId":"30080099:rds-33"},"requestParameters":{"KeyId":"k1"}}"#,
            #"{"eventId":"S4","eventName":"Encrypt","eventTime":"2026-03-04T10:00:03Z","eventSource":"kms.cn-hangzhou.aliyuncs.com","acsRegion":"cn-hangzhou","sourceIpAddress":"oss.aliyuncs.com","userIdentity":{"type":"assumed-role","userName":"aliyunossdefaultrole:oss-1","principalId":"30080077:oss-1"},"requestParameters":{"KeyId":"k1"}}"#,
        ]
        let summary = try summarize([temporaryFile("services.jsonl", lines.joined(separator: "\n"))])
        let groups = try #require(summary.keys[.id("k1")]).groups.keys
        #expect(Set(groups.map(\.principal)) == ["system:ecs.aliyuncs.com", "assumed-role:AliyunServiceRoleForECS",
                                                 "assumed-role:AliyunRDSInstanceEncryptionDefaultRole", "assumed-role:aliyunossdefaultrole"])
        #expect(groups.allSatisfy { $0.callerKind == .cloudService })
    }

    /// An application's assumed role is one principal, whatever its sessions are called (per instance,
    /// per pod, per STS call), on the fast path and the reference path alike.
    @Test func assumedRolesAreGroupedByRoleNeverBySession() throws {
        var lines: [String] = []
        for (index, session) in ["i-bp1a2b3c", "pod-orders-7d9f8-x2x4q", "sts-1718000000"].enumerated() {
            lines.append(#"{"eventId":"A\#(index)","eventName":"Decrypt","eventTime":"2026-03-04T10:00:0\#(index)Z","eventSource":"kms.cn-hangzhou.aliyuncs.com","acsRegion":"cn-hangzhou","sourceIpAddress":"10.0.0.\#(index)","userAgent":"AlibabaCloud (linux; amd64) Golang/1.21.5 Core/0.0.1","userIdentity":{"type":"assumed-role","userName":"orders-role:\#(session)","principalId":"34359792600393:\#(session)","arn":"acs:ram::1540355698845812:assumed-role/orders-role/\#(session)"},"requestParameters":{"KeyId":"k1"}}"#)
        }
        // The same role named only by its ARN, and escaped so that the reference path reads it.
        lines.append(#"{"eventId":"A9","eventName":"Decrypt","eventTime":"2026-03-04T10:00:09Z","eventSource":"kms.cn-hangzhou.aliyuncs.com","acsRegion":"cn-hangzhou","sourceIpAddress":"10.0.0.9","userAgent":"AlibabaCloud (linux; amd64) Golang\/1.21.5 Core\/0.0.1","userIdentity":{"type":"assumed-role","arn":"acs:ram::1540355698845812:assumed-role\/orders-role\/pod-9"},"requestParameters":{"KeyId":"k1"}}"#)
        let summary = try summarize([temporaryFile("sessions.jsonl", lines.joined(separator: "\n"))])
        let usage = try #require(summary.keys[.id("k1")])
        #expect(usage.groups.count == 1)
        #expect(usage.groups.keys.first?.principal == "assumed-role:orders-role")
        #expect(usage.groups.keys.first?.language == "go")
        #expect(usage.calls == 4)
    }

    @Test func networkOriginStrongestSignalFirst() {
        let declared = NetworkClassifier(cloudRanges: [CIDRRange("47.98.0.0/16")!])
        #expect(declared.classify(vpcId: "vpc-1", eventSource: nil, sourceIpAddress: "47.1.1.1") == (.vpc, nil))
        #expect(declared.classify(vpcId: nil, eventSource: "kms-vpc.cn-hangzhou.aliyuncs.com", sourceIpAddress: "47.1.1.1") == (.vpc, nil))
        for address in ["10.1.2.3", "172.31.255.1", "192.168.0.1", "100.100.1.1", "fd00::1"] {
            #expect(declared.classify(vpcId: nil, eventSource: nil, sourceIpAddress: address) == (.private, nil), "\(address)")
        }
        #expect(declared.classify(vpcId: nil, eventSource: nil, sourceIpAddress: "47.98.112.45") == (.cloudCIDR, "47.98.112.45"))
        #expect(declared.classify(vpcId: nil, eventSource: nil, sourceIpAddress: "47.99.0.1") == (.public, "47.99.0.1"))
        #expect(declared.classify(vpcId: nil, eventSource: nil, sourceIpAddress: "172.32.0.1") == (.public, "172.32.0.1"))
        #expect(declared.classify(vpcId: nil, eventSource: nil, sourceIpAddress: "2001:db8::1") == (.public, "2001:db8::1"))
        #expect(declared.classify(vpcId: nil, eventSource: nil, sourceIpAddress: "oss.aliyuncs.com") == (.service, nil))
        #expect(declared.classify(vpcId: nil, eventSource: nil, sourceIpAddress: nil) == (.unknown, nil))
    }

    @Test func cloudCIDRFilesAreCheckedLineByLine() throws {
        let good = temporaryFile("cidrs.txt", "# our NAT gateways\n47.98.0.0/16\n\n2408:4000::/24  # IPv6\n")
        #expect(try NetworkClassifier.readCloudRanges(good).map(\.description) == ["47.98.0.0/16", "2408:4000::/24"])
        let bad = temporaryFile("bad.txt", "47.98.0.0/16\n47.98.0.0/33\n")
        #expect(throws: InputError(file: "bad.txt", place: "line 2", message: "'47.98.0.0/33' is not an address range such as 47.96.0.0/16")) {
            try NetworkClassifier.readCloudRanges(bad)
        }
    }
}
