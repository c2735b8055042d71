/// The calls that move a secret by the API, in order, never with a value: where a value goes, a
/// placeholder says where it comes from.
enum SecretRecreation {
    /// Where the secret goes: region, KMS instance and key (either may be unknown yet).
    struct Destination {
        var region: String
        var instance: String?
        var key: String?
    }

    /// Re-creating a generic secret (seed 000, "Migrate a generic secret outside a KMS instance"):
    /// read the source; CreateSecret with the earliest-created version and the metadata; PutSecretValue
    /// for every later version in creation order; UpdateSecretVersionStage until every stage sits where
    /// it sits in the source; compare both regions; delete the source only after the applications are verified.
    static func reCreate(_ secret: Secret, to destination: Destination, lastAccess: String) -> [SecretStep] {
        let source = secret.region ?? "<source region>"
        let versions = secret.versionsInCreationOrder
        var steps = readSource(secret, region: source, versions: versions)
        let first = versions.first?.versionId ?? "<initial version>"
        steps.append(SecretStep(api: "CreateSecret", region: destination.region,
                                parameters: metadata(secret, destination: destination, firstVersion: first),
                                note: "Creates the secret with its earliest version, \(first)."))
        for version in versions.dropFirst() {
            steps.append(SecretStep(api: "PutSecretValue", region: destination.region, parameters: [
                ("SecretName", secret.name), ("VersionId", version.versionId),
                ("SecretData", SecretStep.placeholder("SecretData", version: version.versionId)),
                ("SecretDataType", SecretStep.placeholder("SecretDataType", version: version.versionId)),
            ], note: "Without VersionStages, KMS marks the new version ACSCurrent and the one before it ACSPrevious."))
        }
        steps += stageMoves(secret.name, versions: versions, region: destination.region)
        steps += verify(secret.name, source: source, destination: destination.region)
        steps.append(SecretStep(api: "DeleteSecret", region: source, parameters: [("SecretName", secret.name), ("RecoveryWindowInDays", "30")],
                                note: "Only after every application reads the secret in \(destination.region) and works: \(lastAccess)"))
        return steps
    }

    /// Deleting a RAM secret and creating it again for the same RAM user (seed 000, "RAM secret").
    static func deleteAndRecreate(_ secret: Secret, to destination: Destination, lastAccess: String) -> [SecretStep] {
        let source = secret.region ?? "<source region>"
        let user = secret.metadata?.extendedConfig.flatMap(userName) ?? "<the RAM user>"
        var parameters: [(name: String, value: String)] = [("SecretName", secret.name), ("SecretType", secret.type ?? "RAMCredentials"),
                                                           ("SecretData", "<AccessKeyId and AccessKeySecret of RAM user \(user), from the RAM console>"),
                                                           ("SecretDataType", "text")]
        parameters += keyAndInstance(destination)
        if let config = secret.metadata?.extendedConfig { parameters.append(("ExtendedConfig", config)) }
        if let rotation = secret.metadata?.automaticRotation { parameters.append(("EnableAutomaticRotation", rotation.lowercased() == "enabled" ? "true" : "false")) }
        if let interval = secret.metadata?.rotationInterval { parameters.append(("RotationInterval", interval)) }
        return [
            describe(secret.name, in: source, note: "Keep the metadata: the secret is deleted next."),
            SecretStep(api: "DeleteSecret", region: source, parameters: [("SecretName", secret.name), ("ForceDeleteWithoutRecovery", "true")],
                       note: "A RAM user has one RAM secret, so the source goes first; the AccessKey pair is not deleted. Only when nothing uses it any more: \(lastAccess)"),
            SecretStep(api: "CreateSecret", region: destination.region, parameters: parameters, note: "Creates the RAM secret again for \(user)."),
            describe(secret.name, in: destination.region, note: "Compare with the metadata kept in the first step."),
        ]
    }

    /// DescribeSecret, ListSecretVersionIds and GetSecretValue per version, in the source region.
    private static func readSource(_ secret: Secret, region: String, versions: [SecretVersion]) -> [SecretStep] {
        var steps = [
            describe(secret.name, in: region, note: "Name, type, description, tags and extended config."),
            listVersions(secret.name, in: region, note: "Every version, deprecated ones included; the list is not sorted: this plan sorts it by CreateTime."),
        ]
        for version in versions {
            steps.append(SecretStep(api: "GetSecretValue", region: region, parameters: [("SecretName", secret.name), ("VersionId", version.versionId)],
                                    note: "Keep SecretData and SecretDataType where only the person moving the secret can read them."))
        }
        return steps
    }

    /// CreateSecret's parameters: the metadata from DescribeSecret, the initial version, the destination.
    private static func metadata(_ secret: Secret, destination: Destination, firstVersion: String) -> [(name: String, value: String)] {
        var parameters: [(name: String, value: String)] = [("SecretName", secret.name), ("SecretType", secret.type ?? "Generic"),
                                                           ("VersionId", firstVersion),
                                                           ("SecretData", SecretStep.placeholder("SecretData", version: firstVersion)),
                                                           ("SecretDataType", SecretStep.placeholder("SecretDataType", version: firstVersion))]
        parameters += keyAndInstance(destination)
        if let description = secret.metadata?.description { parameters.append(("Description", description)) }
        let tags = secret.metadata?.tags ?? []
        if !tags.isEmpty {
            parameters.append(("Tags", JSONWriter.compact(.array(tags.map { .object(JSONObject([("Key", .string($0.key)), ("Value", .string($0.value))])) }))))
        }
        if let config = secret.metadata?.extendedConfig { parameters.append(("ExtendedConfig", config)) }
        return parameters
    }

    private static func keyAndInstance(_ destination: Destination) -> [(name: String, value: String)] {
        [("EncryptionKeyId", destination.key ?? "<a key in the destination KMS instance>"),
         ("DKMSInstanceId", destination.instance ?? "<the destination KMS instance>")]
    }

    /// UpdateSecretVersionStage calls that put every stage where the source has it, from where the
    /// creation left them: ACSCurrent on the newest version, ACSPrevious on the one before.
    private static func stageMoves(_ name: String, versions: [SecretVersion], region: String) -> [SecretStep] {
        var holder: [String: String] = [:]
        for version in versions {
            if let current = holder["ACSCurrent"] { holder["ACSPrevious"] = current }
            holder["ACSCurrent"] = version.versionId
        }
        var wanted: [String: String] = [:]
        for version in versions { for stage in version.stages { wanted[stage] = version.versionId } }
        let stages = Set(holder.keys).union(wanted.keys).sorted { (rank($0), $0) < (rank($1), $1) }
        return stages.compactMap { stage in
            let (want, have) = (wanted[stage], holder[stage])
            guard want != have else { return nil }
            var parameters: [(name: String, value: String)] = [("SecretName", name), ("VersionStage", stage)]
            if let want { parameters.append(("MoveToVersion", want)) }
            if let have { parameters.append(("RemoveFromVersion", have)) }
            return SecretStep(api: "UpdateSecretVersionStage", region: region, parameters: parameters,
                              note: want.map { "\(stage) on \($0), as in the source." } ?? "The source has no \(stage).")
        }
    }

    /// Built-in stages first, then custom ones.
    private static func rank(_ stage: String) -> Int { ["ACSCurrent": 0, "ACSPrevious": 1, "ACSPendding": 2][stage] ?? 3 }

    /// DescribeSecret in both regions and the destination's versions, to compare.
    private static func verify(_ name: String, source: String, destination: String) -> [SecretStep] {
        [describe(name, in: source, note: "Compare with the next call."),
         describe(name, in: destination, note: "Name, type, description, tags and extended config must match the source (creation times differ, as the document says)."),
         listVersions(name, in: destination, note: "Every version with the stages listed in this plan.")]
    }

    /// DescribeSecret with its tags: the metadata a secret is created again from, and compared with.
    private static func describe(_ name: String, in region: String, note: String) -> SecretStep {
        SecretStep(api: "DescribeSecret", region: region, parameters: [("SecretName", name), ("FetchTags", "true")], note: note)
    }

    /// ListSecretVersionIds with the deprecated versions.
    private static func listVersions(_ name: String, in region: String, note: String) -> SecretStep {
        SecretStep(api: "ListSecretVersionIds", region: region, parameters: [("SecretName", name), ("IncludeDeprecated", "true")], note: note)
    }

    /// `UserName` from a RAM secret's ExtendedConfig.
    private static func userName(_ config: String) -> String? {
        (try? JSONParser.parse(Array(config.utf8)))?.objectValue?["UserName"]?.stringValue
    }
}
