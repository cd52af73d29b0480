import Testing
@testable import VerifyKit

/// Ages of named people: read next to the name in each language's forms, never from a
/// number that counts something else, and compared across sources as a fact of the person.
@Suite struct PersonAgeTests {
    /// The ages a text gives, as (name as written, years).
    static func ages(_ text: String, language: String = "en") -> [(String, String)] {
        let mentions = FactExtractor().extract(text: text, context: ExtractionContext(published: nil, language: language)).mentions
        return mentions.filter { $0.subtype == "age" }.map { age in
            let name = mentions.first { $0.type == .entity && $0.range == age.subject }?.text ?? "?"
            return (name, age.value)
        }
    }

    @Test func agesNewsWritesBesideAName() {
        #expect(Self.ages("The body of 38-year-old Maynor Yasir Suazo-Sandoval was recovered on Friday.").map(\.1) == ["38"])
        #expect(Self.ages("They were identified as Alejandro Hernandez Fuentes, 35, of Baltimore, and Dorlian Castillo Cabrera, 26, of Dundalk.")
            .map(\.1) == ["35", "26"])
        #expect(Self.ages("El hondureño Maynor Suazo, de 39 años y padre de dos hijos, vivía en Maryland.", language: "es").map(\.1) == ["39"])
        #expect(Self.ages("Le conducteur, Jean Dupont, 62 ans, a été blessé.", language: "fr").map(\.1) == ["62"])
        #expect(Self.ages("Kierowca Jan Kowalski (45) został ranny.", language: "pl").map(\.1) == ["45"])
        #expect(Self.ages("Il sindaco Mario Rossi, 62 anni, ha detto che il 45enne Luca Bianchi è ferito.", language: "it").map(\.1) == ["62", "45"])
        #expect(Self.ages("The victims were Bogusław W., 62, and Bogdan C., 60.").map(\.1) == ["62", "60"])
    }

    @Test func numbersThatAreNoAge() {
        // A count right after a name, a place or organisation before a number, an old bridge.
        #expect(Self.ages("According to John Smith, 38 people were killed.").isEmpty)
        #expect(Self.ages("Rescuers reached Baltimore, 35, and Dundalk.").isEmpty)
        #expect(Self.ages("The 47-year-old Francis Scott Key Bridge collapsed.").isEmpty)
        #expect(Self.ages("Maynor Suazo llevaba 18 años viviendo en Estados Unidos.", language: "es").isEmpty)
        #expect(Self.ages("Smith, 2024, said the count was final.").isEmpty)
    }

    @Test func differentAgesOfOnePersonConflictAndTheSameAgree() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2022-11-16T10:00:00Z",
                  "Two men were killed in Przewodów on Tuesday. The victims were Bogusław W., 62, and Bogdan C., 60."),
            .init("b.md", published: "2022-11-16T12:00:00Z",
                  "Two men died in Przewodów on Tuesday when a missile hit a grain dryer. They were Bogusław W., 60, and Bogdan C., 60."),
        ])
        let result = Verifier.verify(tiny.corpus)
        let ages = result.facts.filter { $0.slot == "age" }
        #expect(ages.map(\.key) == ["person:bogdan-c", "person:boguslaw-w"], "\(ages)")
        #expect(ages.map(\.status) == [.agree, .conflict])
        let conflict = try #require(result.findings.first { $0.kind == .conflict && $0.slot == "age" })
        #expect(conflict.message.hasPrefix("the age of person:boguslaw-w"))
    }
}
