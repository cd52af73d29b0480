import Testing
@testable import VerifyKit

/// Letter–digit designations that no gazetteer lists, the general weapons and vehicles
/// gazetteer, and the new organisations, on sentences written for these tests.
@Suite struct DesignationFinderTests {
    func entities(_ text: String, language: String = "en") -> [Mention] {
        FactExtractor().extract(text: text, context: ExtractionContext(published: nil, language: language)).mentions
            .filter { $0.type == .entity }
    }

    func values(_ text: String, language: String = "en") -> [String] { entities(text, language: language).map(\.value) }

    @Test func spellingsAcrossScriptsGiveOneValue() {
        #expect(values("Two Kh-38 missiles were launched.").contains("weapon:kh-38"))
        #expect(values("Two KH-38 missiles were launched.").contains("weapon:kh-38"))
        #expect(values("Two Kh38 missiles were launched.").contains("weapon:kh-38"))
        #expect(values("Были запущены две ракеты Х-38.", language: "ru").contains("weapon:kh-38"))
        #expect(values("Були запущені дві ракети Х-38.", language: "uk").contains("weapon:kh-38"))
        #expect(DesignationFinder.normalise("Су", "57с") == "su-57s")
        #expect(DesignationFinder.normalise("Tu", "214s") == "tu-214")
    }

    @Test func aCueTypesTheDesignation() {
        let missile = entities("The Kh-29 missile hit a warehouse.")
        #expect(missile.contains { $0.value == "weapon:kh-29" && $0.subtype == "weapon" && $0.text == "Kh-29" })
        #expect(values("An Il-114 aircraft landed at noon.").contains("vehicle:il-114"))
        #expect(values("Пассажирский самолет Ту-214 вылетел из Москвы.", language: "ru").contains("vehicle:tu-214"))
        #expect(values("a missile of the Kh-29 type").contains("weapon:kh-29"))
        // The nearest cue wins: a drone launched from a ship is a weapon.
        #expect(values("A Mohajer-6 drone was launched from the ship.").contains("weapon:mohajer-6"))
        #expect(values("Mohajer-10 drones were shown.").contains("weapon:mohajer-10"))
    }

    @Test func withoutACueADesignationIsUntyped() {
        let found = entities("Work on the Kh-29 began in 1970.")
        #expect(found.contains { $0.value == "designation:kh-29" && $0.subtype == "designation" })
        #expect(!found.contains { $0.subtype == "weapon" || $0.subtype == "vehicle" })
        // A long word prefix needs a cue: no designation at all.
        #expect(!values("Covid-19 cases rose in Kyiv.").contains { $0.hasPrefix("designation:") })
        // A cue across a comma is another clause.
        #expect(values("The Kh-29, unlike the missile we saw, is old.").contains("designation:kh-29"))
        // Spaces around the hyphen, or none of it: not a designation.
        #expect(!values("Kh - 29 missiles").contains("weapon:kh-29"))
        #expect(!values("In 2022 the missile was new.").contains { $0.hasPrefix("designation:") || $0.hasPrefix("weapon:") })
    }

    @Test func untypedDesignationsAreNotFacts() {
        let mention = Mention(type: .entity, range: 0..<5, text: "Kh-29", value: "designation:kh-29", subtype: "designation", rule: "test")
        let sentence = ExtractedSentence(sentence: Sentence(range: 0..<5, block: 0), text: "Kh-29",
                                         location: SourceLocation(path: "x", line: 1, column: 1, endLine: 1, endColumn: 6),
                                         mentions: [mention], cues: [])
        #expect(SlotRules.slot(of: mention, in: sentence) == nil)
    }

    @Test func gazetteerDesignationsWinOverThePattern() {
        #expect(values("Kh-55 and Х-55 cruise missiles").filter { $0 == "weapon:kh-55" }.count == 2)
        #expect(values("Ту-22М3 и Су-34", language: "ru") == ["weapon:tu-22m3", "weapon:su-34"])
        #expect(values("an MQ-9 over the sea").contains("weapon:mq-9"))
        #expect(values("the A320neo").contains("vehicle:airbus-a320neo"))
        #expect(values("S-300 batteries").contains("weapon:s-300"))
    }

    @Test func commonWordsInLowerCaseAreNotWeapons() {
        let weather = entities("A tornado and large hail (grad in Polish) hit the town; a patriot, a stinger and a lancet were found.")
        #expect(!weather.contains { $0.subtype == "weapon" })
        #expect(!entities("Tornado warnings were issued for Oklahoma.").contains { $0.subtype == "weapon" })
        #expect(!entities("Град и смерч повредили крыши.", language: "ru").contains { $0.subtype == "weapon" })
        #expect(!entities("Caesar crossed the Rubicon, Julius Caesar wrote.").contains { $0.subtype == "weapon" })
        #expect(values("Tornado-S and Grad rockets hit the town.") == ["weapon:tornado-s", "weapon:grad"])
    }

    @Test func newWeaponsWithCaseEndings() {
        #expect(values("Сбиты два «Искандера-М» и ракета Х-101.", language: "ru") == ["weapon:iskander", "weapon:kh-101"])
        #expect(values("Противник атаковал Су-34 и вертолетами Ка-52.", language: "ru") == ["weapon:su-34", "weapon:ka-52"])
        #expect(values("ЗРК С-400 «Триумф» и «Панцирем»", language: "ru").contains("weapon:pantsir"))
        #expect(values("Ворог застосував «Торнадо-С» і «Ланцети».", language: "uk") == ["weapon:tornado-s", "weapon:lancet"])
        #expect(values("North Korea tested a Hwasong-18 and a Hwasong.").filter { $0.hasPrefix("weapon:") } == ["weapon:hwasong-18", "weapon:hwasong"])
    }

    @Test func newOrganisationsAcrossLanguages() {
        #expect(values("The WHO and the IAEA sent teams.") == ["organisation:who", "organisation:iaea"])
        #expect(!values("Who sent the team?").contains("organisation:who"))
        #expect(values("Эксперты МАГАТЭ прибыли на станцию.", language: "ru").contains("organisation:iaea"))
        #expect(values("Представники Міжнародного комітету Червоного Хреста", language: "uk").contains("organisation:icrc"))
        #expect(values("Минздрав Украины сообщил о раненых.", language: "ru").contains("organisation:health-ministry/ua"))
        #expect(values("The NTSB and the FAA opened an inquiry.") == ["organisation:ntsb", "organisation:faa"])
        #expect(values("the U.S. Coast Guard said").contains("organisation:coast-guard/us"))
        #expect(values("Policja i Państwowa Straż Pożarna", language: "pl") == ["organisation:police", "organisation:fire-service"])
        #expect(values("Amnesty was granted to the rebels.").isEmpty)
    }
}
