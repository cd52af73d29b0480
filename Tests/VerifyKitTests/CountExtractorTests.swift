import Testing
@testable import VerifyKit

/// Focused tests of people counts.
@Suite struct CountExtractorTests {
    /// Count mentions of a text.
    static func counts(_ text: String, language: String = "en") -> [Mention] {
        CountExtractor().mentions(in: QuantityUnitTests.sentence(text, language: language),
                                  context: ExtractionContext(published: nil, language: language))
    }

    @Test func countsWithNounsAndOutcomes() {
        let found = Self.counts("At least 2,012 people were killed and 2,059 were injured, 1,404 of them in critical condition.")
        #expect(found.map(\.value) == ["2012", "2059", "1404"])
        #expect(found.map(\.subtype) == ["killed", "injured", "critical"])
        #expect(found[0].qualifiers == ["at least"] && found[0].text == "At least 2,012 people")
        #expect(found.allSatisfy { $0.unit == nil && $0.rule.hasPrefix("counts.yaml") })
    }

    @Test func outcomeBeforeTheNumber() {
        #expect(Self.counts("killing at least 628 people and injured 926").map(\.value) == ["628", "926"])
        #expect(Self.counts("the death toll rose to 2,862").first?.subtype == "killed")
        #expect(Self.counts("погибли 38 человек", language: "ru").first?.value == "38")
    }

    @Test func negationsGiveZero() throws {
        let none = try #require(Self.counts("No one was hurt in the attack.").first)
        #expect(none.value == "0" && none.qualifiers == ["negated"] && none.subtype == "injured" && none.text == "No one was hurt")
        #expect(Self.counts("No one was hurt in the attack.").count == 1)
        #expect(Self.counts("there were no casualties").first?.subtype == "casualties")
    }

    @Test func numbersThatAreNotCounts() {
        for text in ["One of the missiles hit the building.", "In 2023 killed", "The quake killed people 75 km away.",
                     "Bogusław W., 62, was killed.", "a man aged 60 died", "killed at 23:11"] {
            #expect(Self.counts(text).isEmpty, "\(text): \(Self.counts(text).map(\.value))")
        }
    }
}
