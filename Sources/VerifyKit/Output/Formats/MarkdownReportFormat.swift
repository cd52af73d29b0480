/// `--format markdown`: the whole Markdown report.
public enum MarkdownReportFormat: ReportFormat {
    /// The `--format` name.
    public static let identifier = "markdown"
    /// One line for `--help`.
    public static let summary = "the Markdown report"
    /// The text for standard output.
    public static func render(_ gated: GatedResult, context: RenderContext) -> String {
        MarkdownReport(result: gated.result, reportDirectory: context.reportDirectory, referenceDate: context.referenceDate).render()
    }
}
