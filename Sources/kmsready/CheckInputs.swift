import KMSReady

/// The inputs of every command that checks keys (`check`, `ticket`, `plan`): `--inventory`, `--rules`,
/// `--min-trace-days` and the trace options.
struct CheckInputs {
    var request = CheckRequest(inventory: [])
    var traceOptions = TraceOptions()

    /// Consumes the next option if it is one of these; returns whether it did.
    mutating func parse(_ arguments: inout Arguments) throws(UsageError) -> Bool {
        if let path = try arguments.value("--inventory") { request.inventory.append(path) }
        else if try traceOptions.parse(&arguments) {}
        else if let path = try arguments.value("--rules") { request.ruleDirectories.append(path) }
        else if let text = try arguments.value("--min-trace-days") {
            guard let days = Int(text), (0...3650).contains(days) else { throw UsageError("--min-trace-days takes a whole number of days from 0 to 3650, not '\(text)'") }
            request.minimumTraceDays = days
        }
        else { return false }
        return true
    }

    /// Checks that an inventory was named, and completes the request with the trace options.
    mutating func finish(command: String) throws(UsageError) {
        if request.inventory.isEmpty { throw UsageError("\(command) needs --inventory PATH") }
        traceOptions.apply(to: &request)
    }

    /// Runs the check, with progress on standard error unless `quiet`.
    func report(quiet: Bool) throws(InputError) -> Report {
        try ProgressDisplay.around(quiet: quiet) { (progress) throws(InputError) -> Report in
            var request = request
            request.progress = progress
            return try Checker.run(request)
        }
    }
}
