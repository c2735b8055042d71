#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KMSReady

/// Parses the command line, runs the command, and maps errors to exit status 2.
func runCommandLine(_ words: [String]) -> Int32 {
    var arguments = Arguments(words)
    do {
        switch arguments.positional() {
        case "check":
            return try CheckCommand(&arguments).run()
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
        case nil where arguments.flag("--version"):
            print("kmsready \(KMSReadyVersion.version)")
            return 0
        case nil where arguments.flag("--help") || arguments.isEmpty:
            print(Help.text)
            return 0
        case let other:
            throw UsageError("unknown command '\(other ?? arguments.next ?? "")'")
        }
    } catch let error as UsageError {
        Terminal.printError("kmsready: \(error.message) (kmsready --help)")
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
exit(runCommandLine(Array(CommandLine.arguments.dropFirst())))
