/// `--format github`: GitHub Actions annotations, and the job summary.
public enum GitHubReportFormat: ReportFormat {
    /// The `--format` name.
    public static let identifier = "github"
    /// One line for `--help`.
    public static let summary = "GitHub Actions annotations and job summary"
    /// The text for standard output.
    public static func render(_ gated: GatedResult, context: RenderContext) -> String { GitHubAnnotations(gated: gated).render() }
    /// The job summary.
    public static func stepSummary(_ gated: GatedResult) -> String? { GitHubStepSummary(gated: gated).render() }
}
