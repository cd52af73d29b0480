import Foundation
import Testing
@testable import VerifyKit

/// A name written with look-alike letters of another script is read as the name and also
/// flagged, with its code points, in every output.
@Suite struct SpoofedNamesTests {
    static func spoofs(_ result: VerificationResult) -> [Finding] {
        result.findings.filter { $0.message.hasPrefix("Possible spoof") }
    }

    @Test func lookAlikeLettersAreReadAndFlaggedWithCodePoints() throws {
        // "Kуiv" with U+0443 CYRILLIC SMALL LETTER U; "Iskandеr" with U+0435 CYRILLIC SMALL LETTER IE.
        let result = try TinyReports([
            .init("a.md", published: "2026-03-03T10:00:00Z", "An Iskand\u{0435}r missile hit K\u{0443}iv on Tuesday, killing five people."),
            .init("b.md", published: "2026-03-03T10:00:00Z", "An Iskander missile hit Kyiv on Tuesday, killing five people."),
        ]).verify()
        let spoofs = Self.spoofs(result)
        #expect(spoofs.map(\.slot).sorted() == ["place", "weapon"])
        #expect(spoofs.allSatisfy { $0.severity == .warning && $0.kind == .variant && $0.claims.map(\.source) == ["a"] })
        let kyiv = try #require(spoofs.first { $0.slot == "place" })
        #expect(kyiv.message == "Possible spoof: “K\u{0443}iv” in a mixes Latin and Cyrillic letters "
                + "(K U+004B, \u{0443} U+0443 CYRILLIC SMALL LETTER U, i U+0069, v U+0076). It is read as place:kyiv.")
        #expect(kyiv.claims[0].value == "K\u{0443}iv" && kyiv.claims[0].location.line == 6)  // front matter is lines 1–4, a blank line, then the body
        // Read as the canonical name all the same: the place is one fact of both sources.
        #expect(result.facts.contains { $0.slot == "place" && Set($0.claims.map(\.source)) == ["a", "b"] })
    }

    @Test func unknownMixedWordsAreFlaggedToo() throws {
        let result = try TinyReports([
            .init("a.md", published: "2026-03-03T10:00:00Z", "The Brentw\u{0456}ck council met on Tuesday."),
        ]).verify()
        let spoof = try #require(Self.spoofs(result).first)
        #expect(spoof.slot == "name")
        #expect(spoof.message.contains("\u{0456} U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I"))
        #expect(spoof.message.hasSuffix("It names nothing the rules know."))
    }

    @Test func singleScriptWordsAndJoinedAbbreviationsAreNotSpoofs() throws {
        let result = try TinyReports([
            .init("a.md", published: "2026-03-03T10:00:00Z", "Ракета попала в Киев во вторник, сообщила IT-компания из Kyiv."),
            .init("b.md", published: "2026-03-03T10:00:00Z", "Το Κίεβο χτυπήθηκε την Τρίτη, ανέφερε το CNN."),
        ]).verify()
        #expect(Self.spoofs(result).isEmpty)
        #expect(SpoofedNames.mixedWords("IT-компания Kyiv Киев") == [])
        #expect(SpoofedNames.mixedWords("Kуiv, Аthens") == ["Kуiv", "Аthens"])
    }

    @Test func everyOutputShowsTheSpoofInert() throws {
        let result = try TinyReports([
            .init("a.md", published: "2026-03-03T10:00:00Z", "A missile hit K\u{0443}iv on Tuesday."),
        ]).verify()
        let markdown = MarkdownReport(result: result, reportDirectory: ".").render()
        #expect(markdown.contains("U+0443 CYRILLIC SMALL LETTER U"))
        let gated = GatedResult(result: result)
        #expect(GitHubAnnotations(gated: gated).render().contains("U+0443"))
        let sarif = SARIFReport(gated: gated, baseDirectory: "/").log()
        #expect(sarif.runs[0].results.contains { $0.message.text.contains("U+0443") })
        #expect(result.json().contains("U+0443 CYRILLIC SMALL LETTER U"))
    }
}
