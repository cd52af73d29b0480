/// Agreement figures: per fact (in the fact itself), per source (coverage, consistency),
/// per corpus, and source by source.
struct ScoreCalculator {
    let context: AlignmentContext
    let groups: [FactGroup]

    func scores() -> Scores {
        let shared = groups.filter { $0.statements.count >= 2 }
        let agreement = shared.isEmpty ? nil : shared.map(\.agreement).reduce(0, +) / Double(shared.count)
        var sources: [String: Scores.SourceScore] = [:]
        for document in context.documents.indices {
            let story = context.storyOf[document]
            let storyFacts = groups.filter { $0.key.story == story }
            let stated = storyFacts.filter { $0.documents.contains(document) }
            let inConflict = stated.filter { group in
                group.status == .conflict && !(group.clusters.first ?? []).contains { group.statements[$0].lead.document == document }
            }
            sources[context.sourceID(document)] = Scores.SourceScore(
                coverage: storyFacts.isEmpty ? 0 : Self.round(Double(stated.count) / Double(storyFacts.count)),
                consistency: stated.isEmpty ? 1 : Self.round(1 - Double(inConflict.count) / Double(stated.count)))
        }
        var matrix: [String: [String: Double]] = [:]
        for a in context.documents.indices {
            for b in context.documents.indices where b != a && context.storyOf[a] == context.storyOf[b] {
                let both = shared.filter { $0.documents.contains(a) && $0.documents.contains(b) }
                guard !both.isEmpty else { continue }
                let agreeing = both.filter { group in
                    let x = group.statements.first { $0.lead.document == a }!, y = group.statements.first { $0.lead.document == b }!
                    return x.agrees(with: y, slot: group.key.slot)
                }
                matrix[context.sourceID(a), default: [:]][context.sourceID(b)] = Self.round(Double(agreeing.count) / Double(both.count))
            }
        }
        return Scores(agreement: agreement.map(Self.round), sources: sources, matrix: matrix)
    }

    /// Three decimals, so that output is stable and readable.
    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
