import KMSReady

/// `kmsready plan`: the whole migration as an ordered checklist.
struct PlanCommand {
    var options = TicketOptions()
    var format = PlanFormat.markdown

    init(_ arguments: inout Arguments) throws(UsageError) {
        while !arguments.isEmpty {
            if try options.parse(&arguments) {}
            else if let value: PlanFormat = try arguments.choice("--format", for: "plan") { format = value }
            else { throw UsageError("unknown argument '\(arguments.next ?? "")' for plan") }
        }
        try options.finish(command: "plan")
    }

    func run() throws(InputError) -> Int32 {
        let template = try options.template(escaping: .none)
        let set = try options.tickets()
        let plan = MigrationPlan(set, template: template)
        try options.write(format.render(plan), what: "\(plan.steps.count) steps, \(format.rawValue)")
        options.printSummary(set)
        return 0
    }
}
