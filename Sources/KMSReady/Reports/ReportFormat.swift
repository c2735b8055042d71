/// The formats a `Report` is written in; every one is rendered from the same value, so they never disagree.
public enum ReportFormat: String, CaseIterable, Sendable, OutputFormat {
    /// Aligned text for a terminal.
    case table
    /// The versioned JSON contract (`ReportJSON`).
    case json
    /// One row per (key, finding), RFC 4180.
    case csv
    /// A CI job summary: counts, keys needing action, collapsible details.
    case markdown
    /// One self-contained page for reviewers.
    case html
    /// SARIF 2.1.0 for code-scanning platforms.
    case sarif
    /// JUnit XML for CI test reports.
    case junit

    /// The format a file name implies by its extension: .json .csv .md .html .sarif .xml (.txt for the table).
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "json": self = .json
        case "csv": self = .csv
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "sarif": self = .sarif
        case "xml": self = .junit
        case "txt": self = .table
        default: return nil
        }
    }

    /// `report` in this format.
    public func render(_ report: Report, options: ReportOptions = ReportOptions()) -> String {
        switch self {
        case .table: return ReportTable.render(report, width: options.width, colour: options.colour)
        case .json: return ReportJSON.render(report)
        case .csv: return ReportCSV.render(report)
        case .markdown: return DisplayText.escaped(ReportMarkdown.render(report, fullReport: options.fullReport), keepingLayout: true)
        case .html: return ReportHTML.render(report)
        case .sarif: return ReportSARIF.render(report)
        case .junit: return ReportJUnit.render(report, failOn: options.failOn)
        }
    }
}

/// What a rendering needs beyond the report: the terminal's width and colours, and the `--fail-on` verdict.
public struct ReportOptions: Sendable {
    /// Columns of the table.
    public var width: Int
    /// Whether the table may use ANSI colours.
    public var colour: Bool
    /// The verdict at and above which a key fails (JUnit failures); `nil`: never.
    public var failOn: Verdict?
    /// Where the same run writes a report with every key (HTML or JSON), for the Markdown summary's
    /// line about the keys it leaves out.
    public var fullReport: String?

    public init(width: Int = 100, colour: Bool = false, failOn: Verdict? = nil, fullReport: String? = nil) {
        self.width = width
        self.colour = colour
        self.failOn = failOn
        self.fullReport = fullReport
    }
}
