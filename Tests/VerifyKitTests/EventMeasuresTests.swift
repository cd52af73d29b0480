import Testing
@testable import VerifyKit

/// Measures of the event itself: a distance from the place where it happened is the
/// event's distance, and a duration a verb of lasting ties to the event is the event's
/// duration, compared across reports; other distances and durations stay apart.
@Suite struct EventMeasuresTests {
    /// The duration mentions of `text` as "value@kind".
    static func durations(_ text: String, language: String = "en") -> [String] {
        TestRules.mentions(text, language: language).filter(EventDurations.isDuration).map { "\($0.value)@\($0.entityClass ?? "-")" }
    }

    /// Whether the distances of `text` are marked as measured from the event's site.
    static func sited(_ text: String) -> [Bool] {
        TestRules.mentions(text).filter(EventSiteDistances.isDistance).map { $0.qualifiers.contains(.eventSite) }
    }

    @Test func aDistanceFromWhereTheEventHappenedIsTheEvents() {
        #expect(Self.sited("The quake struck in the Kessel area of the Dorne Valley, about 70 km south of Varnholt.") == [true])
        #expect(Self.sited("The blast hit near Kessel, 12 km from Varnholt.") == [true])
        // A place the sentence does not put the event at.
        #expect(Self.sited("Residents of Kessel, about 70 km south of Varnholt, said the quake woke them.") == [false])
        #expect(Self.sited("The quake was felt in Kessel, 200 km from Varnholt.") == [false])
    }

    @Test func aDurationTheEventLastedIsTheEvents() {
        #expect(Self.durations("The tremor, which they said lasted several minutes, cracked walls.") == ["3 min@earthquake"])
        #expect(Self.durations("The earth shook for about 20 seconds.") == ["20 s@earthquake"])
        // A span of something else after the cue.
        #expect(Self.durations("The strike left the city without power for 12 hours.") == ["12 h@-"])
        #expect(Self.durations("The quake was followed by eight hours of rain.") == ["8 h@-"])
    }

    @Test func twoAccountsOfHowLongTheQuakeLastedConflict() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2025-06-02T10:00:00Z",
                  "An earthquake struck Varnholt on Monday. Residents said the tremor, which they felt at home, lasted several minutes."),
            .init("b.md", published: "2025-06-02T12:00:00Z",
                  "An earthquake struck Varnholt on Monday. \"The earth shook for about 20 seconds,\" a teacher said."),
        ])
        let durations = tiny.verify().facts(slot: "duration")
        let quake = try #require(durations.first { $0.key == "thing:earthquake" }, "\(durations.map { ($0.key, $0.claims.map(\.normalized)) })")
        #expect(quake.status == .conflict)
    }
}
