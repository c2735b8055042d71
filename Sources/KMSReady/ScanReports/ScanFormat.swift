/// The forms `kmsready scan` writes.
public enum ScanFormat: String, CaseIterable, Sendable, OutputFormat {
    case table, json, markdown, sarif

    /// The format a file name's extension names.
    public init?(fileName: String) {
        switch fileName.split(separator: ".").last?.lowercased() {
        case "json": self = .json
        case "md": self = .markdown
        case "sarif": self = .sarif
        case "txt": self = .table
        default: return nil
        }
    }

    /// `report` in this format; the table `width` columns wide.
    public func render(_ report: ScanReport, width: Int = 100) -> String {
        switch self {
        case .table: return ScanReportText.table(report, width: width)
        case .json: return ScanReportJSON.render(report)
        case .markdown: return DisplayText.escaped(ScanReportText.markdown(report), keepingLayout: true)
        case .sarif: return ScanReportSARIF.render(report)
        }
    }
}
