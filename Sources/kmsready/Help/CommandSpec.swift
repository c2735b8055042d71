import KMSReady

/// Every command and option of the command line, with what it means: the help (`--help`, `-h`,
/// `kmsready help COMMAND`) and the shell completions are made from it, and a test checks that each
/// command's parser takes exactly these options.
struct CommandSpec {
    /// What an option's value is, for completion.
    enum Value: Equatable {
        /// A file or folder (completed with paths).
        case path
        /// One of a fixed list.
        case choice([String])
        /// Free text, a number or a date (not completed).
        case text(String)
    }

    /// One option.
    struct Option {
        let name: String
        /// `nil` for a flag.
        let value: Value?
        let summary: String

        init(_ name: String, _ value: Value? = nil, _ summary: String) {
            self.name = name
            self.value = value
            self.summary = summary
        }

        /// `--inventory PATH`, `--format FORMAT`, `--quiet`.
        var usage: String {
            switch value {
            case nil: return name
            case .path?: return name + " PATH"
            case .choice(let choices)?: return name + " " + choices.joined(separator: "|")
            case .text(let placeholder)?: return name + " " + placeholder
            }
        }
    }

    /// `check`, `secrets plan`, `rules list`.
    let name: String
    let summary: String
    /// What follows the name in the usage line, besides the options: `ID`, `[DIR...]`.
    let arguments: String
    let options: [Option]
    /// Paragraphs after the options.
    let details: String

    init(_ name: String, _ summary: String, arguments: String = "", options: [Option] = [], details: String = "") {
        self.name = name
        self.summary = summary
        self.arguments = arguments
        self.options = options
        self.details = details
    }

    /// The words of the name: `["secrets", "plan"]`.
    var words: [String] { name.split(separator: " ").map(String.init) }

    // MARK: The options shared by several commands

    static let inventory = Option("--inventory", .path, "KMS API responses (ListKeys, DescribeKey, ListKeyVersions, ListAliases, ListResourceTags, ListSecrets, DescribeSecret, ListSecretVersionIds) as the aliyun CLI prints them; a file or a folder, repeatable; a GetSecretValue response is refused")
    static let traceOptions = [
        Option("--traces", .path, "ActionTrail events: LookupEvents pages, JSON arrays, JSON lines, SLS exports, gzip-compressed or not; a file or a folder, repeatable; without them usage rules are not evaluated"),
        Option("--traces-from", .path, "a file listing trace files or folders, one a line ('-': standard input), as --traces would name them; repeatable"),
        Option("--usage", .path, "a usage summary written by 'traces summarize', or a folder of them; repeatable, merged with --traces; two that read the same file are refused"),
        Option("--cloud-cidrs", .path, "public address ranges (one per line) that are yours inside Alibaba Cloud"),
        Option("--jobs", .text("N"), "read traces on N cores (default: all); large plain JSON-lines files are split"),
    ]
    static let editions = Option("--edition", .choice(Edition.builtIn.map(\.id)), "the rules of which migration: 2023 (default: the page of 2023-09-12, a ticket per migration) or 2025 (today's self-service Migration Tool)")
    static let destinationInventory = Option("--destination-inventory", .path, "the destination's export: its secrets (name clashes) and GetKmsInstance, GetKmsInstanceQuotaInfos, ListKmsInstances, GetDefaultKmsInstance responses")
    static let checkInputs = [inventory] + traceOptions + [
        Option("--rules", .path, "add the rules in a folder (one JSON rule per file) to the built-in rules"),
        Option("--min-trace-days", .text("N"), "warn on keys with no observed use where the traced period is shorter (default 30)"),
        editions,
        Option("--destination", .path, "where keys move: kst-… for every key, or a JSON map (a file or the JSON itself) {\"destinations\": [{\"region\", \"tag\": \"KEY=VALUE\", \"instance\", \"type\"}]}"),
        Option("--destination-type", .choice(KMSInstance.Kind.allCases.map(\.rawValue)), "the destinations' type where the map does not say it (2025: key specs)"),
        destinationInventory,
        Option("--source", .path, "application code and configuration to scan (as kmsready scan does): a key it names gets the operations, languages and places of that code as evidence, never as traced calls; repeatable"),
    ]
    static let quiet = Option("--quiet", nil, "nothing on standard error but errors (no progress, warnings or 'wrote' lines); what is asked for still goes to standard output or --output")
    static let reportQuiet = Option("--quiet", nil, "nothing on standard error but errors (no progress, warnings or 'wrote' lines); the report goes to standard output only when --format names it, so that without --format the exit status is the answer")
    static let ticketOptions = checkInputs + [
        Option("--per-key", nil, "one ticket per key (default: one per destination and region)"),
        Option("--from", .text("DATE"), "the first day a window may fall on (YYYY-MM-DD; default: tomorrow in --timezone)"),
        Option("--within-days", .text("N"), "how many days to search for windows (default 14)"),
        Option("--window-hours", .text("N"), "a window's length (default 2)"),
        Option("--timezone", .text("ZONE"), "IANA name windows are shown in beside UTC (default UTC)"),
        Option("--template", .path, "the ticket's wording (default rules/tickets/ticket.txt or ticket.md)"),
        Option("--output", .path, "write to a file (atomically) instead of standard output"),
        quiet,
    ]

    // MARK: The commands

    static let all: [CommandSpec] = [
        CommandSpec("check", "judge every key and secret: verdicts, findings, evidence", options: checkInputs + [
            Option("--format", .choice(ReportFormat.allCases.map(\.rawValue)), "the report on standard output (default table)"),
            Option("--output", .path, "write the report to a file (atomically); repeatable; the format from the extension (.json .csv .md .html .sarif .xml .txt) or FORMAT:FILE"),
            Option("--fail-on", .choice(["blocked", "needs-review", "eligible-after-remediation", "eligible"]), "exit 1 when a key's unwaived findings reach this verdict or worse"),
            Option("--fail-on-new", nil, "with --baseline: fail only on keys that are new or got worse"),
            Option("--waivers", .path, "accepted findings (JSON): key and rule (globs), reason, approvedBy, expires"),
            Option("--today", .text("DATE"), "the date waivers expire against (YYYY-MM-DD; default: today, UTC)"),
            Option("--baseline", .path, "a JSON report of an earlier run: keys marked new, changed, unchanged, gone"),
            Option("--filter", .text("CRITERION"), "report only keys with verdict=V[,V], rule=ID[,ID] (globs), region=R[,R] or tag=KEY=VALUE; repeatable"),
            reportQuiet,
        ], details: "Exit status 0 when nothing reached --fail-on, 1 when a key did, 2 on a usage or input error. Colours only on a terminal, never when NO_COLOR is set."),
        CommandSpec("scan", "find every KMS SDK, client, call, key reference and Terraform resource in code", arguments: "PATH...", options: [
            editions,
            Option("--format", .choice(ScanFormat.allCases.map(\.rawValue)), "the report on standard output (default table)"),
            Option("--output", .path, "write the report to a file (atomically); repeatable; the format from the extension (.json .md .sarif .txt) or FORMAT:FILE"),
            Option("--fail-on", .choice(["blocked", "needs-review", "eligible-after-remediation", "eligible"]), "exit 1 when a finding in main code reaches this verdict or worse"),
            Option("--include-tests", nil, "count findings in tests and examples for the verdict and --fail-on too"),
            Option("--rules", .path, "add the rules in a folder (code rules have \"subject\": \"code\")"),
            reportQuiet,
        ], details: "Reads Java, Kotlin, Go, Python, Node.js/TypeScript, PHP, C#, C++, Terraform, shell and configuration files, and manifests. An operation name counts only where the file's imports resolve it to Alibaba Cloud's SDK, or a generic request names product Kms and version 2016-01-20. vendor/, node_modules/, virtualenvs, SDK copies and generated code are skipped and counted; tests and examples are reported but kept out of the verdict. Exit status 0, 1 (--fail-on reached) or 2."),
        CommandSpec("ticket", "support-ticket payloads (2025: only for what the Migration Tool may not take)", options: ticketOptions + [
            Option("--format", .choice(TicketFormat.allCases.map(\.rawValue)), "text (default), markdown or json"),
        ], details: "Needs --destination. Keys that can move get a migration ticket per destination and region; keys held back only by an application's language or network origin a requirements ticket; every other key is listed with the reason."),
        CommandSpec("plan", "the whole migration as an ordered checklist (2025: the Migration Tool's runs)", options: ticketOptions + [
            Option("--format", .choice(PlanFormat.allCases.map(\.rawValue)), "markdown (default) or json"),
        ], details: "Needs --destination. Under --edition 2025: per region and destination, the checks before the first run (a check without its data says unknown), runs of at most 50 keys and 50 secrets with every secret after its key, a window each, the calls to pause and the calls that verify each run, and what to switch back on after."),
        CommandSpec("traces summarize", "fold traces into one usage summary file that check --usage reads", options: traceOptions + [
            Option("--output", .path, "write the summary to a file (atomically; default: standard output)"),
            Option("--pretty", nil, "indented instead of one line"),
            quiet,
        ], details: "Summarize shards of the logs wherever they are and merge them in one check: a summary merges with any other that read none of its files (each summary names the files it read, with their sizes and fingerprints)."),
        CommandSpec("secrets plan", "the calls that move secrets into a KMS instance, never with a value", options: [inventory] + traceOptions + [
            Option("--to-region", .text("REGION"), "where the secrets go (their own region when leaving the default instance)"),
            destinationInventory,
            Option("--destination-instance", .text("kst-…"), "the KMS instance the secrets go into"),
            Option("--encryption-key", .text("KEY"), "the key of that instance that encrypts them"),
            editions,
            Option("--format", .choice(PlanFormat.allCases.map(\.rawValue)), "markdown (default: a checklist per secret) or json"),
            Option("--output", .path, "write to a file (atomically) instead of standard output"),
            quiet,
        ], details: "Per secret: its path by type (re-create, backup-restore, delete-and-recreate, none, needs-review; under --edition 2025 a secret staying in its region: migration-tool), the checks before it (fail, warn, unknown, pass) and the API calls in order, with placeholders where values go. Exit status 1 when a secret's preflight failed."),
        CommandSpec("rules list", "the rules with their editions, subject, verdict, severity and title", options: [Option("--rules", .path, "add the rules in a folder")]),
        CommandSpec("rules show", "one rule in full, with its editions and dated sources", arguments: "ID", options: [Option("--rules", .path, "add the rules in a folder")]),
        CommandSpec("rules test", "run the examples of the built-in rules, or of the rules in the folders given", arguments: "[DIR...]",
                    options: [Option("--rules", .path, "add the rules in a folder")], details: "Exit status 1 when an example fails."),
        CommandSpec("rules facts", "the facts and placeholders rules can use"),
        CommandSpec("completions", "a completion script for bash, zsh or fish", arguments: "bash|zsh|fish",
                    details: "bash: source <(kmsready completions bash); zsh: kmsready completions zsh > \"${fpath[1]}/_kmsready\"; fish: kmsready completions fish > ~/.config/fish/completions/kmsready.fish"),
        CommandSpec("help", "the help of a command", arguments: "[COMMAND]"),
    ]

    /// The command whose name is the longest prefix of `words`.
    static func command(_ words: [String]) -> CommandSpec? {
        all.filter { words.starts(with: $0.words) }.max { $0.words.count < $1.words.count }
    }

    /// The first words of the commands: `check`, `secrets`, `rules`, …
    static var topLevel: [String] {
        var seen: [String] = []
        for command in all where !seen.contains(command.words[0]) { seen.append(command.words[0]) }
        return seen
    }
}
