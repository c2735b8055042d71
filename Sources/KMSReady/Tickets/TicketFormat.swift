/// The forms `kmsready ticket` writes: text ready to paste, Markdown, or JSON for ticketing APIs.
public enum TicketFormat: String, CaseIterable, Sendable {
    case text, markdown, json

    /// How the template writes values: Markdown escapes them, text and JSON bodies do not.
    public var escaping: TextTemplate.Escaping { self == .markdown ? .markdown : .none }

    /// Every ticket of `set`, worded by `template` (one of this format's escaping).
    ///
    /// Text and Markdown give the tickets one after the other, divided by a rule; JSON gives each
    /// ticket's title, body and fields, and the keys that got no ticket with the reason.
    public func render(_ set: TicketSet, template: TicketTemplate) -> String {
        let divider: String
        switch self {
        case .text: divider = "\n" + String(repeating: "=", count: 72) + "\n\n"
        case .markdown: divider = "\n---\n\n"
        case .json: return TicketJSON.render(set, template: template)
        }
        guard !set.tickets.isEmpty else { return Self.noTicket(set) + "\n" }
        let text = set.tickets.map { template.render($0, search: set.search).document }.joined(separator: divider)
        return DisplayText.escaped(text, keepingLayout: true)
    }

    /// What the output says when no key needs a ticket.
    static func noTicket(_ set: TicketSet) -> String {
        switch set.edition.process {
        case .supportTicket: return "No ticket: no key can move or needs support (kmsready plan lists every key and why)."
        case .migrationTool:
            return "No ticket: under edition \(set.edition.id) the Migration Tool migrates the keys and secrets that can move "
                + "(kmsready plan --edition \(set.edition.id)), and no key or secret needs support."
        }
    }
}
