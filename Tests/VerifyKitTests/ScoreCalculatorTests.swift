import Testing
@testable import VerifyKit

/// Scores: the mean agreement of the facts two or more sources state; per source, its
/// coverage (share of its story's facts it states) and consistency (share of its facts on
/// which it is not in a minority group of a conflict); per pair of sources of a story, the
/// share of the facts both state on which they agree. Three decimals.
@Suite struct ScoreCalculatorTests {
    static func scores(_ tiny: TinyReports, _ records: [ClaimRecord], storyOf: [Int]? = nil) -> Scores {
        let context = tiny.context(records: records, storyOf: storyOf, storyMain: ["2025-11-14", "2025-11-14"])
        return ScoreCalculator(context: context, groups: FactBuilder(context: context).build().groups).scores()
    }

    /// a and c say Iskander, b Kinzhal; all three name Kyiv; only a gives a toll. d is
    /// another story, with one fact of its own.
    static func reports() throws -> TinyReports {
        try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z", "An Iskander missile hit Kyiv, killing 38 people."),
            .init("b.md", published: "2025-11-14T10:20:00Z", "A Kinzhal missile hit Kyiv."),
            .init("c.md", published: "2025-11-14T15:00:00Z", "An Iskander missile hit Kyiv."),
            .init("d.md", published: "2023-09-09T10:00:00Z", "The quake hit Marrakesh."),
        ])
    }

    @Test func agreementCoverageConsistencyAndMatrix() throws {
        let tiny = try Self.reports()
        // The tolls only among the counts (each report's "a missile hit" counts one missile too).
        let records = (0..<4).flatMap { tiny.records(.entity, in: $0) + tiny.records(.count, in: $0).filter { $0.slot == "killed" } }
        let scores = Self.scores(tiny, records, storyOf: [0, 0, 0, 1])
        // Facts stated by two or more: weapon (2 of 3 agree) and Kyiv (3 of 3); the toll is a's alone.
        #expect(scores.agreement == 0.833)
        // Story 0 has three facts (weapon, Kyiv, killed); d's story one (Marrakesh).
        #expect(scores.sources["a"] == Scores.SourceScore(coverage: 1, consistency: 1))
        #expect(scores.sources["b"] == Scores.SourceScore(coverage: 0.667, consistency: 0.5))
        #expect(scores.sources["c"] == Scores.SourceScore(coverage: 0.667, consistency: 1))
        #expect(scores.sources["d"] == Scores.SourceScore(coverage: 1, consistency: 1))
        #expect(scores.sources.count == 4)
        // Shared facts of a pair: weapon and Kyiv.
        #expect(scores.matrix == ["a": ["b": 0.5, "c": 1], "b": ["a": 0.5, "c": 0.5], "c": ["a": 1, "b": 0.5]])
    }

    @Test func nothingSharedNoAgreementAndNoMatrix() throws {
        let tiny = try Self.reports()
        let scores = Self.scores(tiny, tiny.records(.count, in: 0) + tiny.records(.entity, in: 3), storyOf: [0, 0, 0, 1])
        #expect(scores.agreement == nil)
        #expect(scores.matrix.isEmpty)
        // A source that states nothing covers nothing and contradicts nothing.
        #expect(scores.sources["b"] == Scores.SourceScore(coverage: 0, consistency: 1))
        #expect(scores.sources["a"] == Scores.SourceScore(coverage: 1, consistency: 1))
    }

    @Test func aTiedConflictHasNoMajority() throws {
        // Iskander (a) vs Kinzhal (b), one each.
        let tiny = try Self.reports()
        let records = tiny.records(.entity, in: 0).filter { $0.slot == "weapon" } + tiny.records(.entity, in: 1).filter { $0.slot == "weapon" }
        let scores = Self.scores(tiny, records, storyOf: [0, 0, 0, 1])
        #expect(scores.agreement == 0.5)
        #expect(scores.matrix == ["a": ["b": 0], "b": ["a": 0]])
        #expect(scores.sources["a"]?.coverage == 1 && scores.sources["b"]?.coverage == 1)
        withKnownIssue("""
            ScoreCalculator counts a source in conflict when it is outside the first group of the fact, and             groups of equal size are ordered by source id: in a one-against-one conflict b's consistency is 0             and a's 1, only because "a" sorts first (renaming the files swaps them).
            """) {
            #expect(scores.sources["a"]?.consistency == scores.sources["b"]?.consistency)
        }
    }

    @Test func theMatrixStopsAtSixtySourcesAStory() throws {
        let count = ScoreCalculator.maximumMatrixSources + 1
        let tiny = try TinyReports((0..<count).map { .init(String(format: "r%02d.md", $0), published: "2025-11-14T10:00:00Z", "A missile hit Kyiv.") })
        let records = (0..<count).flatMap { tiny.records(.entity, in: $0) }
        #expect(records.count == count)
        // 61 sources in one story: no table, but the figures.
        let all = Self.scores(tiny, records)
        #expect(all.matrix.isEmpty && all.agreement == 1 && all.sources.count == count)
        // The same with the last source in a story of its own: 60 left, every pair agrees.
        let sixty = Self.scores(tiny, records, storyOf: Array(repeating: 0, count: count - 1) + [1])
        #expect(sixty.matrix.count == count - 1)
        #expect(sixty.matrix.values.allSatisfy { $0.count == count - 2 && $0.values.allSatisfy { $0 == 1 } })
        #expect(sixty.matrix["r60"] == nil)
    }

    @Test func figuresHaveThreeDecimals() {
        #expect(ScoreCalculator.round(2.0 / 3.0) == 0.667)
        #expect(ScoreCalculator.round(1.0 / 3.0) == 0.333)
        #expect(ScoreCalculator.round(2.5 / 3.0) == 0.833)
        #expect(ScoreCalculator.round(0.5) == 0.5)
    }
}
