import Testing
import VerifyICU
@testable import VerifyKit

/// Focused tests of number reading, unit conversion and quantity values.
@Suite struct QuantityUnitTests {
    /// A tokenised sentence.
    static func sentence(_ text: String, language: String = "en") -> SentenceText {
        SentenceText(text: text, documentOffset: 0, language: language, segmenter: try! WordSegmenter(locale: language))
    }

    /// Quantity mentions of a text.
    static func quantities(_ text: String, language: String = "en") -> [Mention] {
        QuantityExtractor().mentions(in: sentence(text, language: language), context: ExtractionContext(published: nil, language: language))
    }

    @Test(arguments: [
        ("2,012", false, 2012.0), ("18.5", false, 18.5), ("25.987", false, 25.987), ("1,234.5", false, 1234.5),
        ("6,8", true, 6.8), ("1.404", true, 1404), ("1.234,5", true, 1234.5), ("18,5", false, 18.5), ("300,000", false, 300_000),
    ])
    func digits(text: String, decimalComma: Bool, expected: Double) {
        #expect(NumberReader.digits(text, decimalComma: decimalComma) == expected)
    }

    @Test func digitsRejectDatesAndCodes() {
        #expect(NumberReader.digits("02.01.2024", decimalComma: false) == nil)
        #expect(NumberReader.digits("02.01.2024", decimalComma: true) == nil)
        #expect(NumberReader.digits("J2", decimalComma: false) == nil)
        #expect(NumberReader.digits("3.", decimalComma: false) == nil)
    }

    @Test func wordNumbersAndRanges() {
        let reader = NumberReader()
        func read(_ text: String, _ language: String = "en") -> NumberSpan? { reader.readAmount(Self.sentence(text, language: language), at: 0) }
        #expect(read("thirty-five steps")?.value == 35)
        #expect(read("thirty five steps")?.last == 1)
        #expect(read("Four men")?.value == 4)
        #expect(read("a dozen people")?.value == 12)
        #expect(read("one hundred and five people")?.value == 105)
        #expect(read("dozens of people")?.vague == true)
        #expect(read("first floor") == nil)
        #expect(read("fifth floor") == nil)
        #expect(read("the house") == nil)
        #expect(read("тридцать пять человек", "ru")?.value == 35)
        #expect(read("двое раненых", "ru")?.value == 2)
        #expect(read("первый этаж", "ru") == nil)
        #expect(read("otuz beş nəfər", "az")?.value == 35)
        #expect(read("5 million people")?.value == 5_000_000)
        #expect(read("1\u{00A0}404 people").map { ($0.value, $0.last) } ?? (0, 0) == (1404, 1))
        #expect(read("1 404 people")?.value == 1)
        #expect(read("1 404 человек", "ru")?.value == 1404)
        let range = read("between 100 and 300 m")
        #expect(range?.value == 100 && range?.high == 300 && range?.first == 0 && range?.last == 3)
        #expect(read("100–300 m")?.high == 300)
        #expect(read("300-100")?.high == nil)
    }

    @Test func codesTimesAndMoneyAreNotNumbers() {
        let reader = NumberReader()
        let codes = Self.sentence("S-300 Kh-101 J2-8243 11:11 $5")
        let found = codes.tokens.indices.compactMap { reader.readAmount(codes, at: $0) }
        #expect(found.isEmpty, "\(found)")
    }

    @Test func quantityValuesParseAndConvert() throws {
        let parsed = try #require(QuantityValue.parse("44 mi"))
        #expect(parsed.number == 44 && parsed.unit == "mi")
        let metres = try #require(UnitCatalog.shared.toBase(parsed.number, unit: parsed.unit))
        #expect(abs(metres / 1000 - 70.81) < 0.01)
        #expect(UnitCatalog.shared.dimension("steps") == "steps")
        #expect(UnitCatalog.shared.dimension("km") == UnitCatalog.shared.dimension("mi"))
        #expect(UnitCatalog.shared.siFactor("km") == 1000)
        let range = try #require(QuantityValue.parseRange("100-300 m"))
        #expect(range.low == 100 && range.high == 300 && range.unit == "m")
        #expect(QuantityValue.parse("6.8 magnitude")?.number == 6.8)
        #expect(QuantityValue.parse("two") == nil)
        #expect(QuantityValue.format(3) == "3" && QuantityValue.format(18.5) == "18.5")
        #expect(abs((UnitCatalog.shared.toBase(20, unit: "°C") ?? 0) - 293.15) < 1e-9)
    }

    @Test func quantitiesCarryUnitSubtypeAndRange() throws {
        let crater = try #require(Self.quantities("a crater with a diameter of approximately 3 meters was formed").first)
        #expect(crater.value == "3 m" && crater.unit == "m" && crater.subtype == "diameter" && crater.qualifiers == ["about"])
        #expect(crater.text == "approximately 3 meters")
        let quake = Self.quantities("44 miles (71 kilometres) northeast of Varnholt at a depth of 12.5 kilometres")
        #expect(quake.map(\.value) == ["44 mi", "71 km", "12.5 km"])
        #expect(quake.map(\.subtype) == ["distance", "distance", "depth"])
        #expect(Self.quantities("up to 5 km").first?.qualifiers == ["up to"])
        #expect(Self.quantities("at least 3 tonnes").first?.value == "3 t")
        #expect(Self.quantities("more than 40 °C").first?.value == "40 °C")
        #expect(Self.quantities("a 3-metre-deep crater").first?.subtype == "depth")
    }

    @Test func bareNumbersAndCodesAreNotQuantities() {
        for text in ["In 2025, 38 people were killed.", "On January 2, 2024 at 01:00", "the S-300 and MiG-31K", "Bogusław W., 62, said",
                     "one of the missiles", "a 3-day festival", "flight J2-8243 at 2147 GMT"] {
            #expect(Self.quantities(text).isEmpty, "\(text)")
        }
    }
}
