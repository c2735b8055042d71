import Testing
@testable import KMSReady

/// `EventSample` keeps ids in a UUID's canonical form as their bits and others as strings, and behaves
/// the same either way: as the (time, id string) pair it stands for.
@Suite struct EventSampleTests {
    /// Ids on both sides of every line the storage draws: UUIDs of either case, of digits only, of mixed
    /// case, one character short or long, with a dash moved; empty, ASCII and not, and strings that are
    /// equal without being equal bytes (KELVIN SIGN is "K"; "é" two ways).
    static let ids = ["", "K", "\u{212A}", "a", "Z", "5F1C43D4-9A87-4B9E-A0D2-7C1A3E8F9B21", "5f1c43d4-9a87-4b9e-a0d2-7c1a3e8f9b21",
                      "5F1C43D4-9A87-4B9E-A0D2-7C1A3E8F9B2", "5F1C43D4-9A87-4B9E-A0D2-7C1A3E8F9B210", "5F1C43D4-9a87-4B9E-A0D2-7C1A3E8F9B21",
                      "5F1C43D49-A87-4B9E-A0D2-7C1A3E8F9B21", "12345678-1234-1234-1234-123456789012", "5F1C43D4-9A87-4B9E-A0D2-7C1A3E8F9B22",
                      "6F1C43D4-9A87-4B9E-A0D2-7C1A3E8F9B21", "6F1C43D4-9A87-4B9E-A0D2-7C1A3E8F9B20", "A5A4BB74-EFBC-5D8B-BD8A-1B9131429438", String(repeating: "x", count: 40),
                      "\u{E9}v\u{E9}nement", "e\u{301}v\u{E9}nement", "caf\u{E9}", "cafe", "cafe\u{301}"]

    /// Three samples per call group: a UUID's bits keep a sample at 32 bytes, where 40 bytes of id in
    /// place made 56.
    @Test func aSampleTakesThirtyTwoBytes() {
        #expect(MemoryLayout<EventSample>.stride == 32)
    }

    @Test func samplesBehaveAsTheirTimeAndIdString() {
        for time in [Int64(0), 1] {
            for left in Self.ids {
                for right in Self.ids {
                    let (a, b) = (EventSample(time: 0, id: left), EventSample(time: time, id: right))
                    #expect((a == b) == (time == 0 && left == right), "\(left) == \(right)")
                    #expect((a < b) == ((0, left) < (time, right)), "\(left) < \(right)")
                    if a == b { #expect(a.hashValue == b.hashValue, "\(left) and \(right) hash alike") }
                }
            }
        }
    }

    @Test func idsComeBackAsTheyWent() {
        for id in Self.ids {
            #expect(EventSample(time: 3, id: id).id == id)
            let fromBytes = Array(id.utf8).withUnsafeBytes { EventSample(time: 3, idBytes: $0) }
            #expect(fromBytes == EventSample(time: 3, id: id))
            #expect(Array(fromBytes.id.utf8) == Array(id.utf8), "the bytes themselves, not only an equal string")
            var changed = fromBytes
            changed.id = "other"
            #expect(changed == EventSample(time: 3, id: "other"))
        }
    }
}
