/// The concise terminal summary `verify` prints by default: a verdict line, then every
/// finding on one line with where to look.
public struct TextSummary: Sendable {
    /// The result to summarise.
    public var result: VerificationResult

    /// Creates a summary.
    public init(result: VerificationResult) { self.result = result }

    /// `3 sources · 0 conflicts · 1 update · 5 omissions · 2 variants · agreement 0.91`.
    public var verdict: String {
        let counts = result.counts
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts = [plural(result.sources.count, "source")]
        parts += Finding.Kind.allCases.map { plural(counts[$0] ?? 0, $0.rawValue) }
        if let agreement = result.scores.agreement { parts.append(String(format: "agreement %.2f", agreement)) }
        return parts.joined(separator: " · ")
    }

    /// The verdict and one line per finding: `kind slot: message` and the first claim's location.
    public func text() -> String {
        var lines = [verdict]
        for finding in result.findings {
            let at = finding.claims.first.map { "  [\($0.location.path):\($0.location.line)]" } ?? ""
            lines.append("\(finding.kind.rawValue) \(finding.slot): \(finding.message)\(at)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
