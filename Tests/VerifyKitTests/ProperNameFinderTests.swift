import Testing
@testable import VerifyKit

/// The proper-name finder on sentences written for these tests: each typing rule of
/// `names.yaml`, and the words it must not take for names.
@Suite struct ProperNameFinderTests {
    /// Entity mentions of `text`.
    func entities(_ text: String, language: String = "en") -> [Mention] {
        FactExtractor().extract(text: text, context: ExtractionContext(published: nil, language: language)).mentions
            .filter { $0.type == .entity }
    }

    /// Values only.
    func values(_ text: String, language: String = "en") -> [String] { entities(text, language: language).map(\.value) }

    @Test func headNounsMakeOrganisations() {
        #expect(values("Crews from Harlow Builders arrived at dawn.").contains("organisation:harlow-builders"))
        #expect(values("Two nurses at the Eastbrook Hospital confirmed it.").contains("organisation:eastbrook-hospital"))
        let found = entities("Staff of the Kessler Railways were told to wait.")
        #expect(found.contains { $0.value == "organisation:kessler-railways" && $0.rule == "names.yaml: head noun Railways" })
    }

    @Test func connectorsStayInside() {
        #expect(values("The report went to the Ministry of Fisheries before noon.").contains("organisation:ministry-of-fisheries"))
        #expect(values("Los vecinos llamaron a Juan de la Cruz por la tarde.", language: "es").contains("name:juan-de-la-cruz"))
        #expect(values("El informe llegó al Ministerio de Pesca el lunes.", language: "es").contains("organisation:ministerio-de-pesca"))
    }

    @Test func designatorsMakePlaces() {
        #expect(values("Traffic was halted on the Old Mill Bridge overnight.").contains("place:old-mill-bridge"))
        #expect(values("Boats searched the Tavern River after dark.").contains("place:tavern-river"))
        // A river is one value whichever language and side its designator stands on.
        #expect(values("Las lluvias desbordaron el río Algar durante la noche.", language: "es").contains("place:algar-river"))
        #expect(values("The Algar River burst its banks.").contains("place:algar-river"))
        #expect(values("Die Fähre sank vor der Insel Quelbrin.", language: "de").contains("place:quelbrin"))
        #expect(values("Жители улицы Садовой остались без света.", language: "ru").contains { $0.hasPrefix("place:sadov") })
    }

    @Test func vehicleCues() {
        #expect(values("The tanker Northern Lark ran aground.").contains("vehicle:northern-lark"))
        #expect(values("Engineers inspected the Corvina, a container ship built in 2011.").contains("vehicle:corvina"))
        #expect(values("Officials said aircraft N4821K landed safely.").contains("vehicle:n4821k"))
        #expect(values("The jet, registered HL7702, was towed away.").contains("vehicle:hl7702"))
        #expect(values("Passengers of flight KE905 were rebooked.").contains("vehicle:ke905"))
        #expect(!values("KE905 passengers were rebooked.").contains("vehicle:ke905"))
    }

    @Test func peopleFromTitlesAndAges() {
        #expect(values("The fire was reported by Dr. Helena Marsh at the clinic.").contains("person:helena-marsh"))
        #expect(values("The driver, Tomas Edvin Lund, 52, was unhurt.").contains("person:tomas-edvin-lund"))
    }

    @Test func sentenceInitialWordsAreNotNames() {
        let found = entities("Rescuers worked through the night near the dam.")
        #expect(!found.contains { $0.value.hasPrefix("name:") || $0.value.hasPrefix("person:") })
        #expect(!values("Salvage crews cut the steel into pieces.").contains("name:salvage"))
        // A second word mid-sentence is still read.
        #expect(values("Rescuers from Brandt County arrived.").contains("place:brandt-county"))
    }

    @Test func headlinesMonthsAndFunctionWords() {
        #expect(entities("Heavy Rain Floods Town As Rivers Burst Their Banks").isEmpty)
        #expect(!values("The meeting moved from Tuesday to March at short notice.").contains { $0.hasPrefix("name:") })
        #expect(!values("They met again in September, and then on Friday.").contains { $0.hasPrefix("name:") })
        #expect(!values("The work of the Danish shipping firm was praised.").contains { $0.hasPrefix("name:danish") || $0.hasPrefix("organisation:danish") })
        #expect(!values("A Soviet-era building collapsed.").contains("name:soviet"))
    }

    @Test func roleModifiersAreNotNames() {
        #expect(!values("The Regional Planning Minister Ola Brekke spoke.").contains("name:regional-planning"))
    }

    @Test func cyrillicNamesAndHeadNouns() {
        #expect(values("Пациентов перевели в Центральную больницу вечером.", language: "ru").contains { $0.hasPrefix("organisation:") })
        #expect(values("Данные передал Дорожный комитет утром.", language: "ru").contains { $0.hasPrefix("organisation:dorozhn") })
        #expect(values("Заяву оприлюднило Центральне управління поліції.", language: "uk").contains { $0.hasPrefix("organisation:") })
        #expect(values("Вечером на концерте выступила Анна Веснина из Твери.", language: "ru").contains { $0.hasPrefix("name:ann") && $0.contains("vesnin") })
    }

    @Test func gazetteerMatchesWin() {
        let found = entities("The strike on Kyiv was reported by the Odesa Port Authority.")
        #expect(found.contains { $0.value == "place:kyiv" })
        #expect(!found.contains { $0.value.contains("kyiv") && $0.subtype != "place" })
    }
}
