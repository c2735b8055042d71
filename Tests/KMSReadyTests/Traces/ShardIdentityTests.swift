import Foundation
import Testing
@testable import KMSReady

/// Every summary names the files it read by size and fingerprint, so that shards that overlap are
/// refused rather than counted twice.
struct ShardIdentityTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesTheStandardsVectors(_ text: String, _ digest: String) {
        var hash = SHA256()
        hash.update(Array(text.utf8))
        #expect(hash.hexDigest() == digest)
    }

    @Test func sha256OfAMillionBytesFedInUnevenPieces() {
        var hash = SHA256()
        let piece = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000)
        for size in [1, 63, 64, 65, 807] { hash.update(Array(piece.prefix(size))) }
        for _ in 0..<999 { hash.update(piece) }
        #expect(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func aSmallFileIsDigestedWholeAndALargeOneByItsEnds() throws {
        let small = temporaryFile("small.json", "[]\n")
        #expect(try TraceInput.of(small) == TraceInput(file: "small.json", bytes: 3, fingerprint: sha("[]\n")))
        var bytes = [UInt8](repeating: UInt8(ascii: " "), count: 20_000)
        bytes[0] = UInt8(ascii: "[")
        bytes[19_998] = UInt8(ascii: "]")
        let large = try TraceInput.of(temporaryFile("large.json", bytes))
        #expect(large.fingerprint == sha(String(decoding: bytes.prefix(1024) + bytes.suffix(1024), as: UTF8.self)))
        #expect(TraceInput.sampledBytes == 1024)
        let twoKiB = Array(bytes.prefix(2048))
        #expect(try TraceInput.of(temporaryFile("two.json", twoKiB)).fingerprint == sha(String(decoding: twoKiB, as: UTF8.self)), "whole up to 2 KiB")
        bytes[10_000] = UInt8(ascii: "x")
        #expect(try TraceInput.of(temporaryFile("middle.json", bytes)).fingerprint == large.fingerprint, "the middle is not read")
    }

    private func sha(_ text: String) -> String {
        var hash = SHA256()
        hash.update(Array(text.utf8))
        return hash.hexDigest()
    }

    @Test func aSummaryNamesItsFilesSortedAndReadsThemBack() throws {
        let files = [fixture("traces/events.jsonl"), fixture("traces/events-array.json")]
        let summary = try summarize(files)
        #expect(summary.inputs.map(\.file) == ["traces/events-array.json", "traces/events.jsonl"])
        #expect(summary.inputs.allSatisfy { $0.fingerprint.count == 64 })
        let file = temporaryFile("summary.json", UsageSummaryJSON.render(summary))
        #expect(try UsageSummaryJSON.read(file) == summary)
    }

    @Test func oneFileUnderTwoNamesIsRefused() throws {
        let text = try String(contentsOfFile: fixture("traces/events.jsonl").path, encoding: .utf8)
        let copy = temporaryFile("copy.jsonl", text)
        #expect(thrownText { _ = try summarize([fixture("traces/events.jsonl"), copy]) }?
            .hasPrefix("copy.jsonl: holds the same bytes as traces/events.jsonl (") == true)
    }

    @Test func summariesThatReadTheSameFileAreRefusedAndDisjointOnesMerge() throws {
        let folder = temporaryDirectory()
        let one = try summarize([fixture("traces/events.jsonl")])
        let two = try summarize([fixture("traces/events-array.json")])
        let both = try summarize([fixture("traces/events.jsonl"), fixture("traces/events-array.json")])
        for (name, summary) in [("one.json", one), ("two.json", two), ("both.json", both)] {
            try UsageSummaryJSON.render(summary).write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        var request = CheckRequest(inventory: [], base: folder)
        request.usageSummaries = ["one.json", "two.json"]
        let merged = try #require(try Checker.readUsage(request))
        #expect(merged == both, "disjoint shards merge into the summary of all their files")
        request.usageSummaries = ["one.json", "both.json"]
        #expect(thrownText { _ = try Checker.readUsage(request) }?.hasPrefix("one.json: read traces/events.jsonl (") == true
            || thrownText { _ = try Checker.readUsage(request) }?.hasPrefix("both.json: read traces/events.jsonl (") == true)
        request.usageSummaries = ["one.json"]
        request.traces = [fixture("traces/events.jsonl").path]
        let message = try #require(thrownText { _ = try Checker.readUsage(request) })
        #expect(message.contains("which the traces given read too (as \(fixture("traces/events.jsonl").path))"))
    }

    @Test func aSummaryThatNamesOneFileTwiceOrOfVersionTwoIsRefused() throws {
        let summary = try summarize([fixture("traces/events.jsonl")])
        let text = UsageSummaryJSON.render(summary)
        let input = try #require(summary.inputs.first)
        let entry = #"{"file":"\#(input.file)","bytes":\#(input.bytes),"fingerprint":"\#(input.fingerprint)"}"#
        let doubled = text.replacingOccurrences(of: "\"inputs\":[" + entry, with: "\"inputs\":[" + entry + #",{"file":"again.jsonl","bytes":\#(input.bytes),"fingerprint":"\#(input.fingerprint)"}"#)
        #expect(doubled != text)
        #expect(thrownText { _ = try UsageSummaryJSON.read(temporaryFile("doubled.json", doubled)) }?.hasPrefix("doubled.json: names one file twice") == true)
        let old = text.replacingOccurrences(of: "\"version\":3", with: "\"version\":2")
        #expect(thrownText { _ = try UsageSummaryJSON.read(temporaryFile("old.json", old)) }?
            .hasPrefix("old.json: $.version: usage summary version 2 names no files it read") == true)
        let badFingerprint = text.replacingOccurrences(of: input.fingerprint, with: "xyz")
        #expect(thrownText { _ = try UsageSummaryJSON.read(temporaryFile("bad.json", badFingerprint)) }
            == "bad.json: $.inputs[0].fingerprint: expected 64 lowercase hexadecimal digits (SHA-256)")
    }
}
