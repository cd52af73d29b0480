/// `--format json`: everything as JSON (schemaVersion 1, keys sorted).
public enum JSONReportFormat: ReportFormat {
    /// The `--format` name.
    public static let identifier = "json"
    /// One line for `--help`.
    public static let summary = "everything as JSON"
    /// The text for standard output.
    public static func render(_ gated: GatedResult, context: RenderContext) -> String { gated.json() }
}
