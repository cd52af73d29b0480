import Testing
@testable import VerifyKit

/// Local times are local to the event's place: the zone of the country most of the event's
/// places belong to, at the event's date (summer time included); without places the
/// source's own publication offset stands.
@Suite struct EventZonesTests {
    static func record(_ document: Int, _ slot: String, _ value: String, date: String, offset: Int? = nil) -> ClaimRecord {
        var mention = Mention(type: slot == "time" ? .time : .entity, range: 0..<1, text: value, value: value, rule: "test")
        mention.country = TestRules.shipped.gazetteer.country(ofValue: value)   // as the extractor sets it
        return ClaimRecord(document: document, sentence: 0, mention: mention, eventDate: date, slot: Slot(rawValue: slot), key: nil, offset: offset)
    }

    /// The offsets of the time records after localising.
    static func offsets(_ records: [ClaimRecord], storyOf: [Int] = [0, 0]) -> [Int?] {
        EventZones.localise(records, storyOf: storyOf, countryZones: TestRules.shipped.alignment.countryZones).filter { $0.slot == "time" }.map(\.offset)
    }

    @Test func theZoneOfTheEventsPlaceAtItsDate() {
        // Kyiv: UTC+3 in August (summer time), UTC+2 in November.
        #expect(Self.offsets([Self.record(0, "place", "place:kyiv", date: "2025-08-28"),
                              Self.record(1, "time", "01:00", date: "2025-08-28", offset: 0)]) == [10800])
        #expect(Self.offsets([Self.record(0, "place", "place:kyiv", date: "2025-11-14"),
                              Self.record(1, "time", "01:00", date: "2025-11-14", offset: 0)]) == [7200])
        // Marrakesh in September 2023: UTC+1.
        #expect(Self.offsets([Self.record(0, "place", "place:marrakesh", date: "2023-09-08"),
                              Self.record(0, "time", "23:11", date: "2023-09-08")]) == [3600])
    }

    @Test func theMostNamedCountryWins() {
        // Two Polish places and one Ukrainian: Warsaw time (UTC+1 in November).
        let records = [Self.record(0, "place", "place:lublin", date: "2022-11-15"), Self.record(1, "place", "place:hrubieszow", date: "2022-11-15"),
                       Self.record(1, "place", "place:kyiv", date: "2022-11-15"), Self.record(0, "time", "15:40", date: "2022-11-15")]
        #expect(Self.offsets(records) == [3600])
    }

    @Test func withoutPlacesTheSourcesOffsetStands() {
        // No place in the event (the place is another event's, or another story's).
        #expect(Self.offsets([Self.record(0, "place", "place:kyiv", date: "2024-01-02"),
                              Self.record(0, "time", "01:00", date: "2025-11-14", offset: 14400)]) == [14400])
        #expect(Self.offsets([Self.record(0, "place", "place:kyiv", date: "2025-11-14"),
                              Self.record(1, "time", "01:00", date: "2025-11-14", offset: 14400)], storyOf: [0, 1]) == [14400])
        #expect(Self.offsets([Self.record(0, "time", "01:00", date: "2025-11-14")]) == [nil])
        // Other records are untouched.
        let place = Self.record(0, "place", "place:kyiv", date: "2025-11-14", offset: 14400)
        #expect(EventZones.localise([place], storyOf: [0], countryZones: TestRules.shipped.alignment.countryZones).map(\.offset) == [14400])
    }
}
