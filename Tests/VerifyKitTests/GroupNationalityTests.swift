import Testing
@testable import VerifyKit

/// The nationality of a group of people (`counts.yaml`: `nationalityGroups`,
/// `nationalityLinks`): read before or after the group's noun, for the listed groups only,
/// and aligned as a fact of the group that reports leave out, never a conflict.
@Suite struct GroupNationalityTests {
    /// The nationalities of a text, as "country@group".
    static func nationalities(_ text: String, language: String = "en") -> [String] {
        FactExtractor().extract(text: text, context: ExtractionContext(published: nil, language: language)).mentions
            .filter { $0.subtype == "nationality" }.map { "\($0.value)@\($0.entityClass ?? "-")" }
    }

    @Test func beforeOrAfterTheGroupNoun() {
        #expect(Self.nationalities("The tanker's crew are all Filipino, and two Mexican workers were hurt.")
            == ["country:ph@crew", "country:mx@staff"])
        // "nationals" after the adjective names the nationality of the group before it.
        #expect(Self.nationalities("Its 19-member crew are Chilean nationals, the owner said.") == ["country:cl@crew"])
        #expect(Self.nationalities("The tanker and its crew, all Filipino nationals, were rescued.") == ["country:ph@crew"])
    }

    @Test func notForSoldiersNorAcrossOtherWords() {
        #expect(Self.nationalities("Ukrainian soldiers held the crew of the Panamanian ship.").isEmpty)
        #expect(Self.nationalities("The crew said Colombian officials had boarded.").isEmpty)
    }

    @Test func aReportWithoutTheNationalityIsAnOmission() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2025-03-04T10:00:00Z", "A tanker ran aground off Brest on Tuesday. Its crew are all Filipino, the owner said."),
            .init("b.md", published: "2025-03-04T11:00:00Z", "A tanker ran aground off Brest on Tuesday. Its 20 crew members were safe."),
        ])
        let result = Verifier.verify(tiny.corpus)
        #expect(result.findings.contains { $0.kind == .omission && $0.slot == "crew" && $0.missingFrom == ["b"] },
                "\(result.findings.map(\.message))")
        #expect(!result.findings.contains { $0.kind == .conflict && $0.slot == "crew" })
    }
}
