import Foundation
import KMSReady

/// `kmsready-bench scan`: generates a repository shaped like a real one — applications in seven
/// languages, each with its manifest, most files with no KMS at all, some with Alibaba Cloud KMS calls of
/// every generation, some with AWS's look-alikes, a vendored SDK and `node_modules` — and times
/// `kmsready scan`'s work on one core: files/s and MB/s, median and best of the runs.
struct ScanBenchmark {
    var files = 10_000
    var runs = 5

    init(_ arguments: [String]) throws {
        let values = try BenchOptions.numbers(arguments, for: "scan", names: ["--files", "--runs"])
        files = values["--files"] ?? files
        runs = values["--runs"] ?? runs
    }

    /// One kind of file: its name's extension and a body of about 3 KB, with `i` making each unique.
    private static let kinds: [(extension: String, body: @Sendable (Int, Bool, Bool) -> String)] = [
        ("java", { i, kms, aws in
            var text = "package com.example.app\(i % 50);\n\n"
            if kms { text += "import com.aliyuncs.DefaultAcsClient;\nimport com.aliyuncs.kms.model.v20160120.DecryptRequest;\nimport com.aliyuncs.kms.model.v20160120.ReEncryptRequest;\n" }
            if aws { text += "import com.amazonaws.services.kms.model.ReEncryptRequest;\n" }
            text += "\n/** Service \(i): handles orders and invoices. */\npublic class Service\(i) {\n"
            for method in 0..<30 { text += "    public int compute\(method)(int value) { return value * \(method) + \(i); } // arithmetic\n" }
            if kms { text += "    void run(Object profile) throws Exception { var c = new DefaultAcsClient(profile); var r = new DecryptRequest(); var x = new ReEncryptRequest(); r.setCiphertextBlob(\"x\"); }\n" }
            return text + "}\n"
        }),
        ("go", { i, kms, aws in
            var text = "package svc\(i % 40)\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n"
            if kms { text += "\t\"github.com/aliyun/alibaba-cloud-sdk-go/services/kms\"\n" }
            if aws { text += "\tawskms \"github.com/aws/aws-sdk-go-v2/service/kms\"\n" }
            text += ")\n\n"
            for function in 0..<30 { text += "func Handle\(function)(s string) string { return strings.ToUpper(fmt.Sprint(s, \(i), \(function))) }\n" }
            if kms { text += "func kmsCall() { c, _ := kms.NewClientWithAccessKey(\"cn-hangzhou\", \"a\", \"b\"); c.Decrypt(kms.CreateDecryptRequest()) }\n" }
            if aws { text += "func awsCall(c *awskms.Client) { c.ReEncrypt(nil, &awskms.ReEncryptInput{}) }\n" }
            return text
        }),
        ("py", { i, kms, aws in
            var text = "\"\"\"Module \(i): reports.\"\"\"\nimport os\nimport json\n"
            if kms { text += "from alibabacloud_kms20160120.client import Client\nfrom alibabacloud_kms20160120 import models as kms_models\n" }
            if aws { text += "import boto3\n" }
            for function in 0..<30 { text += "def report_\(function)(rows):\n    return [json.dumps(row) for row in rows if row.get('id') != \(i)]  # filter\n" }
            if kms { text += "client = Client(config)\nclient.generate_data_key_with_options(kms_models.GenerateDataKeyRequest(key_id='alias/orders-\(i)'), runtime)\n" }
            if aws { text += "boto3.client('kms').re_encrypt(CiphertextBlob=b'')\n" }
            return text
        }),
        ("ts", { i, kms, aws in
            var text = "// Component \(i)\nimport express from 'express';\n"
            if kms { text += "import Client, * as $KMS from '@alicloud/kms20160120';\n" }
            if aws { text += "import { KMSClient, ReEncryptCommand } from '@aws-sdk/client-kms';\n" }
            for function in 0..<30 { text += "export function handler\(function)(req: express.Request): string { return `${req.path}-\(i)-\(function)`; }\n" }
            if kms { text += "const client = new Client({ endpoint: 'kms.cn-shanghai.aliyuncs.com' });\nawait client.decrypt(new $KMS.DecryptRequest({}));\n" }
            return text
        }),
        ("php", { i, kms, _ in
            var text = "<?php\n// Page \(i)\n"
            if kms { text += "use AlibabaCloud\\SDK\\Kms\\V20160120\\Models\\EncryptRequest;\n" }
            for function in 0..<30 { text += "function render\(function)(array $rows): string { return implode(',', $rows) . '\(i)'; }\n" }
            if kms { text += "$client->encryptWithOptions(new EncryptRequest([]), $runtime);\n" }
            return text
        }),
        ("cs", { i, kms, _ in
            var text = "using System;\n"
            if kms { text += "using AlibabaCloud.SDK.Kms20160120;\n" }
            text += "namespace App\(i % 20) {\n public class Worker\(i) {\n"
            for method in 0..<30 { text += "  public int Step\(method)(int value) => value + \(method) * \(i);\n" }
            if kms { text += "  async void Run() { await client.DecryptWithOptionsAsync(request, runtime); }\n" }
            return text + " }\n}\n"
        }),
        ("tf", { i, kms, _ in
            var text = "variable \"name_\(i)\" {\n  type = string\n}\n"
            for block in 0..<20 { text += "resource \"alicloud_vswitch\" \"s\(i)_\(block)\" {\n  vpc_id     = var.vpc\n  cidr_block = \"10.\(block).0.0/24\"\n}\n" }
            if kms { text += "resource \"alicloud_kms_key\" \"k\(i)\" {\n  description = \"key \(i)\"\n}\n" }
            return text
        }),
    ]

    func run() throws {
        let root = NSTemporaryDirectory() + "kmsready-bench-scan-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: root) }
        var bytes = 0
        var random = SplitMix64(seed: 20_261_206)
        let applications = max(1, files / 100)
        for index in 0..<files {
            let kind = Self.kinds[Int(random.next() % UInt64(Self.kinds.count))]
            let application = index % applications
            let roll = random.next() % 100
            let kms = roll < 15, aws = roll >= 95
            let vendored = index % 10 == 0
            let folder = "\(root)/app\(application)/" + (vendored ? "vendor/github.com/lib\(index % 7)" : "src/module\(index % 13)")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let text = kind.body(index, kms, aws)
            try text.write(toFile: "\(folder)/file\(index).\(kind.extension)", atomically: false, encoding: .utf8)
            bytes += text.utf8.count
        }
        for application in 0..<applications {
            try "module example.com/app\(application)\n\nrequire github.com/aliyun/alibaba-cloud-sdk-go v1.62.712\n"
                .write(toFile: "\(root)/app\(application)/go.mod", atomically: false, encoding: .utf8)
        }
        var seconds: [Double] = []
        var found = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let scan = try SourceScan([root])
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            found = scan.observations.count
        }
        seconds.sort()
        let median = seconds[seconds.count / 2], best = seconds[0]
        let megabytes = Double(bytes) / 1_048_576
        print("kmsready-bench scan: \(files) source files (\(String(format: "%.1f", megabytes)) MB, \(applications) applications, 10 % vendored), one core")
        print(String(format: "median %.3f s (%.0f files/s, %.1f MB/s), best %.3f s, of %d runs; %d observations", median, Double(files) / median,
                     megabytes / median, best, runs, found))
    }
}
