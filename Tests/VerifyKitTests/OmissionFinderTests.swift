import Testing
@testable import VerifyKit

/// Omissions: an earlier incident recalled by some sources of a story and not by others
/// (one finding for the whole incident: slot `incident`, or `date` when its sentences name
/// no happening), and a fact of an event stated by some of the sources reporting the event
/// and absent from the others (names only for the main event; `note` for names, `warning`
/// otherwise). A date written beside another ("August 8 and 18") is no incident of its own.
@Suite struct OmissionFinderTests {
    static func omissions(_ tiny: TinyReports, _ records: [ClaimRecord], storyOf: [Int]? = nil,
                          storyMain: [String] = ["2025-11-14"]) -> [Finding] {
        let context = tiny.context(records: records, storyOf: storyOf, storyMain: storyMain)
        return OmissionFinder(context: context, facts: FactBuilder(context: context).build().groups).findings()
    }

    /// `records` moved to event `date`.
    static func dated(_ records: [ClaimRecord], _ date: String) -> [ClaimRecord] {
        records.map { record in
            var copy = record
            copy.eventDate = date
            return copy
        }
    }

    /// Report a names the ambassador, the weapon and Baku, and recalls a strike of 2 January
    /// 2024; report b only says a missile hit Kyiv.
    static func embassyReports() throws -> TinyReports {
        try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z", """
                Russian Ambassador to Baku Mikhail Yevdokimov was summoned after an Iskander missile hit Kyiv. \
                On January 2, 2024 a Kinzhal strike hit Kyiv.
                """),
            .init("b.md", published: "2025-11-14T11:00:00Z", "A missile hit Kyiv overnight."),
        ])
    }

    static func embassyRecords(_ tiny: TinyReports) -> [ClaimRecord] {
        let a = tiny.records(.entity, in: 0) + tiny.records(.date, in: 0)
        return a.filter { $0.sentence == 0 } + dated(a.filter { $0.sentence == 1 }, "2024-01-02") + tiny.records(.entity, in: 1)
    }

    @Test func factsOfTheMainEventMissingFromASourceThatReportsIt() throws {
        let tiny = try Self.embassyReports()
        let found = Self.omissions(tiny, Self.embassyRecords(tiny)).filter { $0.event == "s0/2025-11-14" }
        #expect(found.map(\.slot) == ["person", "place", "weapon"], "\(found.map(\.message))")
        #expect(found.allSatisfy { $0.kind == .omission && $0.missingFrom == ["b"] && $0.claims.map(\.source) == ["a"] })
        // Names are notes; other facts warnings.
        #expect(found.map(\.severity) == [.note, .note, .warning])
        #expect(found.map(\.message) == [
            "The person “Mikhail Yevdokimov” (person:mikhail-yevdokimov) of the 2025-11-14 event is stated by a and absent from b, which report the same event.",
            "The place “Baku” (place:baku) of the 2025-11-14 event is stated by a and absent from b, which report the same event.",
            "The weapon of the 2025-11-14 event, “Iskander”, is stated by a and absent from b, which report the same event.",
        ])
        // Kyiv, stated by both, is no omission.
        #expect(!found.contains { $0.claims.contains { $0.normalized == "place:kyiv" } })
        #expect(found.last?.id == Fingerprint.make(kind: .omission, event: "s0/2025-11-14", slot: "weapon", key: nil, values: ["weapon:iskander"]))
    }

    @Test func anIncidentRecalledByOneSourceIsOneFinding() throws {
        let tiny = try Self.embassyReports()
        let found = Self.omissions(tiny, Self.embassyRecords(tiny)).filter { $0.event == "s0/2024-01-02" }
        // One finding for the whole strike (weapon, place, date), and no per-fact omission:
        // only a reports that event.
        let incident = try #require(found.first)
        #expect(found.count == 1)
        #expect(incident.slot == "incident" && incident.severity == .warning && incident.missingFrom == ["b"])
        #expect(incident.message == "The 2024-01-02 incident is recalled by a and not by b, which cover the same story.")
        #expect(Set(incident.claims.map(\.normalized)) == ["2024-01-02", "place:kyiv", "weapon:kinzhal"])
        #expect(incident.id == Fingerprint.make(kind: .omission, event: "s0/2024-01-02", slot: "incident", key: nil, values: ["a"]))
    }

    @Test func aDatedFactWithoutAHappeningIsADate() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z", "A missile hit Kyiv. The coordinates of the embassy in Kyiv were handed over in April 2022."),
            .init("b.md", published: "2025-11-14T11:00:00Z", "A missile hit Kyiv."),
        ])
        let a = tiny.records(.entity, in: 0) + tiny.records(.date, in: 0)
        let records = a.filter { $0.sentence == 0 } + Self.dated(a.filter { $0.sentence == 1 }, "2022-04") + tiny.records(.entity, in: 1)
        let found = Self.omissions(tiny, records)
        #expect(found.map(\.slot) == ["date"])
        #expect(found.first?.message == "The 2022-04 date is recalled by a and not by b, which cover the same story.")
    }

    @Test func aRecalledIncidentLosesDetailsButNotNames() throws {
        // Both recall the strike of 2 January 2024; only a gives the weapon and names Lviv.
        let tiny = try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z", "A missile hit Kyiv. On January 2, 2024 a Kinzhal strike hit Kyiv and Lviv."),
            .init("b.md", published: "2025-11-14T11:00:00Z", "A missile hit Kyiv. On January 2, 2024 a strike hit Kyiv."),
        ])
        var records: [ClaimRecord] = []
        for document in 0..<2 {
            let all = tiny.records(.entity, in: document) + tiny.records(.date, in: document)
            records += all.filter { $0.sentence == 0 } + Self.dated(all.filter { $0.sentence == 1 }, "2024-01-02")
        }
        let found = Self.omissions(tiny, records)
        #expect(found.map(\.event) == ["s0/2024-01-02"] && found.map(\.slot) == ["weapon"], "\(found.map(\.message))")
        #expect(found.first?.message == "The weapon of the 2024-01-02 event, “Kinzhal”, is stated by a and absent from b, which report the same event.")
    }

    @Test func aDateWrittenBesideAnotherIsNoIncident() throws {
        // "August 8 and 18": one incident under its first date. Written apart, the 18th is one.
        let together = try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z", "A missile hit Kyiv. On August 8 and 18, 2025, drones hit the SOCAR depot in Odesa."),
            .init("b.md", published: "2025-11-14T11:00:00Z", "A missile hit Kyiv."),
        ])
        let apart = try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z",
                  "A missile hit Kyiv. On August 8, 2025, drones hit the SOCAR depot in Odesa. It was hit again on August 18, 2025."),
            .init("b.md", published: "2025-11-14T11:00:00Z", "A missile hit Kyiv."),
        ])
        func records(_ tiny: TinyReports) -> [ClaimRecord] {
            // Each date is its own event; the other claims of a's recall are the 8th's.
            let dates = tiny.records(.date, in: 0).map { record -> ClaimRecord in
                var copy = record
                copy.eventDate = record.mention.value
                return copy
            }
            let entities = tiny.records(.entity, in: 0)
            return entities.filter { $0.sentence == 0 } + Self.dated(entities.filter { $0.sentence > 0 }, "2025-08-08") + dates
                + tiny.records(.entity, in: 1)
        }
        let joined = Self.omissions(together, records(together))
        #expect(joined.map(\.event) == ["s0/2025-08-08"] && joined.map(\.slot) == ["incident"], "\(joined.map(\.message))")
        let separate = Self.omissions(apart, records(apart))
        #expect(separate.map(\.event) == ["s0/2025-08-08", "s0/2025-08-18"] && separate.map(\.slot) == ["incident", "incident"],
                "\(separate.map(\.message))")
    }

    @Test func sourcesOfAnotherStoryAreNotMissing() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z", "An Iskander missile hit Kyiv."),
            .init("b.md", published: "2025-11-14T11:00:00Z", "A missile hit Kyiv."),
            .init("c.md", published: "2023-09-09T10:00:00Z", "The quake hit Marrakesh."),
        ])
        let records = tiny.records(.entity, in: 0) + tiny.records(.entity, in: 1) + tiny.records(.entity, in: 2, eventDate: "2023-09-08")
        let found = Self.omissions(tiny, records, storyOf: [0, 0, 1], storyMain: ["2025-11-14", "2023-09-08"])
        #expect(found.map(\.slot) == ["weapon"] && found.first?.missingFrom == ["b"])
        // A source alone in its event omits nothing and is omitted from nothing.
        #expect(Self.omissions(tiny, tiny.records(.entity, in: 0)).isEmpty)
    }
}
