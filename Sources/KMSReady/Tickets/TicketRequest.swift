/// What `kmsready ticket` and `kmsready plan` are asked for.
public struct TicketRequest: Sendable {
    /// Where keys move.
    public var destinations: DestinationMap
    /// How windows are chosen and shown.
    public var search: WindowSearch
    /// One ticket per key instead of one per destination and region.
    public var perKey: Bool

    public init(destinations: DestinationMap, search: WindowSearch, perKey: Bool = false) {
        self.destinations = destinations
        self.search = search
        self.perKey = perKey
    }
}
