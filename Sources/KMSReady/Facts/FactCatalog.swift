/// Every fact a rule can read, with its type and meaning. Rules that name anything else are refused
/// when they are loaded, so a typo in a rule is an error, not a rule that never fires.
public enum FactCatalog {
    /// One documented fact.
    public struct Entry: Sendable {
        public let name: String
        public let type: String
        public let meaning: String
    }

    /// Facts about the key, from the inventory.
    public static let keyFacts: [Entry] = [
        Entry(name: "key.id", type: "string", meaning: "the key id"),
        Entry(name: "key.arn", type: "string", meaning: "acs:kms:<region>:<account>:key/<id>"),
        Entry(name: "key.region", type: "string", meaning: "the region, from the ARN"),
        Entry(name: "key.account", type: "string", meaning: "the account, from the ARN"),
        Entry(name: "key.aliases", type: "list", meaning: "alias names, e.g. alias/orders-db, alias/acs/oss"),
        Entry(name: "key.tags", type: "list", meaning: "resource tags as key=value"),
        Entry(name: "key.description", type: "string", meaning: "DescribeKey Description"),
        Entry(name: "key.state", type: "string", meaning: "KeyState: Enabled, Disabled, PendingDeletion, PendingImport"),
        Entry(name: "key.usage", type: "string", meaning: "KeyUsage: ENCRYPT/DECRYPT or SIGN/VERIFY"),
        Entry(name: "key.spec", type: "string", meaning: "KeySpec, e.g. Aliyun_AES_256, RSA_2048"),
        Entry(name: "key.origin", type: "string", meaning: "Origin: Aliyun_KMS or EXTERNAL"),
        Entry(name: "key.protectionLevel", type: "string", meaning: "ProtectionLevel: SOFTWARE or HSM"),
        Entry(name: "key.automaticRotation", type: "string", meaning: "AutomaticRotation: Enabled, Disabled or Suspended"),
        Entry(name: "key.rotationInterval", type: "string", meaning: "RotationInterval, e.g. 604800s"),
        Entry(name: "key.creationDate", type: "string", meaning: "CreationDate"),
        Entry(name: "key.deleteDate", type: "string", meaning: "DeleteDate, for keys pending deletion"),
        Entry(name: "key.dkmsInstanceId", type: "string", meaning: "DKMSInstanceId: the dedicated instance holding the key"),
        Entry(name: "key.versionCount", type: "number", meaning: "number of key versions (ListKeyVersions)"),
        Entry(name: "key.missing", type: "list", meaning: "responses a complete export has but this key lacks: DescribeKey, ListKeyVersions"),
        Entry(name: "key.conflicts", type: "list", meaning: "what two responses about the key disagree on, each naming both files"),
    ]

    /// Facts about a secret, from the inventory (rules with `"subject": "secret"`).
    public static let secretFacts: [Entry] = [
        Entry(name: "secret.name", type: "string", meaning: "the secret name"),
        Entry(name: "secret.region", type: "string", meaning: "the region, from the ARN (DescribeSecret)"),
        Entry(name: "secret.account", type: "string", meaning: "the account, from the ARN"),
        Entry(name: "secret.type", type: "string", meaning: "SecretType: Generic, Rds, Redis, PolarDB, RAMCredentials or ECS"),
        Entry(name: "secret.inKmsInstance", type: "boolean", meaning: "whether DescribeSecret names a DKMSInstanceId; absent without DescribeSecret"),
        Entry(name: "secret.kmsInstanceId", type: "string", meaning: "DKMSInstanceId: the KMS instance holding the secret"),
        Entry(name: "secret.encryptionKeyId", type: "string", meaning: "EncryptionKeyId: the key that encrypts the secret's values"),
        Entry(name: "secret.automaticRotation", type: "string", meaning: "AutomaticRotation: Enabled or Disabled (managed secrets)"),
        Entry(name: "secret.plannedDeleteTime", type: "string", meaning: "PlannedDeleteTime, for a secret scheduled for deletion"),
        Entry(name: "secret.versionCount", type: "number", meaning: "number of versions (ListSecretVersionIds)"),
        Entry(name: "secret.stages", type: "list", meaning: "version stages on any version, e.g. ACSCurrent, ACSPrevious, ACSPendding"),
        Entry(name: "secret.tags", type: "list", meaning: "resource tags as key=value"),
        Entry(name: "secret.missing", type: "list", meaning: "responses a complete export has but this secret lacks: DescribeSecret, ListSecretVersionIds"),
        Entry(name: "secret.conflicts", type: "list", meaning: "what two responses about the secret disagree on, each naming both files"),
        Entry(name: "secret.encryptionKeyVerdict", type: "string", meaning: "the verdict of the key that encrypts the secret, or not-in-inventory; absent for the default service key"),
        Entry(name: "secret.nameClashes", type: "list", meaning: "secrets of the same name in the secret's region inside a KMS instance (--destination-inventory), as name@region (instance)"),
        Entry(name: "secret.possibleNameClashes", type: "list", meaning: "secrets of the same name in --destination-inventory whose region the export does not name"),
    ]

    /// Facts about the key's observed use, from traces; absent when no traces were given.
    public static let usageFacts: [Entry] = [
        Entry(name: "usage.calls", type: "number", meaning: "calls of the key in the traces"),
        Entry(name: "usage.failedCalls", type: "number", meaning: "calls that returned an error"),
        Entry(name: "usage.callerKinds", type: "list", meaning: "kinds of caller seen: application, cloud-service, console, tool"),
        Entry(name: "usage.operations", type: "list", meaning: "operations called"),
        Entry(name: "usage.principals", type: "list", meaning: "principals that called"),
        Entry(name: "usage.applicationLanguages", type: "list", meaning: "SDK languages of application callers"),
        Entry(name: "usage.networkOrigins", type: "list", meaning: "network origins: vpc, private, cloud-cidr, service, public, unknown"),
        Entry(name: "usage.firstSeen", type: "string", meaning: "time of the first call (UTC)"),
        Entry(name: "usage.lastSeen", type: "string", meaning: "time of the last call (UTC)"),
        Entry(name: "usage.peakHourCalls", type: "number", meaning: "calls of the key in its busiest hour of the week, summed over the traced weeks: no single hour had more"),
        Entry(name: "usage.peakHourQPS", type: "string", meaning: "usage.peakHourCalls per second of an hour, e.g. 0.42: the most any hour averaged"),
    ]

    /// Facts about where the key moves (`--destination`, `--destination-type`); absent when not given.
    public static let destinationFacts: [Entry] = [
        Entry(name: "destination.instance", type: "string", meaning: "the KMS instance the key moves to (kst-…)"),
        Entry(name: "destination.type", type: "string", meaning: "the destination instance's type: software or hardware"),
    ]

    /// Facts about what the traces of the key's account and region could show; present only when usage is evaluated.
    public static let coverageFacts: [Entry] = [
        Entry(name: "coverage.status", type: "string", meaning: "covered or short-period (the others leave usage not evaluated)"),
        Entry(name: "coverage.periodDays", type: "number", meaning: "whole days from the region's first to its last traced event"),
        Entry(name: "coverage.minimumDays", type: "number", meaning: "--min-trace-days (default 30)"),
        Entry(name: "coverage.shortPeriod", type: "boolean", meaning: "whether the traced period is shorter than --min-trace-days"),
    ]

    /// Facts about one group of calls, readable inside `anyCall`.
    public static let callFacts: [Entry] = [
        Entry(name: "call.principal", type: "string", meaning: "the caller, e.g. ram-user:orders-service"),
        Entry(name: "call.callerKind", type: "string", meaning: "application, cloud-service, console or tool"),
        Entry(name: "call.operation", type: "string", meaning: "the KMS operation, e.g. Decrypt"),
        Entry(name: "call.language", type: "string", meaning: "SDK language from the User-Agent, or unknown"),
        Entry(name: "call.network", type: "string", meaning: "vpc, private, cloud-cidr, service, public or unknown"),
        Entry(name: "call.calls", type: "number", meaning: "calls in the group"),
        Entry(name: "call.failedCalls", type: "number", meaning: "failed calls in the group"),
        Entry(name: "call.migrationSdk", type: "boolean", meaning: "whether the User-Agent shows the migration SDK"),
        Entry(name: "call.tool", type: "string", meaning: "the tool a tool caller's User-Agent names (terraform, aliyun-cli), or none"),
    ]

    /// Extra placeholders a message can use: summaries of the calls the condition matched.
    public static let matchedPlaceholders: [Entry] = [
        Entry(name: "matched.principals", type: "list", meaning: "principals of the matched calls"),
        Entry(name: "matched.operations", type: "list", meaning: "operations of the matched calls"),
        Entry(name: "matched.languages", type: "list", meaning: "languages of the matched calls"),
        Entry(name: "matched.networks", type: "list", meaning: "network origins of the matched calls"),
        Entry(name: "matched.callerKinds", type: "list", meaning: "caller kinds of the matched calls"),
        Entry(name: "matched.calls", type: "number", meaning: "number of matched calls"),
        Entry(name: "matched.firstSeen", type: "string", meaning: "first matched call (UTC)"),
        Entry(name: "matched.lastSeen", type: "string", meaning: "last matched call (UTC)"),
    ]

    /// Facts about a key from the code `check --source` scanned: absent without `--source`. Never
    /// counted as traced calls.
    public static let codeFacts: [Entry] = [
        Entry(name: "code.references", type: "list", meaning: "where main code or configuration names the key, as file:line:column"),
        Entry(name: "code.calls", type: "list", meaning: "operations the applications that name the key call, as \"Operation file:line:column (language, generation)\""),
        Entry(name: "code.operations", type: "list", meaning: "the operations of code.calls"),
        Entry(name: "code.languages", type: "list", meaning: "languages of the applications that name the key"),
    ]

    /// Facts about one thing `kmsready scan` found (rules with `"subject": "code"`).
    public static let sourceFacts: [Entry] = [
        Entry(name: "source.kind", type: "string", meaning: "dependency, client, operation, key-reference, terraform, secrets-client or endpoint"),
        Entry(name: "source.file", type: "string", meaning: "where, as file:line:column"),
        Entry(name: "source.language", type: "string", meaning: "java, kotlin, go, python, javascript, php, csharp, cpp, terraform, shell or config"),
        Entry(name: "source.reachability", type: "string", meaning: "main, test or example (by the file's path)"),
        Entry(name: "source.generation", type: "string", meaning: "SDK family: v1, v2, v2-async, instance, transfer-v1, transfer-v2, encryption-sdk, secrets-manager, generic, cli, http"),
        Entry(name: "source.operation", type: "string", meaning: "the KMS API operation called, e.g. ReEncrypt"),
        Entry(name: "source.via", type: "string", meaning: "how: direct, generic (product and action as strings), reflection, implicit (a library calls it), cli, http"),
        Entry(name: "source.gateway", type: "string", meaning: "a client's or endpoint's gateway: shared, shared-vpc, dedicated, transfer or unresolved"),
        Entry(name: "source.subject", type: "string", meaning: "the package, client class, Terraform type (data. for data sources) or endpoint"),
        Entry(name: "source.reference", type: "string", meaning: "a key reference: an ARN, a key-… id, an alias or a UUID"),
        Entry(name: "source.referenceKind", type: "string", meaning: "arn, key-id, alias or uuid"),
        Entry(name: "source.resourceName", type: "string", meaning: "a Terraform resource's name"),
        Entry(name: "source.ignoreChanges", type: "list", meaning: "what a Terraform key's or secret's lifecycle.ignore_changes lists"),
        Entry(name: "source.setsInstance", type: "boolean", meaning: "whether a Terraform key or secret sets dkms_instance_id"),
        Entry(name: "source.migrationSdkLanguage", type: "boolean", meaning: "whether the 2023 migration SDK covers the language (Java, Kotlin, Go, Python)"),
        Entry(name: "source.migrationEdit", type: "string", meaning: "the one-line change a client needs under the 2023 edition, where one is known"),
    ]

    /// The facts rules about `subject` can read (outside `anyCall`).
    static func names(for subject: RuleSubject) -> Set<String> {
        switch subject {
        case .key: keyAndUsageNames
        case .secret: secretAndUsageNames
        case .code: Set(sourceFacts.map(\.name))
        }
    }

    static let keyAndUsageNames = Set((keyFacts + usageFacts + coverageFacts + destinationFacts + codeFacts).map(\.name))
    static let secretAndUsageNames = Set((secretFacts + usageFacts).map(\.name))
    static let callNames = Set(callFacts.map(\.name))
    static let placeholderNames = keyAndUsageNames.union(secretAndUsageNames).union(matchedPlaceholders.map(\.name)).union(sourceFacts.map(\.name))
}
