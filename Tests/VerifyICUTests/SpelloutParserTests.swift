import Testing
import VerifyICU

@Suite struct SpelloutParserTests {
    @Test(arguments: [("thirty-five", 35.0), ("thirty five", 35.0), ("three", 3.0), ("two hundred", 200.0),
                      ("one thousand two hundred", 1200.0)])
    func parsesSpelledOutNumbers(text: String, expected: Double) throws {
        #expect(try SpelloutParser().parse(text) == expected)
    }

    @Test(arguments: ["tree", "3 apples", "", "thirty-five apples"])
    func rejectsNonNumbers(text: String) throws {
        #expect(try SpelloutParser().parse(text) == nil)
    }

    @Test func russianSpellout() throws {
        #expect(try SpelloutParser(locale: "ru").parse("пять") == 5)
    }
}
