/// The one-line verdict of a run (counts by kind, overall agreement), shared by the
/// terminal summary (``GatedSummary``) and the Markdown report.
public struct TextSummary: Sendable {
    /// The result to summarise.
    public var result: VerificationResult

    /// Creates a summary.
    public init(result: VerificationResult) { self.result = result }

    /// `3 sources · 0 conflicts · 1 update · 5 omissions · 2 variants · agreement 0.91`, with
    /// `· 1 not compared` when sources were compared with no other, `· 2 copies` when
    /// sources repeat another's text, and `· nothing compared` when no two sources share a fact.
    public var verdict: String {
        let counts = result.counts
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts = [plural(result.sources.count, "source")]
        parts += Finding.Kind.allCases.map { plural(counts[$0] ?? 0, $0.rawValue) }
        if !result.uncompared.isEmpty { parts.append("\(result.uncompared.count) not compared") }
        if !result.copies.isEmpty { parts.append("\(result.copies.count) \(result.copies.count == 1 ? "copy" : "copies")") }
        if !result.comparedAnything { parts.append("nothing compared") }
        if let agreement = result.scores.agreement { parts.append(String(format: "agreement %.2f", agreement)) }
        return parts.joined(separator: " · ")
    }
}
