/// Everything a run found: the immutable input of every renderer (JSON, Markdown, SARIF,
/// GitHub annotations).
public struct VerificationResult: Sendable {
    /// The sources read, in path order.
    public var sources: [SourceSummary]
    /// Stories (groups of sources about one happening), in order of first source.
    public var stories: [Story] = []
    /// Sources compared with no other on any fact, with the reason, in source order.
    public var uncompared: [UncomparedSource] = []
    /// Sources that repeat another's text (same text or near-copy), in source order.
    public var copies: [CopyRelation] = []
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

    /// Whether at least two sources were compared on at least one fact: only then can the
    /// reports say that sources agree.
    public var comparedAnything: Bool { comparedSources.count >= 2 }

    /// Sources compared with another on at least one fact.
    public var comparedSources: [String] {
        let left = Set(uncompared.map(\.source))
        return sources.map(\.id).filter { !left.contains($0) }
    }

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
            var stories: [Story]
            var uncompared: [UncomparedSource]
            var copies: [CopyRelation]
            var events: [Event]
            var facts: [Fact]
            var findings: [Finding]
            var scores: Scores
            var diagnostics: [Diagnostic]
        }
        return JSONOutput.encode(Envelope(sources: sources, stories: stories, uncompared: uncompared, copies: copies, events: events, facts: facts, findings: findings,
                                          scores: scores, diagnostics: diagnostics))
    }
}
