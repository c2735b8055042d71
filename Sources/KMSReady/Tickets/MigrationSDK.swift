/// The migration SDK ("Alibaba Cloud Dedicated KMS Transfer SDK") of one language: it sends the
/// cryptographic operations of migrated keys to the KMS instance through an AAP.
public struct MigrationSDK: Sendable {
    /// `java`, `go`, `python`, as the User-Agent classifier names languages.
    public let language: String
    public let name: String
    /// How to add it to a project.
    public let package: String

    /// The SDKs that exist: Java, Go and Python only.
    public static let all = [
        MigrationSDK(language: "go", name: "Alibaba Cloud Dedicated KMS Transfer SDK for Go",
                     package: "go get github.com/aliyun/alibabacloud-dkms-transfer-go-sdk"),
        MigrationSDK(language: "java", name: "Alibaba Cloud Dedicated KMS Transfer SDK for Java",
                     package: "Maven com.aliyun.kms:kms-transfer-client"),
        MigrationSDK(language: "python", name: "Alibaba Cloud Dedicated KMS Transfer SDK for Python",
                     package: "pip install alibabacloud-dkms-transfer-python"),
    ]

    /// The SDK for `language`, `nil` when there is none.
    public static func forLanguage(_ language: String) -> MigrationSDK? { all.first { $0.language == language } }
}
