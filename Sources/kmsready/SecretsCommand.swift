import KMSReady

/// `kmsready secrets plan`: re-create secrets in a KMS instance, step by step, never with a value.
struct SecretsCommand {
    var check = CheckRequest(inventory: [])
    var traceOptions = TraceOptions()
    var destinationInventory: [String] = []
    var toRegion: String?
    var instance: String?
    var encryptionKey: String?
    var format = PlanFormat.markdown
    var output: String?
    var edition = Edition.standard
    var quiet = false

    init(_ arguments: inout Arguments) throws(UsageError) {
        guard arguments.positional() == "plan" else { throw UsageError("secrets takes the subcommand plan") }
        while !arguments.isEmpty {
            if let path = try arguments.value("--inventory") { check.inventory.append(path) }
            else if try traceOptions.parse(&arguments) {}
            else if let path = try arguments.value("--destination-inventory") { destinationInventory.append(path) }
            else if let region = try arguments.value("--to-region") { toRegion = region }
            else if let text = try arguments.value("--destination-instance") {
                guard DestinationMap.isInstanceId(text) else { throw UsageError("--destination-instance takes a KMS instance id (kst-…), not '\(text)'") }
                instance = text
            }
            else if let key = try arguments.value("--encryption-key") { encryptionKey = key }
            else if let value: PlanFormat = try arguments.choice("--format", for: "secrets plan") { format = value }
            else if let path = try arguments.value("--output") { output = path }
            else if let value = try arguments.edition() { edition = value }
            else if arguments.flag("--quiet") { quiet = true }
            else { throw UsageError("unknown argument '\(arguments.next ?? "")' for secrets plan") }
        }
        if check.inventory.isEmpty { throw UsageError("secrets plan needs --inventory PATH") }
        if toRegion == nil { throw UsageError("secrets plan needs --to-region REGION (the secrets' own region when leaving the default instance)") }
        traceOptions.apply(to: &check)
    }

    /// Writes the plan; exit status 1 when a secret's preflight failed.
    func run() throws(InputError) -> Int32 {
        let request = SecretPlan.Request(toRegion: toRegion!, destinationInstance: instance, encryptionKey: encryptionKey, edition: edition)
        let plan = try ProgressDisplay.around(quiet: quiet) { (progress) throws(InputError) -> SecretPlan in
            var check = check
            check.progress = progress
            return try SecretPlan.read(check, destinationInventory: destinationInventory, request: request)
        }
        let text = format.render(plan)
        if let output {
            try AtomicFile.write(text, to: output, sparing: check.inputPaths + destinationInventory)
        } else {
            Terminal.printOutput(text)
        }
        let failed = plan.failedPreflight.map(\.secret.reference)
        if !quiet {
            Terminal.printError("kmsready: \(plan.entries.count) secrets planned" + (output.map { ", wrote \($0)" } ?? "")
                                + (failed.isEmpty ? "; no preflight check failed" : "; preflight failed for \(failed.joined(separator: ", "))"))
        }
        return failed.isEmpty ? 0 : 1
    }
}
