#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KMSReady

/// The options of `ticket` and `plan`: the inputs of a check, where keys move and how windows are chosen.
struct TicketOptions {
    var inputs = CheckInputs()
    var perKey = false
    var from: CalendarDate?
    var withinDays = 14
    var windowHours = 2
    var timeZone = LocalTimeZone.utc
    var templateFile: String?
    var output: String?
    var quiet = false

    /// Consumes the next option if it is one of these; returns whether it did.
    mutating func parse(_ arguments: inout Arguments) throws(UsageError) -> Bool {
        if try inputs.parse(&arguments) {}
        else if arguments.flag("--per-key") { perKey = true }
        else if let text = try arguments.value("--from") {
            guard let date = CalendarDate(text) else { throw UsageError("--from takes a date YYYY-MM-DD, not '\(text)'") }
            from = date
        }
        else if let text = try arguments.value("--within-days") {
            guard let days = Int(text), (1...366).contains(days) else { throw UsageError("--within-days takes a whole number from 1 to 366, not '\(text)'") }
            withinDays = days
        }
        else if let text = try arguments.value("--window-hours") {
            guard let hours = Int(text), (1...24).contains(hours) else { throw UsageError("--window-hours takes a whole number from 1 to 24, not '\(text)'") }
            windowHours = hours
        }
        else if let text = try arguments.value("--timezone") {
            guard let zone = LocalTimeZone(identifier: text) else { throw UsageError("--timezone takes an IANA time zone name such as Asia/Shanghai, not '\(text)'") }
            timeZone = zone
        }
        else if let path = try arguments.value("--template") { templateFile = path }
        else if let path = try arguments.value("--output") { output = path }
        else if arguments.flag("--quiet") { quiet = true }
        else { return false }
        return true
    }

    /// Checks what every command of this kind needs.
    mutating func finish(command: String) throws(UsageError) {
        try inputs.finish(command: command)
        if inputs.destination == nil { throw UsageError("\(command) needs --destination kst-… or a JSON map of regions and tags to instances") }
    }

    /// The `--template` file's template, or the built-in one.
    func template(escaping: TextTemplate.Escaping) throws(InputError) -> TicketTemplate {
        try TicketTemplate.load(templateFile.map { InputFile(path: $0, displayName: $0) }, escaping: escaping)
    }

    /// Runs the check and groups its keys into tickets.
    func tickets() throws(InputError) -> TicketSet {
        let report = try inputs.report(quiet: quiet)
        return TicketSet(report: report, request: TicketRequest(destinations: try inputs.destinations()!, search: search, perKey: perKey))
    }

    /// Runs the check and plans the Migration Tool's runs (editions whose process is the Migration Tool).
    func migrationToolPlan() throws(InputError) -> MigrationToolPlan {
        let destinationInventory = try Checker.readDestinationInventory(inputs.request)
        let report = try inputs.report(quiet: quiet, destinationInventory: destinationInventory)
        return MigrationToolPlan(report: report, request: MigrationToolPlan.Request(destinations: try inputs.destinations()!,
                                                                                  destinationInventory: destinationInventory, search: search))
    }

    /// Where windows are searched: from `--from` (default tomorrow), for `--within-days`.
    private var search: WindowSearch {
        let start = from ?? timeZone.local(Int64(time(nil))).date.adding(days: 1)
        return WindowSearch(from: start, withinDays: withinDays, hours: windowHours, timeZone: timeZone)
    }

    /// Writes `text` to `--output` atomically, or prints it.
    func write(_ text: String, what: String) throws(InputError) {
        if let output {
            try AtomicFile.write(text, to: output, sparing: inputs.paths + (templateFile.map { [$0] } ?? []))
            if !quiet { Terminal.printError("kmsready: wrote \(output) (\(what))") }
        } else {
            Terminal.printOutput(text)
        }
    }

    /// One line per key left without a ticket for want of a destination, and the counts, on standard error.
    func printSummary(_ set: TicketSet) {
        guard !quiet else { return }
        for key in set.unassigned {
            Terminal.printError("warning: \(key.keyId)\(key.alias.map { " (\($0))" } ?? "") has no destination: \(key.reason)")
        }
        let migration = set.tickets.filter { $0.kind == .migration }.count
        let keys = set.tickets.reduce(0) { $0 + $1.keys.count }
        Terminal.printError("kmsready: \(set.tickets.count) tickets (\(migration) migration, \(set.tickets.count - migration) requirements) for \(keys) keys; "
                            + "\(set.unassigned.count) keys without a destination; \(set.notTicketed.count) keys without a ticket (kmsready plan lists them)")
    }
}
