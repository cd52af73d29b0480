import Testing
@testable import VerifyKit

/// Distances written without the places they are measured between (and durations without
/// what they measure) are grouped by
/// compatible value within an event, each group a fact keyed `≈<first value>`, so that
/// "about 6 km" and "about four miles" are one fact and 300 m and 500 m two.
@Suite struct UnanchoredMeasuresTests {
    static func distance(_ document: Int, _ value: String, about: Bool = false, key: String? = nil, date: String = "2022-11-15",
                         slot: String = "distance") -> ClaimRecord {
        var mention = Mention(type: .quantity, range: 0..<1, text: value, value: value, qualifiers: about ? [.about] : [],
                              subtype: slot, rule: "test")
        mention.measure = TestRules.shipped.units.measure(of: value)   // as the extractor sets it
        return ClaimRecord(document: document, sentence: 0, mention: mention, eventDate: date, slot: Slot(rawValue: slot), key: key, offset: nil)
    }

    static func keys(_ records: [ClaimRecord], storyOf: [Int] = [0, 0, 0]) -> [String?] {
        UnanchoredMeasures.cluster(records, storyOf: storyOf).map(\.key)
    }

    @Test func compatibleDistancesShareAKey() {
        #expect(Self.keys([Self.distance(0, "6 km", about: true), Self.distance(1, "4 mi", about: true), Self.distance(2, "5 km", about: true)])
                == ["≈6 km", "≈6 km", "≈6 km"])
        #expect(Self.keys([Self.distance(0, "300 m"), Self.distance(1, "500 m"), Self.distance(2, "300 m")]) == ["≈300 m", "≈500 m", "≈300 m"])
    }

    @Test func keyedDistancesOtherEventsAndStoriesStayApart() {
        #expect(Self.keys([Self.distance(0, "200 km", key: "place:essaouira→place:marrakesh"), Self.distance(1, "200 km")])
                == ["place:essaouira→place:marrakesh", "≈200 km"])
        #expect(Self.keys([Self.distance(0, "300 m"), Self.distance(1, "300 m", date: "2022-11-16")]) == ["≈300 m", "≈300 m"])
        let twoEvents = UnanchoredMeasures.cluster([Self.distance(0, "300 m"), Self.distance(1, "310 m", date: "2022-11-16")], storyOf: [0, 0])
        #expect(twoEvents.map(\.key) == ["≈300 m", "≈310 m"])
        #expect(Self.keys([Self.distance(0, "300 m"), Self.distance(1, "301 m")], storyOf: [0, 1]) == ["≈300 m", "≈301 m"])
        // A distance that is not a measured length (no unit the catalogue knows) is left alone.
        #expect(Self.keys([Self.distance(0, "35 parsecs")]) == [nil])
    }

    /// Durations written without what they measure: "eight hours" and "8 h" are one fact,
    /// "2 h" and "24 h" (of a warning, of an alert) facts apart.
    @Test func durationsWithoutTheirSubjectAreGroupedToo() {
        let keys = Self.keys([Self.distance(0, "8 h", slot: "duration"), Self.distance(1, "2 h", slot: "duration"),
                              Self.distance(2, "8 h", slot: "duration")])
        #expect(keys == ["≈8 h", "≈2 h", "≈8 h"])
    }
}
