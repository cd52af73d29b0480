/// A ``VerificationResult`` seen through a ``Baseline``: which findings are accepted, which
/// accepted findings no longer occur, and whether the run fails at a `--fail-on` threshold.
/// Wraps the result without changing it, so every renderer still reads the same findings.
public struct GatedResult: Sendable {
    /// The run's result.
    public var result: VerificationResult
    /// The baseline applied, if any.
    public var baseline: Baseline?
    /// Where the baseline was read from or written to, as the user named it.
    public var baselinePath: String?

    /// Applies `baseline` (read from `baselinePath`) to `result`.
    public init(result: VerificationResult, baseline: Baseline? = nil, baselinePath: String? = nil) {
        self.result = result
        self.baseline = baseline
        self.baselinePath = baselinePath
    }

    /// Whether a baseline is in use.
    public var usesBaseline: Bool { baseline != nil }

    /// Whether the baseline accepts `finding`.
    public func isAccepted(_ finding: Finding) -> Bool { acceptedIDs.contains(finding.id) }

    /// Ids of the current findings the baseline accepts, sorted.
    public var accepted: [String] {
        Array(Set(result.findings.map(\.id)).intersection(acceptedIDs)).sorted()
    }

    /// Accepted findings that no longer occur, sorted by id.
    public var stale: [Baseline.Entry] {
        let current = Set(result.findings.map(\.id))
        return (baseline?.findings ?? []).filter { !current.contains($0.id) }.sorted { $0.id < $1.id }
    }

    /// Current findings the baseline does not accept, in result order.
    public var newFindings: [Finding] { result.findings.filter { !isAccepted($0) } }

    /// Findings outside the baseline at or above `threshold` (conflict > update > omission >
    /// variant); none when `threshold` is nil (`--fail-on none`).
    public func failing(at threshold: Finding.Kind?) -> [Finding] {
        guard let threshold else { return [] }
        return newFindings.filter { $0.kind <= threshold }
    }

    private var acceptedIDs: Set<String> { baseline?.ids ?? [] }
}
