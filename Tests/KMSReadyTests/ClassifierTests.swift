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

    @Test(arguments: [
        ("AlibabaCloud (Linux; amd64) Java/1.8.0_352 Core/4.6.3 HTTPClient/ApacheHttpClient", "java", "1.8.0_352"),
        ("AlibabaCloud (Linux; amd64) Java/17.0.2 TeaDSL/1 alibabacloud-kms20160120/1.0", "java", "17.0.2"),
        ("AlibabaCloud (linux; amd64) Go/go1.21.0 Core/1.62.0 TeaDSL/1", "go", "go1.21.0"),
        ("AlibabaCloud (Linux; x86_64) Python/3.9.2 Core/2.13.36 python-requests/2.25.1", "python", "3.9.2"),
        ("AlibabaCloud (linux; x64) Node.js/v18.16.0 Core/1.7.0 TeaDSL/1", "nodejs", "v18.16.0"),
        ("AlibabaCloud (Linux 5.10; x86_64) PHP/8.1.2 Core/3.0", "php", "8.1.2"),
        ("AlibabaCloud (Unix 5.10; X64) .NET/4.0.30319 Core/1.5.10", "dotnet", "4.0.30319"),
        ("AlibabaCloud (Linux; x86_64) Cpp/1.36", "cpp", "1.36"),
        ("alibabacloud (linux; amd64) java/11.0.1", "java", "11.0.1"),
        ("okhttp/4.9.3", "unknown", nil),
        ("python-requests/2.25.1", "unknown", nil),
    ] as [(String, String, String?)])
    func languageFromUserAgent(_ userAgent: String, _ language: String, _ version: String?) {
        var classifier = defaultClassifier()
        let result = classifier.classify(event(userAgent: userAgent))
        #expect(result.language == language)
        #expect(result.languageVersion == version)
    }

    @Test func migrationSdkIsRecognised() {
        var classifier = defaultClassifier()
        let result = classifier.classify(event(userAgent: "AlibabaCloud (Linux; x86_64) Python/3.11.4 TeaDSL/1 alibabacloud-dkms-transfer-python-sdk/0.1.3"))
        #expect(result.language == "python")
        #expect(result.migrationSdkVersion == "0.1.3")
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
        #expect(kind(event(source: "rds.aliyuncs.com")) == (.cloudService, "sourceIpAddress: rds.aliyuncs.com"))
        #expect(kind(event(userAgent: "AlibabaCloud-Console", eventType: "ConsoleOperation")) == (.console, "eventType: ConsoleOperation"))
        #expect(kind(event(userAgent: "AlibabaCloud (Linux; amd64) Aliyun-CLI/3.0.200")) == (.tool, "userAgent: AlibabaCloud (Linux; amd64) Aliyun-CLI/3.0.200"))
        #expect(kind(event(userAgent: "Terraform/1.5.0 terraform-provider-alicloud/1.2")) == (.tool, "userAgent: Terraform/1.5.0 terraform-provider-alicloud/1.2"))
        #expect(kind(event(userAgent: "AlibabaCloud (Linux; amd64) Java/1.8")).0 == .application)
        #expect(kind(event(identityType: "assumed-role", principal: "assumed-role:my-app-role")).0 == .application)
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
