import Testing
@testable import VerifyKit

/// Ways of writing numbers and amounts that the quantities peer suite showed unread or
/// read in part (decimal words, places that ICU does not join, glued codes and
/// multipliers, minor currency units, bare degrees, articles standing for one), each
/// with sentences of its own and with the look-alikes that must stay unread.
@Suite struct QuantityPhrasingTests {
    /// The numbers the number reader finds in `text`, as (text, low, high).
    static func numbers(_ text: String, _ language: String = "en") -> [(String, Double, Double?)] {
        let utf8 = Array(text.utf8)
        return NumberScan(rules: TestRules.shipped).numbers(in: text, language: language).map { reading in
            (String(decoding: utf8[reading.range], as: UTF8.self), reading.value, reading.high)
        }
    }

    /// Quantity mentions of `text` as (text, value, qualifiers, subtype).
    static func quantities(_ text: String, _ language: String = "en") -> [(text: String, value: String, qualifiers: [String], subtype: String?)] {
        QuantityExamplesTests.extract(text, language: language).filter { $0.type == .quantity }
            .map { ($0.text, $0.value, $0.qualifiers.map(\.rawValue), $0.subtype) }
    }

    /// Whether `text` reads as exactly one number, written whole, of `value`.
    static func readsWhole(_ text: String, _ language: String, _ value: Double) -> Bool {
        let found = numbers(text, language)
        return found.count == 1 && found[0].0 == text && abs(found[0].1 - value) < 1e-9 * max(1, abs(value))
    }

    @Test(arguments: [
        ("4 point 25", "en", 4.25), ("seven point five", "en", 7.5), ("three point six billion", "en", 3_600_000_000),
        ("dos coma cinco", "es", 2.5), ("3 punto 2", "es", 3.2), ("uno con cincuenta", "es", 1.5), ("2 con 5", "es", 2.5), ("8 Komma 4", "de", 8.4), ("один точка два", "ru", 1.2),
        ("два крапка п'ять", "uk", 2.5), ("dois ponto sete", "pt", 2.7),
    ])
    func decimalWords(text: String, language: String, value: Double) {
        #expect(Self.readsWhole(text, language, value), "\(Self.numbers(text, language))")
    }

    @Test(arguments: [
        ("osiemdziesiat cztery", "pl", 84.0), ("dziewiecdziesiat dwa", "pl", 92.0), ("trés", "es", 3.0),
        ("dieciseis", "es", 16.0), ("cinquenta e tres", "pt", 53.0),
    ])
    func numbersWrittenWithoutTheirAccents(text: String, language: String, value: Double) {
        #expect(Self.readsWhole(text, language, value), "\(Self.numbers(text, language))")
    }

    @Test func decimalIdiomsStayApart() {
        let found = Self.numbers("At one point two soldiers walked out.")
        #expect(!found.contains { $0.1 == 1.2 }, "\(found)")
        // Spanish "con" is a decimal mark only straight between two numbers.
        #expect(Self.numbers("Hubo 3 heridos con 2 en estado grave.", "es").map(\.1) == [3, 2])
    }

    @Test(arguments: [
        ("veinte y cuatro", "es", 24.0), ("шестидесяти два", "ru", 62), ("двухсот тридцати один", "ru", 231),
        ("two crore five lakh", "en", 20_500_000), ("dziesięć tysięcy i osiem", "pl", 10_008),
        ("drei Billiarden vierhundert Billionen", "de", 3_400_000_000_000_000),
    ])
    func placesThatAddUp(text: String, language: String, value: Double) {
        #expect(Self.readsWhole(text, language, value), "\(Self.numbers(text, language))")
    }

    @Test func placesDoNotJoinAList() {
        #expect(Self.numbers("dos y tres", "es").map(\.1) == [2, 3])
        #expect(Self.numbers("five six seven").count == 3)
    }

    @Test(arguments: [
        ("hundertfünfzig", "de", 150.0), ("tausendzweihundert", "de", 1200),
        ("dezasseis", "pt", 16), ("duas dúzias", "pt", 24), ("negativo 4", "es", -4), ("negativ 12", "de", -12),
        ("-3.5K", "en", -3500), ("10K", "de", 10_000), ("5К", "ru", 5000), ("2M", "fr", 2_000_000),
        (".25", "en", 0.25), (",75", "it", 0.75), ("4 250,75", "fr", 4250.75), ("medio millón", "es", 500_000),
    ])
    func otherSpellings(text: String, language: String, value: Double) {
        #expect(Self.readsWhole(text, language, value), "\(Self.numbers(text, language))")
    }

    @Test func gluedMultipliersKeepUnits() {
        // A lower-case "m" glued to digits stays metres outside English money.
        #expect(Self.quantities("El muro mide 3m de alto.", "es").map(\.value) == ["3 m"])
    }

    @Test func articlesStandForOne() {
        #expect(Self.quantities("Police seized a kilogram of cocaine.").map(\.value) == ["1 kg"])
        #expect(Self.quantities("He drank an ml of the tincture.").map(\.value) == ["1 ml"])
        #expect(Self.quantities("Elle a bu une tasse de thé.", "fr").map(\.value) == ["1 cup"])
        // A price per unit, a step, a second: no amount of one.
        #expect(Self.quantities("Fuel cost $3 a litre.").map(\.value) == ["3 USD"])
        #expect(Self.quantities("It was a step forward and a second chance.").isEmpty)
    }

    @Test func fractionsBeforeAUnit() {
        #expect(Self.quantities("Add 3/4 cup of flour and 1/2 gallon of water.").map(\.value) == ["0.75 cup", "0.5 gal"])
        #expect(Self.quantities("The vote on 3/4/2024 drew 2/3 of members.").isEmpty)
    }

    @Test func gramsOnlyInLowerCase() {
        #expect(Self.quantities("The bag held 250g of butter and 40 g of salt.").map(\.value) == ["250 g", "40 g"])
        #expect(Self.quantities("The 4G masts and 5 G phones were sold.").isEmpty)
    }

    @Test func cupsButNotTrophies() {
        #expect(Self.quantities("Stir in two cups of rice.").map(\.value) == ["2 cup"])
        #expect(Self.quantities("They won the 2026 Cup at home.").isEmpty)
        #expect(Self.quantities("Mezcle 2 tazas de arroz.", "es").map(\.value) == ["2 cup"])
    }

    @Test func bareDegreesTakeTheirMeasureFromCues() {
        let weather = Self.quantities("The temperature reached 41 degrees in Seville.")
        #expect(weather.map(\.value) == ["41 °"] && weather.first?.subtype == "temperature", "\(weather)")
        let tilt = Self.quantities("The tower is tilted 4 degrees to the south.")
        #expect(tilt.map(\.value) == ["4 °"] && tilt.first?.subtype == "angle", "\(tilt)")
        #expect(Self.quantities("She holds two degrees from Oxford.").isEmpty)
        #expect(Self.quantities("Overnight it fell to 6 degrees below zero.").map(\.value) == ["-6 °"])
        #expect(Self.quantities("Por la noche marcó 8 bajo cero.", "es").map(\.value) == ["-8 °"])
        #expect(Self.quantities("Between 12 and 15 degrees below zero were forecast.").map(\.value) == ["-15--12 °"])
    }

    @Test func scalesWrittenAfterDegrees() {
        #expect(Self.quantities("Marcó 25 grados C a mediodía.", "es").map(\.value) == ["25 °C"])
        #expect(Self.quantities("El termómetro llegó a 90 grados F.", "es").map(\.value) == ["90 °F"])
        #expect(Self.quantities("Il faisait 12 degrés C.", "fr").map(\.value) == ["12 °C"])
    }

    @Test func currencyCodesGluedToDigits() {
        #expect(Self.quantities("The fee rose to USD12.50 this year.").map(\.value) == ["12.5 USD"])
        #expect(Self.quantities("La entrada cuesta EUR9,99.", "es").map(\.value) == ["9.99 EUR"])
    }

    @Test func minorUnitsJoinTheirAmount() {
        #expect(Self.quantities("A ticket cost $15 and 20 cents.").map(\.value) == ["15.2 USD"])
        #expect(Self.quantities("Le café coûte 2 EUR et 40 centimes.", "fr").map(\.value) == ["2.4 EUR"])
        #expect(Self.quantities("Билет стоил 7 долларов 25 центов.", "ru").map(\.value) == ["7.25 USD"])
        #expect(Self.quantities("The bill came to US$5 and twenty.").map(\.value) == ["5.2 USD"])
        // A number followed by a word of its own is not the cents.
        #expect(Self.quantities("He paid $7 and 30 people watched.").map(\.value) == ["7 USD"])
    }

    @Test func qualifiersBeforeASignOrNegated() {
        let least = Self.quantities("Bail was set at no less than $4,000.")
        #expect(least.map(\.text) == ["no less than $4,000"] && least.first?.qualifiers == ["at least"], "\(least)")
        #expect(Self.quantities("Cuesta no más de 20 euros.", "es").first?.qualifiers == ["up to"])
        #expect(Self.quantities("Il reste pas plus de 3 kilomètres.", "fr").first?.qualifiers == ["up to"])
        #expect(Self.quantities("Осталось не более 5 км.", "ru").first?.qualifiers == ["up to"])
    }

    @Test func rangesWithUnitsOnBothEnds() {
        #expect(Self.quantities("They found between 3 kg and about 5 kg of resin.").map(\.value) == ["3-5 kg"])
        #expect(Self.quantities("The trail runs 4km-6km.").map(\.value) == ["4-6 km"])
        #expect(Self.quantities("Tickets cost $10 - 20 dollars.").map(\.text) == ["$10 - 20 dollars"])
        #expect(Self.quantities("Билеты стоят между 10 и 20 долларами.", "ru").map(\.value) == ["10-20 USD"])
        #expect(Self.quantities("Es fiel zwischen 5 und 8 Millimetern Regen.", "de").map(\.value) == ["5-8 mm"])
        #expect(Self.quantities("Es fehlten ~5 Liter.", "de").first?.qualifiers == ["about"])
    }

    @Test func halvesOfAUnit() {
        #expect(Self.quantities("Each got a half litre and a quarter mile of road.").map(\.value) == ["0.5 l", "0.25 mi"])
        #expect(Self.quantities("Bebió medio litro de agua.", "es").map(\.value) == ["0.5 l"])
        #expect(Self.quantities("Er trank einen halben Liter.", "de").map(\.value) == ["0.5 l"])
        #expect(Self.quantities("Он выпил пол-литра воды.", "ru").map(\.value) == ["0.5 l"])
    }

    @Test(arguments: [
        ("moins 12", "fr", -12.0), ("menos 3", "es", -3), ("meno 7", "it", -7), ("3/8", "en", 0.375),
        ("sixty-two (62)", "en", 62), ("62 (sixty-two)", "en", 62), ("four lac", "en", 400_000), ("2 cr", "en", 20_000_000),
        ("cero siete", "es", 7), ("zero four two", "en", 42), ("cuarenta y 6", "es", 46), ("cinquante 4", "fr", 54),
        ("quatre vingt deux", "fr", 82), ("dwudziestu trzem", "pl", 23), ("duas duzias", "pt", 24), ("tres cientos", "es", 300),
    ])
    func moreSpellings(text: String, language: String, value: Double) {
        #expect(Self.readsWhole(text, language, value), "\(Self.numbers(text, language))")
    }

    @Test func minusWordsThatAreNoSign() {
        #expect(!Self.numbers("Il y a au moins 12 blessés.", "fr").contains { $0.1 < 0 })
        #expect(!Self.numbers("Hubo por lo menos 3 heridos.", "es").contains { $0.1 < 0 })
        #expect(!Self.numbers("Son las ocho menos cinco.", "es").contains { $0.1 < 0 })
        #expect(!Self.numbers("Erano più o meno 7.", "it").contains { $0.1 < 0 })
        #expect(!Self.numbers("the twenty 5-year-olds").contains { $0.1 == 25 })
    }

    @Test func inchesWhereNoWordFollows() {
        #expect(Self.quantities("The gap was 4 in.").map(\.value) == ["4 in"])
        #expect(Self.quantities("The fence is 2 yards, 1 foot, 3 in.").map(\.value) == ["87 in"])
        #expect(Self.quantities("They won 4 in a row and 3 in May.").isEmpty)
    }

    @Test func footAndInchMarksAfterALength() {
        #expect(Self.quantities("The pole stood 3 yd 2' high.").map(\.value) == ["11 ft"])
        #expect(Self.quantities("She sang 'Top 5' twice.").isEmpty)
    }

    @Test func minorSignsAndOpenRanges() {
        #expect(Self.quantities("Lunch was $12 and 30c.").map(\.value) == ["12.3 USD"])
        #expect(Self.quantities("Prices went from 10 dollars to 15.").map(\.value) == ["10-15 USD"])
        #expect(Self.quantities("Prices went from 10 dollars to 15 people.").map(\.value) == ["10 USD"])
        #expect(Self.quantities("It takes 3 - ~6 litres.").map(\.value) == ["3-6 l"])
        #expect(Self.quantities("It was a US$4.5 billion deal.").map(\.value) == ["4500000000 USD"])
    }

    @Test func aMinusSetApartOpensATemperature() {
        #expect(Self.quantities("- 8 degrees at the summit.").map(\.value) == ["-8 °"])
        #expect(Self.quantities("- 8 people were hurt.").isEmpty)
        #expect(Self.quantities("Readings: 4 - 9 degrees.").map(\.value) == ["4-9 °"])
    }
}
