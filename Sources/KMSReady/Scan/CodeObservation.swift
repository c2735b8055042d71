/// One thing `kmsready scan` found in a repository, with where: a dependency on a KMS SDK, a client
/// construction, an operation call, a key reference, a Terraform resource, a Secrets Manager client, a
/// hand-written call to a KMS endpoint. Scan rules (`rules/scan/`) read its `source.*` facts.
public struct CodeObservation: Equatable, Sendable, Comparable {
    /// What was found.
    public enum Kind: String, CaseIterable, Sendable {
        case dependency, client, operation, keyReference = "key-reference", terraform, secretsClient = "secrets-client", endpoint
    }

    /// Where code runs: main code, or only tests or examples (kept out of verdicts by default).
    public enum Reachability: String, Sendable, Comparable {
        case main, test, example
        public static func < (lhs: Reachability, rhs: Reachability) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var kind: Kind
    /// The file, as the scan names it (relative to the path given), and the 1-based line and column.
    public var file: String
    public var line: Int
    public var column: Int
    public var language: SourceLanguage
    public var reachability: Reachability
    /// The SDK family; `nil` for key references and Terraform resources.
    public var generation: SDKGeneration?
    /// The API operation, for an operation call; how it was made: `direct`, `generic`, `reflection`,
    /// `implicit` (a library calls it), `cli`, `http`.
    public var operation: String?
    public var via: String?
    /// The gateway a client or endpoint reaches: `shared`, `shared-vpc`, `dedicated`, `transfer` or `unresolved`.
    public var gateway: String?
    /// The package of a dependency, the resource type of a Terraform resource, the client type of a client.
    public var subject: String?
    /// A key reference's text, and its kind: `arn`, `key-id`, `alias`, `uuid`.
    public var reference: String?
    public var referenceKind: String?
    /// For a Terraform resource: its name, the attributes its `lifecycle.ignore_changes` lists, and whether it
    /// sets `dkms_instance_id`.
    public var resourceName: String?
    public var ignoreChanges: [String]?
    public var setsInstance: Bool?
    /// The application the file belongs to: the folder of its nearest manifest, or the scanned path.
    public var application: String

    init(_ kind: Kind, at token: SourceToken, in file: SourceFileContext) {
        self.kind = kind
        self.file = file.name
        self.line = token.line
        self.column = token.column
        self.language = file.language
        self.reachability = file.reachability
        self.application = file.application
    }

    /// `file:line:column`.
    public var location: String { "\(file):\(line):\(column)" }

    /// The facts scan rules read.
    var facts: Facts {
        var values: [String: FactValue] = [
            "source.kind": .string(kind.rawValue), "source.language": .string(language.rawValue),
            "source.reachability": .string(reachability.rawValue), "source.file": .string(location),
        ]
        values["source.generation"] = generation.map { .string($0.rawValue) }
        values["source.operation"] = operation.map(FactValue.string)
        values["source.via"] = via.map(FactValue.string)
        values["source.gateway"] = gateway.map(FactValue.string)
        values["source.subject"] = subject.map(FactValue.string)
        values["source.reference"] = reference.map(FactValue.string)
        values["source.referenceKind"] = referenceKind.map(FactValue.string)
        values["source.resourceName"] = resourceName.map(FactValue.string)
        values["source.ignoreChanges"] = ignoreChanges.map(FactValue.list)
        values["source.setsInstance"] = setsInstance.map(FactValue.bool)
        values["source.migrationSdkLanguage"] = .bool(language.hasMigrationSDK2023)
        values["source.migrationEdit"] = MigrationEdit.text(for: self).map(FactValue.string)
        return Facts(values: values, calls: nil)
    }

    public static func < (lhs: CodeObservation, rhs: CodeObservation) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.kind.rawValue, lhs.operation ?? "", lhs.reference ?? "")
            < (rhs.file, rhs.line, rhs.column, rhs.kind.rawValue, rhs.operation ?? "", rhs.reference ?? "")
    }
}

/// What the scanners of one file know about it.
struct SourceFileContext {
    /// The file as reports name it.
    let name: String
    let language: SourceLanguage
    let reachability: CodeObservation.Reachability
    let application: String
}
