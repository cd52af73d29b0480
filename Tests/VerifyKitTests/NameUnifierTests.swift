import Testing
@testable import VerifyKit

/// Name unification within a story: spellings of one person whose phonetic keys match
/// become the most written id, a surname alone joins the one full name that ends with it,
/// and a national body named without its country joins the one country's body the story names.
@Suite struct NameUnifierTests {
    /// A claim of `document` naming `value` in `slot` (the key is the value, as SlotRules gives it),
    /// found by `rule`: by default a role word (`roles.yaml`), so not a listed entry.
    static func record(_ document: Int, _ slot: String, _ value: String, qualifiers: [String] = [],
                       rule: String = "roles.yaml", sentence: Int = 0, text: String? = nil) -> ClaimRecord {
        let mention = Mention(type: .entity, range: 0..<1, text: text ?? value, value: value, qualifiers: qualifiers.map(Qualifier.init(rawValue:)), subtype: slot, rule: rule)
        return ClaimRecord(document: document, sentence: sentence, mention: mention, eventDate: "2025-11-14", slot: Slot(rawValue: slot), key: value, offset: nil)
    }

    /// Values and keys after unification.
    static func unified(_ records: [ClaimRecord], storyOf: [Int]) -> [String] {
        let result = NameUnifier.unify(records, storyOf: storyOf)
        for record in result where record.key != record.mention.value {
            Issue.record("key \(record.key ?? "nil") differs from value \(record.mention.value)")
        }
        return result.map(\.mention.value)
    }

    @Test func spellingsOfOneNameBecomeTheMostWritten() {
        // Evdokimov once, Yevdokimov twice: one person, Yevdokimov.
        let records = [Self.record(0, "person", "person:mikhail-evdokimov"), Self.record(1, "person", "person:mikhail-yevdokimov"),
                       Self.record(2, "person", "person:mikhail-yevdokimov")]
        #expect(Self.unified(records, storyOf: [0, 0, 0]) == Array(repeating: "person:mikhail-yevdokimov", count: 3))
        // A tie goes to the first in alphabetical order.
        #expect(Self.unified(Array(records.prefix(2)), storyOf: [0, 0, 0]) == Array(repeating: "person:mikhail-evdokimov", count: 2))
    }

    @Test func differentNamesAndOtherStoriesStayApart() {
        let records = [Self.record(0, "person", "person:mikhail-evdokimov"), Self.record(1, "person", "person:mikhail-yevdokimov"),
                       Self.record(1, "person", "person:mikhail-yevdokimov"), Self.record(0, "person", "person:ilham-aliyev")]
        // Documents 0 and 1 are different stories: nothing joins across them.
        #expect(Self.unified(records, storyOf: [0, 1]) == ["person:mikhail-evdokimov", "person:mikhail-yevdokimov",
                                                           "person:mikhail-yevdokimov", "person:ilham-aliyev"])
    }

    @Test func aSurnameAloneJoinsTheOneFullName() {
        let full = Self.record(0, "person", "person:mikhail-yevdokimov")
        let surname = Self.record(1, "person", "person:yevdokimov", qualifiers: ["surname-only"])
        #expect(Self.unified([full, surname], storyOf: [0, 0]) == ["person:mikhail-yevdokimov", "person:mikhail-yevdokimov"])
        // Spelled otherwise, it still joins (same phonetic key).
        let spelled = Self.record(1, "person", "person:evdokimov", qualifiers: ["surname-only"])
        #expect(Self.unified([full, spelled], storyOf: [0, 0]) == ["person:mikhail-yevdokimov", "person:mikhail-yevdokimov"])
        // Without the qualifier, a one-word name is a name of its own.
        let plain = Self.record(1, "person", "person:yevdokimov")
        #expect(Self.unified([full, plain], storyOf: [0, 0]) == ["person:mikhail-yevdokimov", "person:yevdokimov"])
        // In another story, there is no full name to join.
        #expect(Self.unified([full, surname], storyOf: [0, 1]) == ["person:mikhail-yevdokimov", "person:yevdokimov"])
    }

    @Test func aSurnameSharedByTwoFullNamesStaysAlone() {
        let records = [Self.record(0, "person", "person:mikhail-yevdokimov"), Self.record(0, "person", "person:anna-yevdokimova"),
                       Self.record(0, "person", "person:oleg-yevdokimov"), Self.record(1, "person", "person:yevdokimov", qualifiers: ["surname-only"])]
        #expect(Self.unified(records, storyOf: [0, 0]).last == "person:yevdokimov")
    }

    /// A listed organisation (from the organisations gazetteer).
    static func body(_ document: Int, _ value: String) -> ClaimRecord {
        record(document, "organisation", value, rule: "gazetteer-organisations.yaml: \(value)")
    }

    @Test func aBodyWithoutItsCountryJoinsTheOneCountrysBody() {
        let scoped = Self.body(0, "organisation:foreign-ministry/az")
        let bare = Self.body(1, "organisation:foreign-ministry")
        #expect(Self.unified([scoped, bare], storyOf: [0, 0])
                == ["organisation:foreign-ministry/az", "organisation:foreign-ministry/az"])
        // Two countries' ministries: the bare one cannot be told, and stays.
        let russian = Self.body(0, "organisation:foreign-ministry/ru")
        #expect(Self.unified([scoped, russian, bare], storyOf: [0, 0])
                == ["organisation:foreign-ministry/az", "organisation:foreign-ministry/ru", "organisation:foreign-ministry"])
        // Another kind of body, or another story, does not join.
        let defence = Self.body(1, "organisation:defence-ministry")
        #expect(Self.unified([scoped, defence], storyOf: [0, 0]) == ["organisation:foreign-ministry/az", "organisation:defence-ministry"])
        #expect(Self.unified([scoped, bare], storyOf: [0, 1]) == ["organisation:foreign-ministry/az", "organisation:foreign-ministry"])
    }

    @Test func differentSlotsAndOtherSlotsAreLeftAlone() {
        let place = Self.record(0, "place", "place:kyiv")
        let weapon = Self.record(1, "weapon", "weapon:iskander")
        let person = Self.record(1, "person", "person:kyiv")
        let date = Self.record(1, "date", "2025-11-14")
        let result = NameUnifier.unify([place, weapon, person, date], storyOf: [0, 0])
        #expect(result.map(\.mention.value) == ["place:kyiv", "weapon:iskander", "person:kyiv", "2025-11-14"])
        #expect(result.map(\.key) == ["place:kyiv", "weapon:iskander", "person:kyiv", "2025-11-14"])
    }
}

/// Name unification over every named slot: spellings and scripts of one name become one
/// value, chosen by count then alphabetically whatever the order of documents; different
/// things of similar names stay apart; a surname joins the full name its document states before it.
@Suite struct NameIdentityUnifierTests {
    static func record(_ document: Int, _ slot: String, _ value: String, qualifiers: [String] = [],
                       rule: String = "roles.yaml", sentence: Int = 0) -> ClaimRecord {
        NameUnifierTests.record(document, slot, value, qualifiers: qualifiers, rule: rule, sentence: sentence)
    }

    @Test func spellingsOfOnePersonBecomeOneValue() {
        let records = [Self.record(0, "person", "person:muammar-gaddafi"), Self.record(1, "person", "person:muammar-qaddafi"),
                       Self.record(2, "person", "person:muammar-kadhafi"), Self.record(2, "person", "person:muammar-gaddafi"),
                       Self.record(1, "person", "person:sergei-shoigu"), Self.record(2, "person", "person:sergiy-shoygu")]
        #expect(NameUnifierTests.unified(records, storyOf: [0, 0, 0]) == [
            "person:muammar-gaddafi", "person:muammar-gaddafi", "person:muammar-gaddafi", "person:muammar-gaddafi",
            "person:sergei-shoigu", "person:sergei-shoigu"])
        // Whatever the order of documents or records.
        #expect(NameUnifierTests.unified(records.reversed(), storyOf: [0, 0, 0]) == [
            "person:sergei-shoigu", "person:sergei-shoigu",
            "person:muammar-gaddafi", "person:muammar-gaddafi", "person:muammar-gaddafi", "person:muammar-gaddafi"])
    }

    @Test func aFoundNameTakesTheListedValue() {
        // A designation read by its pattern (X-38) joins a listed entry's (Kh-38), even written more often.
        var listed = Self.record(0, "weapon", "weapon:kh-38", rule: "gazetteer-weapons.yaml: kh-38")
        var found = Self.record(1, "weapon", "weapon:x-38", rule: "gazetteer-weapons.yaml: designations (weapon cue 'missile')")
        listed.key = nil   // as SlotRules gives weapons
        found.key = nil
        #expect(NameUnifier.unify([listed, found, found], storyOf: [0, 0]).map(\.mention.value) == Array(repeating: "weapon:kh-38", count: 3))
        // The weapon slot has no key: it stays without one.
        #expect(NameUnifier.unify([listed, found], storyOf: [0, 0]).map(\.key) == [nil, nil])
    }

    @Test func differentPeopleOfSimilarNamesInOneStoryStayApart() {
        let records = [Self.record(0, "person", "person:sergei-lavrov"), Self.record(1, "person", "person:sergei-larin"),
                       Self.record(0, "person", "person:oleg-ivanov"), Self.record(1, "person", "person:olga-ivanova")]
        #expect(NameUnifierTests.unified(records, storyOf: [0, 0]) == records.map(\.mention.value))
    }

    @Test func aNameCloseToTwoThingsJoinsNeither() {
        // Sergei Shoigu and Sergei Shoigun are apart (two listed people); Sergei Shoygu could be either.
        let records = [Self.record(0, "person", "person:sergei-shoigu", rule: "gazetteer-people.yaml: a"),
                       Self.record(0, "person", "person:sergei-shoiguv", rule: "gazetteer-people.yaml: b"),
                       Self.record(1, "person", "person:sergei-shoygu")]
        #expect(NameUnifierTests.unified(records, storyOf: [0, 0]) == records.map(\.mention.value))
    }

    @Test func aSurnameJoinsTheFullNameStatedBeforeItInItsDocument() {
        // Two Moores in the story, one in each document: each surname joins its own document's.
        let records = [Self.record(0, "person", "person:wes-moore", sentence: 1),
                       Self.record(0, "person", "person:moore", qualifiers: ["surname-only"], sentence: 2),
                       Self.record(1, "person", "person:anna-moore", sentence: 0),
                       Self.record(1, "person", "person:moore", qualifiers: ["surname-only"], sentence: 3)]
        #expect(NameUnifierTests.unified(records, storyOf: [0, 0]) == ["person:wes-moore", "person:wes-moore", "person:anna-moore", "person:anna-moore"])
        // A full name stated only after it, in a story with two: the surname cannot be told.
        let after = [Self.record(0, "person", "person:moore", qualifiers: ["surname-only"], sentence: 0),
                     Self.record(0, "person", "person:wes-moore", sentence: 1), Self.record(1, "person", "person:anna-moore")]
        #expect(NameUnifierTests.unified(after, storyOf: [0, 0]) == ["person:moore", "person:wes-moore", "person:anna-moore"])
        // The feminine surname does not join the masculine full name.
        let gender = [Self.record(0, "person", "person:oleg-ivanov"), Self.record(0, "person", "person:ivanova", qualifiers: ["surname-only"], sentence: 1)]
        #expect(NameUnifierTests.unified(gender, storyOf: [0]) == ["person:oleg-ivanov", "person:ivanova"])
    }
}

/// An untyped name (`name:…`, read by its shape alone) takes the slot and value of the one
/// typed name of its story that is the same thing; otherwise it stays untyped.
@Suite struct UntypedNameTests {
    static func record(_ document: Int, _ slot: String, _ value: String) -> ClaimRecord {
        NameUnifierTests.record(document, slot, value, rule: "names.yaml: capitalised words")
    }

    @Test func anUntypedNameTakesTheTypeOfItsNamesake() {
        let records = [Self.record(0, "person", "person:maynor-suazo-sandoval"), Self.record(1, "name", "name:maynor-suazo"),
                       Self.record(2, "name", "name:maynor-yasir-suazo-sandoval"), Self.record(2, "name", "name:maersk")]
        let result = NameUnifier.unify(records, storyOf: [0, 0, 0])
        #expect(result.map(\.mention.value) == ["person:maynor-suazo-sandoval", "person:maynor-suazo-sandoval",
                                                "person:maynor-suazo-sandoval", "name:maersk"])
        #expect(result.map(\.slot) == ["person", "person", "person", "name"])
        #expect(result.map(\.key) == result.map(\.mention.value))
    }

    @Test func anUntypedNameOfTwoNamesakesOrOfAnotherStoryStaysUntyped() {
        // "Jordan Sands" is a person and an organisation of the story: neither.
        let two = [Self.record(0, "person", "person:jordan-sands"), Self.record(0, "organisation", "organisation:jordan-sands"),
                   Self.record(1, "name", "name:jordan-sands")]
        #expect(NameUnifier.unify(two, storyOf: [0, 0]).last?.mention.value == "name:jordan-sands")
        // "Synergy" alone is neither Synergy Marine nor Synergy Group.
        let part = [Self.record(0, "organisation", "organisation:synergy-marine"), Self.record(1, "name", "name:synergy")]
        #expect(NameUnifier.unify(part, storyOf: [0, 0]).last?.mention.value == "name:synergy")
        let apart = [Self.record(0, "person", "person:maynor-suazo-sandoval"), Self.record(1, "name", "name:maynor-suazo")]
        #expect(NameUnifier.unify(apart, storyOf: [0, 1]).last?.mention.value == "name:maynor-suazo")
    }

    @Test func anIndexPlaceTakesTheTypeItsStoryGivesTheForm() {
        // "the Dali suffered…" read as Dali, Yunnan; "the cargo ship Dali" in another report.
        let records = [NameUnifierTests.record(0, "place", "place:dali", rule: "places.index: GeoNames 1814093", text: "Dali"),
                       NameUnifierTests.record(1, "vehicle", "vehicle:dali", rule: "names.yaml: vehicle cue ship", text: "Dali")]
        let result = NameUnifier.unify(records, storyOf: [0, 0])
        #expect(result.map(\.mention.value) == ["vehicle:dali", "vehicle:dali"])
        #expect(result.map(\.slot) == ["vehicle", "vehicle"])
        // Another story, or a place listed by hand, keeps its reading.
        #expect(NameUnifier.unify(records, storyOf: [0, 1]).map(\.mention.value) == ["place:dali", "vehicle:dali"])
        let listed = [NameUnifierTests.record(0, "place", "place:dali", rule: "gazetteer-places.yaml: dali", text: "Dali"), records[1]]
        #expect(NameUnifier.unify(listed, storyOf: [0, 0]).map(\.mention.value) == ["place:dali", "vehicle:dali"])
    }
}
