import Foundation

/// The Markdown report for people (DESIGN.md, "Markdown report"): a verdict line and what
/// needs a decision first, then the sources, a timeline of the events, every discrepancy
/// with quotes and line links, a fact matrix per event, source-by-source agreement and how
/// it was computed. Text quoted from sources is escaped (see ``MarkdownEscaping``).
public struct MarkdownReport: Sendable {
    /// The result rendered.
    public var result: VerificationResult
    /// The folder the report is written to, relative to the working directory (`"Reports"`,
    /// or `"."` for standard output); links to sources are relative to it.
    public var reportDirectory: String
    /// The `--reference-date` of the run, if one was given.
    public var referenceDate: String?

    /// `reportDirectory`: the folder the report will be written to (relative to the working
    /// directory, e.g. "Reports", or "." for stdout), so that links to sources are relative
    /// to it: a source at "Corpus/x.txt" seen from "Reports" is "../Corpus/x.txt#L12".
    public init(result: VerificationResult, reportDirectory: String, referenceDate: String? = nil) {
        self.result = result
        self.reportDirectory = reportDirectory
        self.referenceDate = referenceDate
    }

    /// Stories detailed in a report; a run with more gets a summary row per story and the
    /// detail of the ones with the most sources (the JSON has all).
    public static let detailedStories = 10
    /// Sources the detailed stories may hold together (the largest story is always detailed).
    public static let detailedSources = 100

    /// The whole report, byte-identical across runs for the same result and directory.
    public func render() -> String {
        let linker = SourceLinker(reportDirectory: reportDirectory)
        let detailed = MarkdownStoriesSection.detailed(result.stories, limit: Self.detailedStories,
                                                      sourceBudget: Self.detailedSources)
        let shown = detailed.count < result.stories.count ? result.restricted(to: detailed) : result
        let sections = [
            MarkdownSummary(result: result).render(),
            MarkdownStoriesSection(result: result, detailed: detailed).render(),
            MarkdownSourcesSection(result: shown, linker: linker).render(),
            timeline(shown),
            MarkdownDiscrepancies(result: shown, linker: linker).render(),
            MarkdownMatrixSection(result: shown).render(),
            agreement(shown),
            MarkdownMethod(referenceDate: referenceDate).render(),
        ]
        return sections.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// `## Timeline` with a Mermaid diagram of the events.
    private func timeline(_ result: VerificationResult) -> String {
        guard !result.events.isEmpty else { return "" }
        return "## Timeline\n\n" + MermaidTimeline(events: result.events).render()
    }

    /// `## Agreement between sources`: the share of shared facts each pair agrees on, one
    /// table per story of two sources or more (sources of different stories share no fact).
    private func agreement(_ result: VerificationResult) -> String {
        let groups = result.stories.isEmpty ? [result.sources.map(\.id)] : result.stories.map(\.sources)
        let tables = groups.enumerated().filter { $0.element.count > 1 }
        guard !tables.isEmpty else { return "" }
        var lines = ["## Agreement between sources", "",
                     "Share of the facts two sources both state on which they agree (· = no fact in common)."]
        // Formatting a number costs more than looking it up: a table holds few distinct shares.
        var formatted: [UInt64: String] = [:]
        func ratio(_ value: Double) -> String {
            if let known = formatted[value.bitPattern] { return known }
            let text = MarkdownFormat.ratio(value)
            formatted[value.bitPattern] = text
            return text
        }
        for (index, ids) in tables {
            lines.append("")
            if groups.count > 1 { lines += ["### " + MarkdownEscaping.text(result.stories[index].id), ""] }
            lines += ["| | " + ids.map(MarkdownEscaping.text).joined(separator: " | ") + " |",
                      "| --- |" + String(repeating: " ---: |", count: ids.count)]
            for row in ids {
                let cells = ids.map { column -> String in
                    if row == column { return "—" }
                    return result.scores.matrix[row]?[column].map(ratio) ?? "·"
                }
                lines.append("| \(MarkdownEscaping.text(row)) | " + cells.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Number formats shared by the Markdown renderers.
enum MarkdownFormat {
    /// Two decimals, whatever the locale: `0.87`.
    static func ratio(_ value: Double) -> String { String(format: "%.2f", locale: Locale(identifier: "en_US_POSIX"), value) }

    /// `1 source`, `2 sources`.
    static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    /// A claim's value in typographic quotes, escaped: “Iskander”.
    static func value(_ text: String) -> String { "“" + MarkdownEscaping.text(text) + "”" }

    /// Comma-separated escaped source ids.
    static func sources(_ ids: [String]) -> String { ids.map(MarkdownEscaping.text).joined(separator: ", ") }
}
