import Foundation
import Testing
@testable import KMSReady

/// Every row of `source-scan.md`'s call-shape tables (§2.1–§2.5) and its recall traps (§5.2) is a fixture the
/// scan finds; written for the tests from the shapes, not copied from any repository.
@Suite struct CallShapeTests {
    /// What a fixture must yield.
    enum Expect: CustomStringConvertible {
        case operation(String, SDKGeneration)
        case client(SDKGeneration, gateway: String)
        case dependency(String, SDKGeneration)
        case reference(String)
        case secretsClient
        case endpoint(String)

        func found(in observations: [CodeObservation]) -> Bool {
            observations.contains { o in
                switch self {
                case .operation(let name, let generation): return o.kind == .operation && o.operation == name && o.generation == generation
                case .client(let generation, let gateway): return o.kind == .client && o.generation == generation && o.gateway == gateway
                case .dependency(let name, let generation): return o.kind == .dependency && o.subject == name && o.generation == generation
                case .reference(let text): return o.kind == .keyReference && o.reference == text
                case .secretsClient: return o.kind == .secretsClient
                case .endpoint(let gateway): return o.kind == .endpoint && o.gateway == gateway
                }
            }
        }

        var description: String {
            switch self {
            case .operation(let name, let generation): return "operation \(name) (\(generation.rawValue))"
            case .client(let generation, let gateway): return "client \(generation.rawValue) \(gateway)"
            case .dependency(let name, let generation): return "dependency \(name) (\(generation.rawValue))"
            case .reference(let text): return "reference \(text)"
            case .secretsClient: return "secrets client"
            case .endpoint(let gateway): return "endpoint \(gateway)"
            }
        }
    }

    /// The observations of files written to a folder of their own.
    static func scan(_ files: [String: String]) throws -> [CodeObservation] {
        let dir = temporaryDirectory()
        for (name, text) in files {
            let path = dir + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return try SourceScan([dir]).observations
    }

    static let shapes: [(row: String, files: [String: String], expect: [Expect])] = [
        // §2.1 V1 "classic" request classes
        ("2.1 Java V1", ["Rotate.java": """
            import com.aliyuncs.DefaultAcsClient;
            import com.aliyuncs.kms.model.v20160120.ReEncryptRequest;
            class Rotate { void run(com.aliyuncs.profile.IClientProfile profile) throws Exception {
                DefaultAcsClient kmsClient = new DefaultAcsClient(profile);
                ReEncryptRequest request = new ReEncryptRequest();
                request.setDestinationKeyId("key-hzz630494463ejqjxabcd");
                kmsClient.getAcsResponse(request);
            } }
            """], [.operation("ReEncrypt", .v1), .client(.v1, gateway: "unresolved"), .reference("key-hzz630494463ejqjxabcd")]),
        ("2.1 Java V1, a wildcard import, ExportDataKey", ["Export.java": """
            import com.aliyuncs.kms.model.v20160120.*;
            class Export { Object run() { return new ExportDataKeyRequest(); } }
            """], [.operation("ExportDataKey", .v1)]),
        ("2.1 Python V1, module import", ["encrypt.py": """
            from aliyunsdkcore.client import AcsClient
            from aliyunsdkkms.request.v20160120 import EncryptRequest
            client = AcsClient("ak", "secret", "cn-hangzhou")
            request = EncryptRequest.EncryptRequest()
            client.do_action(request)
            """], [.operation("Encrypt", .v1), .client(.v1, gateway: "unresolved")]),
        ("2.1 Python V1, class import", ["decrypt.py": """
            from aliyunsdkkms.request.v20160120.DecryptRequest import DecryptRequest
            req = DecryptRequest()
            req.set_CiphertextBlob(blob)
            """], [.operation("Decrypt", .v1)]),
        ("2.1 Go V1 and its async twins", ["rotate.go": """
            package main
            import "github.com/aliyun/alibaba-cloud-sdk-go/services/kms"
            func run() {
                client, _ := kms.NewClientWithAccessKey("cn-hangzhou", "ak", "sk")
                req := kms.CreateReEncryptRequest()
                client.ReEncryptWithChan(req)
            }
            func later(client *kms.Client) {
                client.GenerateAndExportDataKeyWithCallback(kms.CreateGenerateAndExportDataKeyRequest(), nil)
            }
            """], [.operation("ReEncrypt", .v1), .operation("GenerateAndExportDataKey", .v1), .client(.v1, gateway: "unresolved")]),
        ("2.1 C# V1", ["Export.cs": """
            using Aliyun.Acs.Kms.Model.V20160120;
            class Export { void Run() { var request = new ExportDataKeyRequest { CiphertextBlob = blob }; } }
            """], [.operation("ExportDataKey", .v1)]),
        ("2.1 PHP V1", ["decrypt.php": """
            <?php
            use AlibabaCloud\\Kms\\V20160120\\Kms;
            $client = new Kms(getenv('ACCESS_KEY_ID'), getenv('ACCESS_KEY_SECRET'), getenv('ENDPOINT'));
            $client->decrypt(['CiphertextBlob' => $blob], $runtime);
            """], [.operation("Decrypt", .v1), .client(.v1, gateway: "unresolved")]),
        ("2.1 PHP generic rpc()", ["generic.php": """
            <?php
            use AlibabaCloud\\Client\\AlibabaCloud;
            AlibabaCloud::rpc()->product('Kms')->version('2016-01-20')->action('ReEncrypt')->host($host)->request();
            """], [.operation("ReEncrypt", .generic)]),
        ("2.1 Node V1", ["index.js": """
            const KmsClient = require('@alicloud/kms-sdk');
            const client = new KmsClient({endpoint: 'kms.cn-hangzhou.aliyuncs.com', accessKey, secretKey});
            client.generateDataKey(keyId, 'AES_256');
            """], [.operation("GenerateDataKey", .v1), .client(.v1, gateway: "shared")]),
        ("2.1 Node generic pop-core", ["pop.js": """
            const { RPCClient } = require('@alicloud/pop-core');
            const client = new RPCClient({ accessKeyId, accessKeySecret, endpoint: `https://kms.${region}.aliyuncs.com`, apiVersion: '2016-01-20' });
            client.request('ReEncrypt', params, {});
            """], [.operation("ReEncrypt", .generic), .client(.generic, gateway: "shared")]),
        ("2.1 C++ V1: lowerCamel, Async, Callable", ["rotate.cpp": """
            #include <alibabacloud/kms/KmsClient.h>
            void run(AlibabaCloud::Kms::KmsClient &client) {
                AlibabaCloud::Kms::Model::ReEncryptRequest request;
                client.reEncryptAsync(request, handler, nullptr);
                client.exportDataKeyCallable(other);
            }
            """], [.operation("ReEncrypt", .v1), .operation("ExportDataKey", .v1)]),
        ("2.1 C++ generic CommonRequest", ["common.cpp": """
            #include <alibabacloud/core/CommonClient.h>
            AlibabaCloud::CommonRequest request(AlibabaCloud::CommonRequest::RpcPattern);
            request.setDomain("kms.cn-hangzhou.aliyuncs.com");
            request.setVersion("2016-01-20");
            request.setQueryParameter("Action", "Encrypt");
            """], [.operation("Encrypt", .generic)]),
        ("2.1 Go third-party denverdino/aliyungo", ["old.go": """
            package main
            import "github.com/denverdino/aliyungo/kms"
            func run() { client := kms.NewClient(ak, sk); client.Decrypt(&kms.DecryptArgs{}) }
            """], [.operation("Decrypt", .v1)]),
        ("2.1 Go generic CommonRequest", ["common.go": """
            package main
            import "github.com/aliyun/alibaba-cloud-sdk-go/sdk/requests"
            func run() {
                request := requests.NewCommonRequest()
                request.Product = "KMS"
                request.Version = "2016-01-20"
                request.ApiName = "GenerateAndExportDataKey"
            }
            """], [.operation("GenerateAndExportDataKey", .generic)]),
        // §2.2 V2 Tea/Darabonba clients
        ("2.2 Java V2", ["V2.java": """
            import com.aliyun.kms20160120.Client;
            import com.aliyun.kms20160120.models.ReEncryptRequest;
            class V2 { void run(com.aliyun.teaopenapi.models.Config config) throws Exception {
                Client client = new Client(config);
                client.reEncryptWithOptions(new ReEncryptRequest(), runtime);
            } }
            """], [.operation("ReEncrypt", .v2), .client(.v2, gateway: "unresolved")]),
        ("2.2 Java V2 async client", ["Async.java": """
            import com.aliyun.sdk.service.kms20160120.AsyncClient;
            class Async { void run() { AsyncClient client = AsyncClient.builder().build(); client.exportDataKey(request); } }
            """], [.operation("ExportDataKey", .v2Async), .client(.v2Async, gateway: "unresolved")]),
        ("2.2 Python V2: sync, with_options, async", ["v2.py": """
            from alibabacloud_kms20160120.client import Client
            from alibabacloud_kms20160120 import models as kms_20160120_models
            from alibabacloud_tea_openapi import models as open_api_models
            client = Client(open_api_models.Config(endpoint='kms.cn-hangzhou.aliyuncs.com'))
            client.generate_and_export_data_key_with_options(kms_20160120_models.GenerateAndExportDataKeyRequest(), runtime)
            async def later():
                await client.export_data_key_async(request)
            """], [.operation("GenerateAndExportDataKey", .v2), .operation("ExportDataKey", .v2), .client(.v2, gateway: "shared")]),
        ("2.2 Go V2", ["v2.go": """
            package main
            import (
                kms20160120 "github.com/alibabacloud-go/kms-20160120/v3/client"
                openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
            )
            func run(config *openapi.Config) {
                client, _ := kms20160120.NewClient(config)
                client.ReEncrypt(&kms20160120.ReEncryptRequest{})
            }
            """], [.operation("ReEncrypt", .v2), .client(.v2, gateway: "unresolved")]),
        ("2.2 TypeScript V2", ["session.ts": """
            import Client, * as $KMS from '@alicloud/kms20160120';
            const client = new Client({ endpoint: 'kms-vpc.cn-shanghai.aliyuncs.com' });
            await client.reEncrypt(new $KMS.ReEncryptRequest({}));
            """], [.operation("ReEncrypt", .v2), .client(.v2, gateway: "shared-vpc")]),
        ("2.2 JavaScript V2 require", ["secret.js": """
            const { default: Client, GetSecretValueRequest } = require('@alicloud/kms20160120');
            const client = new Client({ endpoint, accessKeyId, accessKeySecret, type: 'access_key' });
            await client.getSecretValue(new GetSecretValueRequest({ secretName: 'prod/db', versionStage: 'ACSCurrent' }));
            """], [.operation("GetSecretValue", .v2)]),
        ("2.2 PHP V2", ["DecryptSample.php": """
            <?php
            use AlibabaCloud\\SDK\\Kms\\V20160120\\Models\\ReEncryptRequest;
            use Darabonba\\OpenApi\\Models\\Config;
            $client->reEncryptWithOptions(new ReEncryptRequest([]), $runtime);
            """], [.operation("ReEncrypt", .v2)]),
        ("2.2 C# V2, a call split across lines", ["Crypto.cs": """
            using AlibabaCloud.SDK.Kms20160120;
            using AlibabaCloud.SDK.Kms20160120.Models;
            class Crypto { async Task Run() {
                var client = new Client(new AlibabaCloud.OpenApiClient.Models.Config { Endpoint = "kms.cn-hangzhou.aliyuncs.com" });
                await client
                    .ReEncryptWithOptionsAsync(request, runtime);
            } }
            """], [.operation("ReEncrypt", .v2), .client(.v2, gateway: "shared")]),
        ("2.2 C++ V2", ["v2.cpp": """
            #include <alibabacloud/Kms20160120.hpp>
            void run(AlibabaCloud::Kms20160120::Client &client) { client.exportDataKey(make_shared<ExportDataKeyRequest>()); }
            """], [.operation("ExportDataKey", .v2)]),
        ("2.2 Swift V2", ["Decrypt.swift": """
            import AlibabacloudKms20160120
            func run(client: Client) async throws { _ = try await client.asymmetricDecryptWithOptions(request, runtime) }
            """], [.operation("AsymmetricDecrypt", .v2)]),
        // §2.3 KMS-instance SDKs
        ("2.3 Java instance SDK", ["Instance.java": """
            import com.aliyun.dkms.gcs.sdk.Client;
            import com.aliyun.dkms.gcs.openapi.models.Config;
            class Instance { void run(Config config) throws Exception { Client client = new Client(config); client.advanceEncrypt(request); client.sign(other); } }
            """], [.operation("Encrypt", .instance), .operation("AsymmetricSign", .instance), .client(.instance, gateway: "dedicated")]),
        ("2.3 Go instance SDK", ["instance.go": """
            package main
            import dedicatedkmssdk "github.com/aliyun/alibabacloud-dkms-gcs-go-sdk/sdk"
            func run() { client, _ := dedicatedkmssdk.NewClient(config); client.AdvanceEncryptWithOptions(req, runtimeOptions) }
            """], [.operation("Encrypt", .instance), .client(.instance, gateway: "dedicated")]),
        ("2.3 Python instance SDK, resolved through its distribution", [
            "requirements.txt": "alibabacloud-dkms-gcs==1.0.2\n",
            "sample.py": """
            from openapi.models import Config
            from sdk.client import Client
            client = Client(Config())
            client.advance_encrypt_with_options(request, runtime_options)
            """], [.dependency("alibabacloud-dkms-gcs", .instance), .operation("Encrypt", .instance), .client(.instance, gateway: "dedicated")]),
        ("2.3 PHP instance SDK", ["instance.php": """
            <?php
            use AlibabaCloud\\Dkms\\Gcs\\Sdk\\Client as AlibabaCloudDkmsGcsSdkClient;
            $client = new AlibabaCloudDkmsGcsSdkClient($config);
            $client->encrypt($request);
            """], [.operation("Encrypt", .instance), .client(.instance, gateway: "dedicated")]),
        ("2.3 C# instance SDK", ["Aes.cs": """
            using AlibabaCloud.Dkms.Gcs.Sdk;
            class Aes { void Run() { var client = new AlibabaCloud.Dkms.Gcs.Sdk.Client(kmsInstanceConfig); client.Encrypt(request); } }
            """], [.operation("Encrypt", .instance)]),
        // §2.4 migration clients
        ("2.4 Java transfer V1 with the instance's config", ["Transfer.java": """
            import com.aliyun.kms.KmsTransferAcsClient;
            class Transfer { void run() { IAcsClient client = new KmsTransferAcsClient(profile, config); } }
            """], [.client(.transferV1, gateway: "transfer")]),
        ("2.4 Java transfer V1 without it stays shared", ["Shared.java": """
            import com.aliyun.kms.KmsTransferAcsClient;
            class Shared { void run() { IAcsClient client = new KmsTransferAcsClient(profile); } }
            """], [.client(.transferV1, gateway: "shared")]),
        ("2.4 Go transfer V1", ["transfer.go": """
            package main
            import "github.com/aliyun/alibabacloud-dkms-transfer-go-sdk/sdk"
            func run() { client, _ := sdk.NewClientWithAccessKey(regionId, ak, sk, dkmsConfig); _ = client }
            """], [.client(.transferV1, gateway: "transfer")]),
        ("2.4 Python transfer V1", ["transfer.py": """
            from alibabacloud_dkms_transfer.kms_transfer_acs_client import KmsTransferAcsClient
            client = KmsTransferAcsClient(config, credential=credentials, verify='ca.pem')
            """], [.client(.transferV1, gateway: "transfer")]),
        ("2.4 Java transfer V2", ["TransferV2.java": """
            import com.aliyun.kms.kms20160120.TransferClient;
            class TransferV2 { void run() { TransferClient client = new TransferClient(config, kmsConfig); } }
            """], [.client(.transferV2, gateway: "transfer")]),
        ("2.4 Python transfer V2", ["transfer_v2.py": """
            from alibabacloud_kms_kms20160120.transfer_client import TransferClient
            client = TransferClient(config=config, kms_config=kms_config)
            """], [.client(.transferV2, gateway: "transfer")]),
        ("2.4 Go transfer V2 before the migration", ["v2transfer.go": """
            package main
            import "github.com/aliyun/alibabacloud-kms-go-sdk/sdk"
            func run() { client, _ := sdk.NewTransferClient(config, nil); _ = client }
            """], [.client(.transferV2, gateway: "shared")]),
        ("2.4 PHP transfer V2", ["transfer.php": """
            <?php
            use AlibabaCloud\\Kms\\Kms20160120\\TransferClient;
            $client = new TransferClient($openapiConfig, $dkmsConfig);
            """], [.client(.transferV2, gateway: "transfer")]),
        // §2.5 libraries that call KMS for the application
        ("2.5 Encryption SDK Java, several keys", ["Multi.java": """
            import com.aliyun.encryptionsdk.AliyunCrypto;
            import com.aliyun.encryptionsdk.provider.dataKey.DefaultDataKeyProvider;
            class Multi { void run() { DefaultDataKeyProvider provider = new DefaultDataKeyProvider(CMK_ARN); provider.setMultiCmkId(keyIds); } }
            """], [.operation("ReEncrypt", .encryptionSDK)]),
        ("2.5 Encryption SDK Python, several keys", ["multi.py": """
            from aliyun_encryption_sdk.provider.default import DefaultDataKeyProvider
            provider = DefaultDataKeyProvider(key_arn)
            provider.add_multi_cmk_id(other_arns)
            """], [.operation("ReEncrypt", .encryptionSDK)]),
        ("2.5 Secrets Manager client, JDBC and Spring", [
            "Secrets.java": """
            import com.aliyuncloud.kms.secretsmanager.client.SecretCacheClientBuilder;
            class Secrets { void run() { var client = SecretCacheClientBuilder.newClient(); client.getSecretInfo("#secretName#"); } }
            """,
            "application.properties": "spring.datasource.url=secrets-manager:mysql://db:3306/app\n",
            "bootstrap.yml": "aliyun.secretsmanager.regionId: cn-hangzhou\n",
        ], [.secretsClient]),
        // Manifests
        ("manifests", [
            "pom.xml": "<dependency><groupId>com.aliyun</groupId><artifactId>kms-transfer-client</artifactId><version>0.2.2</version></dependency>\n",
            "build.gradle": "implementation 'com.aliyun:kms20160120:1.2.3'\n",
            "go.mod": "module x\nrequire github.com/alibabacloud-go/kms-20160120/v3 v3.2.3\n",
            "requirements-prod.txt": "aliyun_python_sdk_kms>=2.14.0\n",
            "pyproject.toml": "dependencies = [\"alibabacloud-kms-python-sdk==1.1.3\"]\n",
            "package.json": "{\"dependencies\": {\"@alicloud/kms20160120\": \"^2.0.5\"}}\n",
            "composer.json": "{\"require\": {\"alibabacloud/kms-kms20160120-sdk\": \"^1.0\"}}\n",
            "App.csproj": "<PackageReference Include=\"AlibabaCloud.SDK.Kms20160120\" Version=\"1.2.0\" />\n",
            "CMakeLists.txt": "target_link_libraries(app alibabacloud-kms-20160120)\n",
        ], [
            .dependency("kms-transfer-client", .transferV1), .dependency("kms20160120", .v2), .dependency("github.com/alibabacloud-go/kms-20160120", .v2),
            .dependency("aliyun-python-sdk-kms", .v1), .dependency("alibabacloud-kms-python-sdk", .transferV2), .dependency("@alicloud/kms20160120", .v2),
            .dependency("alibabacloud/kms-kms20160120-sdk", .transferV2), .dependency("alibabacloud.sdk.kms20160120", .v2),
            .dependency("alibabacloud-kms-20160120", .v2),
        ]),
        // §5.2 recall traps
        ("5.2 reflection: the operation named as a string", ["Dispatch.java": """
            import com.aliyun.kms20160120.Client;
            class Dispatch { Object call(Client client) throws Exception {
                String operation = "reEncrypt";
                return Client.class.getMethod(operation + "WithOptions").invoke(client);
            } }
            """], [.operation("ReEncrypt", .v2)]),
        ("5.2 the aliyun CLI in a script and in a CI step", [
            "rotate.sh": "aliyun kms ReEncrypt --CiphertextBlob \"$blob\" --DestinationKeyId \"$key\"\n",
            ".ci.yml": "steps:\n  - run: aliyun kms ExportDataKey --CiphertextBlob x\n",
            "ci.yml": "steps:\n  - run: aliyun kms ExportDataKey --CiphertextBlob x\n",
        ], [.operation("ReEncrypt", .cli), .operation("ExportDataKey", .cli)]),
        ("5.2 raw HTTP without an SDK", ["client.rs": """
            let url = format!("https://kms.{}.aliyuncs.com/?Action=ReEncrypt&Version=2016-01-20", region);
            """], [.operation("ReEncrypt", .http), .endpoint("shared")]),
        ("5.2 key ids in configuration", ["app.properties": "kms.key.id=acs:kms:cn-hangzhou:1540355698845812:key/2adfdbb6-f02b-4cbf-a212-91a5907e47da\nkms_cmk=7b9b27ce-8a52-4b1f-9d3a-6c1e0f3f1c11\n"],
         [.reference("acs:kms:cn-hangzhou:1540355698845812:key/2adfdbb6-f02b-4cbf-a212-91a5907e47da"), .reference("7b9b27ce-8a52-4b1f-9d3a-6c1e0f3f1c11")]),
    ]

    @Test(arguments: shapes.indices)
    func theScanFindsEachShape(_ index: Int) throws {
        let shape = Self.shapes[index]
        let observations = try Self.scan(shape.files)
        for expectation in shape.expect {
            #expect(expectation.found(in: observations), "\(shape.row): no \(expectation) in \(observations.map { "\($0.kind.rawValue) \($0.operation ?? $0.subject ?? $0.reference ?? "") \($0.generation?.rawValue ?? "") \($0.gateway ?? "")" })")
        }
    }
}
