/// `kmsready completions bash|zsh|fish`: a completion script for every command, subcommand and option
/// of `CommandSpec`, completing an option's value with paths or its choices.
enum Completions: String, CaseIterable {
    case bash, zsh, fish

    /// The script for this shell.
    var script: String {
        switch self {
        case .bash: return Self.bashScript
        case .zsh: return Self.zshScript
        case .fish: return Self.fishScript
        }
    }

    /// Commands as the shells complete them: the first word, then the second for `secrets plan`,
    /// `traces summarize` and the `rules` actions.
    private static var commands: [CommandSpec] { CommandSpec.all }

    /// The words that may follow `first` (the second words of its commands); empty for one-word commands.
    private static func subcommands(of first: String) -> [String] {
        commands.filter { $0.words.count > 1 && $0.words[0] == first }.map { $0.words[1] }
    }

    // MARK: bash

    private static var bashScript: String {
        var out = """
        # kmsready completion for bash: source <(kmsready completions bash)
        _kmsready() {
            local cur prev command
            cur="${COMP_WORDS[COMP_CWORD]}"
            prev="${COMP_WORDS[COMP_CWORD-1]}"
            if [ "$COMP_CWORD" -eq 1 ]; then
                COMPREPLY=($(compgen -W "\(CommandSpec.topLevel.joined(separator: " ")) --help --version" -- "$cur"))
                return
            fi
            command="${COMP_WORDS[1]}"
            case "$command" in

        """
        for first in CommandSpec.topLevel where !subcommands(of: first).isEmpty {
            out += """
                    \(first))
                        if [ "$COMP_CWORD" -eq 2 ]; then COMPREPLY=($(compgen -W "\(subcommands(of: first).joined(separator: " "))" -- "$cur")); return; fi
                        command="\(first) ${COMP_WORDS[2]}" ;;

            """
        }
        out += """
            esac
            case "$command" in

        """
        for command in commands where !command.options.isEmpty {
            out += "        \"\(command.name)\")\n            case \"$prev\" in\n"
            for option in command.options {
                switch option.value {
                case .path?: out += "                \(option.name)) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
                case .choice(let choices)?: out += "                \(option.name)) COMPREPLY=($(compgen -W \"\(choices.joined(separator: " "))\" -- \"$cur\")); return ;;\n"
                case .text?: out += "                \(option.name)) return ;;\n"
                case nil: break
                }
            }
            out += "            esac\n"
            out += "            COMPREPLY=($(compgen -W \"\((command.options.map(\.name) + ["--help"]).joined(separator: " "))\" -- \"$cur\")) ;;\n"
        }
        out += """
                completions) COMPREPLY=($(compgen -W "\(allCases.map(\.rawValue).joined(separator: " "))" -- "$cur")) ;;
                help) COMPREPLY=($(compgen -W "\(CommandSpec.topLevel.joined(separator: " "))" -- "$cur")) ;;
            esac
        }
        complete -o filenames -o bashdefault -F _kmsready kmsready

        """
        return out
    }

    // MARK: zsh

    private static var zshScript: String {
        var out = """
        #compdef kmsready
        # kmsready completion for zsh: kmsready completions zsh > "${fpath[1]}/_kmsready"
        _kmsready() {
            local -a commands
            commands=(

        """
        for first in CommandSpec.topLevel {
            let summary = commands.first { $0.words[0] == first }.map { $0.words.count > 1 ? "\(first) commands" : $0.summary } ?? first
            out += "        '\(first):\(zshQuoted(summary))'\n"
        }
        out += """
            )
            if (( CURRENT == 2 )); then
                _describe 'command' commands
                return
            fi
            local command="${words[2]}"
            case "$command" in

        """
        for first in CommandSpec.topLevel where !subcommands(of: first).isEmpty {
            out += "        \(first))\n            if (( CURRENT == 3 )); then compadd \(subcommands(of: first).joined(separator: " ")); return; fi\n"
            out += "            command=\"\(first) ${words[3]}\" ;;\n"
        }
        out += "    esac\n    case \"$command\" in\n"
        for command in commands where !command.options.isEmpty {
            out += "        \"\(command.name)\")\n            _arguments -s \\\n"
            for option in command.options {
                let spec: String
                switch option.value {
                case .path?: spec = ":path:_files"
                case .choice(let choices)?: spec = ":value:(\(choices.joined(separator: " ")))"
                case .text(let placeholder)?: spec = ":\(placeholder.lowercased()):"
                case nil: spec = ""
                }
                out += "                '*\(option.name)[\(zshQuoted(option.summary))]\(spec)' \\\n"
            }
            out += "                '--help[the command'\"'\"'s help]' ;;\n"
        }
        out += """
                completions) compadd \(allCases.map(\.rawValue).joined(separator: " ")) ;;
                help) compadd \(CommandSpec.topLevel.joined(separator: " ")) ;;
            esac
        }
        _kmsready "$@"

        """
        return out
    }

    /// `text` for inside single quotes and a `[...]` description: quotes, brackets and colons escaped.
    private static func zshQuoted(_ text: String) -> String {
        text.replacingOccurrences(of: "'", with: "'\"'\"'").replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
            .replacingOccurrences(of: ":", with: "\\:")
    }

    // MARK: fish

    private static var fishScript: String {
        var out = "# kmsready completion for fish: kmsready completions fish > ~/.config/fish/completions/kmsready.fish\n"
        out += "complete -c kmsready -f\n"
        for first in CommandSpec.topLevel {
            let summary = commands.first { $0.words[0] == first }.map { $0.words.count > 1 ? "\(first) commands" : $0.summary } ?? first
            out += "complete -c kmsready -n '__fish_use_subcommand' -a \(first) -d \(fishQuoted(summary))\n"
        }
        for command in commands {
            let condition: String
            if command.words.count > 1 {
                out += "complete -c kmsready -n '__fish_seen_subcommand_from \(command.words[0]); and not __fish_seen_subcommand_from \(subcommands(of: command.words[0]).joined(separator: " "))' -a \(command.words[1]) -d \(fishQuoted(command.summary))\n"
                condition = "__fish_seen_subcommand_from \(command.words[0]); and __fish_seen_subcommand_from \(command.words[1])"
            } else {
                condition = "__fish_seen_subcommand_from \(command.name)"
            }
            for option in command.options {
                var line = "complete -c kmsready -n '\(condition)' -l \(option.name.dropFirst(2))"
                switch option.value {
                case .path?: line += " -r -F"
                case .choice(let choices)?: line += " -x -a '\(choices.joined(separator: " "))'"
                case .text?: line += " -x"
                case nil: break
                }
                out += line + " -d \(fishQuoted(option.summary))\n"
            }
        }
        out += "complete -c kmsready -n '__fish_seen_subcommand_from completions' -a '\(allCases.map(\.rawValue).joined(separator: " "))'\n"
        return out
    }

    /// `text` as one single-quoted fish word.
    private static func fishQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
