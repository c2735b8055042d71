import Foundation
import KMSReady

/// The benchmark's command-line options.
struct BenchOptions {
    struct Invalid: Error { let message: String }

    /// The `--name N` options of a subcommand, each a positive whole number, by name; any other word is an error.
    static func numbers(_ arguments: [String], for command: String, names: Set<String>) throws -> [String: Int] {
        var values: [String: Int] = [:]
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            guard names.contains(argument) else { throw Invalid(message: "unknown argument '\(argument)' for \(command)") }
            guard let text = rest.popFirst(), let value = Int(text), value > 0 else { throw Invalid(message: "\(argument) takes a positive whole number") }
            values[argument] = value
        }
        return values
    }

    var megabytes = 256
    var keys = 10_000
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var forms = SyntheticTraces.Form.allCases
    var directory: String?
    var runs = 5
    var scaleCheck = false
    var profiles = SyntheticCallers.Profile.allCases

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        func number(_ name: String) throws -> Int {
            guard let text = rest.popFirst(), let value = Int(text), value > 0 else { throw Invalid(message: "\(name) takes a positive whole number") }
            return value
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--megabytes": megabytes = try number(argument)
            case "--keys": keys = try number(argument)
            case "--jobs": jobs = try number(argument)
            case "--runs": runs = try number(argument)
            case "--dir":
                guard let value = rest.popFirst() else { throw Invalid(message: "--dir takes a folder") }
                directory = value
            case "--forms":
                guard let value = rest.popFirst() else { throw Invalid(message: "--forms takes a list") }
                forms = try value.split(separator: ",").map { name in
                    guard let form = SyntheticTraces.Form(rawValue: String(name)) else { throw Invalid(message: "unknown form '\(name)'") }
                    return form
                }
            case "--scale-check": scaleCheck = true
            case "--callers":
                guard let value = rest.popFirst(), let profile = SyntheticCallers.Profile(rawValue: value) else {
                    throw Invalid(message: "--callers takes " + SyntheticCallers.Profile.allCases.map(\.rawValue).joined(separator: ", "))
                }
                profiles = [profile]
            default: throw Invalid(message: "unknown argument '\(argument)'")
            }
        }
    }
}
