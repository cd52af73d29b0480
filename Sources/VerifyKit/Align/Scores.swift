/// How well the sources agree.
public struct Scores: Sendable, Hashable, Codable {
    /// Per-source figures.
    public struct SourceScore: Sendable, Hashable, Codable {
        /// Share of its story's facts that the source states.
        public var coverage: Double
        /// Share of the source's facts not in conflict.
        public var consistency: Double
    }

    /// Mean agreement of the facts stated by two or more voices (a source and its copies are
    /// one voice; nil when there are none).
    public var agreement: Double?
    /// Per source id.
    public var sources: [String: SourceScore]
    /// Source-by-source agreement: for each pair, the share of shared facts they agree on.
    public var matrix: [String: [String: Double]]
}
