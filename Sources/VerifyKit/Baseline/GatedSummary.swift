/// The terminal summary with the baseline applied: the verdict line (with
/// `N accepted by the baseline`), then one line per finding, accepted ones marked.
public struct GatedSummary: Sendable {
    /// The gated result to summarise.
    public var gated: GatedResult

    /// Creates a summary.
    public init(gated: GatedResult) { self.gated = gated }

    /// The verdict of ``TextSummary`` plus `· N accepted by the baseline` when a baseline is used.
    public var verdict: String {
        let verdict = TextSummary(result: gated.result).verdict
        guard gated.usesBaseline else { return verdict }
        return verdict + " · \(gated.accepted.count) accepted by the baseline"
    }

    /// `kind slot: message  [path:line]`, with ` (accepted)` after accepted findings, then
    /// `not compared: …  [path]` per source compared with no other, then `copy: …  [path]`
    /// per source that repeats another's text.
    public func text() -> String {
        var lines = [verdict]
        for finding in gated.result.findings {
            let at = finding.claims.first.map { "  [\($0.location.path):\($0.location.line)]" } ?? ""
            let mark = gated.isAccepted(finding) ? "  (accepted)" : ""
            lines.append("\(finding.kind.rawValue) \(finding.slot): \(finding.message)\(at)\(mark)")
        }
        let paths = Dictionary(gated.result.sources.map { ($0.id, $0.path) }, uniquingKeysWith: { first, _ in first })
        for source in gated.result.uncompared {
            lines.append("not compared: \(source.message)  [\(paths[source.source] ?? source.source)]")
        }
        for copy in gated.result.copies {
            lines.append("copy: \(copy.message)  [\(paths[copy.source] ?? copy.source)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
