#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import KMSReady

/// Shows trace-reading progress on standard error, twice a second, on one line that it clears when
/// done: bytes done of the total, events, rate and time left. Only when standard error is a terminal.
final class ProgressDisplay: @unchecked Sendable {
    let progress = TraceProgress()
    private let queue = DispatchQueue(label: "kmsready.progress")
    private let timer: DispatchSourceTimer
    private let start = DispatchTime.now().uptimeNanoseconds
    private var shown = false

    /// A display that runs while `body` runs, or no display (`nil` progress) when it would not be seen.
    static func around<T, E: Error>(quiet: Bool, _ body: (TraceProgress?) throws(E) -> T) throws(E) -> T {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return try body(nil) }
        let display = ProgressDisplay()
        defer { display.stop() }
        return try body(display.progress)
    }

    private init() {
        timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + 0.5, repeating: 0.5)
        timer.setEventHandler { [unowned self] in self.draw() }
        timer.resume()
    }

    private func draw() {
        let done = progress.bytesRead, total = progress.totalBytes.load(ordering: .relaxed)
        guard total > 0 else { return }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let rate = Double(done) / max(seconds, 0.001)
        let left = rate > 0 ? Double(max(total - done, 0)) / rate : 0
        let line = String(format: "traces: %.0f of %.0f MB, %d events, %.0f MB/s, %.0f s left",
                          Double(done) / 1_048_576, Double(total) / 1_048_576, progress.eventsRead, rate / 1_048_576, left)
        write("\r\u{1B}[K" + line)
        shown = true
    }

    /// Stops drawing and clears the line, on the timer's queue, after any drawing under way.
    private func stop() {
        queue.sync {
            timer.cancel()
            if shown { write("\r\u{1B}[K") }
        }
    }

    /// Draws `text`; a progress line that cannot be drawn is not worth failing the run for.
    private func write(_ text: String) {
        try? ByteSink.standardError.write(text)
    }
}
