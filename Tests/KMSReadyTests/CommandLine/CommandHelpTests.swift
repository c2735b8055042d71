import Foundation
import Testing
@testable import KMSReady
@testable import kmsready

/// The command line as people use it: every command's help, every option its parser takes, and the
/// completion scripts made from the same list.
@Suite struct CommandHelpTests {
    /// Each command's help, three ways: `--help`, `-h` and `kmsready help COMMAND`; it names every option.
    @Test(arguments: CommandSpec.all.map(\.name))
    func everyCommandHasItsHelp(_ name: String) throws {
        let command = try #require(CommandSpec.all.first { $0.name == name })
        for words in [command.words + ["--help"], command.words + ["-h"], ["help"] + command.words, command.words + ["--inventory", "x", "--help"]] {
            #expect(runCommandLine(words) == 0, "\(words)")
        }
        let text = Help.text(for: command.words)
        #expect(text.hasPrefix("kmsready \(name): \(command.summary)"))
        for option in command.options { #expect(text.contains("  " + option.usage), "\(name) help lacks \(option.name)") }
        #expect(Help.text.contains("  " + name), "the overview lists \(name)")
    }

    @Test func helpForNoCommandIsAnErrorAndGroupsListTheirCommands() {
        #expect(runCommandLine(["help", "frobnicate"]) == 2)
        #expect(Help.text(for: ["rules"]).contains("rules show") && Help.text(for: ["secrets"]).hasPrefix("kmsready secrets plan:"))
        #expect(runCommandLine(["completions", "powershell"]) == 2 && runCommandLine(["completions"]) == 2)
    }

    /// A value each kind of option takes, so that the parser gets past it.
    static func sampleValue(_ value: CommandSpec.Value) -> String {
        switch value {
        case .path: return "x"
        case .choice(let choices): return choices[0]
        case .text(let placeholder):
            switch placeholder {
            case "N": return "2"
            case "DATE": return "2026-01-01"
            case "ZONE": return "Asia/Shanghai"
            case "CRITERION": return "verdict=blocked"
            case "kst-…": return "kst-abc1"
            default: return "cn-hangzhou"
            }
        }
    }

    /// Parses `words` with the command's own parser; the usage error, if any.
    static func parse(_ command: CommandSpec, _ extra: [String]) -> UsageError? {
        var arguments = Arguments(Array(command.words.dropFirst()) + extra)
        do {
            switch command.words[0] {
            case "check": _ = try CheckCommand(&arguments)
            case "scan": _ = try ScanCommand(&arguments)
            case "ticket": _ = try TicketCommand(&arguments)
            case "plan": _ = try PlanCommand(&arguments)
            case "traces": _ = try TracesCommand(&arguments)
            case "secrets": _ = try SecretsCommand(&arguments)
            case "rules": _ = try RulesCommand(&arguments)
            default: return nil
            }
        } catch {
            return error
        }
        return nil
    }

    /// Every option the list gives a command, its parser takes; an option the list does not give, it refuses.
    @Test(arguments: CommandSpec.all.filter { !$0.options.isEmpty }.map(\.name))
    func everyListedOptionIsTakenByItsParser(_ name: String) throws {
        let command = try #require(CommandSpec.all.first { $0.name == name })
        let positional = command.arguments == "ID" ? ["some-rule"] : []
        for option in command.options {
            let words = positional + [option.name] + (option.value.map { [Self.sampleValue($0)] } ?? [])
            let error = Self.parse(command, words)
            #expect(error.map { !$0.message.contains("unknown argument") } ?? true, "\(name) \(words): \(error?.message ?? "")")
        }
        #expect(Self.parse(command, positional + ["--no-such-option"])?.message.contains("unknown argument") == true)
    }

    /// The bash script, sourced in bash: commands, subcommands, options and their values complete.
    @Test func theBashCompletionCompletesCommandsOptionsAndValues() throws {
        let script = temporaryDirectory() + "/kmsready.bash"
        try Completions.bash.script.write(toFile: script, atomically: true, encoding: .utf8)
        let cases: [(words: [String], expected: String)] = [
            (["kmsready", "ch"], "check"),
            (["kmsready", "secrets", "p"], "plan"),
            (["kmsready", "check", "--edi"], "--edition"),
            (["kmsready", "check", "--edition", ""], "2023 2025"),
            (["kmsready", "plan", "--destination-t"], "--destination-type"),
            (["kmsready", "check", "--format", "s"], "sarif"),
            (["kmsready", "secrets", "plan", "--to-r"], "--to-region"),
            (["kmsready", "rules", "show", "--"], "--rules --help"),
            (["kmsready", "completions", ""], "bash zsh fish"),
        ]
        var program = "source '\(script)'\n"
        for (words, _) in cases {
            let quoted = words.map { "'\($0)'" }.joined(separator: " ")
            program += "COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMPREPLY=(); _kmsready; echo \"${COMPREPLY[*]}\"\n"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", "-c", program]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for (index, (words, expected)) in cases.enumerated() {
            #expect(index < lines.count && lines[index] == expected, "\(words): \(index < lines.count ? String(lines[index]) : "nothing")")
        }
    }

    /// The zsh and fish scripts name every command and option (and pass the shell's syntax check where it is installed).
    @Test(arguments: [Completions.zsh, .fish])
    func theOtherShellsScriptsNameEveryOption(_ shell: Completions) throws {
        let script = shell.script
        for command in CommandSpec.all {
            #expect(script.contains(command.words.last!))
            for option in command.options {
                #expect(script.contains(shell == .fish ? "-l \(option.name.dropFirst(2))" : "'*\(option.name)["), "\(shell) lacks \(option.name)")
            }
        }
        for checker in ["/usr/bin/zsh", "/usr/bin/fish"] where checker.hasSuffix(shell.rawValue) && FileManager.default.isExecutableFile(atPath: checker) {
            let file = temporaryDirectory() + "/completion"
            try script.write(toFile: file, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: checker)
            process.arguments = ["-n", file]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
    }
}
