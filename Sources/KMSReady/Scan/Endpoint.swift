/// KMS endpoints and actions as strings in code and configuration (`source-scan.md` §5.1, 8): the shared
/// gateway `kms.<region>.aliyuncs.com`, its VPC twin `kms-vpc.<region>.aliyuncs.com`, an instance's
/// `<instance id>.cryptoservice.kms.aliyuncs.com`, and `Action=<Operation>` in a query.
enum Endpoint {
    /// The gateway a string names (`dedicated`, `shared-vpc`, `shared`), or `nil` when it names none.
    /// Place-holders such as `${region}` or `%s` stand for a region.
    static func gateway(of text: String) -> String? {
        let lower = text.lowercased()
        guard lower.contains("aliyuncs.com") else { return nil }
        if lower.contains(".cryptoservice.kms.aliyuncs.com") { return "dedicated" }
        if lower.contains("kms-vpc.") { return "shared-vpc" }
        // `kms.` starting the text or after a non-name character (`https://kms.`), not `xkms.`.
        var search = lower.startIndex
        while let found = lower.range(of: "kms.", range: search..<lower.endIndex) {
            if found.lowerBound == lower.startIndex || !lower[lower.index(before: found.lowerBound)].isLetter && lower[lower.index(before: found.lowerBound)] != "-" {
                return "shared"
            }
            search = found.upperBound
        }
        return nil
    }

    /// The action of a query string (`…Action=ReEncrypt&…`), or the header value after `x-kms-apiname`.
    static func action(in text: String) -> String? {
        for marker in ["Action=", "x-kms-apiname:", "x-kms-apiname="] {
            guard let range = text.range(of: marker, options: .caseInsensitive) else { continue }
            let rest = text[range.upperBound...].drop { $0 == " " }
            let name = rest.prefix { $0.isLetter || $0.isNumber }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }

    /// Whether a string configures a Secrets Manager client: the JDBC URL, the driver, the client's keys.
    static func isSecretsManagerConfiguration(_ text: String) -> Bool {
        text.hasPrefix("secrets-manager:") || text.hasPrefix("com.aliyun.kms.secretsmanager.")
            || ["cache_client_dkms_config_info", "aliyun.secretsmanager"].contains { text.contains($0) }
    }
}
