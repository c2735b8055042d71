/// The secrets of a destination inventory whose name a secret would take in a KMS instance: in KMS 3.0 a
/// name is unique per account, instance and region, and the Migration Tool refuses a secret whose name
/// the destination instance already holds (SFAQ, 2025-01-16).
struct NameClashes {
    /// Secrets of the same name inside a KMS instance of the secret's region: `name@region in kst-…`.
    var certain: [String] = []
    /// Secrets of the same name whose region or instance the export does not show (a ListSecrets page
    /// without DescribeSecret): they may be the secret itself, or a clash.
    var possible: [String] = []

    /// The secrets of a destination inventory by name, looked up once per secret checked.
    struct Index {
        let byName: [String: [Secret]]

        init(_ destination: Inventory?) {
            byName = Dictionary(grouping: destination?.sortedSecrets ?? [], by: \.name)
        }

        /// The clashes of `secret`.
        func clashes(of secret: Secret) -> NameClashes {
            var clashes = NameClashes()
            for other in byName[secret.name] ?? [] {
                let place = other.reference + (other.kmsInstanceId.map { " in \($0)" } ?? "")
                switch other.inKmsInstance {
                case true? where other.region != nil && other.region == secret.region: clashes.certain.append(place)
                case true? where other.region == nil: clashes.possible.append(place + " (region unknown)")
                case nil where other.region == nil || other.region == secret.region:
                    clashes.possible.append(place + " (no DescribeSecret: instance unknown)")
                default: break  // another region, or a shared-KMS secret of that name: the secret itself
                }
            }
            return clashes
        }
    }
}
