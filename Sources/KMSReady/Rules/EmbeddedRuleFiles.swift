// Generated from rules/ by `KMSREADY_UPDATE_EMBEDDED_RULES=1 swift test --filter EmbeddedRuleFilesTests`; do not edit.

/// The files of `rules/`, compiled into the binary so that the tool needs no file beside it.
/// A test proves this set equals `rules/`.
enum EmbeddedRuleFiles {
    /// (path below `rules/`, contents), sorted by path.
    static let files: [(name: String, text: String)] = [
        (name: "application-migration-obligations.json", text: ####"""
{
  "id": "application-migration-obligations",
  "title": "Applications use the key (scenario 2): AAP and migration SDK within one month",
  "description": "Applications call the key (scenario 2 of the migration document). After migration they must switch to an application access point (AAP) and the migration SDK for their language within one month.",
  "severity": "info",
  "verdict": "eligible",
  "condition": {"anyCall": {"equals": {"fact": "call.callerKind", "value": "application"}}},
  "message": "Applications use the key ({matched.principals}; {matched.languages}; {matched.calls} calls): after migration they must switch to an application access point (AAP) and the migration SDK within one month.",
  "remediation": "Before the migration: create an AAP for the KMS instance, and plan the switch of each listed principal's application to the migration SDK (Java, Go or Python) within one month of the migration date.",
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Scenario 2: applications", "lastUpdated": "2023-09-12"}
  ],
  "examples": {
    "triggering": [
      {"calls": [{"language": "java"}]}
    ],
    "nonTriggering": [
      {"calls": [{"callerKind": "cloud-service"}]},
      {"calls": []}
    ]
  }
}

"""####),
        (name: "applications-keep-their-sdk.json", text: ####"""
{
  "id": "applications-keep-their-sdk",
  "title": "Applications use the key: they keep their SDK and code",
  "description": "Under the 2025 process applications continue with their original SDK, without code change (S24, PLAN): the SDK language and the application access point of the 2023 page no longer decide anything. The language matters only if a team later moves an application to the dedicated gateway (the transfer SDKs exist for Java, Go and Python).",
  "severity": "info",
  "verdict": "eligible",
  "condition": {"anyCall": {"equals": {"fact": "call.callerKind", "value": "application"}}},
  "message": "Applications use the key ({matched.principals}; {matched.languages}; {matched.calls} calls): they keep their SDK and code after the migration.",
  "remediation": "None for the migration. Moving an application to the instance's dedicated gateway later is optional (performance); transfer SDKs exist for Java, Go and Python.",
  "editions": ["2025"],
  "sources": [
    {"document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Applications: no code change after the migration", "lastUpdated": "2024-11-18"},
    {"document": "Step 1: Assessment", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/pre-migration-planning", "section": "Self-managed applications", "lastUpdated": "2025-02-24"}
  ],
  "examples": {
    "triggering": [
      {"calls": [{"language": "nodejs"}]},
      {"calls": [{"language": "unknown"}]}
    ],
    "nonTriggering": [
      {"calls": [{"callerKind": "cloud-service"}]},
      {"calls": []}
    ]
  }
}

"""####),
        (name: "automatic-rotation-enabled.json", text: ####"""
{
  "id": "automatic-rotation-enabled",
  "title": "Automatic rotation on, single version: disable rotation, then migrate",
  "description": "CMKs with automatic rotation enabled cannot be migrated; the migration document adds that a CMK with automatic rotation and only one version can be migrated after automatic rotation is disabled. Suspended rotation is treated the same way: it is still configured on the key.",
  "severity": "medium",
  "verdict": "eligible-after-remediation",
  "condition": {"all": [
    {"in": {"fact": "key.automaticRotation", "values": ["Enabled", "Suspended"]}},
    {"equals": {"fact": "key.versionCount", "value": 1}}
  ]},
  "message": "Automatic rotation is {key.automaticRotation} (interval {key.rotationInterval}) and the key still has one version: disable automatic rotation, then migrate.",
  "remediation": "Disable automatic rotation before the key rotates again: aliyun kms UpdateRotationPolicy --KeyId {key.id} --EnableAutomaticRotation false",
  "checklist": "Automatic rotation disabled (aliyun kms UpdateRotationPolicy --KeyId {key.id} --EnableAutomaticRotation false) and the key still has one version",
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes: CMKs with automatic rotation enabled", "lastUpdated": "2023-09-12"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"key.automaticRotation": "Enabled", "key.versionCount": 1}},
      {"facts": {"key.automaticRotation": "Suspended", "key.versionCount": 1}}
    ],
    "nonTriggering": [
      {"facts": {"key.automaticRotation": "Enabled", "key.versionCount": 3}},
      {"facts": {"key.automaticRotation": "Disabled", "key.versionCount": 1}},
      {"facts": {"key.automaticRotation": "Enabled"}}
    ]
  }
}

"""####),
        (name: "classifiers/caller-kinds.json", text: ####"""
{
  "description": "Who made a KMS call, from the event's type and identity. Entries are tried in order; the first whose tests all hold for its field decides, and the field and value are shown as the signal. Tests compare case-insensitively: equals, prefix, suffix. Fields: eventType, identityType (userIdentity.type), principal (type:name as kmsready shows it; an assumed role without its session name), sourceIpAddress (only a host name; an address never decides a kind). When no entry decides, the User-Agent does (a tool token, a console host or a service domain: user-agents.json); otherwise the caller is an application.",
  "callerKinds": [
    {"kind": "cloud-service", "field": "eventType", "equals": "AliyunServiceEvent"},
    {"kind": "cloud-service", "field": "identityType", "equals": "system"},
    {"kind": "cloud-service", "field": "identityType", "equals": "service"},
    {"kind": "cloud-service", "field": "identityType", "equals": "aliyun-service"},
    {"kind": "cloud-service", "field": "principal", "prefix": "assumed-role:AliyunServiceRole"},
    {"kind": "cloud-service", "field": "principal", "prefix": "assumed-role:Aliyun", "suffix": "DefaultRole"},
    {"kind": "cloud-service", "field": "principal", "prefix": "service:"},
    {"kind": "cloud-service", "field": "sourceIpAddress", "suffix": ".aliyuncs.com"},
    {"kind": "console", "field": "eventType", "equals": "ConsoleOperation"},
    {"kind": "console", "field": "eventType", "equals": "ConsoleSignin"}
  ]
}

"""####),
        (name: "classifiers/user-agents.json", text: ####"""
{
  "description": "How kmsready reads a User-Agent, from the SDKs' own sources. An agent is read as product tokens (name/version) and comments in parentheses (RFC 9110); a comment (OS, architecture, PHP's SAPI slot, .NET's free-text OS) is never matched. Names compare case-insensitively and may stand anywhere in the agent, applications append their own. A tool token wins over every language token (the aliyun CLI and Terraform are built on the Go SDK): the caller is a tool. Otherwise the first language whose token appears names the language, and that token's version is the language version. An agent that is one host name ending in a hosts suffix is a console or a cloud service, and an agent that is exactly one of agents (the KMS console sends the bare word AliyunConsole) is that caller kind. Anything else is the language unknown, never guessed. token: the name exactly; tokenContains: a part of the name.",
  "tools": [
    {"token": "Aliyun-CLI", "tool": "aliyun-cli"},
    {"token": "aliyuncli", "tool": "aliyun-cli"},
    {"token": "HashiCorp-Terraform", "tool": "terraform"},
    {"token": "Terraform-Provider", "tool": "terraform"}
  ],
  "languages": [
    {"token": "Java", "language": "java"},
    {"token": "Golang", "language": "go"},
    {"token": "Python", "language": "python"},
    {"token": "Node.js", "language": "nodejs"},
    {"token": "PHP", "language": "php"},
    {"tokenContains": ".NET", "language": "dotnet"}
  ],
  "migrationSdks": [
    {"token": "alibabacloud-dkms-transfer-java-sdk", "language": "java"},
    {"token": "alibabacloud-dkms-transfer-python-sdk", "language": "python"}
  ],
  "agents": [
    {"agent": "AliyunConsole", "kind": "console"}
  ],
  "hosts": [
    {"suffix": ".console.aliyun.com", "kind": "console"},
    {"suffix": ".aliyuncs.com", "kind": "cloud-service"}
  ]
}

"""####),
        (name: "cloud-service-only.json", text: ####"""
{
  "id": "cloud-service-only",
  "title": "Used only by cloud services (scenario 1)",
  "description": "Only Alibaba Cloud services use the key, for server-side encryption (scenario 1 of the migration document): no application changes; the migration is requested through a support ticket.",
  "severity": "info",
  "verdict": "eligible",
  "condition": {"all": [
    {"anyCall": {"equals": {"fact": "call.callerKind", "value": "cloud-service"}}},
    {"not": {"anyCall": {"equals": {"fact": "call.callerKind", "value": "application"}}}}
  ]},
  "message": "Only cloud services use the key ({matched.principals}, {matched.calls} calls): no application change; migrate through a support ticket.",
  "remediation": "Submit a support ticket naming the CMK ID, an off-peak migration window and the destination KMS instance.",
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Scenario 1: server-side encryption in Alibaba Cloud services", "lastUpdated": "2023-09-12"}
  ],
  "examples": {
    "triggering": [
      {"calls": [{"callerKind": "cloud-service", "principal": "assumed-role:AliyunServiceRoleForOSSEncryption", "operation": "GenerateDataKey"}]},
      {"calls": [{"callerKind": "cloud-service"}, {"callerKind": "console", "operation": "DescribeKey"}]}
    ],
    "nonTriggering": [
      {"calls": [{"callerKind": "cloud-service"}, {"callerKind": "application"}]},
      {"calls": [{"callerKind": "tool"}]},
      {"calls": []}
    ]
  }
}

"""####),
        (name: "dedicated-instance.json", text: ####"""
{
  "id": "dedicated-instance",
  "title": "Already in a dedicated KMS instance",
  "description": "DescribeKey names a DKMSInstanceId: the key already sits in a dedicated (KMS) instance. The migration document says CMKs in dedicated KMS instances do not need to be migrated.",
  "severity": "info",
  "verdict": "not-required",
  "condition": {"exists": {"fact": "key.dkmsInstanceId"}},
  "message": "The key is already in the dedicated KMS instance {key.dkmsInstanceId}: no migration needed.",
  "remediation": "None: the key is already where migration would put it.",
  "editions": ["2023", "2025"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes", "lastUpdated": "2023-09-12"},
    {"document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Keys and secrets in shared KMS are migrated", "lastUpdated": "2024-11-18"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"key.dkmsInstanceId": "kst-hzz62ee23f5ef4xxxxx"}}
    ],
    "nonTriggering": [
      {"facts": {"key.dkmsInstanceId": ""}},
      {"facts": {"key.origin": "Aliyun_KMS"}}
    ]
  }
}

"""####),
        (name: "destination-type-unknown.json", text: ####"""
{
  "id": "destination-type-unknown",
  "title": "Key spec depends on the instance type, which was not given",
  "description": "Only Aliyun_AES_256 and RSA keys fit both software and hardware instances (SPEC); for any other spec the destination's type decides, and no API response shows an instance's type.",
  "severity": "low",
  "verdict": "needs-review",
  "condition": {"all": [{"not": {"exists": {"fact": "destination.type"}}}, {"exists": {"fact": "key.spec"}}, {"not": {"in": {"fact": "key.spec", "values": ["Aliyun_AES_256", "RSA_2048", "RSA_3072", "RSA_4096"]}}}]},
  "message": "The key is {key.spec}: whether its destination instance can take it depends on the instance's type (software or hardware), which was not given.",
  "remediation": "Say the destination's type: --destination-type software|hardware, or \"type\" in the --destination map's entry for {key.region}.",
  "editions": ["2025"],
  "sources": [
    {"document": "Key management types and key specifications", "url": "https://help.aliyun.com/en/kms/key-management-service/user-guide/key-types-and-specifications", "section": "Specifications by key management type", "lastUpdated": "undated"},
    {"document": "General FAQs (KMS migration)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/other-faq", "section": "Choose an instance type that supports the keys you migrate", "lastUpdated": "2025-03-19"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"key.spec": "Aliyun_AES_128"}},
      {"facts": {"key.spec": "EC_P256"}}
    ],
    "nonTriggering": [
      {"facts": {"key.spec": "Aliyun_AES_256"}},
      {"facts": {"key.spec": "Aliyun_AES_128", "destination.type": "hardware"}},
      {"facts": {}}
    ]
  }
}

"""####),
        (name: "editions/2023.json", text: ####"""
{
  "id": "2023",
  "title": "Ticketed CMK migration to a dedicated KMS instance (Alibaba Cloud's page of 2023-09-12)",
  "description": "The migration as the seed document describes it: CMKs with external key material or several versions, and CMKs that applications use with ReEncrypt, ExportDataKey or GenerateAndExportDataKey, cannot be migrated; automatic rotation must be off with a single version; applications must be in Java, Go or Python and switch to an application access point (AAP) and the migration SDK within one month; each migration is a support ticket naming the CMK, an off-peak window and the destination instance; secrets are not migrated. The Chinese pages at the current address still show this text.",
  "inForceFrom": "2023-09-12",
  "inForceUntil": "2024-11-18",
  "process": "support-ticket",
  "sources": [
    {"label": "S23", "document": "Migrate CMKs in default KMS instances to your KMS instances", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "lastUpdated": "2023-09-12"},
    {"label": "XREG-secrets", "document": "Migrate secrets across regions", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/migrate-secrets-across-regions", "lastUpdated": "2026-03-31"},
    {"label": "TRAIL", "document": "Create a single-account trail (ActionTrail)", "url": "https://www.alibabacloud.com/help/en/actiontrail/user-guide/create-a-single-account-trail", "lastUpdated": "undated"}
  ]
}

"""####),
        (name: "editions/2025.json", text: ####"""
{
  "id": "2025",
  "title": "Self-service Migration Tool, KMS 1.0 to KMS 3.0 (Alibaba Cloud's pages since 2024-11-18)",
  "description": "Today's process: per region, in the KMS 1.0 console's Migration Tool, runs of at most 50 keys and 50 secrets into a KMS instance of the same region; applications keep their SDK and code; ReEncrypt works only through the shared gateway (750 QPS), ExportDataKey and GenerateAndExportDataKey through both gateways; secrets migrate too, after the key that encrypts them, with automatic rotation off and no name clash; the destination instance needs key and secret quota, auto-renewal and (software) image 2.9.0 or later; Terraform-managed keys and secrets need dkms_instance_id handled; management calls are frozen during a run; KMS 1.0 reached end of service on 2025-09-30. Where these pages are silent (external key material, several versions, key states), findings say so and ask for review.",
  "inForceFrom": "2024-11-18",
  "process": "migration-tool",
  "runLimits": {"keys": 50, "secrets": 50},
  "sources": [
    {"label": "S24", "document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "lastUpdated": "2024-11-18"},
    {"label": "PLAN", "document": "Step 1: Assessment", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/pre-migration-planning", "lastUpdated": "2025-02-24"},
    {"label": "OP2", "document": "Step 2: Perform the migration", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/migration-operation", "lastUpdated": "2025-12-05"},
    {"label": "SFAQ", "document": "FAQs about migrating secrets", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/credential-migration-faq", "lastUpdated": "2025-01-16"},
    {"label": "GFAQ", "document": "General FAQs (KMS migration)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/other-faq", "lastUpdated": "2025-03-19"},
    {"label": "TF", "document": "Update Terraform configurations after migration", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/modify-terraform-configurations-after-migration", "lastUpdated": "2026-03-31"},
    {"label": "REENC", "document": "ReEncrypt (API reference)", "url": "https://www.alibabacloud.com/help/doc-detail/2938467.html", "lastUpdated": "2025-07-29"},
    {"label": "EXP", "document": "ExportDataKey (API reference)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/developer-reference/api-kms-2016-01-20-exportdatakey", "lastUpdated": "2025-07-29"},
    {"label": "GAE", "document": "GenerateAndExportDataKey (API reference)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/developer-reference/api-kms-2016-01-20-generateandexportdatakey", "lastUpdated": "2025-07-29"},
    {"label": "NET", "document": "Access KMS instance keys over the Internet", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/access-keys-of-a-kms-instance-over-the-internet", "lastUpdated": "2026-03-31"},
    {"label": "SPEC", "document": "Key management types and key specifications", "url": "https://help.aliyun.com/en/kms/key-management-service/user-guide/key-types-and-specifications", "lastUpdated": "undated"},
    {"label": "XREG-secrets", "document": "Migrate secrets across regions", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/migrate-secrets-across-regions", "lastUpdated": "2026-03-31"},
    {"label": "TRAIL", "document": "Create a single-account trail (ActionTrail)", "url": "https://www.alibabacloud.com/help/en/actiontrail/user-guide/create-a-single-account-trail", "lastUpdated": "undated"}
  ]
}

"""####),
        (name: "export-operations-either-gateway.json", text: ####"""
{
  "id": "export-operations-either-gateway",
  "title": "ExportDataKey or GenerateAndExportDataKey: served by both gateways",
  "description": "ExportDataKey and GenerateAndExportDataKey can be called through the shared gateway and through a KMS instance's dedicated gateway (EXP, GAE, 2025-07-29): they no longer hold a key back, as the 2023 page said they did.",
  "severity": "info",
  "verdict": "eligible",
  "condition": {"anyCall": {"all": [{"equals": {"fact": "call.callerKind", "value": "application"}}, {"in": {"fact": "call.operation", "values": ["ExportDataKey", "GenerateAndExportDataKey"]}}]}},
  "message": "Applications call {matched.operations} with this key ({matched.calls} calls by {matched.principals}): both gateways serve these operations, so they need no change.",
  "remediation": "None.",
  "editions": ["2025"],
  "sources": [
    {"document": "ExportDataKey (API reference)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/developer-reference/api-kms-2016-01-20-exportdatakey", "section": "Either the shared gateway or the dedicated gateway", "lastUpdated": "2025-07-29"},
    {"document": "GenerateAndExportDataKey (API reference)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/developer-reference/api-kms-2016-01-20-generateandexportdatakey", "section": "Either the shared gateway or the dedicated gateway", "lastUpdated": "2025-07-29"}
  ],
  "examples": {
    "triggering": [
      {"calls": [{"operation": "ExportDataKey"}]},
      {"calls": [{"operation": "GenerateAndExportDataKey", "language": "nodejs"}]}
    ],
    "nonTriggering": [
      {"calls": [{"operation": "ReEncrypt"}]},
      {"calls": [{"operation": "ExportDataKey", "callerKind": "tool"}]}
    ]
  }
}

"""####),
        (name: "external-key-material-unconfirmed.json", text: ####"""
{
  "id": "external-key-material-unconfirmed",
  "title": "External key material: whether the Migration Tool takes such keys is not documented",
  "description": "Alibaba Cloud's current migration pages (S24 2024-11-18, OP2 2025-12-05) are silent on keys with imported key material (Origin EXTERNAL); the 2023 page said they cannot be migrated, and the key-type page says software-protected keys cannot hold imported material. This is open question 1 of the 2025 edition: kmsready does not guess.",
  "severity": "high",
  "verdict": "needs-review",
  "condition": {"equals": {"fact": "key.origin", "value": "EXTERNAL"}},
  "message": "The key material is imported (Origin EXTERNAL): the current migration pages do not say whether such keys migrate (the 2023 page said they cannot; software instances cannot hold imported material).",
  "remediation": "Check whether the Migration Tool counts the key under Keys Not Migrated for {key.region}; if it does not, ask Alibaba Cloud technical support (OP2, 2025-12-05), or create a key in the KMS instance and re-encrypt the data (OP1, 2025-01-14).",
  "supportRequirement": true,
  "editions": ["2025"],
  "sources": [
    {"document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Before you begin", "lastUpdated": "2024-11-18"},
    {"document": "Step 2: Perform the migration", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/migration-operation", "section": "Keys the Migration Tool does not list: contact technical support", "lastUpdated": "2025-12-05"},
    {"document": "Key management types and key specifications", "url": "https://help.aliyun.com/en/kms/key-management-service/user-guide/key-types-and-specifications", "section": "Software key management: no imported key material", "lastUpdated": "undated"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"key.origin": "EXTERNAL"}}
    ],
    "nonTriggering": [
      {"facts": {"key.origin": "Aliyun_KMS"}},
      {"facts": {}}
    ]
  }
}

"""####),
        (name: "external-key-material.json", text: ####"""
{
  "id": "external-key-material",
  "title": "External key material (Origin EXTERNAL)",
  "description": "The key material was imported (BYOK). The migration document lists CMKs with external key material among the CMKs that cannot be migrated.",
  "severity": "high",
  "verdict": "blocked",
  "condition": {"equals": {"fact": "key.origin", "value": "EXTERNAL"}},
  "message": "The key material is imported (Origin {key.origin}): CMKs with external key material cannot be migrated.",
  "remediation": "Create a new key in the dedicated KMS instance, import your key material into it, and move your applications and ciphertexts to it; or raise the CMK migration requirement with Alibaba Cloud support through a ticket.",
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes: You cannot migrate the following CMKs", "lastUpdated": "2023-09-12"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"key.origin": "EXTERNAL"}}
    ],
    "nonTriggering": [
      {"facts": {"key.origin": "Aliyun_KMS"}},
      {"facts": {}}
    ]
  }
}

"""####),
        (name: "generic-secret-outside-kms-instance.json", text: ####"""
{
  "id": "generic-secret-outside-kms-instance",
  "subject": "secret",
  "title": "Generic secret outside a KMS instance",
  "description": "Secrets outside a KMS instance cannot be moved by the CMK migration. A generic secret is re-created in a KMS instance through the API with identical metadata, versions (in creation order) and values.",
  "severity": "high",
  "verdict": "blocked",
  "condition": {"all": [{"equals": {"fact": "secret.inKmsInstance", "value": false}}, {"equals": {"fact": "secret.type", "value": "Generic"}}]},
  "message": "The generic secret {secret.name} is outside a KMS instance: the CMK migration cannot move it.",
  "remediation": "Re-create it in a KMS instance with its metadata, versions and values (kmsready secrets plan --inventory ... --to-region {secret.region} lists the calls in order), move the applications, then delete the source; or ask Alibaba Cloud support through a ticket.",
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate secrets across regions (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/migrate-secrets-across-regions", "section": "Migrate a generic secret outside a KMS instance", "lastUpdated": "2026-03-31"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.type": "Generic"}}
    ],
    "nonTriggering": [
      {"facts": {"secret.inKmsInstance": true, "secret.type": "Generic"}},
      {"facts": {"secret.inKmsInstance": false, "secret.type": "RAMCredentials"}},
      {"facts": {"secret.type": "Generic"}}
    ]
  }
}

"""####),
        (name: "hsm-key-to-software-instance.json", text: ####"""
{
  "id": "hsm-key-to-software-instance",
  "title": "An HSM-protected key moves into a software instance",
  "description": "Keys migrated from hardware to software protection change their ProtectionLevel; the Terraform page asks to add protection_level to ignore_changes for them (TF).",
  "severity": "info",
  "verdict": "eligible",
  "condition": {"all": [{"equals": {"fact": "key.protectionLevel", "value": "HSM"}}, {"equals": {"fact": "destination.type", "value": "software"}}]},
  "message": "The key is HSM-protected and moves into the software instance {destination.instance}: its ProtectionLevel becomes SOFTWARE.",
  "remediation": "Confirm that software protection meets your compliance needs; in Terraform add protection_level to the key's lifecycle ignore_changes.",
  "editions": ["2025"],
  "sources": [
    {"document": "Update Terraform configurations after migration", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/modify-terraform-configurations-after-migration", "section": "Keys migrated from hardware to software protection level", "lastUpdated": "2026-03-31"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"key.protectionLevel": "HSM", "destination.type": "software"}}
    ],
    "nonTriggering": [
      {"facts": {"key.protectionLevel": "HSM", "destination.type": "hardware"}},
      {"facts": {"key.protectionLevel": "SOFTWARE", "destination.type": "software"}}
    ]
  }
}

"""####),
        (name: "internet-access-required.json", text: ####"""
{
  "id": "internet-access-required",
  "title": "Calls from public addresses: the instance's Internet access must be on",
  "description": "A key in a KMS instance is reachable from the Internet only when the instance's Internet access is switched on (console, by the instance owner), and Internet calls are limited to 1,000 QPS (NET). Whether this applies to a migrated key's calls to the shared gateway's public endpoint is not stated for the migration (open question 6 of the 2025 edition); switching it on is the safe side.",
  "severity": "medium",
  "verdict": "eligible-after-remediation",
  "condition": {"anyCall": {"all": [{"equals": {"fact": "call.callerKind", "value": "application"}}, {"equals": {"fact": "call.network", "value": "public"}}]}},
  "message": "Application calls from public addresses by {matched.principals} ({matched.calls} calls): a key in a KMS instance answers Internet callers only when the instance's Internet access is on, at up to 1,000 QPS (whether this applies to a migrated key on the shared gateway's public endpoint is not stated).",
  "remediation": "Before the run, switch on Internet access of the destination instance (KMS console, Instances, by the instance owner), or move the callers into a VPC; if the addresses are your own inside Alibaba Cloud, list them in a --cloud-cidrs file.",
  "checklist": "Internet access of the destination instance switched on (console, instance owner) for {matched.principals}",
  "editions": ["2025"],
  "sources": [
    {"document": "Access KMS instance keys over the Internet", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/access-keys-of-a-kms-instance-over-the-internet", "section": "Enable Internet access; Internet QPS limit", "lastUpdated": "2026-03-31"},
    {"document": "ExportDataKey (API reference)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/developer-reference/api-kms-2016-01-20-exportdatakey", "section": "Public endpoint needs Internet access", "lastUpdated": "2025-07-29"}
  ],
  "examples": {
    "triggering": [
      {"calls": [{"network": "public"}]}
    ],
    "nonTriggering": [
      {"calls": [{"network": "vpc"}]},
      {"calls": [{"network": "public", "callerKind": "console"}]}
    ]
  }
}

"""####),
        (name: "inventory-conflict.json", text: ####"""
{
  "id": "inventory-conflict",
  "title": "Two responses about the key disagree",
  "description": "The inventory holds two responses about the key that disagree (two DescribeKey responses, a ListKeys ARN and a DescribeKey ARN, two ListKeyVersions totals, or a ListKeys entry whose ARN names another key): kmsready cannot tell which export is right, so every rule that reads the disagreeing fields could be wrong. Exports of different times, or of two accounts, do this.",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"exists": {"fact": "key.conflicts"}},
  "message": "The inventory disagrees about this key: {key.conflicts}.",
  "remediation": "Export the key again (aliyun kms DescribeKey --KeyId {key.id}, ListKeyVersions) into one folder and drop the stale responses; the verdict stands once they agree.",
  "editions": ["2023", "2025"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes", "lastUpdated": "2023-09-12"},
    {"document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Before you begin", "lastUpdated": "2024-11-18"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"key.conflicts": ["DescribeKey in a/k.json and b/k.json disagree on KeyState"]}}
    ],
    "nonTriggering": [
      {"facts": {"key.conflicts": []}},
      {"facts": {}}
    ]
  }
}

"""####),
        (name: "inventory-incomplete.json", text: ####"""
{
  "id": "inventory-incomplete",
  "title": "Inventory incomplete for this key",
  "description": "The export has no DescribeKey or no ListKeyVersions response for the key, so the rules that read the key's origin, state, rotation or version count cannot decide.",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"exists": {"fact": "key.missing"}},
  "message": "The inventory has no {key.missing} response for this key: its origin, rotation or versions cannot be checked.",
  "remediation": "Export the missing responses: aliyun kms DescribeKey --KeyId {key.id} and aliyun kms ListKeyVersions --KeyId {key.id} (samples/export-inventory.sh does it for every key).",
  "editions": ["2023", "2025"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes", "lastUpdated": "2023-09-12"},
    {"document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Before you begin", "lastUpdated": "2024-11-18"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"key.missing": ["DescribeKey"]}},
      {"facts": {"key.missing": ["DescribeKey", "ListKeyVersions"]}}
    ],
    "nonTriggering": [
      {"facts": {"key.missing": []}}
    ]
  }
}

"""####),
        (name: "key-spec-hardware-only.json", text: ####"""
{
  "id": "key-spec-hardware-only",
  "title": "Key spec needs a hardware instance: the destination is software",
  "description": "Different KMS 3.0 instance types support different keys (GFAQ); software key management supports the symmetric spec Aliyun_AES_256 (and Aliyun_SM4 with the national-cryptography module) and RSA keys, other symmetric specs only hardware key management (SPEC).",
  "severity": "high",
  "verdict": "blocked",
  "condition": {"all": [{"equals": {"fact": "destination.type", "value": "software"}}, {"in": {"fact": "key.spec", "values": ["Aliyun_AES_128", "Aliyun_AES_192"]}}]},
  "message": "The key is {key.spec}, which only hardware key management supports, and its destination {destination.instance} is a software instance.",
  "remediation": "Move the key to a hardware KMS instance of {key.region} (another --destination entry for it, \"type\": \"hardware\"), or create an Aliyun_AES_256 key in the software instance and re-encrypt the data.",
  "editions": ["2025"],
  "sources": [
    {"document": "General FAQs (KMS migration)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/other-faq", "section": "Choose an instance type that supports the keys you migrate", "lastUpdated": "2025-03-19"},
    {"document": "Key management types and key specifications", "url": "https://help.aliyun.com/en/kms/key-management-service/user-guide/key-types-and-specifications", "section": "Specifications by key management type", "lastUpdated": "undated"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"destination.type": "software", "key.spec": "Aliyun_AES_128"}}
    ],
    "nonTriggering": [
      {"facts": {"destination.type": "hardware", "key.spec": "Aliyun_AES_128"}},
      {"facts": {"destination.type": "software", "key.spec": "Aliyun_AES_256"}},
      {"facts": {"key.spec": "Aliyun_AES_128"}}
    ]
  }
}

"""####),
        (name: "key-spec-unconfirmed-for-software.json", text: ####"""
{
  "id": "key-spec-unconfirmed-for-software",
  "title": "Key spec in a software instance: not confirmed",
  "description": "Aliyun_SM4 keys need the national-cryptography module in a software instance, and the pages readable today do not say whether software instances take EC_P256, EC_P256K or EC_SM2 keys (SPEC; open question 1 of the 2025 edition).",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"all": [{"equals": {"fact": "destination.type", "value": "software"}}, {"in": {"fact": "key.spec", "values": ["Aliyun_SM4", "EC_P256", "EC_P256K", "EC_SM2"]}}]},
  "message": "The key is {key.spec} and its destination {destination.instance} is a software instance: Aliyun_SM4 needs the national-cryptography module there, and support for EC keys in software instances is not stated.",
  "remediation": "Confirm in the KMS console (the instance's supported specifications) or with technical support that {destination.instance} takes {key.spec} keys; otherwise choose a hardware instance.",
  "editions": ["2025"],
  "sources": [
    {"document": "Key management types and key specifications", "url": "https://help.aliyun.com/en/kms/key-management-service/user-guide/key-types-and-specifications", "section": "Specifications by key management type", "lastUpdated": "undated"},
    {"document": "General FAQs (KMS migration)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/other-faq", "section": "Choose an instance type that supports the keys you migrate", "lastUpdated": "2025-03-19"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"destination.type": "software", "key.spec": "EC_SM2"}},
      {"facts": {"destination.type": "software", "key.spec": "Aliyun_SM4"}}
    ],
    "nonTriggering": [
      {"facts": {"destination.type": "hardware", "key.spec": "EC_SM2"}},
      {"facts": {"destination.type": "software", "key.spec": "RSA_2048"}}
    ]
  }
}

"""####),
        (name: "key-state-not-enabled.json", text: ####"""
{
  "id": "key-state-not-enabled",
  "title": "Key is pending deletion, pending import or disabled",
  "description": "A key that is not Enabled is either on its way out (PendingDeletion), has no key material yet (PendingImport) or is switched off (Disabled); whether to migrate it at all is a decision for a person.",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"in": {"fact": "key.state", "values": ["PendingDeletion", "PendingImport", "Disabled"]}},
  "message": "The key is {key.state}: decide whether it should be migrated at all.",
  "remediation": "Enable the key if it is still needed (aliyun kms EnableKey --KeyId {key.id}, or CancelKeyDeletion for a key pending deletion); otherwise leave it out of the migration.",
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes", "lastUpdated": "2023-09-12"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"key.state": "PendingDeletion"}},
      {"facts": {"key.state": "PendingImport"}},
      {"facts": {"key.state": "Disabled"}}
    ],
    "nonTriggering": [
      {"facts": {"key.state": "Enabled"}},
      {"facts": {}}
    ]
  }
}

"""####),
        (name: "key-state-unconfirmed.json", text: ####"""
{
  "id": "key-state-unconfirmed",
  "title": "Key disabled, pending deletion or pending import: the current pages do not say",
  "description": "Alibaba Cloud's current migration pages (S24 2024-11-18, OP2 2025-12-05) are silent on keys that are Disabled, PendingDeletion or PendingImport, and enabling, cancelling deletion or importing material are management calls frozen during a run. Open question 1 of the 2025 edition.",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"in": {"fact": "key.state", "values": ["PendingDeletion", "PendingImport", "Disabled"]}},
  "message": "The key is {key.state}: the current migration pages do not say whether the Migration Tool takes such keys; decide whether it should move at all, and settle its state before the run (state changes are frozen during it).",
  "remediation": "Enable the key if it is still needed (aliyun kms EnableKey --KeyId {key.id}, or CancelKeyDeletion for a key pending deletion) before the run; otherwise leave it out. If the Migration Tool does not list it, ask technical support (OP2).",
  "supportRequirement": true,
  "editions": ["2025"],
  "sources": [
    {"document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "During the migration: no create, modify or delete", "lastUpdated": "2024-11-18"},
    {"document": "Step 2: Perform the migration", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/migration-operation", "section": "Keys the Migration Tool does not list: contact technical support", "lastUpdated": "2025-12-05"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"key.state": "Disabled"}},
      {"facts": {"key.state": "PendingDeletion"}}
    ],
    "nonTriggering": [
      {"facts": {"key.state": "Enabled"}},
      {"facts": {}}
    ]
  }
}

"""####),
        (name: "managed-secret-outside-kms-instance.json", text: ####"""
{
  "id": "managed-secret-outside-kms-instance",
  "subject": "secret",
  "title": "ApsaraDB RDS or ECS secret outside a KMS instance",
  "description": "Secrets outside a KMS instance cannot be moved by the CMK migration. ApsaraDB RDS and ECS secrets follow their region-specific instances: when a region is retired they need nothing.",
  "severity": "medium",
  "verdict": "blocked",
  "condition": {"all": [{"equals": {"fact": "secret.inKmsInstance", "value": false}}, {"in": {"fact": "secret.type", "values": ["Rds", "ECS"]}}]},
  "message": "The {secret.type} secret {secret.name} is outside a KMS instance: the CMK migration cannot move it.",
  "remediation": "Ask Alibaba Cloud support through a ticket, or create the secret in a KMS instance; when its region is retired it needs nothing, since it follows its {secret.type} instance.",
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Secrets: You cannot migrate secrets", "lastUpdated": "2023-09-12"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.type": "Rds"}},
      {"facts": {"secret.inKmsInstance": false, "secret.type": "ECS"}}
    ],
    "nonTriggering": [
      {"facts": {"secret.inKmsInstance": true, "secret.type": "Rds"}},
      {"facts": {"secret.inKmsInstance": false, "secret.type": "Redis"}}
    ]
  }
}

"""####),
        (name: "multiple-key-versions-unconfirmed.json", text: ####"""
{
  "id": "multiple-key-versions-unconfirmed",
  "title": "Several key versions: whether the Migration Tool takes such keys is not documented",
  "description": "Alibaba Cloud's current migration pages (S24 2024-11-18, OP2 2025-12-05) are silent on keys with several versions (the 2023 page blocked them). The Terraform page tells users to re-enable rotation after the migration, which suggests rotated keys migrate, but no page says so. This is open question 2 of the 2025 edition.",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"greaterThan": {"fact": "key.versionCount", "value": 1}},
  "message": "The key has {key.versionCount} key versions: the current migration pages do not say whether keys with several versions migrate (the 2023 page said they cannot; the Terraform page's advice to re-enable rotation afterwards suggests they do).",
  "remediation": "Check whether the Migration Tool counts the key under Keys Not Migrated for {key.region}; if it does not, ask Alibaba Cloud technical support (OP2, 2025-12-05).",
  "supportRequirement": true,
  "editions": ["2025"],
  "sources": [
    {"document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Before you begin", "lastUpdated": "2024-11-18"},
    {"document": "Step 2: Perform the migration", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/migration-operation", "section": "Keys the Migration Tool does not list: contact technical support", "lastUpdated": "2025-12-05"},
    {"document": "Update Terraform configurations after migration", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/modify-terraform-configurations-after-migration", "section": "Re-enable automatic rotation after the migration", "lastUpdated": "2026-03-31"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"key.versionCount": 3}}
    ],
    "nonTriggering": [
      {"facts": {"key.versionCount": 1}},
      {"facts": {}}
    ]
  }
}

"""####),
        (name: "multiple-key-versions.json", text: ####"""
{
  "id": "multiple-key-versions",
  "title": "More than one key version",
  "description": "The key has more than one key version (usually from automatic rotation). The migration document lists CMKs with multiple versions among the CMKs that cannot be migrated.",
  "severity": "high",
  "verdict": "blocked",
  "condition": {"greaterThan": {"fact": "key.versionCount", "value": 1}},
  "message": "The key has {key.versionCount} key versions: CMKs with multiple versions cannot be migrated.",
  "remediation": "Create a new key in the dedicated KMS instance and re-encrypt your data with it (decrypt with this key, encrypt with the new one), or raise the requirement with Alibaba Cloud support through a ticket. Disabling rotation does not remove versions.",
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes: You cannot migrate the following CMKs", "lastUpdated": "2023-09-12"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"key.versionCount": 2}},
      {"facts": {"key.versionCount": 7, "key.automaticRotation": "Enabled"}}
    ],
    "nonTriggering": [
      {"facts": {"key.versionCount": 1}},
      {"facts": {}}
    ]
  }
}

"""####),
        (name: "named-in-code-not-traced.json", text: ####"""
{
  "id": "named-in-code-not-traced",
  "title": "Named in code, no traced use",
  "description": "The traces show no call of the key, but code or configuration names it (kmsready check --source): it is used by code that did not run in the traced period — a rare job, a recovery path, a new release — rather than unused.",
  "severity": "low",
  "verdict": "eligible",
  "condition": {"all": [{"equals": {"fact": "usage.calls", "value": 0}}, {"exists": {"fact": "code.references"}}]},
  "message": "No traced call, but code names the key at {code.references}: it is used by code the traced period did not run.",
  "remediation": "Treat the key as used: plan its applications' changes as for a traced key.",
  "editions": ["2023", "2025"],
  "sources": [{"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes; Scenario 2", "lastUpdated": "2023-09-12"}, {"document": "Step 1: Assessment", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/pre-migration-planning", "section": "Self-managed applications that use the keys", "lastUpdated": "2025-02-24"}],
  "examples": {
    "triggering": [{"facts": {"code.references": ["jobs/yearly.py:8:14"]}, "calls": []}],
    "nonTriggering": [{"facts": {"code.references": ["jobs/yearly.py:8:14"]}, "calls": [{"operation": "Decrypt"}]}, {"calls": []}]
  }
}

"""####),
        (name: "no-observed-use.json", text: ####"""
{
  "id": "no-observed-use",
  "title": "No observed use in the traced period",
  "description": "Traces were given but show no call of the key. It may be unused, used rarely (outside the traced period), or used through a path the traces miss; a person must decide before migrating or retiring it.",
  "severity": "low",
  "verdict": "needs-review",
  "condition": {"all": [{"equals": {"fact": "usage.calls", "value": 0}}, {"not": {"exists": {"fact": "code.references"}}}]},
  "message": "No observed use in the traced period: confirm who uses the key before migrating it.",
  "remediation": "Check with the key's owner (see its description and tags); extend the traced period, or consider disabling and scheduling deletion of an unused key.",
  "editions": ["2023", "2025"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Scenario 1 and Scenario 2: identify how the CMK is used", "lastUpdated": "2023-09-12"},
    {"document": "Step 1: Assessment", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/pre-migration-planning", "section": "Self-managed applications that use the keys", "lastUpdated": "2025-02-24"}
  ],
  "examples": {
    "triggering": [
      {"calls": []}
    ],
    "nonTriggering": [
      {"calls": [{"operation": "Decrypt"}]},
      {"facts": {"code.references": ["jobs/yearly.py:8:14"]}, "calls": []},
      {"facts": {"key.origin": "Aliyun_KMS"}}
    ]
  }
}

"""####),
        (name: "public-network-caller.json", text: ####"""
{
  "id": "public-network-caller",
  "title": "An application calls from a public address (possibly outside Alibaba Cloud)",
  "description": "The migration document covers applications deployed on Alibaba Cloud; applications deployed outside Alibaba Cloud need a support ticket. A call from a public address that is not declared as the user's own inside Alibaba Cloud (--cloud-cidrs) may come from outside.",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"anyCall": {"all": [
    {"equals": {"fact": "call.callerKind", "value": "application"}},
    {"equals": {"fact": "call.network", "value": "public"}}
  ]}},
  "message": "Application calls from public addresses by {matched.principals} ({matched.calls} calls): if the application runs outside Alibaba Cloud, a support ticket is required.",
  "remediation": "If the addresses are your own inside Alibaba Cloud (ECS public IPs, NAT gateways), list them in a --cloud-cidrs file; otherwise contact Alibaba Cloud support through a ticket before migrating.",
  "supportRequirement": true,
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes: applications deployed outside Alibaba Cloud", "lastUpdated": "2023-09-12"}
  ],
  "examples": {
    "triggering": [
      {"calls": [{"network": "public"}]}
    ],
    "nonTriggering": [
      {"calls": [{"network": "vpc"}, {"network": "private"}, {"network": "cloud-cidr"}]},
      {"calls": [{"network": "public", "callerKind": "console"}]}
    ]
  }
}

"""####),
        (name: "ram-secret-outside-kms-instance.json", text: ####"""
{
  "id": "ram-secret-outside-kms-instance",
  "subject": "secret",
  "title": "RAM secret outside a KMS instance",
  "description": "A RAM secret cannot be migrated: it is deleted and created again. A RAM user has one RAM secret; deleting the RAM secret does not delete the AccessKey pair.",
  "severity": "high",
  "verdict": "blocked",
  "condition": {"all": [{"equals": {"fact": "secret.inKmsInstance", "value": false}}, {"equals": {"fact": "secret.type", "value": "RAMCredentials"}}]},
  "message": "The RAM secret {secret.name} is outside a KMS instance: it cannot be migrated, only deleted and created again.",
  "remediation": "Make sure nothing uses it (its last access is in this report), delete it (aliyun kms DeleteSecret --SecretName {secret.name}), then create it again in the KMS instance for the same RAM user; the AccessKey pair itself is not deleted.",
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate secrets across regions (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/migrate-secrets-across-regions", "section": "RAM secret: migration not supported, delete and re-create", "lastUpdated": "2026-03-31"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.type": "RAMCredentials"}}
    ],
    "nonTriggering": [
      {"facts": {"secret.inKmsInstance": true, "secret.type": "RAMCredentials"}},
      {"facts": {"secret.inKmsInstance": false, "secret.type": "Generic"}}
    ]
  }
}

"""####),
        (name: "reencrypt-in-code-shared-gateway.json", text: ####"""
{
  "id": "reencrypt-in-code-shared-gateway",
  "title": "Code that names the key calls ReEncrypt: keep it on the shared gateway",
  "description": "An application that names the key calls ReEncrypt (kmsready check --source). After the migration it keeps its SDK and endpoint; ReEncrypt is served only by the shared gateway (REENC). Evidence from code, never counted as traced calls.",
  "severity": "medium",
  "verdict": "eligible",
  "condition": {"matches": {"fact": "code.calls", "pattern": "^ReEncrypt "}},
  "message": "Code of the applications that name this key calls ReEncrypt (every KMS call of that code: {code.calls}). After the migration that code must keep calling the shared gateway.",
  "remediation": "Keep these applications on kms.<region>.aliyuncs.com or kms-vpc.<region>.aliyuncs.com for this key; do not move them to the instance's dedicated gateway or a transfer client while they call ReEncrypt.",
  "editions": ["2025"],
  "sources": [{"document": "ReEncrypt (API reference)", "url": "https://www.alibabacloud.com/help/doc-detail/2938467.html", "section": "Only the shared gateway; QPS limit 750", "lastUpdated": "2025-07-29"}],
  "examples": {
    "triggering": [{"facts": {"code.calls": ["ReEncrypt app/Rotate.java:12:30 (java, v2)"]}}],
    "nonTriggering": [{"facts": {"code.calls": ["ExportDataKey app/Export.go:8:2 (go, v1)"]}}]
  }
}

"""####),
        (name: "reencrypt-or-export-in-code.json", text: ####"""
{
  "id": "reencrypt-or-export-in-code",
  "title": "Code that names the key calls ReEncrypt, ExportDataKey or GenerateAndExportDataKey",
  "description": "An application that names the key in its code or configuration calls one of these operations (kmsready check --source): the 2023 migration cannot move a key an application uses with them. Code shows what can run — a yearly job, a recovery path — even where no trace shows it; it is evidence from code, never counted as traced calls.",
  "severity": "high",
  "verdict": "blocked",
  "condition": {"matches": {"fact": "code.calls", "pattern": "^(ReEncrypt|ExportDataKey|GenerateAndExportDataKey) "}},
  "message": "Code of the applications that name this key calls ReEncrypt, ExportDataKey or GenerateAndExportDataKey ({code.operations}; the key is named at {code.references}; every KMS call of that code: {code.calls}).",
  "remediation": "Change that code to stop using these operations (Decrypt then Encrypt instead of ReEncrypt; GenerateDataKey instead of the export operations; one key per Encryption SDK provider), or raise the requirement with Alibaba Cloud support through a ticket.",
  "editions": ["2023"],
  "sources": [{"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes; Scenario 2", "lastUpdated": "2023-09-12"}],
  "examples": {
    "triggering": [
      {"facts": {"code.calls": ["Decrypt app/Main.java:40:9 (java, v1)", "ReEncrypt app/Rotate.java:12:30 (java, v1)"], "code.references": ["app/config.yml:3:10"]}},
      {"facts": {"code.calls": ["ReEncrypt crypto/envelope.py:20:5 (python, encryption-sdk)"]}}
    ],
    "nonTriggering": [
      {"facts": {"code.calls": ["Decrypt app/Main.java:40:9 (java, v1)"]}},
      {"facts": {}}
    ]
  }
}

"""####),
        (name: "reencrypt-or-export-used.json", text: ####"""
{
  "id": "reencrypt-or-export-used",
  "title": "An application uses ReEncrypt, ExportDataKey or GenerateAndExportDataKey",
  "description": "The migration SDK routes only Encrypt, Decrypt, the asymmetric operations, GenerateDataKey(WithoutPlaintext), GetPublicKey and GetSecretValue to the KMS instance; the migration document says CMKs that applications use with ReEncrypt, ExportDataKey or GenerateAndExportDataKey cannot be migrated. Failed calls count: they show the application uses the operation.",
  "severity": "high",
  "verdict": "blocked",
  "condition": {"anyCall": {"all": [
    {"equals": {"fact": "call.callerKind", "value": "application"}},
    {"in": {"fact": "call.operation", "values": ["ReEncrypt", "ExportDataKey", "GenerateAndExportDataKey"]}}
  ]}},
  "message": "Applications call {matched.operations} with this key ({matched.calls} calls by {matched.principals}, {matched.firstSeen} to {matched.lastSeen}): these operations cannot be used on a migrated key.",
  "remediation": "Change the applications to stop using these operations (e.g. Decrypt then Encrypt instead of ReEncrypt; GenerateDataKey instead of GenerateAndExportDataKey), or raise the requirement with Alibaba Cloud support through a ticket.",
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes; Scenario 2", "lastUpdated": "2023-09-12"}
  ],
  "examples": {
    "triggering": [
      {"calls": [{"operation": "ReEncrypt", "language": "java"}]},
      {"calls": [{"operation": "Decrypt"}, {"operation": "GenerateAndExportDataKey", "failedCalls": 1}]},
      {"calls": [{"operation": "ExportDataKey", "language": "python", "calls": 40}]}
    ],
    "nonTriggering": [
      {"calls": [{"operation": "Decrypt"}, {"operation": "GenerateDataKey"}]},
      {"calls": [{"operation": "ReEncrypt", "callerKind": "cloud-service"}]},
      {"calls": []},
      {"facts": {"key.origin": "Aliyun_KMS"}}
    ]
  }
}

"""####),
        (name: "reencrypt-stays-on-shared-gateway.json", text: ####"""
{
  "id": "reencrypt-stays-on-shared-gateway",
  "title": "ReEncrypt: the application must keep calling the shared gateway",
  "description": "After the migration applications keep their SDK and endpoint (S24). ReEncrypt is served only by the shared gateway, at 750 QPS per account, never by the instance's dedicated gateway (REENC): an application that calls it must not be moved to the dedicated gateway or to a transfer client for this key. Not a blocker under the 2025 process.",
  "severity": "medium",
  "verdict": "eligible",
  "condition": {"anyCall": {"all": [{"equals": {"fact": "call.callerKind", "value": "application"}}, {"equals": {"fact": "call.operation", "value": "ReEncrypt"}}]}},
  "message": "Applications call ReEncrypt with this key ({matched.calls} calls by {matched.principals}, {matched.firstSeen} to {matched.lastSeen}): after the migration they must keep calling the shared gateway, which serves ReEncrypt at up to 750 QPS per account; the key's busiest traced hour had at most {usage.peakHourCalls} calls of any operation ({usage.peakHourQPS} per second on average).",
  "remediation": "Keep these applications on the shared KMS endpoint (kms.<region>.aliyuncs.com or kms-vpc.<region>.aliyuncs.com) for this key; do not move them to the instance's dedicated gateway or a transfer client while they call ReEncrypt.",
  "editions": ["2025"],
  "sources": [
    {"document": "ReEncrypt (API reference)", "url": "https://www.alibabacloud.com/help/doc-detail/2938467.html", "section": "Only the shared gateway; QPS limit 750", "lastUpdated": "2025-07-29"},
    {"document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Applications: no code change after the migration", "lastUpdated": "2024-11-18"}
  ],
  "examples": {
    "triggering": [
      {"calls": [{"operation": "ReEncrypt", "language": "java"}]},
      {"calls": [{"operation": "Decrypt"}, {"operation": "ReEncrypt", "failedCalls": 1}]}
    ],
    "nonTriggering": [
      {"calls": [{"operation": "ExportDataKey"}]},
      {"calls": [{"operation": "ReEncrypt", "callerKind": "cloud-service"}]},
      {"calls": []}
    ]
  }
}

"""####),
        (name: "rotation-on-disable-first.json", text: ####"""
{
  "id": "rotation-on-disable-first",
  "title": "Automatic rotation on: switch it off before the run, back on after",
  "description": "Rotation must be off while keys and secrets migrate (stated for secrets in SFAQ; for keys implied by the Terraform page, which says to re-enable rotation on keys and secrets after the migration). Suspended rotation is still configured on the key, so it is switched off the same way.",
  "severity": "medium",
  "verdict": "eligible-after-remediation",
  "condition": {"in": {"fact": "key.automaticRotation", "values": ["Enabled", "Suspended"]}},
  "message": "Automatic rotation is {key.automaticRotation} (interval {key.rotationInterval}): switch it off before the Migration Tool run and back on after it.",
  "remediation": "Before the run: aliyun kms UpdateRotationPolicy --KeyId {key.id} --EnableAutomaticRotation false. After the run (the migration does not restore it): aliyun kms UpdateRotationPolicy --KeyId {key.id} --EnableAutomaticRotation true --RotationInterval {key.rotationInterval}.",
  "checklist": "Automatic rotation switched off (aliyun kms UpdateRotationPolicy --KeyId {key.id} --EnableAutomaticRotation false); switch it back on after the run (--EnableAutomaticRotation true --RotationInterval {key.rotationInterval})",
  "editions": ["2025"],
  "sources": [
    {"document": "FAQs about migrating secrets", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/credential-migration-faq", "section": "Rotation: disable automatic rotation before migrating", "lastUpdated": "2025-01-16"},
    {"document": "Update Terraform configurations after migration", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/modify-terraform-configurations-after-migration", "section": "Re-enable automatic rotation after the migration", "lastUpdated": "2026-03-31"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"key.automaticRotation": "Enabled", "key.versionCount": 1}},
      {"facts": {"key.automaticRotation": "Suspended", "key.versionCount": 4}}
    ],
    "nonTriggering": [
      {"facts": {"key.automaticRotation": "Disabled"}},
      {"facts": {}}
    ]
  }
}

"""####),
        (name: "scan/code-client-migration-edit.json", text: ####"""
{
  "id": "code-client-migration-edit",
  "subject": "code",
  "title": "A KMS client must become the migration client",
  "description": "Under the 2023 process, applications must switch to the migration SDK and the KMS instance (through an application access point) within one month of the migration. The change is one line at the client's construction: request objects and calls stay as they are.",
  "severity": "medium",
  "verdict": "eligible-after-remediation",
  "condition": {"all": [
    {"equals": {"fact": "source.kind", "value": "client"}},
    {"exists": {"fact": "source.migrationEdit"}}
  ]},
  "message": "A {source.generation} KMS client ({source.subject}, gateway {source.gateway}) is built at {source.file}: it must become the migration client within one month of the migration.",
  "remediation": "{source.migrationEdit}",
  "checklist": "Client at {source.file} switched to the migration client",
  "editions": ["2023"],
  "sources": [{"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes; Scenario 2: applications", "lastUpdated": "2023-09-12"}],
  "examples": {
    "triggering": [{"facts": {"source.kind": "client", "source.generation": "v1", "source.subject": "DefaultAcsClient", "source.gateway": "shared", "source.migrationEdit": "new DefaultAcsClient(profile) → new KmsTransferAcsClient(profile, config)"}}],
    "nonTriggering": [
      {"facts": {"source.kind": "client", "source.generation": "instance", "source.gateway": "dedicated"}},
      {"facts": {"source.kind": "operation", "source.operation": "Decrypt"}}
    ]
  }
}

"""####),
        (name: "scan/code-export-either-gateway.json", text: ####"""
{
  "id": "code-export-either-gateway",
  "subject": "code",
  "title": "Code calls an export operation: either gateway serves it",
  "description": "ExportDataKey and GenerateAndExportDataKey can be called through the shared or the dedicated gateway (EXP, GAE, 2025-07-29): no longer a constraint on the migration.",
  "severity": "info",
  "verdict": "eligible",
  "condition": {"all": [
    {"equals": {"fact": "source.kind", "value": "operation"}},
    {"in": {"fact": "source.operation", "values": ["ExportDataKey", "GenerateAndExportDataKey"]}}
  ]},
  "message": "{source.operation} at {source.file}: the shared and the dedicated gateway both serve it after the migration.",
  "remediation": "Nothing to change for the migration.",
  "editions": ["2025"],
  "sources": [{"document": "ExportDataKey (API reference)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/developer-reference/api-kms-2016-01-20-exportdatakey", "section": "Shared or dedicated gateway", "lastUpdated": "2025-07-29"}, {"document": "GenerateAndExportDataKey (API reference)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/developer-reference/api-kms-2016-01-20-generateandexportdatakey", "section": "Shared or dedicated gateway", "lastUpdated": "2025-07-29"}],
  "examples": {
    "triggering": [{"facts": {"source.kind": "operation", "source.operation": "ExportDataKey", "source.generation": "v1", "source.via": "direct"}}],
    "nonTriggering": [{"facts": {"source.kind": "operation", "source.operation": "ReEncrypt"}}]
  }
}

"""####),
        (name: "scan/code-hand-written-endpoint.json", text: ####"""
{
  "id": "code-hand-written-endpoint",
  "subject": "code",
  "title": "Code calls a KMS endpoint without a KMS SDK",
  "description": "A hand-written HTTP client or a generic SDK client aimed at a KMS endpoint: no migration client replaces it, and its calls are known only where the code names them.",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"all": [
    {"equals": {"fact": "source.kind", "value": "endpoint"}},
    {"not": {"in": {"fact": "source.language", "values": ["terraform", "config", "shell"]}}}
  ]},
  "message": "The {source.gateway} KMS endpoint {source.subject} at {source.file} is called without a KMS SDK ({source.generation}).",
  "remediation": "Find the operations this client sends; under the 2023 process move them to a migration client (Java, Go or Python), or raise the requirement with support.",
  "editions": ["2023"],
  "sources": [{"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes; Scenario 2: applications", "lastUpdated": "2023-09-12"}],
  "examples": {
    "triggering": [{"facts": {"source.kind": "endpoint", "source.language": "javascript", "source.gateway": "shared", "source.subject": "kms.cn-hangzhou.aliyuncs.com", "source.generation": "http"}}],
    "nonTriggering": [{"facts": {"source.kind": "endpoint", "source.language": "config"}}]
  }
}

"""####),
        (name: "scan/code-language-without-migration-sdk.json", text: ####"""
{
  "id": "code-language-without-migration-sdk",
  "subject": "code",
  "title": "KMS code in a language the migration SDK does not cover",
  "description": "The 2023 migration SDK exists for Java, Go and Python only; an application in another language cannot follow its key, and the migration document asks to contact support. (Instance SDKs exist for PHP and C#, and PHP has a V2 transfer client: moving to them is a rewrite, not the documented edit.)",
  "severity": "high",
  "verdict": "blocked",
  "condition": {"all": [
    {"in": {"fact": "source.kind", "values": ["client", "endpoint"]}},
    {"equals": {"fact": "source.migrationSdkLanguage", "value": false}},
    {"not": {"in": {"fact": "source.language", "values": ["terraform", "shell", "config"]}}}
  ]},
  "message": "A KMS {source.kind} in {source.language} at {source.file}: the migration SDK exists for Java, Go and Python only.",
  "remediation": "Move the application's KMS calls to Java, Go or Python, or raise the CMK migration requirement with Alibaba Cloud support through a ticket naming the language.",
  "supportRequirement": true,
  "editions": ["2023"],
  "sources": [{"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes; Scenario 2: applications", "lastUpdated": "2023-09-12"}],
  "examples": {
    "triggering": [{"facts": {"source.kind": "client", "source.language": "php", "source.migrationSdkLanguage": false}}],
    "nonTriggering": [
      {"facts": {"source.kind": "client", "source.language": "go", "source.migrationSdkLanguage": true}},
      {"facts": {"source.kind": "endpoint", "source.language": "config", "source.migrationSdkLanguage": false}}
    ]
  }
}

"""####),
        (name: "scan/code-reencrypt-or-export.json", text: ####"""
{
  "id": "code-reencrypt-or-export",
  "subject": "code",
  "title": "Code calls ReEncrypt, ExportDataKey or GenerateAndExportDataKey",
  "description": "The 2023 migration cannot move a CMK that an application uses with ReEncrypt, ExportDataKey or GenerateAndExportDataKey: the migration SDK sends only the ten data-plane operations to the KMS instance. Code shows what can run, including a yearly job or a recovery path no trace shows; the Encryption SDK given several keys calls ReEncrypt itself.",
  "severity": "high",
  "verdict": "blocked",
  "condition": {"all": [
    {"equals": {"fact": "source.kind", "value": "operation"}},
    {"in": {"fact": "source.operation", "values": ["ReEncrypt", "ExportDataKey", "GenerateAndExportDataKey"]}}
  ]},
  "message": "{source.operation} ({source.generation} SDK, {source.via} call) at {source.file}: a key used with it cannot be migrated under the 2023 process.",
  "remediation": "Replace the call (Decrypt then Encrypt instead of ReEncrypt; GenerateDataKey instead of the export operations; one key per Encryption SDK provider), or raise the requirement with Alibaba Cloud support through a ticket.",
  "editions": ["2023"],
  "sources": [{"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes; Scenario 2: applications", "lastUpdated": "2023-09-12"}],
  "examples": {
    "triggering": [
      {"facts": {"source.kind": "operation", "source.operation": "ReEncrypt", "source.generation": "v1", "source.via": "direct"}},
      {"facts": {"source.kind": "operation", "source.operation": "ReEncrypt", "source.generation": "encryption-sdk", "source.via": "implicit"}},
      {"facts": {"source.kind": "operation", "source.operation": "GenerateAndExportDataKey", "source.generation": "v2", "source.via": "direct"}}
    ],
    "nonTriggering": [
      {"facts": {"source.kind": "operation", "source.operation": "Decrypt"}},
      {"facts": {"source.kind": "dependency", "source.subject": "aliyun-java-sdk-kms"}}
    ]
  }
}

"""####),
        (name: "scan/code-reencrypt-shared-gateway.json", text: ####"""
{
  "id": "code-reencrypt-shared-gateway",
  "subject": "code",
  "title": "Code calls ReEncrypt: keep it on the shared gateway",
  "description": "After a 2025 migration applications keep their SDK and endpoint (S24). ReEncrypt is served only by the shared gateway, at 750 QPS per account, never by an instance's dedicated gateway: this code must not be moved to the dedicated gateway or a transfer client (REENC). Not a blocker.",
  "severity": "medium",
  "verdict": "eligible",
  "condition": {"all": [
    {"equals": {"fact": "source.kind", "value": "operation"}},
    {"equals": {"fact": "source.operation", "value": "ReEncrypt"}}
  ]},
  "message": "ReEncrypt ({source.generation} SDK, {source.via} call) at {source.file}: after the migration this code must keep calling the shared gateway, which serves ReEncrypt at up to 750 QPS per account.",
  "remediation": "Keep this client on kms.<region>.aliyuncs.com or kms-vpc.<region>.aliyuncs.com; do not move it to the instance's dedicated gateway or a transfer client while it calls ReEncrypt.",
  "editions": ["2025"],
  "sources": [{"document": "ReEncrypt (API reference)", "url": "https://www.alibabacloud.com/help/doc-detail/2938467.html", "section": "Only the shared gateway; QPS limit 750", "lastUpdated": "2025-07-29"}, {"document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Applications after the migration", "lastUpdated": "2024-11-18"}],
  "examples": {
    "triggering": [{"facts": {"source.kind": "operation", "source.operation": "ReEncrypt", "source.generation": "v2", "source.via": "direct"}}],
    "nonTriggering": [{"facts": {"source.kind": "operation", "source.operation": "ExportDataKey"}}]
  }
}

"""####),
        (name: "scan/code-secrets-client-unchanged.json", text: ####"""
{
  "id": "code-secrets-client-unchanged",
  "subject": "code",
  "title": "Code reads KMS secrets: they migrate, the client stays",
  "description": "All secret types migrate with the Migration Tool, keeping their names, versions and tags (SFAQ): a client that reads them keeps working.",
  "severity": "info",
  "verdict": "eligible",
  "condition": {"equals": {"fact": "source.kind", "value": "secrets-client"}},
  "message": "A Secrets Manager client or its configuration ({source.subject}) at {source.file}: its secrets migrate with their names; nothing changes here.",
  "remediation": "Nothing to change; migrate the secrets' encryption keys in an earlier run than the secrets (kmsready plan --edition 2025).",
  "editions": ["2025"],
  "sources": [{"document": "FAQs about migrating secrets", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/credential-migration-faq", "section": "All secret types migrate", "lastUpdated": "2025-01-16"}],
  "examples": {
    "triggering": [{"facts": {"source.kind": "secrets-client", "source.subject": "secrets-manager:mysql://db"}}],
    "nonTriggering": [{"facts": {"source.kind": "client", "source.subject": "Client"}}]
  }
}

"""####),
        (name: "scan/code-secrets-client.json", text: ####"""
{
  "id": "code-secrets-client",
  "subject": "code",
  "title": "Code reads KMS secrets",
  "description": "Under the 2023 process secrets outside a KMS instance are not migrated with the CMKs: they need a support ticket, or re-creating in an instance and pointing this client at them.",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"equals": {"fact": "source.kind", "value": "secrets-client"}},
  "message": "A Secrets Manager client or its configuration ({source.subject}) at {source.file}: the secrets it reads do not move with the CMK migration.",
  "remediation": "List the secrets it reads (kmsready secrets plan), and either raise their migration with Alibaba Cloud support or re-create them in a KMS instance and point this client at it.",
  "editions": ["2023"],
  "sources": [{"document": "Migrate secrets across regions", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/migrate-secrets-across-regions", "section": "Secrets outside a KMS instance", "lastUpdated": "2026-03-31"}],
  "examples": {
    "triggering": [{"facts": {"source.kind": "secrets-client", "source.subject": "SecretCacheClientBuilder"}}],
    "nonTriggering": [{"facts": {"source.kind": "client", "source.subject": "Client"}}]
  }
}

"""####),
        (name: "scan/code-service-key-reference.json", text: ####"""
{
  "id": "code-service-key-reference",
  "subject": "code",
  "title": "Code names a service key",
  "description": "Keys with an alias alias/acs/<service> are managed by the cloud service and need no migration.",
  "severity": "info",
  "verdict": "not-required",
  "condition": {"all": [
    {"equals": {"fact": "source.kind", "value": "key-reference"}},
    {"matches": {"fact": "source.reference", "pattern": "^(alias/acs/|acs:kms:[^:]*:[^:]*:alias/acs/)"}}
  ]},
  "message": "{source.reference} at {source.file} is a service key: no migration.",
  "remediation": "Nothing to do.",
  "editions": ["2023", "2025"],
  "sources": [{"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes; Scenario 2: applications", "lastUpdated": "2023-09-12"}, {"document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Applications after the migration", "lastUpdated": "2024-11-18"}],
  "examples": {
    "triggering": [{"facts": {"source.kind": "key-reference", "source.reference": "alias/acs/oss"}}],
    "nonTriggering": [{"facts": {"source.kind": "key-reference", "source.reference": "alias/orders"}}]
  }
}

"""####),
        (name: "scan/code-terraform-ignore-changes.json", text: ####"""
{
  "id": "code-terraform-ignore-changes",
  "subject": "code",
  "title": "A Terraform KMS key or secret will fight the migration",
  "description": "The migration adds dkms_instance_id to every key and secret (and turns rotation off for the run). A Terraform configuration that neither ignores these attributes nor writes dkms_instance_id makes the migration fail (Nov 2024, Jul 2025 pages) or, on the next plan and apply, destroys and re-creates the migrated keys and secrets (Mar 2026 page): data loss.",
  "severity": "high",
  "verdict": "eligible-after-remediation",
  "condition": {"all": [
    {"equals": {"fact": "source.kind", "value": "terraform"}},
    {"in": {"fact": "source.subject", "values": ["alicloud_kms_key", "alicloud_kms_secret"]}},
    {"equals": {"fact": "source.setsInstance", "value": false}},
    {"not": {"all": [
      {"contains": {"fact": "source.ignoreChanges", "value": "automatic_rotation"}},
      {"contains": {"fact": "source.ignoreChanges", "value": "rotation_interval"}}
    ]}}
  ]},
  "message": "{source.subject}.{source.resourceName} at {source.file} neither sets dkms_instance_id nor ignores changes to it and to rotation (its ignore_changes: {source.ignoreChanges}).",
  "remediation": "Add lifecycle {{ ignore_changes = [dkms_instance_id, automatic_rotation, rotation_interval] } to the resource (provider 1.235.0 or earlier; later providers: without dkms_instance_id), plus protection_level for a key moving from HSM to a software instance; or write dkms_instance_id into the configuration.",
  "checklist": "{source.subject}.{source.resourceName} ignores dkms_instance_id and rotation, or sets dkms_instance_id",
  "editions": ["2025"],
  "sources": [{"document": "Update Terraform configurations after migration", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/modify-terraform-configurations-after-migration", "section": "Solution 1: lifecycle ignore_changes; solution 2: dkms_instance_id", "lastUpdated": "2026-03-31"}],
  "examples": {
    "triggering": [
      {"facts": {"source.kind": "terraform", "source.subject": "alicloud_kms_key", "source.resourceName": "orders", "source.setsInstance": false, "source.ignoreChanges": []}},
      {"facts": {"source.kind": "terraform", "source.subject": "alicloud_kms_secret", "source.resourceName": "db", "source.setsInstance": false, "source.ignoreChanges": ["automatic_rotation"]}}
    ],
    "nonTriggering": [
      {"facts": {"source.kind": "terraform", "source.subject": "alicloud_kms_key", "source.setsInstance": false, "source.ignoreChanges": ["automatic_rotation", "dkms_instance_id", "rotation_interval"]}},
      {"facts": {"source.kind": "terraform", "source.subject": "alicloud_kms_key", "source.setsInstance": true, "source.ignoreChanges": []}},
      {"facts": {"source.kind": "terraform", "source.subject": "alicloud_kms_alias", "source.ignoreChanges": []}}
    ]
  }
}

"""####),
        (name: "secret-in-kms-instance.json", text: ####"""
{
  "id": "secret-in-kms-instance",
  "subject": "secret",
  "title": "Secret already in a KMS instance",
  "description": "DescribeSecret names a DKMSInstanceId: the secret is in a KMS instance, so the move of CMKs out of the default instance does not concern it. If its region is retired, a generic secret in a KMS instance moves by backup and restoration.",
  "severity": "info",
  "verdict": "not-required",
  "condition": {"equals": {"fact": "secret.inKmsInstance", "value": true}},
  "message": "The secret is in the KMS instance {secret.kmsInstanceId}: the CMK migration does not concern it.",
  "remediation": "None for the CMK migration. If its region is retired, migrate it with the instance's backup and restoration (KMS documentation: Backups).",
  "editions": ["2023", "2025"],
  "sources": [
    {"document": "Migrate secrets across regions (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/migrate-secrets-across-regions", "section": "Generic secret (in a KMS instance): migrate using backup and restoration", "lastUpdated": "2026-03-31"},
    {"document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Keys and secrets in shared KMS are migrated", "lastUpdated": "2024-11-18"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.inKmsInstance": true, "secret.kmsInstanceId": "kst-hzz62ee4e2bd5yh1234"}}
    ],
    "nonTriggering": [
      {"facts": {"secret.inKmsInstance": false}},
      {"facts": {"secret.missing": ["DescribeSecret"]}}
    ]
  }
}

"""####),
        (name: "secret-inventory-conflict.json", text: ####"""
{
  "id": "secret-inventory-conflict",
  "subject": "secret",
  "title": "Two responses about the secret disagree",
  "description": "The inventory holds two responses about the secret that disagree (two DescribeSecret responses, in one folder or two, or a ListSecrets entry and a DescribeSecret of another type): kmsready cannot tell which is right — one inside a KMS instance and one outside may even be two secrets of one name, a clash the 2025 migration refuses — so the secret needs review until they agree.",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"exists": {"fact": "secret.conflicts"}},
  "message": "The inventory disagrees about {secret.name}: {secret.conflicts}.",
  "remediation": "Export the secret again (aliyun kms DescribeSecret --SecretName {secret.name} --FetchTags true) into one folder and drop the stale responses; if two secrets share the name (one in a KMS instance), rename one before migrating.",
  "editions": ["2023", "2025"],
  "sources": [
    {"document": "Migrate secrets across regions (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/migrate-secrets-across-regions", "section": "Step 1: Query and save the secret details in the source region", "lastUpdated": "2026-03-31"},
    {"document": "FAQs about migrating secrets", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/credential-migration-faq", "section": "Names: unique per account, instance and region", "lastUpdated": "2025-01-16"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.conflicts": ["DescribeSecret in a/s.json and b/s.json disagree on DKMSInstanceId"]}}
    ],
    "nonTriggering": [
      {"facts": {"secret.conflicts": []}}
    ]
  }
}

"""####),
        (name: "secret-inventory-incomplete.json", text: ####"""
{
  "id": "secret-inventory-incomplete",
  "subject": "secret",
  "title": "Inventory incomplete for this secret",
  "description": "The export has no DescribeSecret or no ListSecretVersionIds response for the secret, so whether it is in a KMS instance, its key or its versions cannot be known.",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"exists": {"fact": "secret.missing"}},
  "message": "The inventory has no {secret.missing} response for this secret: where it lives or its versions cannot be checked.",
  "remediation": "Export the missing responses: aliyun kms DescribeSecret --SecretName {secret.name} --FetchTags true and aliyun kms ListSecretVersionIds --SecretName {secret.name} --IncludeDeprecated true (samples/export-inventory.sh does it for every secret).",
  "editions": ["2023", "2025"],
  "sources": [
    {"document": "Migrate secrets across regions (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/migrate-secrets-across-regions", "section": "Step 1: Query and save the secret details in the source region", "lastUpdated": "2026-03-31"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.missing": ["DescribeSecret"]}}
    ],
    "nonTriggering": [
      {"facts": {"secret.missing": []}}
    ]
  }
}

"""####),
        (name: "secret-key-blocked.json", text: ####"""
{
  "id": "secret-key-blocked",
  "subject": "secret",
  "title": "The key that encrypts the secret cannot migrate",
  "description": "A secret encrypted with a customer key migrates only after that key has migrated; otherwise its migration fails (SFAQ). A secret on the default service key migrates directly.",
  "severity": "high",
  "verdict": "blocked",
  "condition": {"all": [{"equals": {"fact": "secret.inKmsInstance", "value": false}}, {"equals": {"fact": "secret.encryptionKeyVerdict", "value": "blocked"}}]},
  "message": "{secret.name} is encrypted by {secret.encryptionKeyId}, which is blocked: the secret cannot migrate before its key does.",
  "remediation": "Resolve what blocks {secret.encryptionKeyId} (its findings in this report), or re-create the secret under a key that migrates.",
  "editions": ["2025"],
  "sources": [
    {"document": "FAQs about migrating secrets", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/credential-migration-faq", "section": "Migrate the secret's CMK first", "lastUpdated": "2025-01-16"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.encryptionKeyVerdict": "blocked"}}
    ],
    "nonTriggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.encryptionKeyVerdict": "eligible"}},
      {"facts": {"secret.inKmsInstance": false}}
    ]
  }
}

"""####),
        (name: "secret-key-needs-review.json", text: ####"""
{
  "id": "secret-key-needs-review",
  "subject": "secret",
  "title": "Whether the key that encrypts the secret migrates is not settled",
  "description": "A secret migrates only after the customer key that encrypts it (SFAQ): when that key needs review, or the inventory does not hold it, so does the secret.",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"all": [{"equals": {"fact": "secret.inKmsInstance", "value": false}}, {"in": {"fact": "secret.encryptionKeyVerdict", "values": ["needs-review", "not-in-inventory"]}}]},
  "message": "{secret.name} is encrypted by {secret.encryptionKeyId}, whose migration is not settled ({secret.encryptionKeyVerdict}): the secret can migrate only after its key.",
  "remediation": "Settle the key first (its findings in this report; export it with samples/export-inventory.sh when it is not in the inventory).",
  "editions": ["2025"],
  "sources": [
    {"document": "FAQs about migrating secrets", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/credential-migration-faq", "section": "Migrate the secret's CMK first", "lastUpdated": "2025-01-16"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.encryptionKeyVerdict": "not-in-inventory"}},
      {"facts": {"secret.inKmsInstance": false, "secret.encryptionKeyVerdict": "needs-review"}}
    ],
    "nonTriggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.encryptionKeyVerdict": "eligible-after-remediation"}}
    ]
  }
}

"""####),
        (name: "secret-migrates-in-migration-tool.json", text: ####"""
{
  "id": "secret-migrates-in-migration-tool",
  "subject": "secret",
  "title": "Secret outside a KMS instance: the Migration Tool migrates it",
  "description": "Under the 2025 process every secret type migrates with the Migration Tool (SFAQ), keeping its name, versions, stages, status and tags; its key must be migrated first, rotation must be off and its name must be free in the destination instance (the other rules say so).",
  "severity": "info",
  "verdict": "eligible",
  "condition": {"all": [{"equals": {"fact": "secret.inKmsInstance", "value": false}}, {"in": {"fact": "secret.type", "values": ["Generic", "Rds", "Redis", "PolarDB", "RAMCredentials", "ECS"]}}]},
  "message": "The {secret.type} secret {secret.name} is outside a KMS instance: the Migration Tool migrates it, in a run after the one that holds its key.",
  "remediation": "Migrate it in the Migration Tool of {secret.region} (kmsready plan --edition 2025 lists the runs in order).",
  "editions": ["2025"],
  "sources": [
    {"document": "FAQs about migrating secrets", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/credential-migration-faq", "section": "All secret types can be migrated; what is kept", "lastUpdated": "2025-01-16"},
    {"document": "Step 2: Perform the migration", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/migration-operation", "section": "At most 50 keys and 50 secrets per run", "lastUpdated": "2025-12-05"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.type": "Generic"}},
      {"facts": {"secret.inKmsInstance": false, "secret.type": "Redis"}}
    ],
    "nonTriggering": [
      {"facts": {"secret.inKmsInstance": true, "secret.type": "Generic"}},
      {"facts": {"secret.inKmsInstance": false, "secret.type": "Other"}}
    ]
  }
}

"""####),
        (name: "secret-name-clash.json", text: ####"""
{
  "id": "secret-name-clash",
  "subject": "secret",
  "title": "A secret of the same name is already in a KMS instance of the region",
  "description": "In KMS 3.0 a secret's name is unique per account, instance and region: the migration is refused when the destination instance already holds a secret of that name (SFAQ).",
  "severity": "high",
  "verdict": "blocked",
  "condition": {"all": [{"equals": {"fact": "secret.inKmsInstance", "value": false}}, {"exists": {"fact": "secret.nameClashes"}}]},
  "message": "{secret.name} clashes with {secret.nameClashes} (--destination-inventory): the migration of a secret whose name the instance holds is refused.",
  "remediation": "Rename or delete the secret in the instance (or migrate this one into another instance) before the run.",
  "editions": ["2025"],
  "sources": [
    {"document": "FAQs about migrating secrets", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/credential-migration-faq", "section": "Names: unique per account, instance and region", "lastUpdated": "2025-01-16"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.nameClashes": ["db@cn-hangzhou in kst-hzz1"]}}
    ],
    "nonTriggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.nameClashes": []}},
      {"facts": {"secret.inKmsInstance": true, "secret.nameClashes": ["db@cn-hangzhou in kst-hzz1"]}}
    ]
  }
}

"""####),
        (name: "secret-possible-name-clash.json", text: ####"""
{
  "id": "secret-possible-name-clash",
  "subject": "secret",
  "title": "A secret of the same name in the destination inventory, of unknown region or instance",
  "description": "The destination inventory lists a secret of this name without saying its region or instance (ListSecrets names neither): it may be the secret itself, or a clash the migration refuses (SFAQ).",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"all": [{"equals": {"fact": "secret.inKmsInstance", "value": false}}, {"exists": {"fact": "secret.possibleNameClashes"}}]},
  "message": "{secret.name} may clash with {secret.possibleNameClashes}: the export does not show where that secret is.",
  "remediation": "Export DescribeSecret for it in the destination (aliyun kms DescribeSecret --SecretName {secret.name}) so that its region and instance are known.",
  "editions": ["2025"],
  "sources": [
    {"document": "FAQs about migrating secrets", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/credential-migration-faq", "section": "Names: unique per account, instance and region", "lastUpdated": "2025-01-16"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.possibleNameClashes": ["db (no DescribeSecret: instance unknown)"]}}
    ],
    "nonTriggering": [
      {"facts": {"secret.inKmsInstance": false}}
    ]
  }
}

"""####),
        (name: "secret-rotation-on-disable-first.json", text: ####"""
{
  "id": "secret-rotation-on-disable-first",
  "subject": "secret",
  "title": "Secret rotation on: switch it off before the run, back on after",
  "description": "Automatic rotation must be disabled before a secret migrates, so that its versions stay consistent (SFAQ), and switched back on afterwards (TF).",
  "severity": "medium",
  "verdict": "eligible-after-remediation",
  "condition": {"all": [{"equals": {"fact": "secret.inKmsInstance", "value": false}}, {"equals": {"fact": "secret.automaticRotation", "value": "Enabled"}}]},
  "message": "Automatic rotation of {secret.name} is enabled: switch it off before the run and back on after it.",
  "remediation": "Before the run: aliyun kms UpdateSecretRotationPolicy --SecretName {secret.name} --EnableAutomaticRotation false. After it: aliyun kms UpdateSecretRotationPolicy --SecretName {secret.name} --EnableAutomaticRotation true.",
  "checklist": "Automatic rotation of {secret.name} switched off (aliyun kms UpdateSecretRotationPolicy --SecretName {secret.name} --EnableAutomaticRotation false); back on after the run",
  "editions": ["2025"],
  "sources": [
    {"document": "FAQs about migrating secrets", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/credential-migration-faq", "section": "Rotation: disable automatic rotation before migrating", "lastUpdated": "2025-01-16"},
    {"document": "Update Terraform configurations after migration", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/modify-terraform-configurations-after-migration", "section": "Re-enable automatic rotation after the migration", "lastUpdated": "2026-03-31"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.automaticRotation": "Enabled"}}
    ],
    "nonTriggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.automaticRotation": "Disabled"}},
      {"facts": {"secret.inKmsInstance": true, "secret.automaticRotation": "Enabled"}}
    ]
  }
}

"""####),
        (name: "secret-type-unconfirmed.json", text: ####"""
{
  "id": "secret-type-unconfirmed",
  "subject": "secret",
  "title": "Secret type the migration pages do not name",
  "description": "The secrets FAQ says every type migrates and names Generic, Rds, Redis, PolarDB, RAMCredentials and ECS; for another type the pages say nothing.",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"all": [{"equals": {"fact": "secret.inKmsInstance", "value": false}}, {"exists": {"fact": "secret.type"}}, {"not": {"in": {"fact": "secret.type", "values": ["Generic", "Rds", "Redis", "PolarDB", "RAMCredentials", "ECS"]}}}]},
  "message": "The secret {secret.name} is of type {secret.type}, which the migration pages do not name.",
  "remediation": "Ask Alibaba Cloud technical support whether the Migration Tool takes {secret.type} secrets.",
  "editions": ["2025"],
  "sources": [
    {"document": "FAQs about migrating secrets", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/credential-migration-faq", "section": "All secret types can be migrated", "lastUpdated": "2025-01-16"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.type": "Other"}}
    ],
    "nonTriggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.type": "ECS"}}
    ]
  }
}

"""####),
        (name: "service-key.json", text: ####"""
{
  "id": "service-key",
  "title": "Service key: no migration needed",
  "description": "A key with an alias alias/acs/<service> was created by an Alibaba Cloud service for its own server-side encryption. The migration document says service keys in default KMS instances do not need to be migrated.",
  "severity": "info",
  "verdict": "not-required",
  "condition": {"matches": {"fact": "key.aliases", "pattern": "^alias/acs/"}},
  "message": "Service key (aliases: {key.aliases}): service keys in the default KMS instance need no migration.",
  "remediation": "None: leave the key where it is.",
  "editions": ["2023", "2025"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes", "lastUpdated": "2023-09-12"},
    {"document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Before you begin: service keys, not required", "lastUpdated": "2024-11-18"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"key.aliases": ["alias/acs/oss"]}},
      {"facts": {"key.aliases": ["alias/acs/rds", "alias/extra"]}}
    ],
    "nonTriggering": [
      {"facts": {"key.aliases": ["alias/orders-db"]}},
      {"facts": {"key.aliases": []}},
      {"facts": {"key.aliases": ["alias/acsx/oss"]}}
    ]
  }
}

"""####),
        (name: "short-trace-period.json", text: ####"""
{
  "id": "short-trace-period",
  "title": "No observed use, in traces shorter than --min-trace-days",
  "description": "The traces of the key's account and region span fewer days than --min-trace-days (default 30) and show no call of the key. Jobs that run monthly (billing, reports, key-wrapping batches) fall outside such a period, so 'no observed use' is weak evidence there.",
  "severity": "low",
  "verdict": "needs-review",
  "condition": {"all": [
    {"equals": {"fact": "usage.calls", "value": 0}},
    {"equals": {"fact": "coverage.shortPeriod", "value": true}}
  ]},
  "message": "The traces of {key.region} span {coverage.periodDays} days, fewer than {coverage.minimumDays}, and show no call of the key: a monthly job would not show.",
  "remediation": "Give at least {coverage.minimumDays} days of the region's ActionTrail events (a trail delivered to OSS or SLS keeps them beyond LookupEvents' 90 days), or set --min-trace-days to the period your jobs run in.",
  "editions": ["2023", "2025"],
  "sources": [
    {"document": "ActionTrail: LookupEvents returns the events of the last 90 days; trails deliver events to OSS and SLS for longer", "url": "https://www.alibabacloud.com/help/en/actiontrail/user-guide/create-a-single-account-trail", "lastUpdated": "undated"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"coverage.shortPeriod": true, "coverage.periodDays": 13, "coverage.minimumDays": 30}, "calls": []}
    ],
    "nonTriggering": [
      {"facts": {"coverage.shortPeriod": false, "coverage.periodDays": 45, "coverage.minimumDays": 30}, "calls": []},
      {"facts": {"coverage.shortPeriod": true, "coverage.periodDays": 13, "coverage.minimumDays": 30}, "calls": [{"operation": "Decrypt"}]},
      {"facts": {"coverage.shortPeriod": true}}
    ]
  }
}

"""####),
        (name: "terraform-managed-key.json", text: ####"""
{
  "id": "terraform-managed-key",
  "title": "Terraform manages the key: change its configuration around the migration",
  "description": "The migration gives each key and secret a dkms_instance_id; a Terraform configuration that does not expect it fails the migration (S24) or destroys and re-creates the key at the next apply (TF, 2026-03-31): add lifecycle ignore_changes (dkms_instance_id, automatic_rotation, rotation_interval; drop dkms_instance_id from the list on providers after 1.235.0) or write dkms_instance_id into the configuration.",
  "severity": "high",
  "verdict": "eligible-after-remediation",
  "condition": {"anyCall": {"equals": {"fact": "call.tool", "value": "terraform"}}},
  "message": "Terraform calls this key ({matched.operations} by {matched.principals}, {matched.calls} calls, last {matched.lastSeen}): its alicloud_kms_key must expect dkms_instance_id, or the next apply destroys and re-creates the key.",
  "remediation": "Before the run, add to the alicloud_kms_key resource: lifecycle {{ ignore_changes = [dkms_instance_id, automatic_rotation, rotation_interval] } (on providers after 1.235.0 leave dkms_instance_id out of the list), or set dkms_instance_id to the destination instance; do not apply during the run.",
  "checklist": "Terraform's alicloud_kms_key for the key has lifecycle ignore_changes for dkms_instance_id, automatic_rotation and rotation_interval (or dkms_instance_id set)",
  "editions": ["2025"],
  "sources": [
    {"document": "Update Terraform configurations after migration", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/modify-terraform-configurations-after-migration", "section": "Update the configuration: ignore_changes or dkms_instance_id", "lastUpdated": "2026-03-31"},
    {"document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Terraform users", "lastUpdated": "2024-11-18"}
  ],
  "examples": {
    "triggering": [
      {"calls": [{"operation": "UpdateRotationPolicy", "userAgent": "AlibabaCloud (linux; amd64) Golang/1.20.3 Core/0.0.1 HashiCorp-Terraform/1.5.7 Terraform-Provider/1.212.0"}]}
    ],
    "nonTriggering": [
      {"calls": [{"operation": "DescribeKey", "userAgent": "AlibabaCloud (linux; amd64) Golang/1.20.3 Core/0.0.1 Aliyun-CLI/3.0.188"}]},
      {"calls": [{"operation": "Decrypt"}]}
    ]
  }
}

"""####),
        (name: "terraform-managed-secret.json", text: ####"""
{
  "id": "terraform-managed-secret",
  "subject": "secret",
  "title": "Terraform manages the secret: change its configuration around the migration",
  "description": "The migration gives each secret a dkms_instance_id; a Terraform configuration that does not expect it fails the migration (S24) or destroys and re-creates the secret at the next apply (TF, 2026-03-31).",
  "severity": "high",
  "verdict": "eligible-after-remediation",
  "condition": {"all": [{"equals": {"fact": "secret.inKmsInstance", "value": false}}, {"anyCall": {"equals": {"fact": "call.tool", "value": "terraform"}}}]},
  "message": "Terraform calls this secret ({matched.operations} by {matched.principals}, {matched.calls} calls): its alicloud_kms_secret must expect dkms_instance_id, or the next apply destroys and re-creates the secret.",
  "remediation": "Before the run, add to the alicloud_kms_secret resource: lifecycle {{ ignore_changes = [dkms_instance_id, enable_automatic_rotation, rotation_interval] } (on providers after 1.235.0 leave dkms_instance_id out of the list), or set dkms_instance_id; do not apply during the run.",
  "checklist": "Terraform's alicloud_kms_secret for {secret.name} has lifecycle ignore_changes for dkms_instance_id and rotation (or dkms_instance_id set)",
  "editions": ["2025"],
  "sources": [
    {"document": "Update Terraform configurations after migration", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/use-cases/modify-terraform-configurations-after-migration", "section": "Update the configuration: ignore_changes or dkms_instance_id", "lastUpdated": "2026-03-31"},
    {"document": "Migrate resources from shared KMS to a KMS instance", "url": "https://www.alibabacloud.com/help/kms/key-management-service/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Terraform users", "lastUpdated": "2024-11-18"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.inKmsInstance": false}, "calls": [{"operation": "PutSecretValue", "userAgent": "AlibabaCloud (linux; amd64) Golang/1.20.3 Core/0.0.1 HashiCorp-Terraform/1.5.7 Terraform-Provider/1.212.0"}]}
    ],
    "nonTriggering": [
      {"facts": {"secret.inKmsInstance": false}, "calls": [{"operation": "GetSecretValue"}]}
    ]
  }
}

"""####),
        (name: "tickets/ticket.md", text: ####"""
{{! kmsready ticket, Markdown. The first line is the ticket's title. Names and syntax: README, "Ticket templates". }}
{{#isMigration}}
## CMK migration request: {{keyCount}} key(s) in {{region}} to KMS instance {{destination}}
{{/isMigration}}
{{#isRequirements}}
## CMK migration requirements: {{keyCount}} key(s) in {{region}} that need support before migration
{{/isRequirements}}

| | |
| --- | --- |
| Account | `{{{account}}}` |
| Region | `{{{region}}}` |
| Destination KMS instance | {{#destination}}`{{{destination}}}`{{/destination}}{{^destination}}not assigned yet{{/destination}} |
| Rules applied | kmsready {{editionLine}} |
{{#isRequirements}}

Please advise how these keys can be migrated. What holds each key back is listed with it below.
{{#isMigrationTool}}
The Migration Tool in the KMS 1.0 console may not list them (its current pages do not say which keys it takes).
{{/isMigrationTool}}
{{/isRequirements}}

### Migration window ({{windowHours}} hours, off-peak)
{{#window}}

- **{{windowLocal}}**
{{^zoneIsUTC}}
- {{windowUTC}}
{{/zoneIsUTC}}
- Expected calls in the window: {{expectedCalls}}; in the busiest hour: {{peakCalls}} ({{peakHour}})
- Evidence: {{evidenceCalls}} calls of these keys in ActionTrail from {{evidenceFrom}} to {{evidenceTo}}
{{#flat}}
- Traffic is the same in every hour: no time is quieter than this one.
{{/flat}}
{{/window}}
{{^window}}

{{noWindow}}
{{/window}}

### CMKs ({{keyCount}})

{{#keys}}
- `{{{keyId}}}`{{#alias}} ({{alias}}){{/alias}}{{#description}}: {{description}}{{/description}}
{{^isMigrationTool}}
  - Scenario: {{scenario}}
{{/isMigrationTool}}
{{#cloudServices}}
  - Cloud services: {{cloudServices}}
{{/cloudServices}}
{{#requirements}}
  - Requirement: {{requirement}}
{{/requirements}}
{{/keys}}

### Done before the migration

{{#allRemediations}}
- [ ] `{{{keyId}}}`{{#alias}} ({{alias}}){{/alias}}: {{item}}, on ____-__-__
{{/allRemediations}}
{{^allRemediations}}
No remediation is required.
{{/allRemediations}}
{{^isMigrationTool}}
{{#hasApplications}}

### After the migration, {{#applicationDeadline}}by {{applicationDeadline}} (one month after the migration){{/applicationDeadline}}{{^applicationDeadline}}within one month of the migration date{{/applicationDeadline}}

- [ ] Create an application access point (AAP) on {{#destination}}`{{{destination}}}`{{/destination}}{{^destination}}the destination instance{{/destination}} for the applications below
{{#applications}}
- [ ] `{{{principal}}}` ({{language}}, {{calls}} calls; {{keyNames}}): {{#migrationSdk}}switch to the {{migrationSdk}} (`{{{sdkPackage}}}`){{/migrationSdk}}{{^migrationSdk}}no migration SDK exists for {{language}}{{/migrationSdk}}{{#sdkInUse}}; already sends {{sdkInUse}}{{/sdkInUse}}
{{/applications}}
{{/hasApplications}}
{{/isMigrationTool}}
{{#hasSecrets}}

### KMS secrets outside a KMS instance ({{secretCount}})

{{^isMigrationTool}}The CMK migration cannot move them.{{/isMigrationTool}}{{#isMigrationTool}}The Migration Tool may not take them (their key or type is not settled).{{/isMigrationTool}} Please advise how to move them into {{#destination}}`{{{destination}}}`{{/destination}}{{^destination}}a KMS instance{{/destination}}:

{{#secrets}}
- `{{{name}}}` ({{type}}){{#encryptionKey}}, encrypted by `{{{encryptionKey}}}`{{/encryptionKey}}{{#lastAccess}}; {{lastAccess}}{{/lastAccess}}
{{/secrets}}
{{/hasSecrets}}

"""####),
        (name: "tickets/ticket.txt", text: ####"""
{{! kmsready ticket, plain text. The first line is the ticket's title. Names and syntax: README, "Ticket templates". }}
{{#isMigration}}
CMK migration request: {{keyCount}} key(s) in {{region}} to KMS instance {{destination}}
{{/isMigration}}
{{#isRequirements}}
CMK migration requirements: {{keyCount}} key(s) in {{region}} that need support before migration
{{/isRequirements}}

Account: {{account}}
Region: {{region}}
Destination KMS instance: {{destination}}{{^destination}}not assigned yet{{/destination}}
Rules applied: kmsready {{editionLine}}
{{#isRequirements}}

Please advise how these keys can be migrated. What holds each key back is listed with it below.
{{#isMigrationTool}}
The Migration Tool in the KMS 1.0 console may not list them (its current pages do not say which keys it takes).
{{/isMigrationTool}}
{{/isRequirements}}

Migration window ({{windowHours}} hours, off-peak):
{{#window}}
  {{windowLocal}}
{{^zoneIsUTC}}
  = {{windowUTC}}
{{/zoneIsUTC}}
  Expected calls in the window: {{expectedCalls}}; in the busiest hour: {{peakCalls}} ({{peakHour}})
  Evidence: {{evidenceCalls}} calls of these keys in ActionTrail from {{evidenceFrom}} to {{evidenceTo}}
{{#flat}}
  Traffic is the same in every hour: no time is quieter than this one.
{{/flat}}
{{/window}}
{{^window}}
  {{noWindow}}
{{/window}}

CMKs ({{keyCount}}):
{{#keys}}
- {{keyId}}{{#alias}} ({{alias}}){{/alias}}
{{#description}}
  Description: {{description}}
{{/description}}
{{^isMigrationTool}}
  Scenario: {{scenario}}
{{/isMigrationTool}}
{{#cloudServices}}
  Cloud services: {{cloudServices}}
{{/cloudServices}}
{{#requirements}}
  Requirement: {{requirement}}
{{/requirements}}
{{/keys}}

Done before the migration:
{{#allRemediations}}
[ ] {{keyId}}{{#alias}} ({{alias}}){{/alias}}: {{item}}, on ____-__-__
{{/allRemediations}}
{{^allRemediations}}
  No remediation is required.
{{/allRemediations}}
{{^isMigrationTool}}
{{#hasApplications}}

After the migration, {{#applicationDeadline}}by {{applicationDeadline}} (one month after the migration){{/applicationDeadline}}{{^applicationDeadline}}within one month of the migration date{{/applicationDeadline}}:
[ ] Create an application access point (AAP) on {{destination}}{{^destination}}the destination instance{{/destination}} for the applications below
{{#applications}}
[ ] {{principal}} ({{language}}, {{calls}} calls; {{keyNames}}): {{#migrationSdk}}switch to the {{migrationSdk}} ({{sdkPackage}}){{/migrationSdk}}{{^migrationSdk}}no migration SDK exists for {{language}}{{/migrationSdk}}{{#sdkInUse}}; already sends {{sdkInUse}}{{/sdkInUse}}
{{/applications}}
{{/hasApplications}}
{{/isMigrationTool}}
{{#hasSecrets}}

{{^isMigrationTool}}
KMS secrets outside a KMS instance in {{region}} ({{secretCount}}): the CMK migration cannot move them. Please advise how to move them into {{destination}}{{^destination}}a KMS instance{{/destination}}:
{{/isMigrationTool}}
{{#isMigrationTool}}
KMS secrets outside a KMS instance in {{region}} ({{secretCount}}) that the Migration Tool may not take (their key or type is not settled). Please advise how to move them into {{destination}}{{^destination}}a KMS instance{{/destination}}:
{{/isMigrationTool}}
{{#secrets}}
- {{name}} ({{type}}){{#encryptionKey}}, encrypted by {{encryptionKey}}{{/encryptionKey}}{{#lastAccess}}; {{lastAccess}}{{/lastAccess}}
{{/secrets}}
{{/hasSecrets}}

"""####),
        (name: "undocumented-secret-outside-kms-instance.json", text: ####"""
{
  "id": "undocumented-secret-outside-kms-instance",
  "subject": "secret",
  "title": "Secret of a type the documents give no path for, outside a KMS instance",
  "description": "Secrets outside a KMS instance cannot be moved by the CMK migration; for Redis/Tair, PolarDB and unknown secret types the documents give no migration path, so kmsready does not guess one.",
  "severity": "high",
  "verdict": "blocked",
  "condition": {"all": [{"equals": {"fact": "secret.inKmsInstance", "value": false}}, {"not": {"in": {"fact": "secret.type", "values": ["Generic", "RAMCredentials", "Rds", "ECS"]}}}]},
  "message": "The secret {secret.name} (type {secret.type}) is outside a KMS instance: the CMK migration cannot move it, and the documents give no path for its type.",
  "remediation": "Ask Alibaba Cloud support through a ticket how to move it; kmsready ticket includes it in the request.",
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Secrets: You cannot migrate secrets", "lastUpdated": "2023-09-12"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.type": "Redis"}},
      {"facts": {"secret.inKmsInstance": false, "secret.type": "PolarDB"}}
    ],
    "nonTriggering": [
      {"facts": {"secret.inKmsInstance": false, "secret.type": "Generic"}},
      {"facts": {"secret.inKmsInstance": true, "secret.type": "Redis"}}
    ]
  }
}

"""####),
        (name: "undocumented-secret-type.json", text: ####"""
{
  "id": "undocumented-secret-type",
  "subject": "secret",
  "title": "No documented path for this secret type",
  "description": "The documents say what becomes of generic, RAM, ApsaraDB RDS and ECS secrets when a region is retired, but not of Redis/Tair, PolarDB or other types: someone must find out.",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"all": [{"exists": {"fact": "secret.type"}}, {"not": {"in": {"fact": "secret.type", "values": ["Generic", "RAMCredentials", "Rds", "ECS"]}}}]},
  "message": "The documents give no migration path for {secret.type} secrets: it needs review, not a guess.",
  "remediation": "Ask Alibaba Cloud support what happens to {secret.type} secrets in a migration before planning this one.",
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate secrets across regions (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/migrate-secrets-across-regions", "section": "Secret types and migration approaches", "lastUpdated": "2026-03-31"}
  ],
  "examples": {
    "triggering": [
      {"facts": {"secret.type": "Redis"}},
      {"facts": {"secret.type": "PolarDB"}}
    ],
    "nonTriggering": [
      {"facts": {"secret.type": "Generic"}},
      {"facts": {"secret.type": "ECS"}},
      {"facts": {}}
    ]
  }
}

"""####),
        (name: "unknown-sdk-language.json", text: ####"""
{
  "id": "unknown-sdk-language",
  "title": "An application's SDK language is unknown",
  "description": "The User-Agent of an application's calls names no known Alibaba Cloud SDK, so kmsready cannot tell whether the migration SDK (Java, Go, Python) covers it. It is never guessed.",
  "severity": "medium",
  "verdict": "needs-review",
  "condition": {"anyCall": {"all": [
    {"equals": {"fact": "call.callerKind", "value": "application"}},
    {"equals": {"fact": "call.language", "value": "unknown"}}
  ]}},
  "message": "The SDK language of {matched.principals} is unknown ({matched.calls} calls): confirm the application is written in Java, Go or Python.",
  "remediation": "Find the application behind the principal and confirm its language; if it is not Java, Go or Python, raise the requirement with Alibaba Cloud support through a ticket.",
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Scenario 2: applications", "lastUpdated": "2023-09-12"}
  ],
  "examples": {
    "triggering": [
      {"calls": [{"language": "unknown"}]}
    ],
    "nonTriggering": [
      {"calls": [{"language": "java"}]},
      {"calls": [{"language": "unknown", "callerKind": "console"}]}
    ]
  }
}

"""####),
        (name: "unsupported-language-in-code.json", text: ####"""
{
  "id": "unsupported-language-in-code",
  "title": "Code in a language without a migration SDK names the key",
  "description": "An application that names the key in its code or configuration is written in a language the 2023 migration SDK does not cover (Java, Go and Python only): it cannot follow the key, and the migration document asks to contact support (kmsready check --source).",
  "severity": "high",
  "verdict": "blocked",
  "condition": {"matches": {"fact": "code.languages", "pattern": "^(javascript|php|csharp|cpp)$"}},
  "message": "Applications that name this key ({code.references}) are written in {code.languages}: the migration SDK exists for Java, Go and Python only.",
  "remediation": "Move those applications' KMS calls to Java, Go or Python, or raise the CMK migration requirement with Alibaba Cloud support through a ticket naming the language.",
  "supportRequirement": true,
  "editions": ["2023"],
  "sources": [{"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Usage notes; Scenario 2", "lastUpdated": "2023-09-12"}],
  "examples": {
    "triggering": [{"facts": {"code.languages": ["java", "php"], "code.references": ["web/keys.php:4:12"]}}],
    "nonTriggering": [{"facts": {"code.languages": ["go", "python"]}}, {"facts": {}}]
  }
}

"""####),
        (name: "unsupported-sdk-language.json", text: ####"""
{
  "id": "unsupported-sdk-language",
  "title": "An application's SDK language has no migration SDK",
  "description": "After migration, applications must use the migration SDK, which exists for Java, Go and Python only. An application in another language cannot follow the key; the migration document asks to contact support in that case.",
  "severity": "high",
  "verdict": "blocked",
  "condition": {"anyCall": {"all": [
    {"equals": {"fact": "call.callerKind", "value": "application"}},
    {"not": {"in": {"fact": "call.language", "values": ["java", "go", "python", "unknown"]}}}
  ]}},
  "message": "Application calls with the {matched.languages} SDK by {matched.principals} ({matched.calls} calls): the migration SDK exists for Java, Go and Python only.",
  "remediation": "Move the application's KMS calls to Java, Go or Python, or raise the CMK migration requirement with Alibaba Cloud support through a ticket naming the language.",
  "supportRequirement": true,
  "editions": ["2023"],
  "sources": [
    {"document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)", "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances", "section": "Scenario 2: applications", "lastUpdated": "2023-09-12"}
  ],
  "examples": {
    "triggering": [
      {"calls": [{"language": "nodejs", "principal": "ram-user:web-frontend"}]},
      {"calls": [{"language": "java"}, {"language": "php"}]}
    ],
    "nonTriggering": [
      {"calls": [{"language": "java"}, {"language": "go"}, {"language": "python"}]},
      {"calls": [{"language": "unknown"}]},
      {"calls": [{"language": "nodejs", "callerKind": "tool"}]}
    ]
  }
}

"""####),
    ]

    /// The embedded file at `name` (a path below `rules/`).
    static func file(_ name: String) -> (name: String, text: String)? {
        files.first { $0.name == name }.map { (name: "rules/" + $0.name, text: $0.text) }
    }

    /// The rule files: those at the top of `rules/` (keys and secrets) and in `rules/scan/` (code).
    static var ruleFiles: [(name: String, text: String)] {
        files.filter { !$0.name.contains("/") || $0.name.hasPrefix("scan/") }
    }
}
