import Testing
@testable import KMSReady

/// `MemberNames` predicts a member's name only when the record's bytes are exactly the learned run:
/// the name in its quotes and the colon.
@Suite struct MemberNamesTests {
    /// The prediction after `previous` for `text` (padded so that sixteen bytes are there to read).
    func predicted(_ names: MemberNames, after previous: MemberNames.Entry, _ text: String, padding: Int = 16)
        -> (length: Int, field: Field?)? {
        let bytes = Array((text + String(repeating: " ", count: padding)).utf8)
        return bytes.withUnsafeBufferPointer {
            names.level(.event).predicted(after: previous, at: $0.baseAddress!, available: text.utf8.count + padding)
        }.map { ($0.length, $0.field) }
    }

    func learn(_ names: MemberNames, _ name: String, _ field: Field?, after previous: MemberNames.Entry) -> MemberNames.Entry {
        let bytes = Array(name.utf8)
        return bytes.withUnsafeBufferPointer { names.learn($0.baseAddress!, count: bytes.count, field: field, after: previous, level: .event) }
    }

    @Test func aLearnedOrderIsPredictedByItsExactBytes() {
        let names = MemberNames()
        let start = names.level(.event).start
        #expect(predicted(names, after: start, #""eventId":"#) == nil, "nothing learned yet")
        let eventId = learn(names, "eventId", .eventId, after: start)
        let long = learn(names, "recipientAccountId", .recipientAccountId, after: eventId)
        _ = learn(names, "requestId", nil, after: long)

        let first = predicted(names, after: start, #""eventId":"E1""#)
        #expect(first?.length == 10 && first?.field == .eventId)
        #expect(predicted(names, after: start, #" "eventId":"#) == nil, "whitespace before the name")
        #expect(predicted(names, after: eventId, #""recipientAccountId":"1""#)?.field == .recipientAccountId)
        let unwanted = predicted(names, after: long, #""requestId":"r""#)
        #expect(unwanted != nil && unwanted?.field == nil, "a name that stands for no field is predicted as such")

        for text in [#""eventIx":"#, #""eventId" :"#, #""eventId"x"#, #""eventIdX":"#, #""EventId":"#, #""eventId\u0041":"#] {
            #expect(predicted(names, after: start, text) == nil, "\(text)")
        }
        for text in [#""recipientAccountIx":"#, #""recipientAccountId" :"#, #""recipientAccountIdX":"#, #""xecipientAccountId":"#] {
            #expect(predicted(names, after: eventId, text) == nil, "\(text)")
        }
        #expect(predicted(names, after: start, #""eventId":"#, padding: 5) == nil, "fewer than sixteen bytes left")
    }

    @Test func theNextNameFollowsTheLatestOrder() {
        let names = MemberNames()
        let start = names.level(.event).start
        let eventId = learn(names, "eventId", .eventId, after: start)
        _ = learn(names, "eventName", .eventName, after: eventId)
        #expect(predicted(names, after: eventId, #""eventName":"#)?.field == .eventName)
        _ = learn(names, "eventTime", .eventTime, after: eventId)
        #expect(predicted(names, after: eventId, #""eventName":"#) == nil)
        #expect(predicted(names, after: eventId, #""eventTime":"#)?.field == .eventTime)
        #expect(learn(names, "eventName", .eventName, after: eventId) != learn(names, "eventTime", .eventTime, after: eventId),
                "a name met again keeps its entry")
    }

    @Test func namesThatDoNotFitAreNotPredicted() {
        let names = MemberNames()
        let start = names.level(.event).start
        let longest = String(repeating: "n", count: 37), tooLong = String(repeating: "n", count: 38)
        _ = learn(names, longest, nil, after: start)
        #expect(predicted(names, after: start, "\"" + longest + #"":"#)?.length == 40)
        #expect(predicted(names, after: start, "\"" + longest + #"x":"#) == nil)
        let unlinked = learn(names, tooLong, nil, after: start)
        #expect(predicted(names, after: unlinked, "\"" + longest + #"":"#) == nil, "nothing follows a name that was not entered")

        var previous = start
        for number in 0..<100 { previous = learn(names, "m\(number)", nil, after: previous) }
        #expect(predicted(names, after: start, #""m0":"#) != nil, "the first names are entered")
        #expect(predicted(names, after: previous, #""m0":"#) == nil, "past the last entry, nothing is linked")
    }
}
