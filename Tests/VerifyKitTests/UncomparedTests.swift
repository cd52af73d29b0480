import Foundation
import Testing
@testable import VerifyKit

/// A source compared with no other is said so in every output, and nothing is said to
/// agree that was not compared; `--single-story` makes one story of everything.
@Suite struct UncomparedTests {
    /// Two reports of two happenings a year apart that share nothing.
    static func unrelated() throws -> TinyReports {
        try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z",
                  "An Iskander missile hit Kyiv on November 14, 2025, killing 38 people near the SOCAR depot."),
            .init("b.md", published: "2024-10-30T09:00:00Z",
                  "Floods in Paiporta on October 29, 2024 left 62 dead, the regional government of Valencia said."),
        ])
    }

    @Test func unrelatedReportsAreTwoStoriesNeitherCompared() throws {
        let result = try Self.unrelated().verify()
        #expect(result.stories.count == 2)
        #expect(result.uncompared.map(\.source) == ["a", "b"])
        #expect(result.uncompared.allSatisfy { $0.reason == .aloneInStory })
        #expect(!result.comparedAnything)
        #expect(result.uncompared[0].message == "a was not compared: no other source reports its story (story-2025-11-14).")
    }

    @Test func everyOutputSaysWhatWasNotCompared() throws {
        let result = try Self.unrelated().verify()
        let markdown = MarkdownReport(result: result, reportDirectory: ".").render()
        #expect(markdown.contains("**Nothing could be compared:**"))
        #expect(!markdown.contains("No conflicts"))
        #expect(markdown.contains("**⊘ 2 sources not compared**"))
        #expect(markdown.contains("None, because nothing was compared"))
        #expect(TextSummary(result: result).verdict.contains("· 2 not compared · nothing compared"))
        let gated = GatedResult(result: result)
        #expect(GatedSummary(gated: gated).text().contains("not compared: a was not compared: no other source reports its story"))
        let json = result.json()
        #expect(json.contains("\"uncompared\"") && json.contains("\"alone-in-story\"") && json.contains("\"stories\""))
        let sarif = SARIFReport(gated: gated, baseDirectory: "/").log()
        let warnings = sarif.runs[0].results.filter { $0.ruleId == "uncompared" }
        #expect(warnings.count == 2 && warnings.allSatisfy { $0.level == "warning" })
        #expect(sarif.runs[0].tool.driver.rules.contains { $0.id == "uncompared" })
        let github = GitHubAnnotations(gated: gated, baseDirectory: "/").render()
        #expect(github.components(separatedBy: "title=verify (source not compared)::").count == 3)
        #expect(github.hasPrefix("::warning file="))
    }

    @Test func singleStoryComparesEverything() throws {
        let tiny = try Self.unrelated()
        let result = Verifier.align(tiny.extracted, rules: TestRules.shipped, grouping: .single)
        #expect(result.stories.count == 1 && result.stories[0].sources == ["a", "b"])
        // One story, but the two reports still share no fact: each is not compared, for that reason.
        #expect(result.uncompared.allSatisfy { $0.reason == .noSharedFact })
    }

    @Test func comparedSourcesAreNotListed() throws {
        let result = try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z",
                  "An Iskander missile hit Kiev at 01:00 on November 14, 2025, killing 38 people near the SOCAR depot."),
            .init("b.md", published: "2025-11-14T15:00:00Z",
                  "A Kinzhal missile hit Kyiv on November 14, 2025, killing 45 people near the SOCAR depot."),
        ]).verify()
        #expect(result.uncompared.isEmpty && result.comparedAnything)
        #expect(!TextSummary(result: result).verdict.contains("not compared"))
    }
}
