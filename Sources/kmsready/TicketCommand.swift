import KMSReady

/// `kmsready ticket`: support-ticket payloads for the keys that can move, and requirements tickets.
struct TicketCommand {
    var options = TicketOptions()
    var format = TicketFormat.text

    init(_ arguments: inout Arguments) throws(UsageError) {
        while !arguments.isEmpty {
            if try options.parse(&arguments) {}
            else if let value: TicketFormat = try arguments.choice("--format", for: "ticket") { format = value }
            else { throw UsageError("unknown argument '\(arguments.next ?? "")' for ticket") }
        }
        try options.finish(command: "ticket")
    }

    func run() throws(InputError) -> Int32 {
        let template = try options.template(escaping: format.escaping)
        let set = try options.tickets()
        try options.write(format.render(set, template: template), what: "\(set.tickets.count) tickets, \(format.rawValue)")
        options.printSummary(set)
        return 0
    }
}
