import Testing
@testable import VerifyKit

/// A size is keyed by the kind of thing it measures, so that a ship's length is compared
/// with ships' lengths and not with the bridge's; a thing's size belongs to the story's day.
@Suite struct MeasuredThingsTests {
    /// The size mentions of `text` as "value@kind".
    static func sizes(_ text: String, language: String = "en") -> [String] {
        TestRules.mentions(text, language: language).filter { $0.type == .quantity }.map { "\($0.value)@\($0.entityClass ?? "-")" }
    }

    @Test func theThingAfterOrBeforeTheSize() {
        #expect(Self.sizes("The 200-metre-long tanker hit the 1.2-km span of the bridge.") == ["200 m@vehicle", "1.2 km@bridge"])
        #expect(Self.sizes("The ferry is 120 metres long.") == ["120 m@vehicle"])
        #expect(Self.sizes("El buque mide 150 metros de largo.", language: "es") == ["150 m@vehicle"])
        // Across a clause boundary the thing does not reach the size; a crater is no thing.
        #expect(Self.sizes("The ferry sank, leaving a slick 3 km long.") == ["3 km@-"])
        #expect(Self.sizes("The blast left a crater 3 metres across.") == ["3 m@-"])
    }

    @Test func aShipsLengthIsComparedWithShipsNotWithTheBridge() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2025-06-02T10:00:00Z",
                  "A tanker struck a bridge in Gdansk on Monday. Built in 2011, the 250-metre-long tanker hit the 1.4-km span."),
            .init("b.md", published: "2025-06-02T12:00:00Z",
                  "A tanker struck a bridge in Gdansk on Monday. The tanker is 230 metres long; the 1.4-km bridge fell."),
        ])
        let lengths = tiny.verify().facts(slot: "length")
        let ship = try #require(lengths.first { $0.key == "thing:vehicle" }, "\(lengths.map { ($0.key, $0.event, $0.claims.map(\.normalized)) })")
        #expect(ship.status == .conflict)
        #expect(ship.event.hasSuffix("2025-06-02"))
        let bridge = try #require(lengths.first { $0.key == "thing:bridge" })
        #expect(bridge.status == .agree)
    }
}
