import Foundation
import Testing
@testable import KMSReady
@testable import kmsready

/// Sharded, parallel reading and usage summary files give the same summary as one thread reading everything.
@Suite struct ParallelReadingTests {
    let samples = Paths.packageRoot + "/samples/traces"

    func read(_ files: [InputFile], jobs: Int, split: Int = TraceShard.defaultMinimumSplitBytes) throws -> UsageSummary {
        try TraceReader.summarize(files, classifier: defaultClassifier(), jobs: jobs, minimumSplitBytes: split)
    }

    @Test func samplesGiveTheSameSummaryOnAnyNumberOfJobs() throws {
        let files = try InputFile.expand([samples])
        let one = try read(files, jobs: 1)
        for jobs in [2, 3, 8] { #expect(try read(files, jobs: jobs, split: 1024) == one) }
    }

    /// A file is cut into parts that shrink towards its end, so that workers that start late or read
    /// slower parts still end together: each part a `2 × jobs`-th of what is left, none smaller than
    /// the smallest part (the last takes what is left of less than two).
    @Test func partsShrinkTowardsTheFileEnd() {
        func parts(_ size: Int, jobs: Int, smallest: Int) -> [Int] {
            let offsets = TraceShard.cutOffsets(size: size, jobs: jobs, smallestPart: smallest)
            return zip([0] + offsets, offsets + [size]).map { $1 - $0 }
        }
        let fleet = parts(256 << 20, jobs: 2, smallest: 1 << 20)
        #expect(Array(fleet.prefix(2)) == [64 << 20, 48 << 20])
        #expect(fleet.count > 12 && fleet.count < 24)
        #expect(zip(fleet.dropLast(), fleet.dropLast().dropFirst()).allSatisfy { $0 >= $1 })
        #expect(fleet.allSatisfy { $0 >= 1 << 20 })
        #expect(fleet.last! < 2 << 20)
        #expect(parts(40 << 20, jobs: 2, smallest: 16 << 20) == [16 << 20, 24 << 20])
        #expect(parts(20 << 20, jobs: 2, smallest: 16 << 20) == [20 << 20], "less than two smallest parts: not cut")
        #expect(parts(100, jobs: 2, smallest: 0).reduce(0, +) == 100, "parts of at least one byte, however small the smallest")
    }

    /// The lines the split tests break.
    let broken = [3, 170, 333, 401]

    /// A generated file of about 600 kB with the given lines replaced by `text`.
    func generatedFile(_ form: SyntheticTraces.Form, seed: UInt64, name: String, replacingLines numbers: [Int], with text: String) throws -> InputFile {
        var generator = SyntheticTraces(seed: seed, keyCount: 200)
        let path = temporaryDirectory() + "/" + name
        try generator.write(form, to: path, bytes: 600_000)
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in numbers { lines[line - 1] = text }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return InputFile(path: path, displayName: name)
    }

    /// A generated JSON-lines file with bad lines scattered in it, split into many shards: the same
    /// summary, and the bad lines numbered from the start of the file.
    @Test func splitFilesNumberMalformedLinesFromTheFileStart() throws {
        let file = try generatedFile(.jsonLines, seed: 11, name: "events.jsonl", replacingLines: broken, with: "{\"eventName\": broken")
        #expect(try TraceShard.plan([file], jobs: 4, minimumSplitBytes: 50_000).count > 8)
        let one = try read([file], jobs: 1)
        #expect(one.malformedSamples.map(\.line) == broken)
        for jobs in [2, 4] { #expect(try read([file], jobs: jobs, split: 50_000) == one) }
    }

    /// A generated array of events, split into many parts: the same summary on any number of jobs, bad
    /// elements numbered from the start of the file, and a progress count of exactly the file's bytes.
    @Test func splitArraysGiveOneReadersSummary() throws {
        let file = try generatedFile(.jsonArray, seed: 12, name: "events.json", replacingLines: broken, with: "{\"eventName\": broken},")
        let shards = try TraceShard.plan([file], jobs: 4, minimumSplitBytes: 50_000)
        #expect(shards.count > 8)
        #expect(shards.allSatisfy { if case .arrayElements = $0.cut { true } else { false } })
        let one = try read([file], jobs: 1)
        #expect(one.malformedSamples.map(\.line) == broken)
        for jobs in [2, 4] {
            let progress = TraceProgress()
            #expect(try TraceReader.summarize([file], classifier: defaultClassifier(), jobs: jobs, progress: progress, minimumSplitBytes: 50_000) == one)
            #expect(progress.bytesRead == shards.reduce(0) { $0 + $1.byteCount })
        }
    }

    /// An array cut in the middle of a string that holds `}, {` again and again, then an escaped quote
    /// (so that a reader starting at the cut reads on without an error to the end): the cut is found out
    /// and the file is read again whole, to the same summary; a broken array gives one reader's error
    /// on any number of jobs.
    @Test func arraysCutInsideStringsAreReadAgainWhole() throws {
        var generator = SyntheticTraces(seed: 13, keyCount: 50)
        let dir = temporaryDirectory()
        try generator.write(.jsonArray, to: dir + "/plain.json", bytes: 100_000)
        let text = try String(contentsOfFile: dir + "/plain.json", encoding: .utf8)
        let decoy = String(repeating: "}, {", count: 10_000) + "\\\""
        let insertion = "\"note\":\"\(decoy)\","
        // The decoy starts less than 20 kB before where the file is cut a second time.
        let size = text.utf8.count + insertion.utf8.count
        let cut = TraceShard.cutOffsets(size: size, jobs: 2, smallestPart: size / 16)[1]
        let before = text.utf8.index(text.startIndex, offsetBy: cut - 20_000)
        let field = text.range(of: "\"eventName\":", range: before..<text.endIndex)!
        let tricky = text.replacingCharacters(in: field, with: insertion + "\"eventName\":")
        let file = temporaryFile("tricky.json", tricky)
        let decoyStart = tricky.utf8.distance(from: tricky.startIndex, to: tricky.range(of: decoy)!.lowerBound)
        let decoyBytes = decoyStart..<(decoyStart + decoy.utf8.count)
        let shards = try TraceShard.plan([file], jobs: 2, minimumSplitBytes: size)
        #expect(shards.contains { if case .arrayElements(let range) = $0.cut { decoyBytes.contains(range.lowerBound) } else { false } },
                "a cut falls in the string")
        let one = try read([file], jobs: 1)
        #expect(one.counters.kmsEvents > 50)
        for jobs in [2, 3] { #expect(try read([file], jobs: jobs, split: size) == one) }

        let broken = temporaryFile("broken.json", String(tricky.dropLast(40)))
        func failure(jobs: Int) -> String? {
            do { _ = try read([broken], jobs: jobs, split: size); return nil } catch { return "\(error)" }
        }
        #expect(failure(jobs: 1)?.hasPrefix("broken.json: line ") == true)
        #expect(failure(jobs: 2) == failure(jobs: 1))
    }

    /// A file's layout is read through a small buffer: whitespace longer than the buffer before the
    /// first record, and a first line longer than it, are read through.
    @Test func layoutIsReadPastASmallBuffer() throws {
        let spaces = String(repeating: " ", count: 5 * ByteCursor.peekingBlockSize)
        let cases: [(String, TraceFileReader.Layout)] = [
            ("{\"a\":1}\n{\"b\":2}\n", .jsonLines),
            ("{\n  \"a\": 1\n}\n", .documents),
            ("[{\"a\":1}]", .array),
            ("{" + spaces + "\"a\":1}\n", .jsonLines),
            ("{" + spaces + "\n\"a\":1}\n", .documents),
        ]
        for (text, layout) in cases {
            let padded = String(repeating: " \n", count: 2 * ByteCursor.peekingBlockSize) + text
            #expect(try TraceFileReader.layout(of: temporaryFile("layout.json", padded)) == layout, "\(text.prefix(12))")
        }
    }

    /// Cuts are looked for a few kilobytes at a time: a line break chunks away from the cut, and an
    /// element's `}` on the last byte of a chunk with its `, {` in the next, still give parts that start
    /// where a line or an element starts, and one reader's summary.
    @Test func cutsAreFoundAcrossSearchChunks() throws {
        var generator = SyntheticTraces(seed: 14, keyCount: 50)
        let dir = temporaryDirectory()
        try generator.write(.jsonLines, to: dir + "/plain.jsonl", bytes: 300_000)
        let chunk = TraceShard.cutSearchChunkBytes
        // Every event padded, in front, with a field three chunks long that the reader skips.
        let events = try String(contentsOfFile: dir + "/plain.jsonl", encoding: .utf8).split(separator: "\n").map { $0.dropFirst() }
        var paddings = [Int](repeating: 3 * chunk, count: events.count)
        func element(_ index: Int) -> String { "{\"pad\":\"" + String(repeating: "x", count: paddings[index]) + "\"," + events[index] }

        let lines = events.indices.map(element).joined(separator: "\n") + "\n"
        let linesFile = temporaryFile("padded.jsonl", lines)
        let lineBytes = Array(lines.utf8)
        let lineCuts = TraceShard.cutOffsets(size: lineBytes.count, jobs: 2, smallestPart: lineBytes.count / 16)
        let lineStarts = try TraceShard.plan([linesFile], jobs: 2, minimumSplitBytes: lineBytes.count).dropFirst().map { shard in
            guard case .lines(let range) = shard.cut else { return -1 }
            return range.lowerBound
        }
        #expect(lineStarts == lineCuts.map { cut in lineBytes[cut...].firstIndex(of: 0x0A)! + 1 })
        #expect(zip(lineCuts, lineStarts).contains { $1 - $0 > chunk }, "a line break more than a chunk after its cut")
        #expect(try read([linesFile], jobs: 2, split: lineBytes.count) == read([linesFile], jobs: 1))

        // The array's first cut moved so that the element around it ends on the cut's first chunk's last
        // byte; the last element takes up the difference, so that the file's size and cuts stay.
        func array() -> String { "[" + events.indices.map(element).joined(separator: ",\n") + "]" }
        let size = array().utf8.count
        let firstCut = TraceShard.cutOffsets(size: size, jobs: 2, smallestPart: size / 16)[0]
        var end = 0  // The offset just after the element's closing brace.
        let around = events.indices.first { index in
            end += (index == 0 ? 1 : 2) + element(index).utf8.count
            return end - 1 >= firstCut
        }!
        let shift = firstCut + chunk - end
        paddings[around] += shift
        paddings[events.count - 1] -= shift
        let text = array()
        #expect(text.utf8.count == size)
        #expect(Array(text.utf8)[firstCut + chunk - 1] == UInt8(ascii: "}"))
        let arrayFile = temporaryFile("padded.json", text)
        let shards = try TraceShard.plan([arrayFile], jobs: 2, minimumSplitBytes: size)
        #expect(shards.count > 2)
        guard case .arrayElements(let second) = shards[1].cut else { Issue.record("an array cut into elements"); return }
        #expect(second.lowerBound == firstCut + chunk + 2, "the element after the brace, its comma and line break")
        #expect(try read([arrayFile], jobs: 2, split: size) == read([arrayFile], jobs: 1))
    }

    /// Records dealt to several folders, merged on any number of cores, give one folder's summary:
    /// caller classes numbered differently in each folder are matched by their bytes, and keys kept
    /// in partitions merge whole however the parts are partitioned.
    @Test func gatheredUsageMergesToOneFoldersSummary() throws {
        var generator = SyntheticTraces(seed: 5, keyCount: 40)
        let path = temporaryDirectory() + "/events.jsonl"
        try generator.write(.jsonLines, to: path, bytes: 300_000)
        var whole = UsageFolder(classifier: defaultClassifier())
        // Two, three and five parts in one partition each; in as many partitions as parts (the same
        // partitions in every part, as a parallel fold makes them); and three parts partitioned differently.
        let partitionsByPart = [[1, 1], [1, 1, 1], [1, 1, 1, 1, 1], [2, 2], [3, 3, 3], [5, 5, 5, 5, 5], [4, 1, 2]]
        var partsByCount = partitionsByPart.map { partitions in
            partitions.map { UsageFolder(classifier: defaultClassifier(), partitions: $0) }
        }
        var index = 0
        try TraceFileReader.read(InputFile(path: path, displayName: "events")) { record in
            whole.add(record, file: "events")
            for parts in partsByCount.indices { partsByCount[parts][(index * 7 / 3) % partsByCount[parts].count].add(record, file: "events") }
            index += 1
        }
        let expected = whole.summary
        #expect(expected.counters.kmsEvents > 200)
        for jobs in [1, 2, 3, 5] {
            for (parts, partitions) in zip(partsByCount, partitionsByPart) {
                #expect(GatheredUsage.merge(parts.map(\.gathered), jobs: jobs) == expected, "partitions \(partitions), \(jobs) jobs")
            }
            #expect(GatheredUsage.merge([whole.gathered], jobs: jobs) == expected)
        }
    }

    /// A fold's tables are made with room for an estate's keys and cells, shared out among its
    /// partitions; a fold that outgrows its room (here: so many partitions that each has room for no key
    /// and a few cells) gives the same summary.
    @Test func foldsPastTheirRoomGiveTheSameSummary() throws {
        var generator = SyntheticTraces(seed: 9, keyCount: 300)
        let path = temporaryDirectory() + "/events.jsonl"
        try generator.write(.jsonLines, to: path, bytes: 400_000)
        var roomy = UsageFolder(classifier: defaultClassifier())
        var cramped = UsageFolder(classifier: defaultClassifier(), partitions: PartitionedUsage.keyRoom + 1)
        try TraceFileReader.read(InputFile(path: path, displayName: "events")) { record in
            roomy.add(record, file: "events")
            cramped.add(record, file: "events")
        }
        #expect(roomy.summary.keys.count > 100)
        #expect(cramped.summary == roomy.summary)
    }

    /// Cells met by both parts are merged with each sample once: events read by both folders give,
    /// merged, what one folder gives reading them twice (every call twice, each sample once), and the
    /// second part's missing events leave some of its cells' samples unlike the first's.
    @Test func cellsMetByBothPartsKeepEachSampleOnce() throws {
        var generator = SyntheticTraces(seed: 9, keyCount: 12)
        let path = temporaryDirectory() + "/events.jsonl"
        try generator.write(.jsonLines, to: path, bytes: 120_000)
        var whole = UsageFolder(classifier: defaultClassifier())
        var parts = (0..<2).map { _ in UsageFolder(classifier: defaultClassifier()) }
        var index = 0
        try TraceFileReader.read(InputFile(path: path, displayName: "events")) { record in
            whole.add(record, file: "events")
            parts[0].add(record, file: "events")
            if index % 5 != 0 {
                whole.add(record, file: "events")
                parts[1].add(record, file: "events")
            }
            index += 1
        }
        let expected = whole.summary
        #expect(expected.counters.kmsEvents > 100)
        for jobs in [1, 2, 3] {
            #expect(GatheredUsage.merge(parts.map(\.gathered), jobs: jobs) == expected, "\(jobs) jobs")
        }
    }

    /// Folders that share the caller classes they work out (`SharedLearning`) give one folder's summary,
    /// though they meet the regions in opposite orders and the same key texts mean other keys in each
    /// region (an alias, a secret name): each folder numbers regions and reads key lists on its own.
    @Test func foldersThatShareWhatTheyLearnGiveOneFoldersSummary() throws {
        func event(_ id: Int, region: String, user: String, key: String) -> String {
            let (operation, member) = key.hasPrefix("alias/") ? ("Decrypt", "KeyId") : ("GetSecretValue", "SecretName")
            return #"{"eventId":"e\#(id)","eventType":"ApiCall","eventName":"\#(operation)","serviceName":"Kms","eventSource":"kms.\#(region).aliyuncs.com","#
                + #""eventTime":"2026-03-02T0\#(id):04:04Z","acsRegion":"\#(region)","sourceIpAddress":"10.0.0.\#(id)","#
                + #""userAgent":"AlibabaCloud (Linux; x86_64) Java/1.8.0_352 Core/4.6.3","#
                + #""userIdentity":{"type":"ram-user","accountId":"1540355698845812","userName":"\#(user)"},"requestParameters":{"\#(member)":"\#(key)"}}"#
        }
        // The first folder meets cn-hangzhou first, the second cn-shanghai.
        let parts = [
            [event(1, region: "cn-hangzhou", user: "a", key: "alias/orders"), event(2, region: "cn-shanghai", user: "b", key: "alias/orders"),
             event(3, region: "cn-hangzhou", user: "a", key: "db-password")],
            [event(4, region: "cn-shanghai", user: "c", key: "alias/orders"), event(5, region: "cn-shanghai", user: "c", key: "db-password"),
             event(6, region: "cn-hangzhou", user: "d", key: "alias/orders"), event(7, region: "cn-hangzhou", user: "a", key: "db-password")],
        ]
        var whole = UsageFolder(classifier: defaultClassifier())
        let learning = SharedLearning(workers: 2)
        var folders = parts.map { _ in UsageFolder(classifier: defaultClassifier(), progress: nil, partitions: 4, learning: learning) }
        for (part, events) in parts.enumerated() {
            for (line, text) in events.enumerated() {
                Array(text.utf8).withUnsafeBytes { bytes in
                    let record = TraceRecordBytes(line: line + 1, bytes: bytes, problem: nil)
                    whole.add(record, file: "events")
                    folders[part].add(record, file: "events")
                }
            }
        }
        let expected = whole.summary
        #expect(expected.counters.kmsEvents == 7)
        #expect(expected.keys.count == 4, "an alias and a secret in each of two regions")
        #expect(folders.allSatisfy { $0.referenceRecords == 0 }, "the fast path folds every event")
        #expect(GatheredUsage.merge(folders.map(\.gathered), jobs: 2) == expected)
    }

    /// A key met on both paths — by a record the fast path folds and by one it leaves to the reference
    /// path (an escaped member name) — keeps the calls of both after a merge on any number of cores.
    @Test func keysMetOnBothPathsMergeWhole() throws {
        let fast = #"{"eventId":"e1","eventName":"Decrypt","serviceName":"Kms","eventTime":"2026-03-02T02:04:04Z","acsRegion":"cn-hangzhou","userIdentity":{"type":"ram-user","userName":"app"},"responseElements":{"KeyId":"k1"}}"#
        let deferred = #"{"eventId":"e2","event\u004eame":"Encrypt","serviceName":"Kms","eventTime":"2026-03-02T03:04:04Z","acsRegion":"cn-hangzhou","userIdentity":{"type":"ram-user","userName":"app"},"responseElements":{"KeyId":"k1"}}"#
        var whole = UsageFolder(classifier: defaultClassifier())
        var parts = (0..<2).map { _ in UsageFolder(classifier: defaultClassifier()) }
        for (line, text) in [fast, deferred, fast, deferred].enumerated() {
            Array(text.utf8).withUnsafeBytes { bytes in
                let record = TraceRecordBytes(line: line + 1, bytes: bytes, problem: nil)
                whole.add(record, file: "events")
                parts[line % 2].add(record, file: "events")
            }
        }
        let expected = whole.summary
        #expect(expected.keys.values.first?.calls == 4)
        for jobs in [1, 2, 3] {
            #expect(GatheredUsage.merge(parts.map(\.gathered), jobs: jobs) == expected, "\(jobs) jobs")
        }
    }

    /// A folder is a value: a copy folds on its own even though folders keep scratch buffers.
    @Test func copiesOfAFolderFoldIndependently() throws {
        let records = try InputFile.expand([samples]).flatMap { file in
            var records: [[UInt8]] = []
            try TraceFileReader.read(file) { records.append(Array($0.bytes)) }
            return records
        }
        func fold(_ folder: inout UsageFolder, _ records: ArraySlice<[UInt8]>) {
            for record in records { record.withUnsafeBytes { folder.add(TraceRecordBytes(line: 1, bytes: $0, problem: nil), file: "f") } }
        }
        var original = UsageFolder(classifier: defaultClassifier())
        fold(&original, records[..<10])
        var copy = original
        var separate = UsageFolder(classifier: defaultClassifier())
        fold(&separate, records[..<10])
        for index in 10..<records.count {
            fold(&original, records[index...index])
            fold(&copy, records[(records.count + 9 - index)...(records.count + 9 - index)])
        }
        fold(&separate, records[10...])
        #expect(original.summary == separate.summary)
        #expect(copy.summary == separate.summary)
    }

    /// The summary file is written straight into bytes, on one line: the text is what the JSON writer
    /// gives for the same document, `--pretty` its indented form, and every string survives the trip.
    @Test func summaryFileTextIsTheWritersTextOnOneLine() throws {
        var summary = try read(InputFile.expand([samples]), jobs: 1)
        var odd = KeyUsage()
        var stats = UsageStats()
        stats.calls = 1
        (stats.firstSeen, stats.lastSeen) = (0, 0)
        stats.callerSignals = ["userAgent: a \"quoted\" \\ agent\twith\u{01}control\u{7F} and ünïcode"]
        // A byte to escape in the first eight, in the tail after them, and none in three words.
        stats.languageVersions = ["0123456789abcdef\\", "ab\tc", "eight by\u{1F}", "only DEL at ten\u{7F}", "plain text of twenty-four"]
        odd.groups[UsageGroup(principal: "ram-user:a\"b", callerKind: .application, operation: "Decrypt", language: "go", network: .vpc)] = stats
        summary.keys[.id("odd\nkey")] = odd
        for value in [summary, UsageSummary()] {
            let text = UsageSummaryJSON.render(value)
            for jobs in [2, 3, 64] { #expect(UsageSummaryJSON.render(value, jobs: jobs) == text, "keys written in runs on \(jobs) cores") }
            #expect(text.hasSuffix("}\n") && text.dropLast().allSatisfy { $0 != "\n" }, "one line")
            let document = try JSONParser.parse(Array(text.utf8))
            #expect(text == JSONWriter.compact(document) + "\n")
            #expect(UsageSummaryJSON.render(value, pretty: true) == JSONWriter.pretty(document))
            #expect(try UsageSummaryJSON.read(temporaryFile("s.json", text)) == value)
            #expect(try UsageSummaryJSON.read(temporaryFile("p.json", UsageSummaryJSON.render(value, pretty: true))) == value)
        }
    }

    /// A summary file is written in pieces (runs of keys, a wave of runs at a time): with thousands of
    /// keys, several runs and waves, the file `traces summarize` writes holds the same bytes as the text
    /// rendered whole, for every job count and for `--pretty`.
    @Test func summaryFileWrittenInPiecesIsTheRenderedText() throws {
        var summary = UsageSummary()
        var stats = UsageStats()
        (stats.calls, stats.firstSeen, stats.lastSeen) = (3, 1_700_000_000, 1_700_000_060)
        for index in 0..<2_000 {
            var usage = KeyUsage()
            usage.groups[UsageGroup(principal: "ram-user:app-\(index % 7)", callerKind: .application, operation: "Decrypt", language: "java", network: .vpc)] = stats
            summary.keys[.id(String(format: "key-%05d", index))] = usage
        }
        let dir = temporaryDirectory()
        for value in [summary, UsageSummary()] {
            let text = UsageSummaryJSON.render(value)
            for (jobs, pretty) in [(1, false), (2, false), (3, false), (64, false), (2, true)] {
                let path = dir + "/usage-\(jobs).json"
                try AtomicFile.write(to: path) { (sink) throws(InputError) in try UsageSummaryJSON.write(value, pretty: pretty, jobs: jobs, to: sink) }
                let written = try String(contentsOfFile: path, encoding: .utf8)
                #expect(written == (pretty ? UsageSummaryJSON.render(value, pretty: true) : text), "jobs \(jobs), pretty \(pretty)")
            }
        }
        #expect(try UsageSummaryJSON.read(temporaryFile("many.json", UsageSummaryJSON.render(summary, jobs: 2))) == summary)
    }

    /// An output written in pieces replaces its file only when every piece is written: a failure half-way
    /// leaves the previous file as it was and no temporary file beside it.
    @Test func outputFailingHalfWayLeavesThePreviousFile() throws {
        let dir = temporaryDirectory()
        let path = dir + "/usage.json"
        try "previous\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) {
            try AtomicFile.write(to: path) { (sink) throws(InputError) in
                try sink.write("{\"half\":")
                throw InputError(file: path, message: "stopped")
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["usage.json"])
        #expect(throws: InputError.self) { try AtomicFile.write("x", to: dir + "/missing/usage.json") }
    }

    @Test func multiMemberGzipIsReadWhole() throws {
        let dir = temporaryDirectory()
        var generator = SyntheticTraces(seed: 5, keyCount: 20)
        try generator.write(.gzipJSONLines, to: dir + "/a.gz", bytes: 40_000)
        try generator.write(.gzipJSONLines, to: dir + "/b.gz", bytes: 40_000)
        let joined = try Data(contentsOf: URL(fileURLWithPath: dir + "/a.gz")) + Data(contentsOf: URL(fileURLWithPath: dir + "/b.gz"))
        let both = temporaryFile("both.jsonl.gz", Array(joined))
        var expected = try read([InputFile(path: dir + "/a.gz", displayName: "a"), InputFile(path: dir + "/b.gz", displayName: "b")], jobs: 1)
        expected.counters.files = 1
        #expect(try read([both], jobs: 2).withoutInputs == expected.withoutInputs)
    }

    @Test func summaryFilesRoundTripAndMergeToTheWhole() throws {
        let files = try InputFile.expand([samples])
        let whole = try read(files, jobs: 1)
        let text = UsageSummaryJSON.render(whole)
        #expect(try UsageSummaryJSON.read(temporaryFile("usage.json", text)) == whole)
        var merged = UsageSummary()
        for file in files {
            let part = UsageSummaryJSON.render(try read([file], jobs: 1))
            merged.merge(try UsageSummaryJSON.read(temporaryFile("part.json", part)))
        }
        #expect(merged == whole)
        #expect(!text.contains("c2VjcmV0"), "no request or response values in a summary file")
    }

    @Test(arguments: [
        (#"{"format":"other","version":1}"#, "usage.json: $.format: not a kmsready usage summary"),
        (#"{"format":"kmsready-usage-summary","version":4}"#, "usage.json: $.version: usage summary version 4 is not supported"),
        (#"{"format":"kmsready-usage-summary","version":2}"#, "usage.json: $.version: usage summary version 2 names no files it read"),
        (#"{"format":"kmsready-usage-summary","version":1,"counters":{}}"#,
         "usage.json: $.version: usage summary version 1 holds no trace coverage, which this kmsready needs: summarize the traces again"),
        (#"{"format":"kmsready-usage-summary","version":3,"counters":{"files":-1}}"#, "usage.json: $.counters.files: expected a whole number"),
        (#"{"format":"kmsready-usage-summary","version":3,"counters":{"files":1,"kmsEvents":1,"otherServiceEvents":0,"eventsWithoutKey":0,"malformedRecords":0},"inputs":[],"coverage":[{"account":null,"region":"cn-hangzhou","cryptographicCalls":1,"managementCalls":0,"readEvents":-1,"firstSeen":"2026-03-01T00:00:00Z","lastSeen":"2026-03-01T00:00:00Z"}],"malformedSamples":[],"keys":[]}"#,
         "usage.json: $.coverage[0].readEvents: expected a whole number"),
        (#"{"format":"kmsready-usage-summary","version":3,"counters":{"files":1,"kmsEvents":1,"otherServiceEvents":0,"eventsWithoutKey":0,"malformedRecords":0},"inputs":[],"coverage":[],"malformedSamples":[],"keys":[{"key":"k","hourOfWeek":[[0]],"groups":[]}]}"#,
         "usage.json: $.keys[0].hourOfWeek: expected 7 days of 24 hours"),
        (#"{"format":"kmsready-usage-summary","#, "usage.json: line 1, column 36: malformed JSON"),
    ])
    func badSummaryFilesNameTheFileAndPlace(_ text: String, _ message: String) {
        #expect {
            _ = try UsageSummaryJSON.read(temporaryFile("usage.json", text))
        } throws: { error in
            (error as? InputError)?.description.hasPrefix(message) == true
        }
    }

    /// The README's worked example: summarize two shards of the samples, then check with both.
    @Test func summarizedShardsGiveTheExpectedReport() throws {
        let dir = temporaryDirectory()
        let root = Paths.packageRoot
        #expect(runCommandLine(["traces", "summarize", "--quiet", "--traces", root + "/samples/traces/lookup-events-cn-hangzhou-page-1.json",
                                "--traces", root + "/samples/traces/lookup-events-cn-hangzhou-page-2.json", "--output", dir + "/shard-1.json"]) == 0)
        #expect(runCommandLine(["traces", "summarize", "--quiet", "--traces", root + "/samples/traces/oss",
                                "--traces", root + "/samples/traces/sls-export-actiontrail-cn-shanghai.jsonl", "--output", dir + "/shard-2.json"]) == 0)
        let request = CheckRequest(inventory: [root + "/samples/inventory"])
        var withSummaries = request
        withSummaries.usageSummaries = [dir + "/shard-1.json", dir + "/shard-2.json"]
        var withTraces = request
        withTraces.traces = [root + "/samples/traces"]
        withTraces.jobs = 2
        let fromSummaries = ReportJSON.render(try Checker.run(withSummaries))
        let fromTraces = ReportJSON.render(try Checker.run(withTraces))
        #expect(fromSummaries.replacingOccurrences(of: root + "/", with: "") == fromTraces.replacingOccurrences(of: root + "/", with: ""))
    }

    @Test func tracesSummarizeNeedsInput() {
        #expect(runCommandLine(["traces", "summarize"]) == 2)
        #expect(runCommandLine(["traces", "explode"]) == 2)
        #expect(runCommandLine(["check", "--inventory", "x", "--jobs", "0"]) == 2)
    }
}
