import KMSReady

/// `kmsready rules list|show|test|facts`.
struct RulesCommand {
    enum Action { case list, show(String), test([String]), facts }

    var action: Action
    var ruleDirectories: [String] = []

    init(_ arguments: inout Arguments) throws(UsageError) {
        switch arguments.positional() {
        case "list": action = .list
        case "show":
            guard let id = arguments.positional() else { throw UsageError("rules show needs a rule id") }
            action = .show(id)
        case "test":
            var directories: [String] = []
            while let directory = arguments.positional() { directories.append(directory) }
            action = .test(directories)
        case "facts": action = .facts
        case let other: throw UsageError("rules takes list, show ID, test [DIR...] or facts, not '\(other ?? "")'")
        }
        while !arguments.isEmpty {
            guard let directory = try arguments.value("--rules") else { throw UsageError("unknown argument '\(arguments.next ?? "")' for rules") }
            ruleDirectories.append(directory)
        }
    }

    /// Runs the action and returns the exit status.
    func run() throws(InputError) -> Int32 {
        switch action {
        case .list:
            print(RuleText.list(try RuleSet.load(adding: ruleDirectories)), terminator: "")
        case .show(let id):
            guard let rule = try RuleSet.load(adding: ruleDirectories).rule(id: id) else {
                Terminal.printError("kmsready: no rule with id '\(id)' (kmsready rules list shows them)")
                return 2
            }
            print(RuleText.show(rule), terminator: "")
        case .test(let directories):
            let rules = directories.isEmpty ? try RuleSet.load(adding: ruleDirectories) : try RuleSet.only(directories)
            let results = RuleExampleRunner.run(rules)
            print(RuleText.exampleResults(results), terminator: "")
            return results.allSatisfy(\.passed) ? 0 : 1
        case .facts:
            print(RuleText.facts(), terminator: "")
        }
        return 0
    }
}
