/// What `check --source` adds to each key: where main code or configuration names it, and what the
/// applications that name it call, in which languages (`code.*` facts). An application is the folder of a
/// manifest (or the path given); an operation it calls counts for every key it names. Code evidence is
/// never counted as traced calls: it says what can run, not what ran.
public struct CodeEvidence: Sendable {
    /// Per key id: the places that name it, and the calls and languages of the applications that do.
    private struct KeyCode {
        var references: Set<String> = []
        var applications: Set<String> = []
    }

    private var byKey: [String: KeyCode] = [:]
    private var calls: [String: [CodeObservation]] = [:]
    private var languages: [String: Set<SourceLanguage>] = [:]

    /// Links the main-code observations of `scan` to the keys of `inventory`.
    public init(scan: SourceScan, inventory: Inventory) {
        for observation in scan.observations where observation.reachability == .main {
            switch observation.kind {
            case .keyReference:
                guard let reference = observation.reference, let id = Self.keyId(reference, in: inventory) else { continue }
                byKey[id, default: KeyCode()].references.insert(observation.location)
                byKey[id, default: KeyCode()].applications.insert(observation.application)
            case .operation:
                calls[observation.application, default: []].append(observation)
                languages[observation.application, default: []].insert(observation.language)
            case .client, .dependency, .endpoint:
                languages[observation.application, default: []].insert(observation.language)
            case .terraform, .secretsClient:
                break
            }
        }
    }

    /// The id of the inventory key a reference names: by id, by the id of an ARN, by an alias (in the ARN's
    /// region when it is an ARN).
    static func keyId(_ reference: String, in inventory: Inventory) -> String? {
        let target = KeyReferenceText.target(of: reference)
        if target.hasPrefix("alias/") {
            let region = reference.hasPrefix("acs:kms:") ? reference.split(separator: ":", omittingEmptySubsequences: false)[2] : nil
            return inventory.keyId(forAlias: target, region: region.map(String.init))
        }
        return inventory.keys[target] != nil ? target : nil
    }

    /// The `code.*` facts of a key; empty when no code names it.
    func facts(of keyId: String) -> [String: FactValue] {
        guard let code = byKey[keyId] else { return [:] }
        let applications = code.applications.sorted()
        let keyCalls = applications.flatMap { calls[$0] ?? [] }.sorted()
        let keyLanguages = Set(applications.flatMap { languages[$0] ?? [] }).filter { ![.terraform, .shell, .config].contains($0) }
        return [
            "code.references": .list(code.references.sorted()),
            "code.calls": .list(keyCalls.map { "\($0.operation ?? "") \($0.location) (\($0.language.rawValue), \($0.generation?.rawValue ?? "unknown"))" }),
            "code.operations": .list(Array(Set(keyCalls.compactMap(\.operation))).sorted()),
            "code.languages": .list(keyLanguages.map(\.rawValue).sorted()),
        ]
    }
}
