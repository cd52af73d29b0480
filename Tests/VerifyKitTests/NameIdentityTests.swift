import Testing
@testable import VerifyKit

/// One identity across spellings and scripts: the key (ICU transliteration, lookalike
/// letters, sound skeleton), the sound distance and its threshold, and the guards that keep
/// different things apart (numbers, gender, given names, listed entries, countries).
@Suite struct NameIdentityTests {
    let keys = NameKeyMaker()

    /// A candidate found by its context (not listed), in `slot`, keyed from its value.
    func found(_ value: String, slot: Slot = "person", country: String? = nil) -> NameCandidate {
        NameCandidate(value: value, slot: slot, key: keys.key(value: value), listed: false, country: country, count: 1)
    }

    /// The same candidate, listed by a gazetteer.
    func listed(_ value: String, slot: Slot, country: String? = nil) -> NameCandidate {
        var candidate = found(value, slot: slot, country: country)
        candidate.listed = true
        return candidate
    }

    @Test func spellingsInOtherScriptsHaveOneKey() {
        let zelensky = keys.key(written: "Zelensky")
        #expect(zelensky.words == ["zelenski"])
        #expect(keys.key(written: "Zelenskyy") == zelensky)
        #expect(keys.key(written: "Зеленський") == zelensky)
        #expect(keys.key(written: "Зеленский") == zelensky)
        let shoigu = keys.key(written: "Shoigu")
        #expect(keys.key(written: "Shoygu") == shoigu && keys.key(written: "Шойгу") == shoigu)
        #expect(keys.key(written: "Краматорськ") == keys.key(written: "Kramatorsk"))
        #expect(keys.key(written: "Gaddafi") != keys.key(written: "Kadhafi"))   // near, not equal: see the distance
    }

    @Test func designationsKeepTheirNumbersAndReadKhAsX() {
        let kh55 = keys.key(written: "Kh-55")
        #expect(kh55.parts == [.word("h"), .number("55")])
        #expect(keys.key(written: "Х-55") == kh55)        // Cyrillic Х
        #expect(keys.key(written: "X-55") == kh55)        // Latin X, as some outlets write Kh-
        #expect(keys.key(written: "KH55") == kh55)
        #expect(keys.key(written: "Кh-55") == kh55)       // Cyrillic К beside a Latin h: a lookalike, not a transliteration
        #expect(keys.key(written: "Kh-555").numbers == ["555"])
        #expect(keys.key(written: "A320neo").parts == [.word("a"), .number("320"), .word("neo")])
    }

    @Test func lookalikeLettersAreReadOnlyInMixedWords() {
        #expect(NameKeyMaker.readingLookalikes("Kуiv") == "Kyiv")
        #expect(NameKeyMaker.readingLookalikes("Кh-55") == "Kh-55")
        #expect(NameKeyMaker.readingLookalikes("Київ Kyiv") == "Київ Kyiv")   // one script per word: left alone
    }

    @Test func aGroupOfCompaniesIsOneThingWithItsMembers() {
        let group = found("Harlow Group", slot: "organisation")
        #expect(NameIdentity.same(group, found("Harlow Shipping", slot: "organisation")))
        #expect(NameIdentity.same(found("Harlow Shipping Lines", slot: "organisation"), found("Harlow Holdings Ltd", slot: "organisation")))
        // Another stem, a stem alone without a family word, or a person: not one thing.
        #expect(!NameIdentity.same(group, found("Harrow Shipping", slot: "organisation")))
        #expect(!NameIdentity.same(found("Harlow Marine", slot: "organisation"), found("Harlow Shipping", slot: "organisation")))
        #expect(!NameIdentity.same(found("Group", slot: "organisation"), found("Group Shipping", slot: "organisation")))
        #expect(!NameIdentity.same(found("Harlow Group", slot: "place"), found("Harlow Shipping", slot: "place")))
    }

    @Test func theDistanceAndItsThreshold() {
        func distance(_ a: String, _ b: String) -> Double {
            SoundDistance.normalised(NameKey.skeleton(a), NameKey.skeleton(b))
        }
        #expect(distance("shoigu", "shoygu") == 0)
        #expect(abs(distance("gaddafi", "kadhafi") - 0.5 / 6) < 1e-9)
        #expect(abs(distance("vladimir", "volodymyr") - 1.5 / 9) < 1e-9)
        #expect(abs(distance("sergei", "serhiy") - 0.25) < 1e-9)
        #expect(distance("lavrov", "larin") > NameIdentity.threshold)
        #expect(distance("oleg", "olga") == 0.5)
        #expect(SoundDistance.cost("ab", "ba") == 1)   // a swap is one edit
    }

    @Test func spellingsOfOnePersonAreOneThing() {
        #expect(NameIdentity.same(found("person:muammar-gaddafi"), found("person:muammar-qaddafi")))
        #expect(NameIdentity.same(found("person:muammar-gaddafi"), found("person:muammar-kadhafi")))
        #expect(NameIdentity.same(found("person:sergei-shoigu"), found("person:sergey-shoygu")))
        #expect(NameIdentity.same(found("person:sergei-shoigu"), found("person:sergiy-shoygu")))
        #expect(NameIdentity.same(found("person:volodymyr-zelensky"), found("person:volodimir-zelenskyy")))
        // Words left out of a longer name: given name and surname still agree.
        #expect(NameIdentity.same(found("person:maynor-suazo"), found("person:maynor-yasir-suazo-sandoval")))
        #expect(NameIdentity.same(found("person:paul-wiedefeld"), found("person:paul-j-wiedefeld")))
    }

    @Test func differentPeopleWithSimilarNamesStayApart() {
        // Same given name, another surname.
        #expect(!NameIdentity.same(found("person:sergei-lavrov"), found("person:sergei-larin")))
        // A couple: Oleg Ivanov and Olga Ivanova.
        #expect(!NameIdentity.same(found("person:oleg-ivanov"), found("person:olga-ivanova")))
        // Another given name with the same surname.
        #expect(!NameIdentity.same(found("person:mikhail-yevdokimov"), found("person:oleg-yevdokimov")))
        // The feminine form is another person, even with the same given name.
        #expect(!NameIdentity.same(found("person:sasha-petrov"), found("person:sasha-petrova")))
        #expect(!NameIdentity.same(found("person:mario-rossi"), found("person:maria-rossi")))
        // A surname alone is not a full name here (SurnameJoiner joins it).
        #expect(!NameIdentity.same(found("person:shoigu"), found("person:sergei-shoigu")))
        // Short words must be equal.
        #expect(!NameIdentity.same(found("person:li-wei"), found("person:lu-wei")))
    }

    @Test func designationsWithOtherNumbersStayApart() {
        #expect(NameIdentity.same(found("weapon:kh-38", slot: "weapon"), found("weapon:x-38", slot: "weapon")))
        #expect(!NameIdentity.same(found("weapon:s-300", slot: "weapon"), found("weapon:s-400", slot: "weapon")))
        #expect(!NameIdentity.same(found("weapon:kh-55", slot: "weapon"), found("weapon:kh-555", slot: "weapon")))
        #expect(!NameIdentity.same(found("weapon:kh-55", slot: "weapon"), found("weapon:kh-55sm", slot: "weapon")))
        #expect(!NameIdentity.same(found("weapon:su-34", slot: "weapon"), found("weapon:s-34", slot: "weapon")))
    }

    @Test func listedEntriesCountriesAndSlotsStayApart() {
        // Two entries of a gazetteer or the index are two things.
        #expect(!NameIdentity.same(listed("weapon:kh-59", slot: "weapon"), listed("weapon:kh-69", slot: "weapon")))
        #expect(!NameIdentity.same(listed("place:valencia", slot: "place", country: "es"),
                                   listed("place:valencia-ve", slot: "place", country: "ve")))
        // A found name joins a listed one, unless their countries differ.
        #expect(NameIdentity.same(listed("place:mariupol", slot: "place", country: "ua"), found("place:mariupl", slot: "place")))
        #expect(!NameIdentity.same(listed("place:paris", slot: "place", country: "fr"), found("place:pariss", slot: "place", country: "us")))
        // A short word may differ by one sound when another word shows another
        // transliteration (a Cyrillic "Холл" beside "Hall"), never alone.
        #expect(NameIdentity.same(found("place:krestov-city-hall", slot: "place"), found("place:krestoff-siti-kholl", slot: "place")))
        #expect(!NameIdentity.same(found("place:lantern-hall", slot: "place"), found("place:lantern-hill", slot: "place")))
        #expect(!NameIdentity.same(found("place:hall", slot: "place"), found("place:hill", slot: "place")))
        #expect(!NameIdentity.same(found("person:krestov-hal", slot: "person"), found("person:krestoff-hol", slot: "person")))
        // Slots are kinds: a person is not a place.
        #expect(!NameIdentity.same(found("person:kramatorsk"), found("place:kramatorsk", slot: "place")))
    }
}
