/// Reads a folder (or files) of KMS OpenAPI responses as the `aliyun` CLI prints them and joins them by KeyId.
public enum InventoryReader {
    /// An inventory file is read whole; larger files are refused with an error.
    public static let maximumFileSize = 256 << 20

    /// Reads and joins every response in `files`.
    ///
    /// Any file that is not JSON, or not one of the known responses, is an error naming the file and the
    /// line or JSON path. Keys come from ListKeys, DescribeKey and ListKeyVersions; aliases and tags attach
    /// to those keys, and the ones that name no known key are counted in a warning.
    public static func read(_ files: [InputFile]) throws(InputError) -> Inventory {
        var builder = Builder()
        for file in files {
            var source = try openByteSource(file)
            let bytes = try source.readAll(limit: maximumFileSize, file: file.displayName)
            let response = try JSONDocumentFile.decodeBytes(bytes, file: file.displayName, decode: InventoryResponse.decode)
            var lines = ForwardLineSearch(bytes)
            builder.add(response, from: file.displayName) { id in lines.line(of: Array("\"\(id)\"".utf8)) ?? 1 }
        }
        return builder.finish()
    }

    private struct Builder {
        var inventory = Inventory()
        var pendingAliases: [(name: String, arn: String?, keyId: String)] = []
        var pendingTags: [(keyId: String, key: String, value: String)] = []
        /// Per region: the largest TotalCount of its ListKeys pages.
        var listedTotals: [String: Int] = [:]
        var listedKeysByRegion: [String: Set<String>] = [:]
        /// Secrets by folder and name: ListSecrets and ListSecretVersionIds name a secret without its
        /// region, so a secret's responses are joined within the folder they were exported to.
        var secrets: [SecretPlace: Secret] = [:]
        /// Per folder: the largest TotalCount of its ListSecrets pages, and the names they list.
        var listedSecretTotals: [String: Int] = [:]
        var listedSecretsByFolder: [String: Set<String>] = [:]

        struct SecretPlace: Hashable {
            var folder: String
            var name: String
        }

        mutating func secret(_ name: String, from file: String) -> (SecretPlace, Secret) {
            let folder = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            let place = SecretPlace(folder: folder, name: name)
            var secret = secrets[place] ?? Secret(name: name)
            secret.sources.insert(file)
            return (place, secret)
        }

        mutating func key(_ id: String, from file: String) -> Key {
            var key = inventory.keys[id] ?? Key(id: id)
            key.sources.insert(file)
            return key
        }

        /// Adds one response of `file`; `line` gives the line of a key id in the file.
        mutating func add(_ response: InventoryResponse, from file: String, line: (String) -> Int) {
            inventory.responseCounts[response.kindName, default: 0] += 1
            switch response {
            case .listKeys(_, let totalCount, let keys):
                for (index, listed) in keys.enumerated() {
                    var key = key(listed.id, from: file)
                    if let arn = listed.arn {
                        if let named = KeyARN(arn)?.keyId, named != listed.id {
                            key.conflicts.append("ListKeys in \(file) lists KeyId \(listed.id) with a KeyArn that names key \(named)")
                        } else if let known = key.arn, known != arn {
                            key.conflicts.append("ListKeys in \(file) gives the ARN \(arn), another response \(known)")
                        }
                    }
                    key.arn = key.arn ?? listed.arn
                    if key.definition == nil {
                        key.definition = KeyDefinition(file: file, jsonPath: "$.Keys.Key[\(index)].KeyId", line: line(listed.id))
                    }
                    inventory.keys[listed.id] = key
                    let region = key.region ?? "unknown region"
                    listedKeysByRegion[region, default: []].insert(listed.id)
                    if let totalCount { listedTotals[region] = max(listedTotals[region] ?? 0, totalCount) }
                }
            case .describeKey(let metadata):
                var key = key(metadata.keyId, from: file)
                if let existing = key.metadata, existing != metadata {
                    // The first stays; the key needs review until the two agree.
                    key.conflicts.append(conflict("DescribeKey", key.definition?.file ?? "an earlier file", file, on: existing.differences(from: metadata)))
                } else {
                    key.metadata = metadata
                }
                if key.definition?.jsonPath.hasPrefix("$.KeyMetadata") != true {
                    key.definition = KeyDefinition(file: file, jsonPath: "$.KeyMetadata.KeyId", line: line(metadata.keyId))
                }
                if let arn = metadata.arn, let known = key.arn, known != arn {
                    key.conflicts.append("DescribeKey in \(file) gives the ARN \(arn), another response \(known)")
                }
                key.arn = key.arn ?? metadata.arn
                inventory.keys[metadata.keyId] = key
            case .keyVersions(let totalCount, let versions):
                for keyId in Set(versions.map(\.keyId)).sorted() {
                    var key = key(keyId, from: file)
                    key.versionIds.formUnion(versions.filter { $0.keyId == keyId }.map(\.versionId))
                    if let totalCount {
                        if let known = key.reportedVersionCount, known != totalCount, let source = key.reportedVersionCountSource {
                            key.conflicts.append("ListKeyVersions in \(source) and \(file) disagree on TotalCount (\(known), \(totalCount))")
                        }
                        key.reportedVersionCount = max(key.reportedVersionCount ?? 0, totalCount)
                        key.reportedVersionCountSource = key.reportedVersionCountSource ?? file
                    }
                    inventory.keys[keyId] = key
                }
            case .describeKeyVersion(let keyId, let versionId):
                var key = key(keyId, from: file)
                key.describedVersionIds.insert(versionId)
                inventory.keys[keyId] = key
            case .aliases(let aliases):
                pendingAliases += aliases
            case .tags(let tags):
                pendingTags += tags
            case .listSecrets(_, let totalCount, let listed):
                for (index, entry) in listed.enumerated() {
                    var (place, secret) = secret(entry.secretName, from: file)
                    listedSecretsByFolder[place.folder, default: []].insert(entry.secretName)
                    if let totalCount { listedSecretTotals[place.folder] = max(listedSecretTotals[place.folder] ?? 0, totalCount) }
                    secret.listed = secret.listed ?? entry
                    if secret.definition == nil {
                        secret.definition = KeyDefinition(file: file, jsonPath: "$.SecretList.Secret[\(index)].SecretName", line: line(entry.secretName))
                    }
                    secrets[place] = secret
                }
            case .describeSecret(let metadata):
                var (place, secret) = secret(metadata.secretName, from: file)
                if let existing = secret.metadata, existing != metadata {
                    secret.conflicts.append(conflict("DescribeSecret", secret.definition?.file ?? "an earlier file", file, on: existing.differences(from: metadata)))
                } else {
                    secret.metadata = metadata
                    secret.definition = KeyDefinition(file: file, jsonPath: "$.SecretName", line: line(metadata.secretName))
                }
                secrets[place] = secret
            case .secretVersions(let name, let totalCount, let versions):
                var (place, secret) = secret(name, from: file)
                for version in versions { secret.versions[version.versionId] = version }
                if let totalCount { secret.reportedVersionCount = max(secret.reportedVersionCount ?? 0, totalCount) }
                secrets[place] = secret
            case .kmsInstance(let described):
                var instance = instance(described.id, from: file)
                instance.status = described.status
                instance.chargeType = described.chargeType
                instance.endDate = described.endDate
                instance.productVersion = described.productVersion
                instance.keyLimit = described.keyLimit
                instance.secretLimit = described.secretLimit
                instance.region = instance.region ?? described.region
                inventory.instances[described.id] = instance
            case .kmsInstanceQuotas(let id, let quotas):
                var instance = instance(id, from: file)
                instance.quotas.merge(quotas) { _, new in new }
                inventory.instances[id] = instance
            case .kmsInstanceList(_, let listed):
                for entry in listed {
                    var instance = instance(entry.id, from: file)
                    if let arn = entry.arn.flatMap(KeyARN.init) { (instance.region, instance.account) = (arn.region, arn.account) }
                    inventory.instances[entry.id] = instance
                }
            case .defaultKmsInstance(let id):
                if !inventory.defaultInstances.contains(id) { inventory.defaultInstances = (inventory.defaultInstances + [id]).sorted() }
            }
        }

        mutating func instance(_ id: String, from file: String) -> KMSInstance {
            var instance = inventory.instances[id] ?? KMSInstance(id: id)
            instance.sources.insert(file)
            return instance
        }

        mutating func finish() -> Inventory {
            var orphanAliases = 0
            for alias in pendingAliases {
                guard var key = inventory.keys[alias.keyId] else { orphanAliases += 1; continue }
                key.aliases.insert(alias.name)
                if key.arn == nil, let arn = alias.arn.flatMap(KeyARN.init) {
                    key.arn = "acs:kms:\(arn.region):\(arn.account):key/\(key.id)"
                }
                inventory.keys[alias.keyId] = key
            }
            var orphanTags = 0
            for tag in pendingTags {
                guard var key = inventory.keys[tag.keyId] else { orphanTags += 1; continue }
                key.tags[tag.key] = tag.value
                inventory.keys[tag.keyId] = key
            }
            if orphanAliases > 0 {
                inventory.warnings.append("\(orphanAliases) alias(es) name keys that no ListKeys, DescribeKey or ListKeyVersions response lists; they were not attached")
            }
            if orphanTags > 0 {
                inventory.warnings.append("\(orphanTags) tag(s) name keys that no ListKeys, DescribeKey or ListKeyVersions response lists; they were not attached")
            }
            for (_, var secret) in secrets.sorted(by: { ($0.key.folder, $0.key.name) < ($1.key.folder, $1.key.name) }) {
                if let listedType = secret.listed?.secretType, let describedType = secret.metadata?.secretType, listedType != describedType {
                    secret.conflicts.append("ListSecrets and DescribeSecret (\(secret.definition?.file ?? "")) disagree on SecretType (\(listedType), \(describedType))")
                }
                if var earlier = inventory.secrets[secret.reference] {
                    earlier.sources.formUnion(secret.sources)
                    earlier.versions.merge(secret.versions) { first, _ in first }
                    earlier.conflicts += secret.conflicts
                    if let mine = secret.metadata, let theirs = earlier.metadata, mine != theirs {
                        earlier.conflicts.append(conflict("DescribeSecret", earlier.definition?.file ?? "an earlier folder", secret.definition?.file ?? "another folder",
                                                          on: theirs.differences(from: mine)))
                    }
                    if earlier.metadata == nil { (earlier.metadata, earlier.definition) = (secret.metadata, secret.definition) }
                    inventory.secrets[secret.reference] = earlier
                } else {
                    inventory.secrets[secret.reference] = secret
                }
            }
            for (reference, secret) in inventory.secrets.sorted(by: { $0.key < $1.key }) {
                for text in secret.conflicts { inventory.warnings.append("secret \(reference): \(text)") }
            }
            for key in inventory.sortedKeys {
                for text in key.conflicts { inventory.warnings.append("key \(key.id): \(text)") }
                if let total = key.reportedVersionCount, total > key.versionIds.count {
                    inventory.warnings.append("ListKeyVersions reports \(total) versions of key \(key.id) but the pages given list \(key.versionIds.count): some pages are missing")
                }
            }
            for (folder, total) in listedSecretTotals.sorted(by: { $0.key < $1.key }) {
                let found = listedSecretsByFolder[folder]?.count ?? 0
                if found < total {
                    inventory.warnings.append("ListSecrets reports \(total) secrets in \(folder.isEmpty ? "." : folder) but the pages given list \(found): some pages are missing")
                }
            }
            for (region, total) in listedTotals.sorted(by: { $0.key < $1.key }) {
                let found = listedKeysByRegion[region]?.count ?? 0
                if found < total {
                    inventory.warnings.append("ListKeys reports \(total) keys in \(region) but the pages given list \(found): some pages are missing")
                }
            }
            return inventory
        }
    }
}
