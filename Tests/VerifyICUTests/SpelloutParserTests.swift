import Testing
import VerifyICU

@Suite struct SpelloutParserTests {
    /// A long text is no number, and is not handed to ICU (whose lenient parse took over
    /// two minutes on a 7 KB text found by `make fuzz`).
    @Test func longTextsAreNoNumber() throws {
        let parser = try SpelloutParser(locale: "de")
        let long = String(repeating: "Guardia Civil Associated Press ", count: 200)
        #expect(parser.parse(long) == nil)
        #expect(parser.parse(String(repeating: "a", count: SpelloutParser.maximumLength + 1)) == nil)
        #expect(parser.parse("dreihundert") == 300)
    }

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
