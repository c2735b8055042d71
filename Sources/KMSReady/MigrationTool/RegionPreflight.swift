/// The checks a destination passes before its first Migration Tool run (2025 edition): rotation off,
/// no secret name clash, key specs the instance type takes, key and secret quota, the instance connected
/// and renewed, its image version, Terraform ready, the management calls the runs freeze, and Internet
/// access for public callers. Each check that lacks its data says `unknown` and what to export.
enum RegionPreflight {
    /// What the checks read.
    struct Facts {
        var region: String
        var instance: String
        var instanceType: KMSInstance.Kind?
        /// The keys and secrets in the runs.
        var keys: [KeyReport]
        var secrets: [SecretReport]
        /// Every key whose destination is this instance, in the runs or not.
        var destinationKeys: [KeyReport]
        /// Every secret of the account and region, in the runs or not.
        var regionSecrets: [SecretReport]
        /// What the traces of the account and region could show; `nil` without traces.
        var coverage: RegionCoverage?
        var runs: [MigrationToolPlan.Run]
        var destinationInventory: Inventory?
    }

    /// The rules whose findings keep a key of the region out of the runs for its spec.
    static let specRules: Set<String> = ["key-spec-hardware-only", "key-spec-unconfirmed-for-software"]
    /// The rule that asks for the destination's type.
    static let typeRule = "destination-type-unknown"

    static func checks(_ facts: Facts) -> [PreflightCheck] {
        [rotation(facts), nameClash(facts), keySpec(facts), quota(facts), instanceStatus(facts), autoRenewal(facts), imageVersion(facts),
         terraform(facts), managementFreeze(facts), internetAccess(facts)]
    }

    /// Keys and secrets in the runs whose automatic rotation is on.
    static func rotation(_ facts: Facts) -> PreflightCheck {
        let undescribed = facts.keys.filter { $0.key.metadata == nil }.map(\.key.id) + facts.secrets.filter { $0.secret.metadata == nil }.map(\.secret.name)
        if !undescribed.isEmpty {
            return PreflightCheck(check: "rotation-off", status: .unknown, message:
                "No DescribeKey or DescribeSecret response for " + list(undescribed) + ": whether their rotation is on is not known; export them.")
        }
        let keys = facts.keys.filter { ["Enabled", "Suspended"].contains($0.key.metadata?.automaticRotation ?? "") }.map { $0.key.firstAlias ?? $0.key.id }
        let secrets = facts.secrets.filter { $0.secret.metadata?.automaticRotation?.lowercased() == "enabled" }.map(\.secret.name)
        if keys.isEmpty && secrets.isEmpty {
            return PreflightCheck(check: "rotation-off", status: .pass, message: "No key or secret in the runs has automatic rotation on.")
        }
        return PreflightCheck(check: "rotation-off", status: .fail, message:
            "Switch automatic rotation off before the first run (each one's command is in its run) and back on after the last: "
            + list(keys.map { "key \($0)" } + secrets.map { "secret \($0)" }) + " (SFAQ; TF).")
    }

    /// Secrets of the region whose name the destination already holds, from the destination inventory.
    static func nameClash(_ facts: Facts) -> PreflightCheck {
        let outside = facts.regionSecrets.filter { $0.secret.inKmsInstance == false }
        if outside.isEmpty {
            return PreflightCheck(check: "name-clash", status: .pass, message: "No secret of \(facts.region) outside a KMS instance: nothing to clash.")
        }
        let counts = facts.destinationInventory?.responseCounts ?? [:]
        guard (counts["ListSecrets"] ?? 0) + (counts["DescribeSecret"] ?? 0) > 0 else {
            return PreflightCheck(check: "name-clash", status: .unknown, message:
                "No secrets of the destination were given: export ListSecrets and DescribeSecret of \(facts.region) (samples/export-inventory.sh) and pass them as --destination-inventory; a secret whose name the instance holds is refused (SFAQ).")
        }
        let clashing = outside.filter { $0.findings.contains { $0.ruleId == "secret-name-clash" } }.map(\.secret.name)
        let possible = outside.filter { $0.findings.contains { $0.ruleId == "secret-possible-name-clash" } }.map(\.secret.name)
        if !clashing.isEmpty {
            return PreflightCheck(check: "name-clash", status: .fail, message: "Held back: a secret of the same name is in a KMS instance of \(facts.region): "
                                  + list(clashing) + ". Rename or remove those, then plan again.")
        }
        if !possible.isEmpty {
            return PreflightCheck(check: "name-clash", status: .unknown, message: "The destination inventory lists secrets of these names without region or instance: "
                                  + list(possible) + ". Export their DescribeSecret.")
        }
        return PreflightCheck(check: "name-clash", status: .pass, message: "No secret of \(facts.region) shares its name with a secret in the destination inventory.")
    }

    /// Keys of the region held back because the destination's type does not take their spec.
    static func keySpec(_ facts: Facts) -> PreflightCheck {
        let held = facts.destinationKeys.filter { key in key.findings.contains { specRules.contains($0.ruleId) } }.map { $0.key.firstAlias ?? $0.key.id }
        let typeUnknown = facts.destinationKeys.filter { key in key.findings.contains { $0.ruleId == typeRule } }.map { $0.key.firstAlias ?? $0.key.id }
        if !held.isEmpty {
            return PreflightCheck(check: "key-spec", status: .fail, message: "Held back: the \(facts.instanceType?.rawValue ?? "destination") instance does not take (or is not known to take) the spec of "
                                  + list(held) + ": give them a hardware instance (a --destination entry with \"type\": \"hardware\").")
        }
        if !typeUnknown.isEmpty {
            return PreflightCheck(check: "key-spec", status: .unknown, message: "The destination's type was not given, and it decides whether "
                                  + list(typeUnknown) + " can move: give --destination-type software|hardware or \"type\" in the --destination map.")
        }
        let unknownSpec = facts.keys.filter { $0.key.metadata?.keySpec == nil }.map { $0.key.firstAlias ?? $0.key.id }
        if !unknownSpec.isEmpty {
            return PreflightCheck(check: "key-spec", status: .unknown, message:
                "The export gives no KeySpec for " + list(unknownSpec) + ": whether the instance takes them is not known; export their DescribeKey.")
        }
        let specs = distinct(facts.keys.compactMap { $0.key.metadata?.keySpec })
        return PreflightCheck(check: "key-spec", status: .pass, message: specs.isEmpty ? "No key in the runs."
                              : "The \(facts.instanceType.map { "\($0.rawValue) instance takes" } ?? "specs in the runs fit both instance types:") \(specs.joined(separator: ", ")).")
    }

    /// Key and secret quota of the destination instance against the keys and secrets in the runs.
    static func quota(_ facts: Facts) -> PreflightCheck {
        let instance = facts.destinationInventory?.instances[facts.instance]
        var parts: [(status: PreflightCheck.Status, text: String)] = []
        for (type, count) in [("key", facts.keys.count), ("secret", facts.secrets.count)] where count > 0 {
            if let quota = instance?.quotas[type] {
                parts.append(quota.free >= count
                    ? (.pass, "\(type) quota \(quota.quota), \(quota.used) used: room for \(counted(count, type)) in the runs")
                    : (.fail, "\(type) quota \(quota.quota), \(quota.used) used: \(quota.free) left for \(counted(count, type)): raise the quota first (the run fails otherwise, OP2)"))
            } else {
                parts.append((.unknown, "\(type) quota not known: export aliyun kms GetKmsInstanceQuotaInfos --KmsInstanceId \(facts.instance) --ResourceType \(type) (--destination-inventory)"))
            }
        }
        if parts.isEmpty { return PreflightCheck(check: "quota", status: .pass, message: "Nothing in the runs.") }
        return PreflightCheck(check: "quota", status: worst(parts.map(\.status)), message: parts.map(\.text).joined(separator: "; ") + ".")
    }

    /// The instance's status (GetKmsInstance).
    static func instanceStatus(_ facts: Facts) -> PreflightCheck {
        guard let status = facts.destinationInventory?.instances[facts.instance]?.status else {
            return PreflightCheck(check: "instance-status", status: .unknown, message:
                "No GetKmsInstance response for \(facts.instance): export aliyun kms GetKmsInstance --KmsInstanceId \(facts.instance) (--destination-inventory).")
        }
        return status == "Connected"
            ? PreflightCheck(check: "instance-status", status: .pass, message: "\(facts.instance) is Connected.")
            : PreflightCheck(check: "instance-status", status: .fail, message: "\(facts.instance) is \(status), not Connected: enable it before the first run.")
    }

    /// Whether the instance can expire during or after the runs: a released instance makes data undecryptable (OP2).
    static func autoRenewal(_ facts: Facts) -> PreflightCheck {
        guard let instance = facts.destinationInventory?.instances[facts.instance], let charge = instance.chargeType else {
            return PreflightCheck(check: "auto-renewal", status: .unknown, message:
                "No GetKmsInstance response for \(facts.instance): export it, and make sure a subscription instance renews automatically (an expired, released instance leaves migrated data undecryptable, OP2).")
        }
        if charge == "POSTPAY" {
            return PreflightCheck(check: "auto-renewal", status: .pass, message: "\(facts.instance) is pay-as-you-go (POSTPAY): no subscription to expire.")
        }
        let lastWindow = facts.runs.compactMap(\.window.window).map(\.end).max()
        if let end = instance.endDate.flatMap(Timestamp.parse), let lastWindow, end <= lastWindow {
            return PreflightCheck(check: "auto-renewal", status: .fail, message:
                "\(facts.instance) ends \(instance.endDate!), before the last run's window: renew it and switch on auto-renewal first.")
        }
        return PreflightCheck(check: "auto-renewal", status: .unknown, message:
            "\(facts.instance) is a subscription (\(charge)) ending \(instance.endDate ?? "on a date the export does not give"); no API response shows whether it renews automatically: switch auto-renewal on in the console (OP2).")
    }

    /// The image version no API response shows.
    static func imageVersion(_ facts: Facts) -> PreflightCheck {
        let message: String
        switch facts.instanceType {
        case .software?: message = "No API response shows an instance's image version: check in the console that \(facts.instance) runs 2.9.0 or later, and upgrade it off-peak, apart from the migration (OP2)."
        case .hardware?: message = "The minimum image version of hardware instances is not in the pages readable today (open question 3 of the 2025 edition): ask technical support before the first run."
        case nil: message = "The destination's type was not given: a software instance needs image 2.9.0 or later (OP2), which only the console shows; the hardware minimum is not documented."
        }
        return PreflightCheck(check: "image-version", status: .unknown, message: message)
    }

    /// Keys and secrets whose Terraform configuration must change first.
    static func terraform(_ facts: Facts) -> PreflightCheck {
        let managed = facts.keys.filter { $0.findings.contains { $0.ruleId == "terraform-managed-key" } }.map { $0.key.firstAlias ?? $0.key.id }
            + facts.secrets.filter { $0.findings.contains { $0.ruleId == "terraform-managed-secret" } }.map(\.secret.name)
        if !managed.isEmpty {
            return PreflightCheck(check: "terraform", status: .fail, message: "Terraform calls " + list(managed)
                + ": add lifecycle { ignore_changes = [dkms_instance_id, automatic_rotation, rotation_interval] } to their alicloud_kms_key / alicloud_kms_secret "
                + "(leave dkms_instance_id out on providers after 1.235.0), or set dkms_instance_id, before the first run; no apply during the runs (TF).")
        }
        // Traces show Terraform only where it called in the traced period: its absence proves nothing.
        let seen = facts.coverage.map { "no Terraform call of the keys and secrets in the runs in \($0.periodDays) traced days of \(facts.region)" }
            ?? "no traces of \(facts.region)"
        return PreflightCheck(check: "terraform", status: .unknown, message: seen.capitalizingFirst
            + "; a configuration that did not apply in that time does not show: look for alicloud_kms_key and alicloud_kms_secret in your Terraform state (TF).")
    }

    /// Management calls the runs would freeze, and who makes them.
    static func managementFreeze(_ facts: Facts) -> PreflightCheck {
        guard let coverage = facts.coverage, coverage.counts.events > 0 else {
            return PreflightCheck(check: "management-freeze", status: .unknown, message:
                "No traces of \(facts.region): who changes these keys and secrets cannot be seen; pause automation that creates, changes or deletes keys, secrets or instances during the runs.")
        }
        let calls = facts.runs.flatMap(\.frozenCalls)
        if calls.isEmpty {
            return PreflightCheck(check: "management-freeze", status: .pass, message: "No create, change or delete call on the keys and secrets in the runs in the traces.")
        }
        let callers = distinct(calls.map { "\($0.principal) (\($0.caller))" })
        return PreflightCheck(check: "management-freeze", status: .warn, message: counted(calls.reduce(0) { $0 + $1.calls }, "management call") + " by "
                              + list(callers) + " on keys and secrets of the runs: pause them during each run's window (listed with the run).")
    }

    /// Public callers of keys in the runs: the instance's Internet access must be on.
    static func internetAccess(_ facts: Facts) -> PreflightCheck {
        let keys = facts.keys.filter { $0.findings.contains { $0.ruleId == "internet-access-required" } }.map { $0.key.firstAlias ?? $0.key.id }
        if !keys.isEmpty {
            return PreflightCheck(check: "internet-access", status: .fail, message: "Applications call " + list(keys)
                                  + " from public addresses: switch on Internet access of \(facts.instance) (console, by the owner; at most 1,000 QPS, NET).")
        }
        guard let coverage = facts.coverage, coverage.canShowUse else {
            return PreflightCheck(check: "internet-access", status: .unknown, message:
                "The traces cannot show the callers of \(facts.region)'s keys: if an application calls from outside a VPC, the instance's Internet access must be on (NET).")
        }
        return PreflightCheck(check: "internet-access", status: .pass, message: "No application calls the keys in the runs from a public address.")
    }

    /// The status that weighs most: fail, then unknown, then warn, then pass.
    static func worst(_ statuses: [PreflightCheck.Status]) -> PreflightCheck.Status {
        for status in [PreflightCheck.Status.fail, .unknown, .warn] where statuses.contains(status) { return status }
        return .pass
    }

    /// At most eight names, then how many more.
    private static func list(_ names: [String]) -> String {
        names.count <= 8 ? names.joined(separator: ", ") : names.prefix(8).joined(separator: ", ") + " and \(names.count - 8) more"
    }
}
