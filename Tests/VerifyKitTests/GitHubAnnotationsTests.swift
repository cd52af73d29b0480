import Foundation
import Testing
@testable import VerifyKit

@Suite struct GitHubAnnotationsTests {
    @Test func escapesMessagesAndProperties() {
        #expect(GitHubEscaping.message("100% a\r\nb: c, d") == "100%25 a%0D%0Ab: c, d")
        #expect(GitHubEscaping.property("100% a\r\nb: c, d") == "100%25 a%0D%0Ab%3A c%2C d")
    }

    @Test func aQuoteCannotStartACommandNorReorderItself() {
        // A quote that tries to open a command of its own stays in the message of one line.
        let message = GitHubEscaping.message("said:\n::error file=x::forged\r\n::stop-commands::t")
        #expect(!message.contains("\n") && !message.contains("\r"))
        #expect(message.hasPrefix("said:%0A::error"))
        // A right-to-left override that would show "killed 21" for "killed 12" is shown, not obeyed.
        #expect(GitHubEscaping.message("killed \u{202E}21\u{202C}") == "killed ⟦U+202E⟧21⟦U+202C⟧")
    }

    @Test func annotationCarriesTheLocationAndTitle() {
        let finding = GatingFixtures.finding(id: "x", message: "50% off\nnext", path: "/w/Corpus/a,b.txt", line: 4)
        let line = GitHubAnnotations(gated: GatedResult(result: GatingFixtures.result([finding])), baseDirectory: "/w")
            .annotation(finding)
        #expect(line == "::error file=Corpus/a%2Cb.txt,line=4,col=2,endLine=4,endColumn=9,title=verify conflict (weapon)::50%25 off%0Anext")
    }

    @Test func severitiesMapToCommands() {
        #expect(GitHubAnnotations.command(for: .error) == "error")
        #expect(GitHubAnnotations.command(for: .warning) == "warning")
        #expect(GitHubAnnotations.command(for: .note) == "notice")
    }

    @Test func printsTenPerLevelAndSaysHowManyMore() {
        let errors = (0..<25).map { GatingFixtures.finding(id: "e\($0)") }
        let notes = (0..<3).map { GatingFixtures.finding(id: "n\($0)", kind: .variant, severity: .note) }
        let text = GitHubAnnotations(gated: GatedResult(result: GatingFixtures.result(errors + notes)), baseDirectory: "/").render()
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(lines.filter { $0.hasPrefix("::notice file=") }.count == 3)
        #expect(lines.contains { $0.hasPrefix("::notice title=verify::15 more error findings not annotated") })
    }

    @Test func acceptedFindingsAreNotAnnotated() {
        let accepted = GatingFixtures.finding(id: "a")
        let fresh = GatingFixtures.finding(id: "b")
        let gated = GatedResult(result: GatingFixtures.result([accepted, fresh]),
                                baseline: Baseline(findings: [accepted], relativeTo: "/"), baselinePath: "b.json")
        let text = GitHubAnnotations(gated: gated, baseDirectory: "/").render()
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("::error") }.count == 1)
        #expect(text.contains("1 findings accepted by the baseline"))
    }

    @Test func stepSummaryListsEveryFindingWithEscapedCells() {
        let hostile = GatingFixtures.finding(id: "h", message: "a | b\n<img src=x> [link](http://x)")
        let many = (0..<30).map { GatingFixtures.finding(id: "e\($0)") }
        let summary = GitHubStepSummary(gated: GatedResult(result: GatingFixtures.result([hostile] + many))).render()
        let rows = summary.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(rows.count == 2 + 31)
        #expect(summary.contains("a \\| b &lt;img src=x&gt; \\[link\\]\\(http://x\\)"))
        #expect(rows.allSatisfy { $0.components(separatedBy: " | ").count == 6 })
    }
}
