/// A family of Alibaba Cloud's KMS SDKs, as `source-scan.md` §2 sorts them: what a dependency, an import
/// or a client is, and so which migration edit it needs.
public enum SDKGeneration: String, CaseIterable, Sendable, Comparable {
    /// V1 "classic" request classes (`aliyun-java-sdk-kms`, `aliyunsdkkms`, `services/kms`).
    case v1
    /// V2 Tea/Darabonba clients (`kms20160120`).
    case v2
    /// The V2 asynchronous Java client.
    case v2Async = "v2-async"
    /// KMS-instance ("dkms-gcs") SDKs: ClientKey, the instance endpoint only.
    case instance
    /// Migration clients compatible with V1 (`KmsTransferAcsClient`).
    case transferV1 = "transfer-v1"
    /// Migration clients compatible with V2 (`TransferClient`).
    case transferV2 = "transfer-v2"
    /// The Encryption SDK, which calls KMS for the application.
    case encryptionSDK = "encryption-sdk"
    /// Secrets Manager clients, JDBC driver and Spring starter: GetSecretValue for the application.
    case secretsManager = "secrets-manager"
    /// Generic requests naming product, version and action as strings (`CommonRequest`, `rpc()->product('Kms')`).
    case generic
    /// The `aliyun` CLI in scripts.
    case cli
    /// Hand-written HTTP against a KMS endpoint, no SDK.
    case http

    public static func < (lhs: SDKGeneration, rhs: SDKGeneration) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What kmsready knows of Alibaba Cloud's KMS SDKs: their coordinates in manifests, their import paths per
/// language, and the KMS API's operations (version 2016-01-20). Every entry is from `source-scan.md`.
enum SDKCatalog {
    /// The operations of the KMS API 2016-01-20 (the API's own operation list).
    static let operations: Set<String> = [
        "AsymmetricDecrypt", "AsymmetricEncrypt", "AsymmetricSign", "AsymmetricVerify", "CancelKeyDeletion",
        "CertificatePrivateKeyDecrypt", "CertificatePrivateKeySign", "CertificatePublicKeyEncrypt", "CertificatePublicKeyVerify",
        "ConnectKmsInstance", "CreateAlias", "CreateApplicationAccessPoint", "CreateClientKey", "CreateKey", "CreateKeyVersion",
        "CreateNetworkRule", "CreatePolicy", "CreateSecret", "Decrypt", "DeleteAlias", "DeleteApplicationAccessPoint",
        "DeleteCertificate", "DeleteClientKey", "DeleteKeyMaterial", "DeleteNetworkRule", "DeletePolicy", "DeleteSecret",
        "DescribeAccountKmsStatus", "DescribeApplicationAccessPoint", "DescribeCertificate", "DescribeKey", "DescribeKeyVersion",
        "DescribeNetworkRule", "DescribePolicy", "DescribeRegions", "DescribeSecret", "DisableKey", "EnableKey", "Encrypt",
        "ExportDataKey", "GenerateAndExportDataKey", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "GetCertificate",
        "GetClientKey", "GetDefaultKmsInstance", "GetKeyPolicy", "GetKmsInstance", "GetKmsInstanceQuotaInfos",
        "GetParametersForImport", "GetPublicKey", "GetRandomPassword", "GetSecretPolicy", "GetSecretValue", "ImportKeyMaterial",
        "ListAliases", "ListAliasesByKeyId", "ListApplicationAccessPoints", "ListClientKeys", "ListKeyVersions", "ListKeys",
        "ListKmsInstances", "ListNetworkRules", "ListPolicies", "ListResourceTags", "ListSecretVersionIds", "ListSecrets",
        "ListTagResources", "OpenKmsService", "PutSecretValue", "ReEncrypt", "ReleaseKmsInstance", "RestoreSecret", "RotateSecret",
        "ScheduleKeyDeletion", "SetDeletionProtection", "SetKeyPolicy", "SetSecretPolicy", "TagResource", "TagResources",
        "UntagResource", "UntagResources", "UpdateAlias", "UpdateApplicationAccessPoint", "UpdateCertificateStatus",
        "UpdateKeyDescription", "UpdateKmsInstanceBindVpc", "UpdateNetworkRule", "UpdatePolicy", "UpdateRotationPolicy",
        "UpdateSecret", "UpdateSecretRotationPolicy", "UpdateSecretVersionStage", "UploadCertificate",
    ]

    /// The operations of the KMS-instance SDKs that are not API operations (§2.3), mapped to the API
    /// operation they do (`sign`/`verify` are AsymmetricSign/AsymmetricVerify).
    static let instanceOperations: [String: String] = [
        "AdvanceEncrypt": "Encrypt", "AdvanceDecrypt": "Decrypt", "AdvanceGenerateDataKey": "GenerateDataKey",
        "AdvanceGenerateDataKeyPair": "GenerateDataKeyPair", "AdvanceGenerateDataKeyPairWithoutPlaintext": "GenerateDataKeyPairWithoutPlaintext",
        "GenerateDataKeyPair": "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext": "GenerateDataKeyPairWithoutPlaintext",
        "GenerateRandom": "GenerateRandom", "Sign": "AsymmetricSign", "Verify": "AsymmetricVerify",
    ]

    /// The ten operations the transfer clients send to the instance gateway; all others go to the shared one (§2.4).
    static let transferredOperations: Set<String> = [
        "Encrypt", "Decrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "GetPublicKey", "AsymmetricEncrypt",
        "AsymmetricDecrypt", "AsymmetricSign", "AsymmetricVerify", "GetSecretValue",
    ]

    /// Operations by every spelling a call takes: `ReEncrypt`, `reEncrypt`, `re_encrypt`.
    static let operationsBySpelling: [String: String] = {
        var table: [String: String] = [:]
        for operation in operations {
            table[operation] = operation
            table[lowerCamel(operation)] = operation
            table[snake(operation)] = operation
        }
        return table
    }()

    /// The API operation a method or request name stands for, with the suffixes the SDKs add (`WithOptions`,
    /// `Async`, `WithChan`, `WithCallback`, `Callable`, `_with_options`, `_async`) taken off.
    static func operation(forMethod name: String, instanceSDK: Bool = false) -> String? {
        var base = name
        for suffix in ["WithOptionsAsync", "WithOptions", "Async", "WithChan", "WithCallback", "Callable", "_with_options_async", "_with_options", "_async"]
        where base.hasSuffix(suffix) && base.count > suffix.count {
            base.removeLast(suffix.count)
            break
        }
        if let operation = operationsBySpelling[base] { return operation }
        guard instanceSDK else { return nil }
        let pascal = base.contains("_") ? base.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
                                        : base.prefix(1).uppercased() + base.dropFirst()
        return instanceOperations[pascal] ?? operations.contains(pascal).then(pascal)
    }

    /// `ReEncrypt` → `reEncrypt`.
    static func lowerCamel(_ name: String) -> String { name.prefix(1).lowercased() + name.dropFirst() }

    /// `ReEncrypt` → `re_encrypt`, `GetPublicKey` → `get_public_key`.
    static func snake(_ name: String) -> String {
        var out = ""
        for character in name {
            if character.isUppercase, !out.isEmpty { out.append("_") }
            out.append(Character(character.lowercased()))
        }
        return out
    }

    /// One import path (a prefix) and the generation it belongs to.
    struct ImportPrefix {
        let prefix: String
        let generation: SDKGeneration
    }

    /// Import paths of the KMS SDKs per language, most specific first: Java packages, Go module paths, Python
    /// modules, npm packages, PHP and C# namespaces, C++ include paths.
    static let imports: [SourceLanguage: [ImportPrefix]] = [
        .java: [
            ImportPrefix(prefix: "com.aliyuncs.kms.", generation: .v1),
            ImportPrefix(prefix: "com.aliyun.kms20160120.", generation: .v2),
            ImportPrefix(prefix: "com.aliyun.sdk.service.kms20160120.", generation: .v2Async),
            ImportPrefix(prefix: "com.aliyun.dkms.gcs.", generation: .instance),
            ImportPrefix(prefix: "com.aliyun.kms.KmsTransferAcsClient", generation: .transferV1),
            ImportPrefix(prefix: "com.aliyun.kms.kms20160120.", generation: .transferV2),
            ImportPrefix(prefix: "com.aliyun.encryptionsdk.", generation: .encryptionSDK),
            ImportPrefix(prefix: "com.aliyuncloud.kms.secretsmanager.", generation: .secretsManager),
            ImportPrefix(prefix: "com.aliyun.kms.secretsmanager.", generation: .secretsManager),
        ],
        .go: [
            ImportPrefix(prefix: "github.com/aliyun/alibaba-cloud-sdk-go/services/kms", generation: .v1),
            ImportPrefix(prefix: "github.com/alibabacloud-go/kms-20160120", generation: .v2),
            ImportPrefix(prefix: "github.com/aliyun/alibabacloud-dkms-gcs-go-sdk", generation: .instance),
            ImportPrefix(prefix: "github.com/aliyun/alibabacloud-dkms-transfer-go-sdk", generation: .transferV1),
            ImportPrefix(prefix: "github.com/aliyun/alibabacloud-kms-go-sdk", generation: .transferV2),
            ImportPrefix(prefix: "github.com/aliyun/aliyun-secretsmanager-client-go", generation: .secretsManager),
            ImportPrefix(prefix: "github.com/denverdino/aliyungo/kms", generation: .v1),
        ],
        .python: [
            ImportPrefix(prefix: "aliyunsdkkms", generation: .v1),
            ImportPrefix(prefix: "alibabacloud_kms20160120", generation: .v2),
            ImportPrefix(prefix: "alibabacloud_dkms_transfer", generation: .transferV1),
            ImportPrefix(prefix: "alibabacloud_kms_kms20160120", generation: .transferV2),
            ImportPrefix(prefix: "aliyun_encryption_sdk", generation: .encryptionSDK),
            ImportPrefix(prefix: "alibaba_cloud_secretsmanager_client", generation: .secretsManager),
        ],
        .javascript: [
            ImportPrefix(prefix: "@alicloud/kms20160120", generation: .v2),
            ImportPrefix(prefix: "@alicloud/kms-sdk", generation: .v1),
        ],
        .php: [
            ImportPrefix(prefix: "AlibabaCloud\\SDK\\Kms\\V20160120", generation: .v2),
            ImportPrefix(prefix: "AlibabaCloud\\Kms\\V20160120", generation: .v1),
            ImportPrefix(prefix: "AlibabaCloud\\Dkms\\Gcs", generation: .instance),
            ImportPrefix(prefix: "AlibabaCloud\\Kms\\Kms20160120", generation: .transferV2),
        ],
        .csharp: [
            ImportPrefix(prefix: "Aliyun.Acs.Kms", generation: .v1),
            ImportPrefix(prefix: "AlibabaCloud.SDK.Kms20160120", generation: .v2),
            ImportPrefix(prefix: "AlibabaCloud.Dkms.Gcs", generation: .instance),
        ],
        .swift: [
            ImportPrefix(prefix: "AlibabacloudKms20160120", generation: .v2),
        ],
        .cpp: [
            ImportPrefix(prefix: "alibabacloud/kms/", generation: .v1),
            ImportPrefix(prefix: "alibabacloud/Kms20160120", generation: .v2),
            ImportPrefix(prefix: "alibabacloud/core/CommonClient", generation: .generic),
        ],
    ]

    /// Import paths of other clouds' KMS SDKs (and other Key Vaults): a file that imports one of them
    /// has its operation names read only where an Alibaba type or client resolves them (§5.3).
    static let otherVendorImports: [String] = [
        "com.amazonaws.services.kms", "software.amazon.awssdk.services.kms", "github.com/aws/aws-sdk-go", "boto3", "botocore",
        "@aws-sdk/client-kms", "aws-sdk", "Aws\\Kms", "Amazon.KeyManagementService", "aws/kms", "com.tencentcloudapi.kms",
        "tencentcloud", "com.huaweicloud.sdk.kms", "huaweicloudsdkkms", "cmcccloudsdkkms", "Azure.Security.KeyVault",
        "k8s.io/kms", "google.cloud.kms", "cloud.google.com/go/kms", "@google-cloud/kms",
    ]

    /// Package names of the KMS SDKs per packaging system, as manifests write them (§2): Maven artifact ids,
    /// Go module paths, PyPI names (normalised: lower case, `-` for `_`), npm, Composer and NuGet packages.
    static let packages: [PackageSystem: [String: SDKGeneration]] = [
        .maven: [
            "aliyun-java-sdk-kms": .v1, "kms20160120": .v2, "alibabacloud-kms20160120": .v2Async,
            "alibabacloud-dkms-gcs-sdk": .instance, "kms-transfer-client": .transferV1, "alibabacloud-kms-java-sdk": .transferV2,
            "alibabacloud-encryption-sdk-java": .encryptionSDK, "alibabacloud-secretsmanager-client": .secretsManager,
            "aliyun-secretsmanager-jdbc": .secretsManager, "aliyun-secretsmamager-config-spring-boot-starter": .secretsManager,
        ],
        .go: [
            "github.com/aliyun/alibaba-cloud-sdk-go": .v1, "github.com/alibabacloud-go/kms-20160120": .v2,
            "github.com/aliyun/alibabacloud-dkms-gcs-go-sdk": .instance, "github.com/aliyun/alibabacloud-dkms-transfer-go-sdk": .transferV1,
            "github.com/aliyun/alibabacloud-kms-go-sdk": .transferV2, "github.com/aliyun/aliyun-secretsmanager-client-go": .secretsManager,
            "github.com/denverdino/aliyungo": .v1,
        ],
        .pypi: [
            "aliyun-python-sdk-kms": .v1, "alibabacloud-kms20160120": .v2, "alibabacloud-dkms-gcs": .instance,
            "alibabacloud-dkms-transfer-python": .transferV1, "alibabacloud-dkms-transfer-python2": .transferV1,
            "alibabacloud-kms-python-sdk": .transferV2, "aliyun-encryption-sdk": .encryptionSDK, "aliyun-secret-manager-client": .secretsManager,
        ],
        .npm: ["@alicloud/kms20160120": .v2, "@alicloud/kms-sdk": .v1],
        .composer: [
            "alibabacloud/kms-20160120": .v2, "alibabacloud/kms": .v1, "alibabacloud/dkms-gcs-sdk": .instance,
            "alibabacloud/kms-kms20160120-sdk": .transferV2,
        ],
        .nuget: ["alibabacloud.sdk.kms20160120": .v2, "aliyun-net-sdk-kms": .v1, "alibabacloud.dkms.gcs.sdk": .instance],
        .cpp: ["alibabacloud-kms-20160120": .v2, "kms-20160120": .v2, "alibabacloud-kms": .v1, "alibabacloud_kms": .v1],
    ]

    /// How a manifest names its packages.
    enum PackageSystem: Sendable {
        case maven, go, pypi, npm, composer, nuget, cpp

        /// The packaging system of a manifest file name; `nil` for any other file.
        init?(manifest name: String) {
            let lower = name.lowercased()
            switch lower {
            case "pom.xml", "build.gradle", "build.gradle.kts": self = .maven
            case "go.mod": self = .go
            case "pyproject.toml", "setup.py", "setup.cfg", "pipfile": self = .pypi
            case "package.json": self = .npm
            case "composer.json": self = .composer
            case "cmakelists.txt", "conanfile.txt", "conanfile.py": self = .cpp
            default:
                if lower.hasPrefix("requirements") && lower.hasSuffix(".txt") { self = .pypi }
                else if lower.hasSuffix(".csproj") { self = .nuget }
                else { return nil }
            }
        }
    }
}

extension Bool {
    /// `value` when true, else `nil`.
    func then<T>(_ value: T) -> T? { self ? value : nil }
}
