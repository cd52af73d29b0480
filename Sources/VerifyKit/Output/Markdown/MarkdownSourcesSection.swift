/// `## Sources`: one row per source with a link to its file, its metadata and scores, then
/// the files skipped or read with a caveat.
struct MarkdownSourcesSection {
    /// The result.
    var result: VerificationResult
    /// Makes links relative to the report's folder.
    var linker: SourceLinker

    /// The section.
    func render() -> String {
        var lines = ["## Sources", "",
                     "| source | outlet | title | published | language | encoding | coverage | consistency |",
                     "| --- | --- | --- | --- | --- | --- | ---: | ---: |"]
        for source in result.sources {
            let score = result.scores.sources[source.id]
            let cells = [
                linker.link(source.id, toFile: source.path),
                source.outlet.map(MarkdownEscaping.text) ?? "—",
                source.title.map(MarkdownEscaping.text) ?? "—",
                source.published.map(MarkdownEscaping.text) ?? "—",
                source.languages.isEmpty ? "—" : MarkdownEscaping.text(source.languages.joined(separator: ", ")),
                MarkdownEscaping.text(source.encoding),
                score.map { MarkdownFormat.ratio($0.coverage) } ?? "—",
                score.map { MarkdownFormat.ratio($0.consistency) } ?? "—",
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append("Coverage: share of its story's facts a source states. Consistency: share of its facts not in conflict.")
        if !result.copies.isEmpty {
            lines.append("")
            lines.append("Sources repeating another's text, one voice with it (a same-text copy is compared as its original; "
                         + "a near-copy is compared on its own, so a changed figure still shows):")
            lines.append("")
            lines += result.copies.map { copy in
                let how = copy.kind == .sameText ? "the same text as" : "a near-copy of"
                return "- \(MarkdownFormat.sources([copy.source])) is \(how) \(MarkdownFormat.sources([copy.original])) "
                    + "(\(copy.sharedPercent)% of the shorter text's five-word runs shared)"
            }
        }
        if !result.diagnostics.isEmpty {
            lines.append("")
            lines.append("Files skipped or read with a caveat:")
            lines.append("")
            lines += result.diagnostics.map {
                "- \($0.severity.rawValue): \(MarkdownEscaping.text($0.path)): \(MarkdownEscaping.text($0.message))"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
