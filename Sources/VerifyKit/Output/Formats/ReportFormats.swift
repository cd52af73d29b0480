/// Every output format, looked up by its `--format` name. A new format is one file and
/// one line here.
public enum ReportFormats {
    /// The formats, in the order `--help` lists them.
    public static let all: [any ReportFormat.Type] = [
        TextReportFormat.self, MarkdownReportFormat.self, JSONReportFormat.self, SARIFReportFormat.self, GitHubReportFormat.self,
    ]

    /// The format called `identifier`, or nil.
    public static func named(_ identifier: String) -> (any ReportFormat.Type)? {
        all.first { $0.identifier == identifier }
    }

    /// The names, for messages and help (`text, markdown, json, sarif, github`).
    public static var identifiers: [String] { all.map { $0.identifier } }
}
