import Foundation
import KMSReady

/// The options of every command that reads traces: `--traces`, `--usage`, `--cloud-cidrs`, `--jobs`.
struct TraceOptions {
    var traces: [String] = []
    var usageSummaries: [String] = []
    var cloudCIDRs: String?
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    /// Consumes the next option if it is one of these; returns whether it did.
    mutating func parse(_ arguments: inout Arguments) throws(UsageError) -> Bool {
        if let path = try arguments.value("--traces") { traces.append(path) }
        else if let path = try arguments.value("--usage") { usageSummaries.append(path) }
        else if let path = try arguments.value("--cloud-cidrs") { cloudCIDRs = path }
        else if let text = try arguments.value("--jobs") {
            guard let value = Int(text), (1...1024).contains(value) else { throw UsageError("--jobs takes a whole number from 1 to 1024, not '\(text)'") }
            jobs = value
        }
        else { return false }
        return true
    }

    /// Copies these options into a request.
    func apply(to request: inout CheckRequest) {
        request.traces = traces
        request.usageSummaries = usageSummaries
        request.cloudCIDRs = cloudCIDRs
        request.jobs = jobs
    }
}
