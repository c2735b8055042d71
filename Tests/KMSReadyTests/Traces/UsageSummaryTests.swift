import Testing
@testable import KMSReady

@Suite struct UsageSummaryTests {
    /// Deterministic pseudo-random events over a few keys, principals, operations and agents.
    func generatedEvents(_ count: Int, seed: UInt64) -> [TraceEvent] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let agents = ["AlibabaCloud (Linux) Java/1.8.0_352", "AlibabaCloud (linux) Go/go1.21.0", "okhttp/4", "AlibabaCloud-Console"]
        let operations = ["Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey"]
        return (0..<count).map { i in
            TraceEvent(eventId: "E\(next(1_000_000))", eventName: operations[next(4)], eventTime: 1_772_000_000 + Int64(next(1_000_000)),
                       eventType: "ApiCall", eventSource: "kms.cn-hangzhou.aliyuncs.com", region: "cn-hangzhou",
                       sourceIpAddress: ["10.0.0.1", "47.1.2.\(next(9))"][next(2)], userAgent: agents[next(4)], vpcId: nil,
                       errorCode: next(10) == 0 ? "Throttling" : nil, identityType: "ram-user",
                       principal: "ram-user:app\(next(3))", keys: [.id("k\(next(5))")])
        }
    }

    func fold(_ events: some Sequence<TraceEvent>) -> UsageSummary {
        var folder = UsageFolder(classifier: defaultClassifier())
        for event in events { folder.add(event) }
        return folder.summary
    }

    /// The summary writer makes a date's bytes once per day: every time, on any day and at the edges of
    /// days and years, reads as `Timestamp.format` gives it.
    @Test func summaryTimesAreWrittenAsTimestampFormatWritesThem() {
        let times: [Int64] = [0, 59, 86_399, 86_400, 86_401, -1, -86_400, -86_401, 1_772_323_200, 1_772_409_599, 1_772_409_600,
                              253_402_300_799, 253_402_300_800, -62_135_596_800, -62_167_219_201, 1_772_323_200]
        var writer = JSONByteWriter()
        for (index, time) in times.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.time(time)
        }
        #expect(writer.text == times.map { "\"" + Timestamp.format($0) + "\"" }.joined(separator: ","))
    }

    @Test func mergingShardsEqualsFoldingEverything() {
        let events = generatedEvents(3_000, seed: 42)
        let whole = fold(events)
        var merged = UsageSummary()
        for shard in stride(from: 0, to: events.count, by: 700) {
            merged.merge(fold(events[shard..<min(shard + 700, events.count)]))
        }
        #expect(merged == whole)
    }

    @Test func mergeIsCommutativeAndAssociative() {
        let a = fold(generatedEvents(500, seed: 1)), b = fold(generatedEvents(500, seed: 2)), c = fold(generatedEvents(500, seed: 3))
        var ab = a; ab.merge(b)
        var ba = b; ba.merge(a)
        #expect(ab == ba)
        var abc = ab; abc.merge(c)
        var bc = b; bc.merge(c)
        var aBC = a; aBC.merge(bc)
        #expect(abc == aBC)
    }

    /// A group's hash is worked out once, from its principal and operation; equality still takes every
    /// field, so groups that differ in any one are different keys of a dictionary.
    @Test func groupsAreEqualOnlyWhenEveryFieldIs() {
        let group = UsageGroup(principal: "ram-user:app", callerKind: .application, operation: "Decrypt", language: "java", network: .vpc)
        let others = [
            UsageGroup(principal: "ram-user:other", callerKind: .application, operation: "Decrypt", language: "java", network: .vpc),
            UsageGroup(principal: "ram-user:app", callerKind: .tool, operation: "Decrypt", language: "java", network: .vpc),
            UsageGroup(principal: "ram-user:app", callerKind: .application, operation: "Encrypt", language: "java", network: .vpc),
            UsageGroup(principal: "ram-user:app", callerKind: .application, operation: "Decrypt", language: "go", network: .vpc),
            UsageGroup(principal: "ram-user:app", callerKind: .application, operation: "Decrypt", language: "java", network: .public),
        ]
        let same = UsageGroup(principal: "ram-user:app", callerKind: .application, operation: "Decrypt", language: "java", network: .vpc)
        #expect(same == group && same.hashValue == group.hashValue)
        for other in others { #expect(other != group) }
        var counts: [UsageGroup: Int] = [:]
        for key in [group, same] + others { counts[key, default: 0] += 1 }
        #expect(counts.count == 1 + others.count && counts[group] == 2)
    }

    @Test func boundedListsKeepTheSmallest() {
        var list: [Int] = []
        for value in [9, 3, 7, 3, 1, 8, 2] { insertBounded(&list, value, limit: 3) }
        #expect(list == [1, 2, 3])
        #expect(mergeSmallest([1, 4, 9], [2, 4, 5], limit: 4) == [1, 2, 4, 5])
        #expect(mergeSmallest([Int](), [], limit: 4) == [])
    }

    @Test func malformedSamplesAreBoundedButAllCounted() {
        var summary = UsageSummary()
        for line in (1...50).reversed() { summary.addMalformed(MalformedRecord(file: "f", line: line, reason: "r")) }
        #expect(summary.counters.malformedRecords == 50)
        #expect(summary.malformedSamples.map(\.line) == Array(1...20))
    }
}
