import Testing
@testable import VerifyKit

/// Name unification within a story: spellings of one person whose phonetic keys match
/// become the most written id, a surname alone joins the one full name that ends with it,
/// and a national body named without its country joins the one country's body the story names.
@Suite struct NameUnifierTests {
    /// A claim of `document` naming `value` in `slot` (the key is the value, as SlotRules gives it).
    static func record(_ document: Int, _ slot: String, _ value: String, qualifiers: [String] = []) -> ClaimRecord {
        let mention = Mention(type: .entity, range: 0..<1, text: value, value: value, qualifiers: qualifiers.map(Qualifier.init(rawValue:)), subtype: slot, rule: "test")
        return ClaimRecord(document: document, sentence: 0, mention: mention, eventDate: "2025-11-14", slot: Slot(rawValue: slot), key: value, offset: nil)
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

    @Test func aBodyWithoutItsCountryJoinsTheOneCountrysBody() {
        let scoped = Self.record(0, "organisation", "organisation:foreign-ministry/az")
        let bare = Self.record(1, "organisation", "organisation:foreign-ministry")
        #expect(Self.unified([scoped, bare], storyOf: [0, 0])
                == ["organisation:foreign-ministry/az", "organisation:foreign-ministry/az"])
        // Two countries' ministries: the bare one cannot be told, and stays.
        let russian = Self.record(0, "organisation", "organisation:foreign-ministry/ru")
        #expect(Self.unified([scoped, russian, bare], storyOf: [0, 0])
                == ["organisation:foreign-ministry/az", "organisation:foreign-ministry/ru", "organisation:foreign-ministry"])
        // Another kind of body, or another story, does not join.
        let defence = Self.record(1, "organisation", "organisation:defence-ministry")
        #expect(Self.unified([scoped, defence], storyOf: [0, 0]) == ["organisation:foreign-ministry/az", "organisation:defence-ministry"])
        #expect(Self.unified([scoped, bare], storyOf: [0, 1]) == ["organisation:foreign-ministry/az", "organisation:foreign-ministry"])
    }

    @Test func otherSlotsAreLeftAlone() {
        let place = Self.record(0, "place", "place:kyiv")
        let weapon = Self.record(1, "weapon", "weapon:iskander")
        let result = NameUnifier.unify([place, weapon], storyOf: [0, 0])
        #expect(result.map(\.mention.value) == ["place:kyiv", "weapon:iskander"])
        #expect(result.map(\.key) == ["place:kyiv", "weapon:iskander"])
    }
}
