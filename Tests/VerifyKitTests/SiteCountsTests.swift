import Testing
@testable import VerifyKit

/// A count given at a site of the event (a mall, a bridge) is the event's, not a sub-place's;
/// a site before an appositive role is no person; an omission of a disputed fact names each value.
@Suite struct SiteCountsTests {
    private static let reports: [TinyReports.Report] = [
        .init("first.md", published: "2026-04-03T22:00:00Z",
              "Three people were killed at the Quarry Lane Mall in Tampere on April 3, 2026, and seven were wounded, police said."),
        .init("second.md", published: "2026-04-04T14:00:00Z",
              "Four people were killed in the shooting in Tampere on April 3, 2026, and six were wounded, police said."),
        .init("third.md", published: "2026-04-04T16:00:00Z",
              "Four people died in the shooting in Tampere on April 3, 2026, police said."),
    ]

    @Test func aCountAtASiteIsTheEventsCount() throws {
        let result = try TinyReports(Self.reports).verify()
        #expect(!result.facts.contains { $0.slot == "killed" && $0.key?.contains("mall") == true })
        #expect(result.findings.contains { ($0.kind == .update || $0.kind == .conflict) && $0.slot == "killed" })
    }

    @Test func anOmissionOfADisputedFactNamesEachValue() throws {
        let result = try TinyReports(Self.reports).verify()
        let omission = try #require(result.findings.first { $0.kind == .omission && $0.slot == "injured" })
        #expect(omission.message.contains("(as “seven” or “six”)"), "\(omission.message)")
        #expect(omission.missingFrom == ["third"])
    }

    @Test func aSiteBeforeAnAppositiveRoleIsNoPerson() {
        let mentions = FactExtractor().extract(text: "The shooting began at the Quarry Lane Mall, Police Chief Ann Ruiz told reporters.",
                                               context: ExtractionContext(published: nil, language: "en")).mentions
        #expect(mentions.contains { $0.value == "place:quarry-lane-mall" })
        #expect(!mentions.contains { $0.value.hasPrefix("person:quarry") })
    }
}
