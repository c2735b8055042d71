/// The code change a client construction needs to follow its key into a KMS instance under the 2023
/// edition (`source-scan.md` §3): one line, at the construction; request objects and call sites stay.
/// Only the verified patterns have one; other clients have no drop-in migration client.
enum MigrationEdit {
    static func text(for observation: CodeObservation) -> String? {
        guard observation.kind == .client, let generation = observation.generation else { return nil }
        switch (observation.language, generation) {
        case (.java, .v1), (.kotlin, .v1):
            return "new DefaultAcsClient(profile) → new KmsTransferAcsClient(profile, config), config a com.aliyun.dkms.gcs.openapi.models.Config (protocol https, ClientKey file, password, the instance endpoint, CA file); add com.aliyun.kms:kms-transfer-client"
        case (.python, .v1):
            return "AcsClient(…) → KmsTransferAcsClient(config, credential=credentials, verify='<CA file>'), config an openapi.models.Config (protocol https, client_key_file, password, endpoint); add alibabacloud-dkms-transfer-python"
        case (.go, .v1):
            return "kms.NewClientWithAccessKey(region, ak, sk) → sdk.NewClientWithAccessKey(region, ak, sk, dkmsConfig) from github.com/aliyun/alibabacloud-dkms-transfer-go-sdk, then client.SetVerify(ca)"
        case (.java, .v2), (.kotlin, .v2):
            return "new com.aliyun.kms20160120.Client(config) → new com.aliyun.kms.kms20160120.TransferClient(config, kmsConfig); add com.aliyun:alibabacloud-kms-java-sdk"
        case (.python, .v2):
            return "Client(config) → TransferClient(config=config, kms_config=KmsConfig(…)) from alibabacloud_kms_kms20160120.transfer_client; add alibabacloud-kms-python-sdk"
        case (.go, .v2):
            return "kms20160120.NewClient(config) → sdk.NewTransferClient(config, kmsConfig) from github.com/aliyun/alibabacloud-kms-go-sdk/sdk"
        case (.php, .v2):
            return "new Kms($config) → new TransferClient($openapiConfig, $dkmsConfig); add alibabacloud/kms-kms20160120-sdk"
        case (_, .transferV1) where observation.gateway == "shared", (_, .transferV2) where observation.gateway == "shared":
            return "pass the KMS instance's configuration (ClientKey, password, endpoint, CA) as the transfer client's last argument: without it every call stays on the shared gateway"
        default:
            return nil
        }
    }
}
