import KMSReady

/// The help texts, made from `CommandSpec`: `kmsready --help` lists the commands, `kmsready COMMAND
/// --help` (or `-h`, or `kmsready help COMMAND`) gives one command's usage, options and details.
enum Help {
    /// The width the texts are wrapped to.
    static let width = 100

    /// The overview.
    static var text: String {
        var lines = [
            "kmsready \(KMSReadyVersion.version): can each Alibaba Cloud KMS key move from the default KMS instance to a dedicated one?",
            "",
            "USAGE",
            "  kmsready COMMAND [options]      kmsready COMMAND --help gives the command's options",
            "",
            "COMMANDS",
        ]
        for command in CommandSpec.all { lines.append("  " + pad(command.name, 19) + command.summary) }
        lines += [
            "",
            "EXIT STATUS",
            "  0 ran, nothing reached --fail-on   1 some key reached --fail-on (secrets plan: a preflight failed)   2 usage or input error",
            "",
            "kmsready --version prints the version. The README is the manual.",
        ]
        return lines.joined(separator: "\n")
    }

    /// The help the words of a command line ask for: a command's, a group's (`rules`: its commands), or
    /// the overview.
    static func text(for words: [String]) -> String {
        if let command = CommandSpec.command(words) { return text(for: command) }
        let group = CommandSpec.all.filter { !words.isEmpty && $0.words.count > 1 && $0.words[0] == words[0] }
        if group.count == 1 { return text(for: group[0]) }
        if !group.isEmpty {
            return (["kmsready \(words[0]): " + group.map { $0.words[1] }.joined(separator: ", "), ""]
                    + group.map { "  " + pad($0.name, 19) + $0.summary } + ["", "kmsready \(words[0]) COMMAND --help gives its options."]).joined(separator: "\n")
        }
        return text
    }

    /// One command's help.
    static func text(for command: CommandSpec) -> String {
        var lines = ["kmsready \(command.name): \(command.summary)", "", "USAGE"]
        let usage = ["kmsready", command.name, command.arguments, command.options.isEmpty ? "" : "[options]"].filter { !$0.isEmpty }
        lines.append("  " + usage.joined(separator: " "))
        if !command.options.isEmpty {
            lines += ["", "OPTIONS"]
            let column = min(34, (command.options.map(\.usage.count).max() ?? 0) + 4)
            for option in command.options {
                let head = "  " + option.usage
                let text = wrap(option.summary, indent: column)
                if head.count + 2 <= column {
                    lines.append(pad(head, column) + text[0])
                } else {
                    lines.append(head)
                    lines.append(String(repeating: " ", count: column) + text[0])
                }
                lines += text.dropFirst().map { String(repeating: " ", count: column) + $0 }
            }
        }
        if !command.details.isEmpty {
            lines.append("")
            lines += wrap(command.details, indent: 2).map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` in lines that fit after `indent` columns.
    private static func wrap(_ text: String, indent: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width - indent {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + [line]
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
