import Testing
@testable import VerifyKit

/// Focused checks of the entity extractor on sentences like the corpus's.
@Suite struct EntityExtractorTests {
    /// Entity mentions of `text` as (value, text) pairs.
    func entities(_ text: String, language: String = "en") -> [Mention] {
        FactExtractor().extract(text: text, context: ExtractionContext(published: nil, language: language)).mentions
            .filter { $0.type == .entity }
    }

    /// Values only.
    func values(_ text: String, language: String = "en") -> [String] { entities(text, language: language).map(\.value) }

    @Test func spellingsAndScriptsShareAnId() {
        #expect(values("in Kyiv").contains("place:kyiv"))
        #expect(values("in Kiev").contains("place:kyiv"))
        #expect(values("в Киеве", language: "ru").contains("place:kyiv"))
        #expect(values("у Києві", language: "uk").contains("place:kyiv"))
        #expect(values("Odessa and Odesa").filter { $0 == "place:odesa" }.count == 2)
        #expect(values("в Одессе", language: "ru").contains("place:odesa"))
    }

    @Test func accentsAndHyphensAreIgnored() {
        #expect(values("in Odesa").contains("place:odesa"))
        #expect(values("in Odésa").contains("place:odesa"))
        #expect(values("Kh 101 and Kh-101").filter { $0 == "weapon:kh-101" }.count == 2)
        #expect(values("С-300", language: "ru").contains("weapon:s-300"))
    }

    @Test func longestMatchWins() {
        let found = entities("the SOCAR oil depot in the Odesa region")
        #expect(found.contains { $0.value == "place:odesa" && $0.text == "Odesa region" })
    }

    @Test func typeHedgeExtendsTheSpan() {
        let found = entities("an Iskander-type missile")
        #expect(found.count == 1)
        #expect(found.first?.text == "Iskander-type")
        #expect(found.first?.qualifiers.contains("-type") == true)
        #expect(entities("ракеты типа «Искандер»", language: "ru").first?.qualifiers.contains("-type") == true)
    }

    @Test func fragmentsHedge() {
        #expect(entities("fragments of an Iskander").first?.qualifiers.contains("fragments") == true)
        #expect(entities("an Iskander or its fragments").first?.qualifiers.contains("fragments") == true)
        #expect(entities("an Iskander hit the wall").first?.qualifiers.contains("fragments") == false)
    }

    @Test func scopedMinistries() {
        #expect(values("Azerbaijan's foreign ministry said").contains("organisation:foreign-ministry/az"))
        #expect(values("the Ministry of Foreign Affairs of the Republic of Azerbaijan").contains("organisation:foreign-ministry/az"))
        #expect(values("the Ministry of Foreign Affairs said").contains("organisation:foreign-ministry"))
        #expect(values("Министерство обороны России", language: "ru").contains("organisation:defence-ministry/ru"))
        #expect(values("Ministry of Defense of Russia").contains("organisation:defence-ministry/ru"))
    }

    @Test func countriesFromICUInSeveralLanguages() {
        #expect(values("Azerbaijan").contains("country:az"))
        #expect(values("России", language: "ru").contains("country:ru"))
        #expect(values("Polska", language: "pl").contains("country:pl"))
        #expect(values("Marokko", language: "de").contains("country:ma"))
        #expect(values("Russian forces").contains("country:ru"))
        #expect(!values("some china plates").contains("country:cn"))
    }

    @Test func peopleByRoleAndGazetteer() {
        let found = entities("Russian Ambassador to Baku Mikhail Yevdokimov was summoned.")
        #expect(found.contains { $0.value == "person:mikhail-yevdokimov" && $0.qualifiers.contains("role:ambassador") })
        #expect(values("Ukrainian President Volodymyr Zelenskiy").contains("person:volodymyr-zelensky"))
        #expect(values("Zelenskyy said").contains("person:volodymyr-zelensky"))
        #expect(values("Зеленский", language: "ru").contains("person:volodymyr-zelensky"))
        #expect(values("Prime Minister Mateusz Morawiecki").contains("person:mateusz-morawiecki"))
        #expect(values("foreign ministry spokesman Lukasz Jasina").contains("person:lukasz-jasina"))
        #expect(values("вызвало посла России в Баку Михаила Евдокимова", language: "ru").contains("person:mikhail-yevdokimov"))
    }

    @Test func notPeople() {
        #expect(!entities("During the meeting the envoy spoke.").contains { $0.subtype == "person" })
        #expect(!entities("In May the talks resumed.").contains { $0.subtype == "person" })
        #expect(entities("Встреча прошла 14 ноября.", language: "ru").isEmpty)
    }

    @Test func dottedAbbreviationsInsideNames() {
        let usgs = entities("The U.S. Geological Survey said")
        #expect(usgs.contains { $0.value == "organisation:usgs" && $0.text == "U.S. Geological Survey" })
        #expect(!usgs.contains { $0.value == "country:us" })
        #expect(entities("in St. Petersburg").contains { $0.value == "place:saint-petersburg" && $0.text == "St. Petersburg" })
        #expect(entities("He flew to the U.S.").contains { $0.value == "country:us" && $0.text == "U.S." })
        #expect(entities("U.S. troops left.").contains { $0.value == "country:us" && $0.text == "U.S." })
        #expect(entities("It hit Kyiv.").contains { $0.value == "place:kyiv" && $0.text == "Kyiv" })
    }

    @Test func lowerCaseParticleOpensAListedName() {
        // The gazetteer lists "Al Haouz province": the longest listed form wins, as for "Odesa region".
        #expect(entities("in al-Haouz province").contains { $0.value == "place:al-haouz" && $0.text == "al-Haouz province" })
        #expect(entities("villages of al-Hawz were cut off").contains { $0.value == "place:al-haouz" && $0.text == "al-Hawz" })
        #expect(entities("in el Haouz").contains { $0.value == "place:al-haouz" && $0.text == "el Haouz" })
        #expect(entities("Al Haouz province").contains { $0.value == "place:al-haouz" })
        #expect(!values("in el haouz").contains("place:al-haouz"))
    }

    @Test func givenNameAndInitial() {
        let found = entities("the foreman of the facility, Bogusław W., 62, and the tractor driver, Bogdan C., 60", language: "pl")
        #expect(found.contains { $0.value == "person:boguslaw-w" && $0.text == "Bogusław W." })
        #expect(found.contains { $0.value == "person:bogdan-c" && $0.text == "Bogdan C." && $0.qualifiers.contains("role:worker") })
        #expect(values("Bogdan C. said the tractor overturned.").contains("person:bogdan-c"))
        #expect(values("The victim, Jan K. (45), was taken to hospital.").contains("person:jan-k"))
        #expect(!entities("Patients were moved to Ward B., 3 km away.").contains { $0.subtype == "person" })
        #expect(!entities("Section A. said nothing about it.").contains { $0.subtype == "person" })
        #expect(!entities("Bogdan C. was there.").contains { $0.subtype == "person" })
    }

    @Test func mixedScriptLookAlike() {
        let found = entities("in K\u{0443}iv")
        #expect(found.contains { $0.value == "place:kyiv" && $0.qualifiers.contains("mixed-script") })
    }

    @Test func rangesPointAtTheText() throws {
        // ASCII, and text after letters of two and three bytes in UTF-8 (UTF-8 offsets, not characters).
        for (text, language, expected) in [("A strike on Kharkiv damaged the consulate.", "en", ["place:kharkiv"]),
                                           ("Near Hrubieszów — 6 km from Przewodów — and in Kyiv.", "en", ["place:hrubieszow", "place:kyiv"]),
                                           ("Ракета упала в Киеве, а не в Одессе.", "ru", ["place:kyiv", "place:odesa"])] {
            let found = entities(text, language: language)
            try #require(found.map(\.value).filter { expected.contains($0) } == expected, "\(text): \(found.map(\.value))")
            for mention in found {
                #expect(String(decoding: Array(text.utf8)[mention.range], as: UTF8.self) == mention.text, "\(text): \(mention.value)")
            }
        }
    }
}

/// Which of several places of one name a sentence means.
@Suite struct PlaceContextTests {
    private func place(_ text: String) -> Mention? {
        FactExtractor().extract(text: text, context: ExtractionContext(published: nil, language: "en")).mentions
            .first { $0.type == .entity && $0.subtype == "place" }
    }

    @Test func aDivisionNamedAsItsCityIsTheCity() throws {
        // "Napoli" is the province's own name and Naples' Italian one.
        let city = try #require(place("Il terremoto ha colpito Napoli nella notte."))
        #expect(city.value == "place:naples" && city.entityClass == "city")
    }

    @Test func anAgencysCountryDoesNotPlaceTheSentence() throws {
        // The survey is American; the quake it reports is not.
        let quake = try #require(place("A magnitude 6.9 earthquake struck near Valparaiso, the US Geological Survey said."))
        #expect(quake.country == "cl")
        // A country the sentence names does.
        let town = try #require(place("Floods reached Valparaiso, Indiana, in the United States."))
        #expect(town.country == "us")
    }
}
