/// `--format text`: the summary line and one line per finding outside the baseline.
public enum TextReportFormat: ReportFormat {
    /// The `--format` name.
    public static let identifier = "text"
    /// One line for `--help`.
    public static let summary = "summary and one line per finding (the default)"
    /// Coloured on a terminal.
    public static var isForTerminal: Bool { true }
    /// The text for standard output.
    public static func render(_ gated: GatedResult, context: RenderContext) -> String {
        GatedSummary(gated: gated).text()
    }
}
