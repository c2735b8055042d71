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
        if options.inputs.request.edition.process == .migrationTool {
            let plan = try options.migrationToolPlan()
            try options.write(format.render(plan), what: "\(plan.runCount) runs, \(format.rawValue)")
            if !options.quiet {
                Terminal.printError("kmsready: \(plan.destinations.count) destinations, \(plan.runCount) Migration Tool runs; "
                                    + "\(plan.leftOut.count) keys and secrets in no run (listed in the plan)")
            }
            return 0
        }
        let template = try options.template(escaping: .none)
        let set = try options.tickets()
        let plan = MigrationPlan(set, template: template)
        try options.write(format.render(plan), what: "\(plan.steps.count) steps, \(format.rawValue)")
        options.printSummary(set)
        return 0
    }
}
