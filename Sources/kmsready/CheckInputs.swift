import KMSReady

/// The inputs of every command that checks keys (`check`, `ticket`, `plan`): `--inventory`, `--rules`,
/// `--min-trace-days`, the trace options, the edition and the destination.
struct CheckInputs {
    var request = CheckRequest(inventory: [])
    var traceOptions = TraceOptions()
    /// `--destination`: an instance id, a JSON map, or a map file.
    var destination: String?
    var destinationType: KMSInstance.Kind?

    /// Consumes the next option if it is one of these; returns whether it did.
    mutating func parse(_ arguments: inout Arguments) throws(UsageError) -> Bool {
        if let path = try arguments.value("--inventory") { request.inventory.append(path) }
        else if try traceOptions.parse(&arguments) {}
        else if let path = try arguments.value("--rules") { request.ruleDirectories.append(path) }
        else if let edition = try arguments.edition() { request.edition = edition }
        else if let text = try arguments.value("--destination") {
            if text.hasPrefix("kst-") && !DestinationMap.isInstanceId(text) {
                throw UsageError("--destination takes a KMS instance id (kst- and lower-case letters and digits) or a JSON map, not '\(text)'")
            }
            destination = text
        }
        else if let text = try arguments.value("--destination-type") {
            guard let type = KMSInstance.Kind(rawValue: text) else { throw UsageError("--destination-type takes software or hardware, not '\(text)'") }
            destinationType = type
        }
        else if let path = try arguments.value("--destination-inventory") { request.destinationInventory.append(path) }
        else if let path = try arguments.value("--source") { request.sources.append(path) }
        else if let text = try arguments.value("--min-trace-days") {
            guard let days = Int(text), (0...3650).contains(days) else { throw UsageError("--min-trace-days takes a whole number of days from 0 to 3650, not '\(text)'") }
            request.minimumTraceDays = days
        }
        else { return false }
        return true
    }

    /// Every file and folder these options read.
    var paths: [String] {
        var request = request
        traceOptions.apply(to: &request)
        return request.inputPaths + (destination.map { DestinationMap.isInstanceId($0) || $0.hasPrefix("{") ? [] : [$0] } ?? [])
    }

    /// Checks that an inventory was named, and completes the request with the trace options.
    mutating func finish(command: String) throws(UsageError) {
        if request.inventory.isEmpty { throw UsageError("\(command) needs --inventory PATH") }
        traceOptions.apply(to: &request)
    }

    /// Runs the check, with progress on standard error unless `quiet`.
    func report(quiet: Bool) throws(InputError) -> Report {
        try report(quiet: quiet, destinationInventory: try Checker.readDestinationInventory(request))
    }

    /// Runs the check with the destination inventory already read.
    func report(quiet: Bool, destinationInventory: Inventory?) throws(InputError) -> Report {
        var request = request
        request.destinations = try destinations()
        return try ProgressDisplay.around(quiet: quiet) { (progress) throws(InputError) -> Report in
            request.progress = progress
            return try Checker.run(request, destinationInventory: destinationInventory)
        }
    }

    /// The `--destination` map with `--destination-type` as its default type; `nil` when neither was given.
    func destinations() throws(InputError) -> DestinationMap? {
        guard let text = destination else { return destinationType.map { DestinationMap(entries: [], defaultType: $0) } }
        var map: DestinationMap
        if DestinationMap.isInstanceId(text) { map = DestinationMap(instance: text) }
        else if text.hasPrefix("{") { map = try DestinationMapFile.parse(text, source: "--destination") }
        else { map = try DestinationMapFile.read(InputFile(path: text, displayName: text)) }
        map.defaultType = destinationType ?? map.defaultType
        return map
    }
}
