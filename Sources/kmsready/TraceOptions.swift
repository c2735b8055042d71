import Foundation
import KMSReady

/// The options of every command that reads traces: `--traces`, `--traces-from`, `--usage`, `--cloud-cidrs`, `--jobs`.
struct TraceOptions {
    var traces: [String] = []
    /// The `--traces-from` lists, read when parsed (standard input can be read only once).
    var traceLists: [String] = []
    var usageSummaries: [String] = []
    var cloudCIDRs: String?
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    /// Consumes the next option if it is one of these; returns whether it did.
    mutating func parse(_ arguments: inout Arguments) throws(UsageError) -> Bool {
        if let path = try arguments.value("--traces") { traces.append(path) }
        else if let list = try arguments.value("--traces-from") {
            do { traces += try PathList.read(list) } catch { throw UsageError(error) }
            if list != PathList.standardInput { traceLists.append(list) }
        }
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
        request.pathLists = traceLists
        request.usageSummaries = usageSummaries
        request.cloudCIDRs = cloudCIDRs
        request.jobs = jobs
    }
}
