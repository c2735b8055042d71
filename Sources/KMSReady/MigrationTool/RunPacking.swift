/// Packs one destination's keys and secrets into Migration Tool runs: at most `limits.keys` keys and
/// `limits.secrets` secrets a run (OP2), every secret in a run after the one that holds the key that
/// encrypts it (SFAQ: the key migrates first). Keys fill the runs in the order given, so a caller that
/// puts the keys of secrets first lets those secrets go early; secrets wait in the order given.
enum RunPacking {
    /// A secret to place, and the key that must be in an earlier run (`nil`: none, e.g. the default
    /// service key, or a key that is not migrating with it).
    struct Secret: Equatable {
        var name: String
        var keyId: String?
    }

    /// One run: the keys and the secret names it takes, in the order given.
    struct Run: Equatable {
        var keys: [String] = []
        var secrets: [String] = []
    }

    /// The runs. A secret whose key is not among `keys` is placed as if it had none.
    static func pack(keys: [String], secrets: [Secret], limits: Edition.RunLimits) -> [Run] {
        let planned = Set(keys)
        var keyRun: [String: Int] = [:]
        var keysLeft = keys[...]
        var secretsLeft = secrets
        var runs: [Run] = []
        while !keysLeft.isEmpty || !secretsLeft.isEmpty {
            var run = Run(keys: Array(keysLeft.prefix(limits.keys)))
            keysLeft = keysLeft.dropFirst(limits.keys)
            var waiting: [Secret] = []
            for secret in secretsLeft {
                let ready = secret.keyId.map { !planned.contains($0) || keyRun[$0] != nil } ?? true
                if ready && run.secrets.count < limits.secrets { run.secrets.append(secret.name) } else { waiting.append(secret) }
            }
            // Keys of this run count from the next one on: a secret never shares the run of its key.
            for key in run.keys { keyRun[key] = runs.count }
            secretsLeft = waiting
            runs.append(run)
        }
        return runs
    }
}
