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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Scenario 2: applications"
  },
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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Usage notes: CMKs with automatic rotation enabled"
  },
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
    {"kind": "console", "field": "eventType", "equals": "ConsoleOperation"}
  ]
}

"""####),
        (name: "classifiers/user-agents.json", text: ####"""
{
  "description": "How kmsready reads a User-Agent, from the SDKs' own sources. An agent is read as product tokens (name/version) and comments in parentheses (RFC 9110); a comment (OS, architecture, PHP's SAPI slot, .NET's free-text OS) is never matched. Names compare case-insensitively and may stand anywhere in the agent, applications append their own. A tool token wins over every language token (the aliyun CLI and Terraform are built on the Go SDK): the caller is a tool. Otherwise the first language whose token appears names the language, and that token's version is the language version. An agent that is one host name ending in a hosts suffix is a console or a cloud service. Anything else is the language unknown, never guessed. token: the name exactly; tokenContains: a part of the name.",
  "tools": [
    {"token": "Aliyun-CLI", "tool": "aliyun-cli"},
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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Scenario 1: server-side encryption in Alibaba Cloud services"
  },
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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Usage notes"
  },
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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Usage notes: You cannot migrate the following CMKs"
  },
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
  "source": {
    "document": "Migrate secrets across regions (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/migrate-secrets-across-regions",
    "section": "Migrate a generic secret outside a KMS instance"
  },
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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Usage notes"
  },
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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Usage notes"
  },
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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Secrets: You cannot migrate secrets"
  },
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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Usage notes: You cannot migrate the following CMKs"
  },
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
        (name: "no-observed-use.json", text: ####"""
{
  "id": "no-observed-use",
  "title": "No observed use in the traced period",
  "description": "Traces were given but show no call of the key. It may be unused, used rarely (outside the traced period), or used through a path the traces miss; a person must decide before migrating or retiring it.",
  "severity": "low",
  "verdict": "needs-review",
  "condition": {"equals": {"fact": "usage.calls", "value": 0}},
  "message": "No observed use in the traced period: confirm who uses the key before migrating it.",
  "remediation": "Check with the key's owner (see its description and tags); extend the traced period, or consider disabling and scheduling deletion of an unused key.",
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Scenario 1 and Scenario 2: identify how the CMK is used"
  },
  "examples": {
    "triggering": [
      {"calls": []}
    ],
    "nonTriggering": [
      {"calls": [{"operation": "Decrypt"}]},
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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Usage notes: applications deployed outside Alibaba Cloud"
  },
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
  "source": {
    "document": "Migrate secrets across regions (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/migrate-secrets-across-regions",
    "section": "RAM secret: migration not supported, delete and re-create"
  },
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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Usage notes; Scenario 2"
  },
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
  "source": {
    "document": "Migrate secrets across regions (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/migrate-secrets-across-regions",
    "section": "Generic secret (in a KMS instance): migrate using backup and restoration"
  },
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
  "source": {
    "document": "Migrate secrets across regions (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/migrate-secrets-across-regions",
    "section": "Step 1: Query and save the secret details in the source region"
  },
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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Usage notes"
  },
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
  "source": {
    "document": "ActionTrail: LookupEvents returns the events of the last 90 days; trails deliver events to OSS and SLS for longer",
    "url": "https://www.alibabacloud.com/help/en/actiontrail/user-guide/create-a-single-account-trail"
  },
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
{{#isRequirements}}

Please advise how these keys can be migrated. What holds each key back is listed with it below.
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
  - Scenario: {{scenario}}
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
{{#hasApplications}}

### After the migration, {{#applicationDeadline}}by {{applicationDeadline}} (one month after the migration){{/applicationDeadline}}{{^applicationDeadline}}within one month of the migration date{{/applicationDeadline}}

- [ ] Create an application access point (AAP) on {{#destination}}`{{{destination}}}`{{/destination}}{{^destination}}the destination instance{{/destination}} for the applications below
{{#applications}}
- [ ] `{{{principal}}}` ({{language}}, {{calls}} calls; {{keyNames}}): {{#migrationSdk}}switch to the {{migrationSdk}} (`{{{sdkPackage}}}`){{/migrationSdk}}{{^migrationSdk}}no migration SDK exists for {{language}}{{/migrationSdk}}{{#sdkInUse}}; already sends {{sdkInUse}}{{/sdkInUse}}
{{/applications}}
{{/hasApplications}}
{{#hasSecrets}}

### KMS secrets outside a KMS instance ({{secretCount}})

The CMK migration cannot move them. Please advise how to move them into {{#destination}}`{{{destination}}}`{{/destination}}{{^destination}}a KMS instance{{/destination}}:

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
{{#isRequirements}}

Please advise how these keys can be migrated. What holds each key back is listed with it below.
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
  Scenario: {{scenario}}
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
{{#hasApplications}}

After the migration, {{#applicationDeadline}}by {{applicationDeadline}} (one month after the migration){{/applicationDeadline}}{{^applicationDeadline}}within one month of the migration date{{/applicationDeadline}}:
[ ] Create an application access point (AAP) on {{destination}}{{^destination}}the destination instance{{/destination}} for the applications below
{{#applications}}
[ ] {{principal}} ({{language}}, {{calls}} calls; {{keyNames}}): {{#migrationSdk}}switch to the {{migrationSdk}} ({{sdkPackage}}){{/migrationSdk}}{{^migrationSdk}}no migration SDK exists for {{language}}{{/migrationSdk}}{{#sdkInUse}}; already sends {{sdkInUse}}{{/sdkInUse}}
{{/applications}}
{{/hasApplications}}
{{#hasSecrets}}

KMS secrets outside a KMS instance in {{region}} ({{secretCount}}): the CMK migration cannot move them. Please advise how to move them into {{destination}}{{^destination}}a KMS instance{{/destination}}:
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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Secrets: You cannot migrate secrets"
  },
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
  "source": {
    "document": "Migrate secrets across regions (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/key-management-service/user-guide/migrate-secrets-across-regions",
    "section": "Secret types and migration approaches"
  },
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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Scenario 2: applications"
  },
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
  "source": {
    "document": "Migrate CMKs in default KMS instances to your KMS instances (Alibaba Cloud KMS documentation)",
    "url": "https://www.alibabacloud.com/help/en/kms/use-cases/migrate-cmks-in-default-kms-instances-to-your-kms-instances",
    "section": "Scenario 2: applications"
  },
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
}
