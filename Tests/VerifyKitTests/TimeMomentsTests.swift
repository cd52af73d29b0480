import Testing
@testable import VerifyKit

/// Times of one event grouped into moments (``TimeMoments``) through the whole pipeline,
/// on invented reports: a conflict is sought only between times of one moment.
@Suite struct TimeMomentsTests {
    static func conflicts(_ reports: [TinyReports.Report]) throws -> [String] {
        try TinyReports(reports).verify().findings(.conflict, slot: "time").map(\.message)
    }

    @Test func aTimelineIsManyMomentsAndAPeerJoinsTheNearest() throws {
        // One source's chronology an hour or so apart: never one moment, so the peer's 18:44
        // is set against the timeline's 18:43, not against its first time.
        let reports: [TinyReports.Report] = [
            .init("a.md", published: "2026-03-10T22:00:00+01:00",
                  "The river authority warned at 15:06 of rising water. Firefighters were deployed at 16:20. The dam gave way at 17:42. Residents were told to leave at 18:43."),
            .init("b.md", published: "2026-03-10T23:00:00+01:00",
                  "Residents were told to leave at 18:44, when the water was already in the streets."),
        ]
        let conflicts = try Self.conflicts(reports)
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.contains("“18:43” (a) vs “18:44” (b)") == true, "\(conflicts)")
        #expect(!(conflicts.first ?? "").contains("15:06"))
    }

    @Test func timesHoursApartOfDifferentHappeningsDoNotConflict() throws {
        // Divers at 10 a.m., a visit at noon in one source; the other's 10:30 joins the divers.
        let reports: [TinyReports.Report] = [
            .init("a.md", published: "2026-03-10T20:00:00-04:00",
                  "Divers found a car at about 10 a.m. near the pier. The governor visited the site at about noon."),
            .init("b.md", published: "2026-03-10T21:00:00-04:00",
                  "A car was recovered around 10:30 a.m. near the pier."),
        ]
        #expect(try Self.conflicts(reports).isEmpty)
    }

    @Test func aPlannedTimeIsNotSetAgainstWhatHappened() throws {
        // "are expected to brief reporters at about 1 p.m." is a plan, not the visit at noon.
        let reports: [TinyReports.Report] = [
            .init("a.md", published: "2026-03-10T09:00:00-04:00", "The governor visited the pier at about noon on Tuesday."),
            .init("b.md", published: "2026-03-10T09:30:00-04:00", "Officials are expected to brief reporters at about 1 p.m. on Tuesday."),
        ]
        #expect(try Self.conflicts(reports).isEmpty)
        let facts = try TinyReports(reports).verify().facts(slot: "time")
        #expect(facts.contains { $0.key?.hasPrefix("planned") == true && $0.claims.map(\.source) == ["b"] })
    }

    @Test func exactMinutesThatDifferConflict() throws {
        // Two readings of one instant to the minute: "3:17" against "3:18" is worth a look.
        let reports: [TinyReports.Report] = [
            .init("a.md", published: "2026-03-10T09:00:00Z", "The ferry hit the quay at 3:17 a.m."),
            .init("b.md", published: "2026-03-10T09:30:00Z", "The ferry struck the quay at 3:18 a.m."),
        ]
        #expect(try Self.conflicts(reports).count == 1)
        // A rounded or approximate time stands for a nearby exact one.
        let rounded: [TinyReports.Report] = [
            .init("a.md", published: "2026-03-10T09:00:00Z", "The ferry hit the quay at 3:17 a.m."),
            .init("b.md", published: "2026-03-10T09:30:00Z", "The ferry struck the quay at about 3:20 a.m."),
        ]
        #expect(try Self.conflicts(rounded).isEmpty)
    }

    @Test func aTimeAndItsConversionInOneSentenceAreOneInstant() throws {
        // a writes a wrong conversion (23:40 local is 22:40 GMT at UTC+1): its GMT figure
        // stays in the moment and the conflict with b's GMT time is found.
        let reports: [TinyReports.Report] = [
            .init("a.md", published: "2026-03-10T09:00:00+01:00", "The tremor struck at 11:40 p.m. local time (0040 GMT)."),
            .init("b.md", published: "2026-03-10T09:30:00+01:00", "The tremor struck at 2240 GMT."),
        ]
        #expect(try Self.conflicts(reports).count == 1)
    }

    @Test func shortlyAfterMidnightAgreesWithOneInTheMorning() throws {
        let reports: [TinyReports.Report] = [
            .init("a.md", published: "2026-03-10T09:00:00+02:00", "The attack on the port began shortly after midnight."),
            .init("b.md", published: "2026-03-10T09:30:00+02:00", "Drones attacked the port at about 1 a.m."),
        ]
        #expect(try Self.conflicts(reports).isEmpty)
    }
}
