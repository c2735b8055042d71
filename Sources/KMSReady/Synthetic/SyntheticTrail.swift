import Foundation

/// Writes a trail's OSS deliveries over a span of days as ActionTrail lays them out —
/// `AliyunLogs/Actiontrail/<region>/YYYY/MM/DD/Actiontrail_<region>_<YYYYMMDDHHMMSS>_1002_<count>_<size>_<digest>.gz`
/// — gzip-compressed, a JSON array one event a line in one region and JSON lines in the other (trails
/// deliver both), a file per region whenever `fileBytes` of events gathered or the day ended: the month
/// the Spark sample and its benchmark read. The events are `SyntheticTraces`' fleet-shaped ones, spread
/// evenly over the days. With `damaged`, one event in 500 has a stray quote: a malformed record to readers.
public enum SyntheticTrail {
    /// What was written.
    public struct Written: Sendable {
        /// Delivery files.
        public var files = 0
        /// Events, damaged ones included.
        public var events = 0
        /// Bytes on disk (compressed).
        public var bytes = 0
        /// The keys the events name, for `SyntheticEstate.writeInventory`.
        public var keyIds: [String] = []
    }

    /// The events gathered before a file is written (uncompressed).
    public static let fileBytes = 4 << 20

    /// Writes about `megabytes` MB of events (before compression) over `days` days from `start`
    /// (`YYYY-MM-DD`) under `directory`, from `seed`, naming `keyCount` keys.
    public static func write(to directory: String, megabytes: Int, days: Int, start: String, keyCount: Int = 2_000,
                             seed: UInt64 = 20_261_201, damaged: Bool = false) throws -> Written {
        guard let first = Timestamp.parse(start + "T00:00:00Z") else { throw CocoaError(.formatting) }
        let end = first + Int64(days) * 86_400
        let events = max(1, megabytes << 20 / 900)
        var traces = SyntheticTraces(seed: seed, keyCount: keyCount, start: first,
                                     meanSecondsBetweenEvents: max(1, Int(Int64(days) * 86_400 / Int64(events))))
        var written = Written(keyIds: traces.keyIds)
        var pending: [String: (events: [String], bytes: Int, day: Int64, firstTime: String)] = [:]
        func flush(_ region: String) throws {
            guard let file = pending.removeValue(forKey: region), !file.events.isEmpty else { return }
            try deliver(file.events, region: region, firstTime: file.firstTime, asArray: region == "cn-hangzhou", to: directory, written: &written)
        }
        while true {
            var event = traces.nextEvent()
            guard let time = field("eventTime", of: event), let seconds = Timestamp.parse(time), seconds < end else { break }
            let region = field("acsRegion", of: event) ?? "cn-hangzhou"
            written.events += 1
            if damaged && written.events % 500 == 0 {
                event = event.replacingOccurrences(of: "\"eventName\":\"", with: "\"eventName\":\"\"")
            }
            let day = seconds / 86_400
            if let open = pending[region], open.day != day || open.bytes >= fileBytes { try flush(region) }
            pending[region, default: ([], 0, day, time)].events.append(event)
            pending[region]!.bytes += event.utf8.count + 1
        }
        for region in pending.keys.sorted() { try flush(region) }
        return written
    }

    /// Writes one delivery file.
    private static func deliver(_ events: [String], region: String, firstTime: String, asArray: Bool, to directory: String,
                                written: inout Written) throws {
        let text = asArray ? "[\n" + events.joined(separator: ",\n") + "\n]\n" : events.joined(separator: "\n") + "\n"
        let bytes = Array(text.utf8)
        let date = firstTime.prefix(10).split(separator: "-")
        let folder = "\(directory)/AliyunLogs/Actiontrail/\(region)/\(date[0])/\(date[1])/\(date[2])"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var digest = SHA256()
        digest.update(bytes)
        let stamp = firstTime.filter(\.isNumber).prefix(14)
        let path = "\(folder)/Actiontrail_\(region)_\(stamp)_1002_\(events.count)_\(bytes.count)_\(digest.hexDigest().prefix(32)).gz"
        let sink = try GeneratedFileSink(path: path, gzip: true)
        try sink.write(bytes)
        try sink.close()
        written.files += 1
        written.bytes += (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// The text of a string member of a compact generated event.
    private static func field(_ name: String, of event: String) -> String? {
        guard let start = event.range(of: "\"\(name)\":\"") else { return nil }
        guard let end = event[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(event[start.upperBound..<end])
    }
}
