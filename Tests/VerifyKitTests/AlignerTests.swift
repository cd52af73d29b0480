import Testing
@testable import VerifyKit

/// The aligner: story ids and main dates, and the whole alignment over two tiny reports of
/// one strike.
@Suite struct AlignerTests {
    @Test func aStorysMainDateIsItsDocumentsMostCommon() {
        // Story 0: two documents on the 14th, one on the 13th; story 1: a tie, the earlier wins.
        let mains = ["2025-11-14", "2025-11-13", "2023-09-09", "2025-11-14", "2023-09-08"]
        let storyOf = [0, 0, 1, 0, 1]
        #expect(Aligner.storyMainDates(storyOf: storyOf, mainDates: mains) == ["2025-11-14", "2023-09-08"])
        #expect(Aligner.storyMainDates(storyOf: [], mainDates: []) == [])
    }

    @Test func storiesAreNamedByMainDateNumberedWhenTheyShareIt() {
        #expect(Aligner.storyIDs(storyOf: [0, 1, 2, 1], mainDates: ["2025-11-14", "2025-11-14", "undated", "2025-11-14"])
                == ["story-2025-11-14", "story-2025-11-14-2", "story-undated"])
    }

    @Test func twoReportsOfOneStrike() throws {
        // The same strike (Kyiv, SOCAR, 14 November): Iskander at 10:00 vs Kinzhal at 15:00,
        // 38 then 45 killed, a time only in the first, Kiev against Kyiv.
        let tiny = try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z",
                  "An Iskander missile hit Kiev at 01:00 on November 14, 2025, killing 38 people near the SOCAR depot."),
            .init("b.md", published: "2025-11-14T15:00:00Z",
                  "A Kinzhal missile hit Kyiv on November 14, 2025, killing 45 people near the SOCAR depot."),
        ])
        let result = tiny.verify()
        #expect(result.sources.map(\.id) == ["a", "b"])
        #expect(result.stories == [Story(id: "story-2025-11-14", label: "2025-11-14: strike — Kiev", sources: ["a", "b"])])
        #expect(result.uncompared.isEmpty)
        #expect(result.events.map(\.id) == ["story-2025-11-14/2025-11-14"])
        #expect(result.events.first?.label == "2025-11-14: strike — Kiev" && result.events.first?.isMain == true)
        #expect(result.facts.map { "\($0.slot) \($0.status.rawValue)" } == [
            "date agree", "killed update", "missiles agree", "organisation agree", "place variant", "time single", "weapon conflict"])
        #expect(result.findings.map { "\($0.kind.rawValue) \($0.slot)" } == ["conflict weapon", "update killed", "omission time", "variant place"])
        #expect(result.findings.map(\.message) == [
            "the weapon of the 2025-11-14 event differs between sources: “Iskander” (a) vs “Kinzhal” (b); the values stay incompatible after normalisation.",
            "the killed of the 2025-11-14 event changes as reports come in: “38 people” (a) → “45 people” (b).",
            "The time of the 2025-11-14 event, “01:00”, is stated by a and absent from b, which report the same event.",
            "The same place (place:kyiv) is written differently: “Kiev” (a), “Kyiv” (b).",
        ])
        #expect(result.counts == [.conflict: 1, .update: 1, .omission: 1, .variant: 1])
        // Of the six facts both state, the date, the one missile that hit, SOCAR and Kyiv agree
        // (1), the weapon and the toll split (0.5): a mean of 0.833; the two sources agree on
        // four of six.
        #expect(result.scores.agreement == 0.833)
        #expect(result.scores.matrix == ["a": ["b": 0.667], "b": ["a": 0.667]])
        #expect(result.scores.sources["a"]?.coverage == 1 && result.scores.sources["b"]?.coverage == 0.857)
    }
}
