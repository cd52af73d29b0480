import Testing
@testable import VerifyKit

/// Focused tests of people counts.
@Suite struct CountExtractorTests {
    /// Count mentions of a text.
    static func counts(_ text: String, language: String = "en") -> [Mention] {
        CountExtractor().mentions(in: QuantityUnitTests.sentence(text, language: language),
                                  context: ExtractionContext(published: nil, language: language))
    }

    @Test func countsWithNounsAndOutcomes() throws {
        let found = Self.counts("At least 2,012 people were killed and 2,059 were injured, 1,404 of them in critical condition.")
        try #require(found.map(\.value) == ["2012", "2059", "1404"])
        #expect(found.map(\.subtype) == ["killed", "injured", "critical"])
        #expect(found[0].qualifiers == ["at least"] && found[0].text == "At least 2,012 people")
        #expect(found.allSatisfy { $0.unit == nil && $0.rule.hasPrefix("counts.yaml") })
    }

    @Test func outcomeBeforeTheNumber() {
        #expect(Self.counts("killing at least 628 people and injured 926").map(\.value) == ["628", "926"])
        #expect(Self.counts("the death toll rose to 2,862").first?.subtype == "killed")
        #expect(Self.counts("погибли 38 человек", language: "ru").first?.value == "38")
    }

    @Test func aDateBetweenTheTollAndItsFigureIsNoCount() {
        // The day of "the March 22 attack" does not stop the search for the outcome word.
        #expect(Self.counts("The number of people killed in the March 22 attack at the concert venue has risen to 143.")
            .map { "\($0.value) \($0.subtype ?? "")" } == ["143 killed"])
        #expect(Self.counts("The number of people killed in the attack on 22 March has risen to 143.").map(\.value) == ["143"])
    }

    @Test func anAttributionBetweenCommasStandsBetweenOutcomeAndFigure() {
        #expect(Self.counts("Пострадавших, по данным ведомства, больше 100.", language: "ru").map(\.value) == ["100"])
        #expect(Self.counts("The death toll, according to officials, rose to 40.").map(\.value) == ["40"])
        // A clause that is no attribution still ends the search.
        #expect(Self.counts("Those killed, the mayor's office said later, 12 buses had left.").allSatisfy { $0.subtype != "killed" })
    }

    @Test func tollsWrittenAsLivesTaken() {
        #expect(Self.counts("The floods claimed the lives of at least 95 people.").map { "\($0.value) \($0.subtype ?? "")" } == ["95 killed"])
        #expect(Self.counts("La riada se llevó la vida de al menos 62 de sus vecinos.", language: "es").map(\.value) == ["62"])
        #expect(Self.counts("La alcaldesa eleva a 70 el número de fallecidos en el municipio.", language: "es")
            .map { "\($0.value) \($0.subtype ?? "")" } == ["70 killed"])
    }

    @Test func countsOfThingsWithoutAnOutcome() {
        let found = Self.counts("Homendy said 21 crew members were aboard. Its entire 22-member crew are safe. "
            + "Police and 1,700 soldiers are searching. The ship carried 56 containers.")
        #expect(found.map { "\($0.value) \($0.subtype ?? "")" } == ["21 crew", "22 crew", "1700 troops", "56 containers"])
        #expect(Self.counts("They opened fire at the 6,200-seat Crocus City Hall.").map(\.subtype) == ["seats"])
        #expect(Self.counts("По словам очевидцев, нападавших было не менее пяти.", language: "ru")
            .map { "\($0.value) \($0.subtype ?? "") \($0.qualifiers.map(\.rawValue))" } == ["5 attackers [\"at least\"]"])
        // An outcome still makes a people count; what happened to things tells them apart.
        #expect(Self.counts("Three soldiers were killed.").map(\.subtype) == ["killed"])
        #expect(Self.counts("Russia fired about 90 missiles at Ukraine. Two stray rockets had fallen on the village.")
            .map { $0.qualifiers.filter { $0.rawValue.hasPrefix("predicate:") }.map(\.rawValue) } == [["predicate:launched"], ["predicate:impact"]])
        // A function word is no describing word: "155 as rescuers" counts no rescuers.
        #expect(Self.counts("The toll reached 155 as rescuers searched.").allSatisfy { $0.subtype != "rescuers" })
    }

    @Test func negationsGiveZero() throws {
        let none = try #require(Self.counts("No one was hurt in the attack.").first)
        #expect(none.value == "0" && none.qualifiers == ["negated"] && none.subtype == "injured" && none.text == "No one was hurt")
        #expect(Self.counts("No one was hurt in the attack.").count == 1)
        #expect(Self.counts("there were no casualties").first?.subtype == "casualties")
    }

    @Test func numbersThatAreNotCounts() {
        for text in ["One of the missiles hit the building.", "In 2023 killed", "The quake killed people 75 km away.",
                     "Bogusław W., 62, was killed.", "a man aged 60 died", "killed at 23:11"] {
            #expect(Self.counts(text).isEmpty, "\(text): \(Self.counts(text).map(\.value))")
        }
    }

    @Test func clauseBetweenCountAndOutcome() throws {
        let found = Self.counts("38 people, including five children, were killed.")
        try #require(found.map(\.value) == ["38", "5"])
        #expect(found.map(\.subtype) == ["killed", "killed"])
        #expect(found.map(\.qualifiers) == [[], ["group:children"]])
        #expect(Self.counts("Two children, aged 7 and 10, are among the injured.").map(\.value) == ["2"])
        #expect(Self.counts("Two children, aged 7 and 10; the injured were taken away.").isEmpty)
    }

    @Test func farOutcomeOfATotal() {
        let text = "The number of people killed by the earthquake that struck the Al Haouz province on Friday night "
            + "has risen to 2,862, while the number of injured has reached 2,562."
        let found = Self.counts(text)
        #expect(found.map(\.value) == ["2862", "2562"] && found.map(\.subtype) == ["killed", "injured"])
    }

    @Test func subgroupsButNotGenericNouns() {
        let found = Self.counts("The attack killed three soldiers and wounded 12 police officers.")
        #expect(found.map(\.qualifiers) == [["group:soldiers"], ["group:police"]])
        #expect(found.last?.text == "12 police officers")
        for (text, values) in [("38 people were killed and at least 24 others were wounded.", ["38", "24"]),
                               ("12 civilians were killed", ["12"]), ("12 residents were killed", ["12"]),
                               ("12 persons were killed", ["12"]), ("Five of whom died", ["5"]),
                               ("Погибли 38 человек.", ["38"]), ("40 individuals were hurt", ["40"])] {
            let language = text.first?.isASCII == true ? "en" : "ru"
            let counts = Self.counts(text, language: language)
            // The counts are read, so that "no group" is said of something.
            #expect(counts.map(\.value) == values, "\(text)")
            #expect(counts.allSatisfy { !$0.qualifiers.contains(where: \.isGroup) }, "\(text): \(counts.map(\.qualifiers))")
        }
    }
}
