/// Everything a run found: the immutable input of every renderer (JSON, Markdown, SARIF,
/// GitHub annotations).
public struct VerificationResult: Sendable {
    /// The sources read, in path order.
    public var sources: [SourceSummary]
    /// Events by story, then date.
    public var events: [Event]
    /// Facts by event, then slot.
    public var facts: [Fact]
    /// Findings: conflicts first, then updates, omissions, variants.
    public var findings: [Finding]
    /// Agreement figures.
    public var scores: Scores
    /// Files skipped or read with a caveat.
    public var diagnostics: [Diagnostic]

    /// Counts of findings by kind.
    public var counts: [Finding.Kind: Int] {
        Dictionary(grouping: findings, by: \.kind).mapValues(\.count)
    }

    /// The JSON document of DESIGN.md, schemaVersion 1: keys sorted, byte-identical across runs.
    public func json() -> String {
        struct Envelope: Encodable {
            var schemaVersion = ToolInfo.schemaVersion
            var tool = ToolInfo()
            var sources: [SourceSummary]
            var events: [Event]
            var facts: [Fact]
            var findings: [Finding]
            var scores: Scores
            var diagnostics: [Diagnostic]
        }
        return JSONOutput.encode(Envelope(sources: sources, events: events, facts: facts, findings: findings,
                                          scores: scores, diagnostics: diagnostics))
    }
}
