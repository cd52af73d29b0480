import Testing
@testable import VerifyKit

/// One identity across spellings, end to end: two reports spell a minister and a missile
/// differently (Shoigu/Shoygu, Kh-38/X-38, neither listed in a gazetteer); the whole
/// pipeline makes one story, one fact of each and a `variant` finding naming each form and
/// its source, and no conflict. A surname alone joins the full name its document stated before.
@Suite struct NameVariantTests {
    static let reports = [
        TinyReports.Report("a.md", published: "2025-11-14T10:00:00Z",
                           "Defence Minister Sergei Shoigu said the Kh-38 missile was launched on 14 November 2025.\n\n"
                           + "The plan was drawn up by Roland Butler last year. Later, Butler said the missile was old."),
        TinyReports.Report("b.md", published: "2025-11-14T11:00:00Z",
                           "Defence Minister Sergei Shoygu said an X-38 missile was launched on 14 November 2025."),
    ]

    @Test func spellingsOfOneNameAreOneFactWithAVariant() throws {
        let result = try TinyReports(Self.reports).verify()
        #expect(Set(result.events.map(\.story)).count == 1, "one story: \(result.events.map(\.id))")
        let people = result.facts(slot: "person").filter { $0.key?.contains("shoigu") == true || $0.key?.contains("shoygu") == true }
        #expect(people.map(\.key) == ["person:sergei-shoigu"], "\(result.facts(slot: "person").map(\.key))")
        #expect(Set(people.first?.claims.map(\.source) ?? []) == ["a", "b"])
        let person = try #require(result.findings(.variant, slot: "person").first { $0.message.contains("sergei-shoigu") })
        #expect(person.message == "The same person (person:sergei-shoigu) is written differently: “Sergei Shoigu” (a), “Sergei Shoygu” (b).")
        let weapons = result.facts(slot: "weapon")
        #expect(weapons.count == 1 && weapons.first?.status != .conflict, "\(weapons.map { ($0.status, $0.claims.map(\.normalized)) })")
        #expect(Set(weapons.first?.claims.map(\.normalized) ?? []) == ["weapon:kh-38"])
        let weapon = try #require(result.findings(.variant, slot: "weapon").first)
        #expect(weapon.message == "The same weapon (weapon:kh-38) is written differently: “Kh-38” (a), “X-38” (b).")
        #expect(result.findings(.conflict).isEmpty)
    }

    @Test func aSurnameJoinsTheNameItsDocumentStatedBefore() throws {
        let tiny = try TinyReports(Self.reports)
        let butler = try tiny.mention("Butler", type: .entity, in: 0).mention
        #expect(butler.value == "person:butler" && butler.qualifiers.contains(.surnameOnly))
        let result = tiny.verify()
        let claims = result.facts(slot: "person").filter { $0.claims.contains { $0.value == "Butler" } }
        #expect(claims.map(\.key) == ["person:roland-butler"], "\(result.facts(slot: "person").map(\.key))")
    }

    /// The pairs of the issue, listed (Zelensky, Kramatorsk, Kh-55) and not (Gaddafi), in
    /// English and Ukrainian: one fact each, with a variant naming every form and its source.
    @Test func theIssuesPairsAcrossScriptsAreOneThing() throws {
        let result = try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z",
                  "President Volodymyr Zelensky said a Kh-55 missile hit Kramatorsk on 14 November 2025. Former Libyan leader Muammar Gaddafi said nothing."),
            .init("b.md", published: "2025-11-14T11:00:00Z",
                  "Президент Володимир Зеленський заявив, що ракета Х-55 влучила в Краматорськ 14 листопада 2025 року. Колишній лідер Лівії Муаммар Каддафі мовчав."),
            .init("c.md", published: "2025-11-14T12:00:00Z",
                  "President Volodymyr Zelenskyy said a Kh-55 missile hit Kramatorsk on 14 November 2025. Former Libyan leader Muammar Qaddafi said nothing. The late leader Muammar Kadhafi said so."),
        ]).verify()
        let variants = Dictionary(grouping: result.findings(.variant), by: \.slot).mapValues { $0.map(\.message) }
        #expect(variants["person"]?.sorted() == [
            "The same person (person:muammar-gaddafi) is written differently: “Muammar Gaddafi” (a), “Муаммар Каддафі” (b), “Muammar Qaddafi” (c), “Muammar Kadhafi” (c).",
            "The same person (person:volodymyr-zelensky) is written differently: “Volodymyr Zelensky” (a), “Володимир Зеленський” (b), “Volodymyr Zelenskyy” (c).",
        ])
        #expect(variants["place"] == ["The same place (place:kramatorsk) is written differently: “Kramatorsk” (a), “Краматорськ” (b)."])
        #expect(variants["weapon"] == ["The same weapon (weapon:kh-55) is written differently: “Kh-55” (a), “Х-55” (b)."])
        #expect(result.facts(slot: "person").compactMap(\.key).sorted() == ["person:muammar-gaddafi", "person:volodymyr-zelensky"])
        #expect(result.findings(.conflict).isEmpty)
    }

    /// Two people of similar names in one story stay two facts; two systems whose numbers
    /// differ stay two values of the weapon, in conflict.
    @Test func differentThingsOfSimilarNamesStayApart() throws {
        let result = try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z",
                  "Foreign Minister Sergei Lavrov said an S-300 missile hit Kramatorsk on 14 November 2025. He met the coach, Sergei Larin, 54, on Friday."),
            .init("b.md", published: "2025-11-14T11:00:00Z",
                  "Foreign Minister Sergei Lavrov said an S-400 missile hit Kramatorsk on 14 November 2025. He met the coach, Sergei Larin, 54, on Friday."),
        ]).verify()
        #expect(result.facts(slot: "person").compactMap(\.key).sorted() == ["person:sergei-larin", "person:sergey-lavrov"])
        #expect(result.findings(.variant, slot: "person").isEmpty)
        let weapon = try #require(result.facts(slot: "weapon").first)
        #expect(weapon.status == .conflict && Set(weapon.claims.map(\.normalized)) == ["weapon:s-300", "weapon:s-400"])
    }
}
