/// `--format sarif`: SARIF 2.1.0 for code-scanning uploads.
public enum SARIFReportFormat: ReportFormat {
    /// The `--format` name.
    public static let identifier = "sarif"
    /// One line for `--help`.
    public static let summary = "SARIF 2.1.0 for code scanning"
    /// The text for standard output.
    public static func render(_ gated: GatedResult, context: RenderContext) -> String { SARIFReport(gated: gated).render() }
}
