#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KMSReady

/// Parses the command line, runs the command, and maps errors to exit status 2.
func runCommandLine(_ words: [String]) -> Int32 {
    if words.contains("--help") || words.contains("-h") {
        print(Help.text(for: Array(words.prefix { !$0.hasPrefix("-") })))
        return 0
    }
    var arguments = Arguments(words)
    do {
        switch arguments.positional() {
        case "check":
            return try CheckCommand(&arguments).run()
        case "scan":
            return try ScanCommand(&arguments).run()
        case "ticket":
            return try TicketCommand(&arguments).run()
        case "plan":
            return try PlanCommand(&arguments).run()
        case "rules":
            return try RulesCommand(&arguments).run()
        case "traces":
            return try TracesCommand(&arguments).run()
        case "secrets":
            return try SecretsCommand(&arguments).run()
        case "help":
            let topic = Array(words.dropFirst())
            guard topic.isEmpty || CommandSpec.topLevel.contains(topic[0]) else { throw UsageError("no command '\(topic.joined(separator: " "))'") }
            print(Help.text(for: topic))
            return 0
        case "completions":
            guard let text = arguments.positional(), let shell = Completions(rawValue: text), arguments.isEmpty else {
                throw UsageError("completions takes bash, zsh or fish")
            }
            print(shell.script, terminator: "")
            return 0
        case nil where arguments.flag("--version"):
            print("kmsready \(KMSReadyVersion.version)")
            return 0
        case nil where arguments.isEmpty:
            print(Help.text)
            return 0
        case let other:
            throw UsageError("unknown command '\(other ?? arguments.next ?? "")'")
        }
    } catch let error as UsageError {
        Terminal.printError("kmsready: \(error.message)" + (error.pointsToHelp ? " (kmsready --help)" : ""))
        return 2
    } catch let error as InputError {
        Terminal.printError("kmsready: \(error)")
        return 2
    } catch {
        Terminal.printError("kmsready: \(error)")
        return 2
    }
}

MemoryPolicy.apply()
TemporaryFiles.removeOnSignals()
exit(runCommandLine(Array(CommandLine.arguments.dropFirst())))
