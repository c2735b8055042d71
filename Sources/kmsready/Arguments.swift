import KMSReady

/// The command line, consumed option by option.
struct Arguments {
    private var remaining: [String]

    init(_ arguments: [String]) { remaining = arguments }

    /// The next word if it is not an option.
    mutating func positional() -> String? {
        guard let first = remaining.first, !first.hasPrefix("--") else { return nil }
        remaining.removeFirst()
        return first
    }

    /// Whether the next word is `option`; consumes it if so.
    mutating func flag(_ option: String) -> Bool {
        guard remaining.first == option else { return false }
        remaining.removeFirst()
        return true
    }

    /// The value after `option` (also accepts `--option=value`), when the next word is that option.
    mutating func value(_ option: String) throws(UsageError) -> String? {
        guard let first = remaining.first else { return nil }
        if first.hasPrefix(option + "=") {
            remaining.removeFirst()
            return String(first.dropFirst(option.count + 1))
        }
        guard first == option else { return nil }
        remaining.removeFirst()
        guard let value = remaining.first, !value.hasPrefix("--") || value == "-" else {
            throw UsageError("\(option) needs a value")
        }
        remaining.removeFirst()
        return value
    }

    /// The value after `option`, which must be the raw value of one of `Choice`'s cases.
    mutating func choice<Choice: CaseIterable & RawRepresentable>(_ option: String, for command: String) throws(UsageError) -> Choice?
    where Choice.RawValue == String {
        guard let text = try value(option) else { return nil }
        guard let choice = Choice(rawValue: text) else {
            throw UsageError("\(command) \(option) takes \(Choice.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
        }
        return choice
    }

    /// The verdict after `--fail-on`: any but `not-required`.
    mutating func failOn() throws(UsageError) -> Verdict? {
        guard let text = try value("--fail-on") else { return nil }
        guard let verdict = Verdict(rawValue: text), verdict != .notRequired else {
            throw UsageError("--fail-on takes blocked, needs-review, eligible-after-remediation or eligible, not '\(text)'")
        }
        return verdict
    }

    /// The edition after `--edition`, one of the built-in ones.
    mutating func edition() throws(UsageError) -> Edition? {
        guard let text = try value("--edition") else { return nil }
        guard let edition = Edition.named(text) else {
            throw UsageError("--edition takes \(Edition.builtIn.map(\.id).joined(separator: " or ")), not '\(text)'")
        }
        return edition
    }

    /// The format and file after `--output`: `FORMAT:FILE`, or a file whose extension (one of `extensions`) names the format.
    mutating func output<Format: OutputFormat>(extensions: String) throws(UsageError) -> (format: Format, file: String)? {
        guard let text = try value("--output") else { return nil }
        guard let output = Format.output(text) else {
            throw UsageError("--output takes FILE with an extension \(extensions), or FORMAT:FILE, not '\(text)'")
        }
        return output
    }

    /// The next word, for an error message about it.
    var next: String? { remaining.first }

    var isEmpty: Bool { remaining.isEmpty }
}

/// A command line that does not make sense; printed with a pointer to `--help`, exit status 2.
struct UsageError: Error {
    let message: String
    /// Whether the message ends by pointing to `--help`: not when a file named by an option could not be read.
    let pointsToHelp: Bool
    init(_ message: String) { self.message = message; pointsToHelp = true }
    /// A file an option names that could not be read while the command line was parsed.
    init(_ error: InputError) { message = error.description; pointsToHelp = false }
}
