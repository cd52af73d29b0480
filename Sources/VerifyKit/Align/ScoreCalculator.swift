/// Agreement figures: per fact (in the fact itself), per source (coverage, consistency),
/// per corpus, and source by source.
struct ScoreCalculator {
    let context: AlignmentContext
    let groups: [FactGroup]

    /// Largest story for which the source-by-source table is computed: beyond it the table
    /// is neither readable nor cheap (it grows with the square of the sources).
    static let maximumMatrixSources = 60

    func scores() -> Scores { Scores(combining: [parts()]) }

    /// The figures of these facts, before they are joined with other stories' (``Scores/init(combining:)``).
    func parts() -> ScoreParts {
        // Facts two or more voices state: a source and its near-copy agreeing is no agreement.
        let shared = groups.filter { context.voices($0.documents) >= 2 }
        let agreements = shared.map { $0.agreement(voiceOf: context.voiceOf) }
        var factsPerStory: [Int: Int] = [:]
        var stated = Array(repeating: 0, count: context.documents.count)
        var inConflict = Array(repeating: 0, count: context.documents.count)
        for group in groups {
            factsPerStory[group.key.story, default: 0] += 1
            let majority = Set((group.clusters.first ?? []).map { group.statements[$0].lead.document })
            for document in group.documents {
                stated[document] += 1
                if group.status == .conflict, !majority.contains(document) { inConflict[document] += 1 }
            }
        }
        var sources: [(String, Scores.SourceScore)] = []
        for document in context.documents.indices {
            let total = factsPerStory[context.storyOf[document]] ?? 0
            sources.append((context.sourceID(document), Scores.SourceScore(
                coverage: total == 0 ? 0 : Self.round(Double(stated[document]) / Double(total)),
                consistency: stated[document] == 0 ? 1 : Self.round(1 - Double(inConflict[document]) / Double(stated[document])))))
        }
        return ScoreParts(agreements: agreements, sources: sources, matrix: matrix(shared))
    }

    /// For each pair of sources of a story (up to ``maximumMatrixSources``), the share of
    /// the facts both state on which they agree.
    /// - Complexity: O(Σ over shared facts of its sources squared).
    private func matrix(_ shared: [FactGroup]) -> [String: [String: Double]] {
        var storySize: [Int: Int] = [:]
        for story in context.storyOf { storySize[story, default: 0] += 1 }
        var both: [Int: [Int: (agree: Int, all: Int)]] = [:]
        for group in shared where (storySize[group.key.story] ?? 0) <= Self.maximumMatrixSources {
            for x in group.statements {
                for y in group.statements where x.lead.document != y.lead.document {
                    var entry = both[x.lead.document, default: [:]][y.lead.document] ?? (0, 0)
                    entry.all += 1
                    if x.agrees(with: y) { entry.agree += 1 }
                    both[x.lead.document, default: [:]][y.lead.document] = entry
                }
            }
        }
        var matrix: [String: [String: Double]] = [:]
        for (a, row) in both {
            for (b, entry) in row {
                matrix[context.sourceID(a), default: [:]][context.sourceID(b)] = Self.round(Double(entry.agree) / Double(entry.all))
            }
        }
        return matrix
    }

    /// Three decimals, so that output is stable and readable.
    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
