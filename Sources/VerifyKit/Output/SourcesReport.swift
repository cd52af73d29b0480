/// What `verify <paths>` prints until findings exist: the sources and their metadata.
public struct SourcesReport: Sendable {
    /// The corpus read.
    public var corpus: Corpus

    /// Creates the report for a corpus.
    public init(corpus: Corpus) { self.corpus = corpus }

    /// The JSON envelope of DESIGN.md (schemaVersion 1). Events, facts and findings stay
    /// empty until alignment exists; `diagnostics` lists skipped files.
    public func json() -> String {
        struct Envelope: Encodable {
            var schemaVersion = ToolInfo.schemaVersion
            var tool = ToolInfo()
            var sources: [SourceSummary]
            var events: [String] = []
            var facts: [String] = []
            var findings: [String] = []
            var diagnostics: [Diagnostic]
        }
        return JSONOutput.encode(Envelope(sources: corpus.documents.map(SourceSummary.init), diagnostics: corpus.diagnostics))
    }

    /// A short listing for people: one paragraph per source.
    public func text() -> String {
        var lines = ["\(corpus.documents.count) source\(corpus.documents.count == 1 ? "" : "s")"
                     + (corpus.diagnostics.isEmpty ? "" : ", \(corpus.diagnostics.count) note\(corpus.diagnostics.count == 1 ? "" : "s")")]
        for document in corpus.documents {
            let summary = SourceSummary(document)
            lines.append("")
            lines.append("\(summary.id)  \(summary.path)")
            lines.append("  title:     \(summary.title ?? "—")")
            lines.append("  outlet:    \(summary.outlet ?? "—")")
            lines.append("  published: \(summary.published.map { "\($0) (\(summary.publishedFrom ?? ""))" } ?? "—")")
            lines.append("  languages: \(summary.languages.isEmpty ? "—" : summary.languages.joined(separator: ", "))"
                         + "   encoding: \(summary.encoding)   format: \(summary.format)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
