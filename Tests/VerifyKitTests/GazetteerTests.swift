import Testing
@testable import VerifyKit

/// The compiled gazetteers and their building blocks.
@Suite struct GazetteerTests {
    @Test func everyEntryHasAUniqueValue() {
        let values = Gazetteer.shared.targets.filter { !$0.adjective && $0.kind != "country" }.map(\.value)
        #expect(Set(values).count == values.count)
        #expect(values.contains("weapon:iskander") && values.contains("organisation:socar") && values.contains("place:kyiv"))
    }

    @Test func icuCountryNamesAreLoaded() {
        let table = Gazetteer.shared.table
        let azerbaijan = table.candidates("азербайджан").map { Gazetteer.shared.targets[table.aliases[$0].target].value }
        #expect(azerbaijan.contains("country:az"))
    }

    @Test func regularCountryAdjectivesAreDerivedFromCLDRNames() {
        #expect(CountryAdjectives.derived("India") == "Indian")
        #expect(CountryAdjectives.derived("Mexico") == "Mexican")
        #expect(CountryAdjectives.derived("Chile") == "Chilean")
        #expect(CountryAdjectives.derived("Italy") == "Italian")
        #expect(CountryAdjectives.derived("Belgium") == "Belgian")
        #expect(CountryAdjectives.derived("Pakistan") == "Pakistani")
        #expect(CountryAdjectives.derived("Egypt") == "Egyptian")
        #expect(CountryAdjectives.derived("Sri Lanka") == "Sri Lankan")
        #expect(CountryAdjectives.derived("Norway") == nil)   // "-way": no regular ending
        let derived = CountryAdjectives.all(listed: ["do": ["Dominican"]])
        #expect(derived["in"]?.contains("Indian") == true && derived["co"]?.contains("Colombian") == true)
        // Two countries deriving one form (Nigeria, Niger) keep it for neither; a listed form wins.
        #expect(!derived.values.joined().contains("Nigerian"))
        #expect(derived["dm"]?.contains("Dominican") != true)
        // In text, with the listed irregular ones.
        let found = FactExtractor().extract(text: "Two Colombian and three Filipino sailors were rescued by an Indian ship.",
                                            context: ExtractionContext(published: nil, language: "en")).mentions
            .filter { $0.subtype == "country" && $0.qualifiers.contains(.adjective) }.map(\.value)
        #expect(found == ["country:co", "country:ph", "country:in"])
    }

    @Test func countryAdjectivesInOtherLanguagesComeFromCLDRLanguageNames() {
        let forms: [String: [AdjectiveForms]] = [
            "es": [.init(ending: "o", forms: ["o", "a", "os", "as"]), .init(ending: "és", forms: ["és", "esa", "eses", "esas"])],
            "fr": [.init(ending: "ien", forms: ["ien", "ienne", "iens", "iennes"])],
            "de": [.init(ending: "isch", forms: ["isch", "ische", "ischen"])],
            "pt": [.init(ending: "ês", forms: ["ês", "esa"])],
        ]
        let found = CountryAdjectives.fromLanguageNames(forms: forms, listed: [:], countryNames: ["China"])
        #expect(found["ru"]?.contains("rusos") == true && found["ru"]?.contains("russische") == true)
        #expect(found["ua"]?.contains("ukrainienne") == true && found["pl"]?.contains("polaca") == true)
        // A language most likely spoken in a country whose name opens otherwise names no
        // adjective of it: "inglés" is no American, "portugués" no Brazilian.
        #expect(found["us"]?.contains("inglés") != true && found["br"]?.contains("portugués") != true)
        #expect(CountryAdjectives.opensAlike("alemán", "Alemania") && !CountryAdjectives.opensAlike("inglés", "Estados Unidos"))
        // In text.
        let mentions = FactExtractor().extract(text: "Los misiles rusos alcanzaron una refinería ucraniana.",
                                               context: ExtractionContext(published: nil, language: "es")).mentions
        #expect(mentions.filter { $0.qualifiers.contains(.adjective) }.map(\.value) == ["country:ru", "country:ua"])
    }

    @Test func inflectionRule() {
        let rule = Gazetteer.shared.inflections.cyrillic
        #expect(rule.matches(alias: "киев", word: "киеве"))
        #expect(rule.matches(alias: "одесса", word: "одессе"))
        #expect(rule.matches(alias: "зеленский", word: "зеленского"))
        #expect(rule.matches(alias: "алиев", word: "алиевым"))
        #expect(!rule.matches(alias: "киев", word: "киевлянин"))
    }

    @Test func romanizerFollowsNewsConventions() {
        #expect(Romanizer.romanize("евдокимов") == "yevdokimov")
        #expect(Romanizer.romanize("алиев") == "aliyev")
        #expect(Romanizer.romanize("зеленский") == "zelenskiy")
        #expect(Romanizer.romanize("михаил") == "mikhail")
    }

    @Test func phoneticKeysAbsorbSpellingSystems() {
        #expect(PhoneticKey.make("yevdokimov") == PhoneticKey.make("evdokimov"))
        #expect(PhoneticKey.make("zelenskiy") == PhoneticKey.make("zelensky"))
        #expect(PhoneticKey.make("zelenskyy") == PhoneticKey.make("zelensky"))
        #expect(PhoneticKey.make("odessa") == PhoneticKey.make("odesa"))
    }

    @Test func tokenKeys() {
        let keys = TokenKeyMaker()
        #expect(keys.key("Przewodów").key == "przewodow")
        #expect(keys.key("Azerbaijan's").key == "azerbaijan")
        #expect(keys.key("Azerbaijan's").possessive)
        #expect(keys.key("Киеве").key == "киеве")
        #expect(keys.key("K\u{0443}iv").script == .mixed)
        #expect(keys.key("-").isJoiner)
    }

    @Test func aSentenceBreakInsideADottedNameIsRecognised() {
        let gazetteer = Gazetteer.shared
        #expect(gazetteer.continuesName(before: "The U.S.", after: "Geological Survey said the quake was strong."))
        #expect(gazetteer.continuesName(before: "He was born in St.", after: "Petersburg in 1952."))
        #expect(!gazetteer.continuesName(before: "He went to the U.S.", after: "The next day he left."))
        #expect(!gazetteer.continuesName(before: "He went to the U.S.", after: "Geological surveys are rare."))
        #expect(!gazetteer.continuesName(before: "It hit Kyiv.", after: "Geological Survey staff left."))
    }

    @Test func lowerCaseFormsSurviveDuplicateAliases() {
        let table = Gazetteer.shared.table
        let haouz = table.candidates("al").map { table.aliases[$0] }
            .filter { Gazetteer.shared.targets[$0.target].value == "place:al-haouz" && $0.pieces == ["al", "haouz"] }
        #expect(haouz.count == 1)
        #expect(haouz.first?.needsCapital == false)
        #expect(Gazetteer.shared.nameParticles.contains("al"))
    }
}
