/// One output format of a check (`--format NAME`): renders the gated result of a run to
/// standard output. Each format is one file; ``ReportFormats/all`` lists them.
public protocol ReportFormat: Sendable {
    /// The `--format` value.
    static var identifier: String { get }
    /// One line for `--help`.
    static var summary: String { get }
    /// Whether the text is for people at a terminal (coloured there, never when piped).
    static var isForTerminal: Bool { get }
    /// The text written to standard output.
    static func render(_ gated: GatedResult, context: RenderContext) -> String
    /// Text appended to `$GITHUB_STEP_SUMMARY` when that variable is set, if the format has any.
    static func stepSummary(_ gated: GatedResult) -> String?
}

extension ReportFormat {
    /// Plain text for programs by default.
    /// Coloured on a terminal.
    public static var isForTerminal: Bool { false }
    /// No job summary by default.
    /// The job summary.
    public static func stepSummary(_ gated: GatedResult) -> String? { nil }
}

/// What a format may need beyond the result.
public struct RenderContext: Sendable {
    /// Folder the output's relative links start from.
    public var reportDirectory: String
    /// `--reference-date` as given, for the report's method section.
    public var referenceDate: String?

    /// Creates a context.
    public init(reportDirectory: String = ".", referenceDate: String? = nil) {
        self.reportDirectory = reportDirectory
        self.referenceDate = referenceDate
    }
}
