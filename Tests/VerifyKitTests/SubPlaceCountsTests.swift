import Testing
@testable import VerifyKit

/// A count given for one town of a wider story is a fact of that town, not of the total;
/// the story's own place keeps the total.
@Suite struct SubPlaceCountsTests {
    @Test func aTownsTollIsItsOwnFact() throws {
        // A flood around Bologna; Imola (a town of the same region) has its own toll.
        let tiny = try TinyReports([
            .init("a.md", published: "2025-03-04T10:00:00Z", "Floods hit Bologna on Monday. The floods in Bologna killed at least 60 people."),
            .init("b.md", published: "2025-03-04T18:00:00Z",
                  "Floods hit Bologna on Monday. At least 80 people died in the floods around Bologna. In Imola, 12 people died."),
            .init("c.md", published: "2025-03-05T09:00:00Z",
                  "Floods hit Bologna on Monday, officials in Bologna said. The mayor of Imola said 20 people had died there."),
        ])
        let result = tiny.verify()
        let killed = result.facts(slot: "killed")
        let town = try #require(killed.first { $0.key == "place:imola" }, "\(killed.map { ($0.key, $0.claims.map(\.normalized)) })")
        #expect(Set(town.claims.map(\.normalized)) == ["12", "20"])
        let total = try #require(killed.first { $0.key == nil })
        #expect(Set(total.claims.map(\.normalized)) == ["60", "80"])
    }

    @Test func theStorysOwnPlaceKeepsTheTotal() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2025-03-04T10:00:00Z", "A blast hit Bologna on Monday. In Bologna, 12 people died."),
            .init("b.md", published: "2025-03-04T18:00:00Z", "A blast hit Bologna on Monday, killing 14 people."),
        ])
        let killed = tiny.verify().facts(slot: "killed")
        #expect(killed.map(\.key) == [nil], "\(killed.map { ($0.key, $0.claims.map(\.normalized)) })")
    }
}
