import Testing
@testable import KMSReady

/// `SampleSlots` keeps exactly the samples `insertBounded` and `mergeSmallest` keep for `EventSample`
/// lists: the same earliest, distinct (time, id) pairs in the same order, whatever the ids.
@Suite struct SampleSlotsTests {
    /// Ids of every form the slots treat apart: ActionTrail's (a UUID, kept as bits), the same in
    /// lowercase, a UUID's text one byte longer (kept aside), an id of exactly a slot and one a byte
    /// longer, longer still, empty, non-ASCII (precomposed and decomposed "é" are equal strings with
    /// different bytes).
    static let ids = ["5F1C43D4-9A87-4B9E-A0D2-7C1A3E8F9B21", "5F1C43D4-9A87-4B9E-A0D2-7C1A3E8F9B22", "5f1c43d4-9a87-4b9e-a0d2-7c1a3e8f9b21",
                      "5F1C43D4-9A87-4B9E-A0D2-7C1A3E8F9B21+", "event-0123456789", "event-0123456789a",
                      String(repeating: "long-event-id-", count: 6), String(repeating: "long-event-id-", count: 6) + "x",
                      "", "a", "\u{E9}v\u{E9}nement", "e\u{301}v\u{E9}nement", "Z", "b"]

    func offer(_ slots: inout SampleSlots, cell: Int, _ sample: EventSample) -> Int64 {
        Array(sample.id.utf8).withUnsafeBytes { slots.offer(cell: cell, time: sample.time, id: $0) }
    }

    /// A cell's record holds its slots and its count: a sample limit or slot size raised without
    /// widening the record fails here, not by writing past it.
    @Test func aRecordHoldsEverySlotAndTheCount() {
        #expect(SampleSlots.countOffset < SampleSlots.recordBytes)
        #expect(SampleSlots.recordBytes == 80, "three UUIDs' bits, their times, forms and count")
    }

    @Test func offeredSamplesMatchTheListsOfTheReferencePath() {
        var random = SplitMix64(seed: 3)
        for round in 0..<200 {
            var slots = SampleSlots()
            var expected: [[EventSample]] = [[], []]
            slots.appendCell()
            slots.appendCell()
            for _ in 0..<(round % 12) {
                let cell = Int(random.next() % 2)
                let sample = EventSample(time: Int64(random.next() % 4), id: Self.ids[Int(random.next() % UInt64(Self.ids.count))])
                insertBounded(&expected[cell], sample, limit: UsageStats.sampleEventLimit)
                let cutoff = offer(&slots, cell: cell, sample)
                #expect(cutoff == (expected[cell].count == UsageStats.sampleEventLimit ? expected[cell].last!.time : Int64.max))
            }
            #expect(slots.samples(of: 0) == expected[0])
            #expect(slots.samples(of: 1) == expected[1])
        }
    }

    @Test func mergedSlotsMatchMergedLists() {
        var random = SplitMix64(seed: 9)
        for _ in 0..<200 {
            var parts = [SampleSlots(), SampleSlots()]
            var lists: [[EventSample]] = [[], []]
            for part in 0..<2 {
                parts[part].appendCell()
                for _ in 0..<Int(random.next() % 6) {
                    let sample = EventSample(time: Int64(random.next() % 3), id: Self.ids[Int(random.next() % UInt64(Self.ids.count))])
                    insertBounded(&lists[part], sample, limit: UsageStats.sampleEventLimit)
                    _ = offer(&parts[part], cell: 0, sample)
                }
            }
            _ = parts[0].merge(cell: 0, from: parts[1], cell: 0)
            #expect(parts[0].samples(of: 0) == mergeSmallest(lists[0], lists[1], limit: UsageStats.sampleEventLimit))
        }
    }

    /// A cell a merge meets first is copied whole, long ids included, behind the cells already there,
    /// and later offers to the copy keep what offers to the original would.
    @Test func copiedCellsHoldWhatTheirOriginalsHold() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<200 {
            var source = SampleSlots(), target = SampleSlots()
            var list: [EventSample] = []
            source.appendCell()
            source.appendCell()
            target.appendCell()
            _ = offer(&target, cell: 0, EventSample(time: 0, id: Self.ids[0]))
            for _ in 0..<Int(random.next() % 6) {
                let sample = EventSample(time: Int64(random.next() % 3), id: Self.ids[Int(random.next() % UInt64(Self.ids.count))])
                insertBounded(&list, sample, limit: UsageStats.sampleEventLimit)
                _ = offer(&source, cell: 1, sample)
            }
            target.appendCell(copying: 1, of: source)
            #expect(target.samples(of: 1) == list)
            #expect(target.samples(of: 0) == [EventSample(time: 0, id: Self.ids[0])])
            let later = EventSample(time: Int64(random.next() % 3), id: Self.ids[Int(random.next() % UInt64(Self.ids.count))])
            insertBounded(&list, later, limit: UsageStats.sampleEventLimit)
            _ = offer(&target, cell: 1, later)
            #expect(target.samples(of: 1) == list)
        }
    }
}
