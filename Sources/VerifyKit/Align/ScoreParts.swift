/// The agreement figures of one story's facts, kept apart until every story's are joined
/// (``Scores/init(combining:)``), so that a story taken from the cache adds the same figures
/// as one aligned in this run.
struct ScoreParts: Sendable {
    /// The agreement of each fact two or more voices state, in fact order.
    var agreements: [Double]
    /// Coverage and consistency of each source, in document order.
    var sources: [(String, Scores.SourceScore)]
    /// Source-by-source agreement (``Scores/matrix``).
    var matrix: [String: [String: Double]]
}

extension Scores {
    /// The figures of a run from its stories' parts, in story order: the mean agreement
    /// is summed in fact order, as over one list of facts.
    init(combining parts: [ScoreParts]) {
        let agreements = parts.flatMap(\.agreements)
        let mean = agreements.isEmpty ? nil : agreements.reduce(0, +) / Double(agreements.count)
        var sources: [String: SourceScore] = [:]
        var matrix: [String: [String: Double]] = [:]
        for part in parts {
            for (id, score) in part.sources { sources[id] = score }
            matrix.merge(part.matrix) { $0.merging($1) { _, new in new } }
        }
        self.init(agreement: mean.map(ScoreCalculator.round), sources: sources, matrix: matrix)
    }
}
