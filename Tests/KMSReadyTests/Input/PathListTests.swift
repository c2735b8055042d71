import Testing
@testable import KMSReady

/// `--traces-from`: a list of paths, one a line.
struct PathListTests {
    @Test func pathsAreTrimmedAndBlankLinesSkipped() throws {
        let text = "a.json\r\n\n  dir/b c.json.gz \t\n\n/abs/d.jsonl"
        #expect(try PathList.paths(in: Array(text.utf8), listName: "list") == ["a.json", "dir/b c.json.gz", "/abs/d.jsonl"])
    }

    @Test(arguments: [
        ([0x61, 0x0A, 0x62, 0x00, 0x63], "list: line 2: a NUL byte in a path"),
        ([0x61, 0x0A, 0xFF, 0x0A], "list: line 2: not UTF-8 text"),
        ([0x0A, 0x20, 0x0A], "list: lists no path"),
    ] as [([UInt8], String)])
    func aBadListIsAnErrorWithItsLine(_ bytes: [UInt8], _ message: String) {
        #expect(thrownText { _ = try PathList.paths(in: bytes, listName: "list") } == message)
    }
}
