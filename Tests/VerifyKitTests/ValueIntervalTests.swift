import Testing
@testable import VerifyKit

/// Values as the intervals of what they allow: an exact figure ±2 %, `about` ±15 %,
/// `at least` up to infinity, `up to` down to zero, `nearly` only below; magnitudes ±0.05
/// (±0.25 when approximate); quantities in base units. Compatible when the intervals meet.
@Suite struct ValueIntervalTests {
    static func count(_ value: String, _ qualifiers: [String] = []) -> ValueInterval? {
        ValueInterval.count(Mention(type: .count, range: 0..<1, text: value, value: value, qualifiers: qualifiers.map(Qualifier.init(rawValue:)), rule: "test"))
    }

    static func quantity(_ value: String, _ qualifiers: [String] = []) -> (interval: ValueInterval, dimension: String)? {
        var mention = Mention(type: .quantity, range: 0..<1, text: value, value: value, qualifiers: qualifiers.map(Qualifier.init(rawValue:)), rule: "test")
        mention.measure = TestRules.shipped.units.measure(of: value)   // as the extractor sets it
        return ValueInterval.quantity(mention)
    }

    static func close(_ interval: ValueInterval?, _ low: Double, _ high: Double) -> Bool {
        guard let interval else { return false }
        return abs(interval.low - low) < 1e-9 && (high.isInfinite ? interval.high == high : abs(interval.high - high) < 1e-9)
    }

    @Test func qualifiersWidenTheInterval() {
        #expect(Self.close(Self.count("50"), 49, 51))
        #expect(Self.close(Self.count("50", ["about"]), 42.5, 57.5))
        #expect(Self.close(Self.count("50", ["vague"]), 42.5, 57.5))
        #expect(Self.close(Self.count("50", ["at least"]), 50, .infinity))
        #expect(Self.close(Self.count("50", ["more than"]), 50, .infinity))
        #expect(Self.close(Self.count("50", ["up to"]), 0, 50))
        #expect(Self.close(Self.count("50", ["less than"]), 0, 50))
        #expect(Self.close(Self.count("100", ["nearly"]), 85, 100))
        // A round end allows for rounding; one that is not round is exact.
        #expect(Self.close(Self.count("10-15"), 9.8, 15))
        #expect(Self.close(Self.count("139"), 139, 139))
        #expect(Self.close(Self.count("1000"), 980, 1020))
        #expect(Self.count("dozens") == nil)
    }

    @Test func compatibleCountsMeet() throws {
        let exact38 = try #require(Self.count("38"))
        #expect(exact38.meets(try #require(Self.count("38"))))
        #expect(!exact38.meets(try #require(Self.count("40"))))            // 37.24…38.76 vs 39.2…40.8
        #expect(exact38.meets(try #require(Self.count("40", ["about"]))))  // 34…46
        #expect(exact38.meets(try #require(Self.count("24", ["at least"]))))
        #expect(!exact38.meets(try #require(Self.count("40", ["at least"]))))
        #expect(!exact38.meets(try #require(Self.count("30", ["up to"]))))
        #expect(try #require(Self.count("29")).meets(try #require(Self.count("24", ["at least"]))))
        // A range meets a figure inside it, and touching ends meet.
        #expect(try #require(Self.count("10-15")).meets(try #require(Self.count("12"))))
        #expect(ValueInterval(low: 1, high: 2, qualifiers: ["up to"]).meets(ValueInterval(low: 2, high: 2, qualifiers: ["at least"])))
    }

    @Test func quantitiesCompareInBaseUnits() throws {
        let miles = try #require(Self.quantity("44 mi"))
        let kilometres = try #require(Self.quantity("71 km"))
        #expect(miles.dimension == "length" && kilometres.dimension == "length")
        // An exact figure holds the precision it is written with (71 ± 0.5 km), at most 2 %.
        #expect(Self.close(kilometres.interval, 70_500, 71_500))
        #expect(Self.close(Self.quantity("300 m")?.interval, 294, 306))
        // A ship of 948 ft is not one of 300 m (985 ft), though they lie within 4 % of each other.
        let metres300 = try #require(Self.quantity("300 m")).interval
        #expect(!metres300.meets(try #require(Self.quantity("948 ft")).interval))
        #expect(metres300.meets(try #require(Self.quantity("985 ft")).interval))
        #expect(ValueInterval.writtenPrecision("2.57 km").map { abs($0 - 0.005 / 2.57) < 1e-12 } == true)
        #expect(ValueInterval.writtenPrecision("300 m").map { abs($0 - 50.0 / 300) < 1e-12 } == true)
        #expect(miles.interval.meets(kilometres.interval))                    // 44 mi = 70.8 km
        #expect(!miles.interval.meets(try #require(Self.quantity("80 km")).interval))
        let about4mi = try #require(Self.quantity("4 mi", ["about"]))
        #expect(about4mi.interval.meets(try #require(Self.quantity("6 km", ["about"])).interval))
        #expect(Self.close(Self.quantity("100-300 m")?.interval, 98, 306))
        #expect(Self.quantity("35 steps")?.dimension == "steps")
        #expect(Self.quantity("3 parsecs") == nil)
        #expect(Self.quantity("3") == nil)
    }

    @Test func magnitudesAreGivenToATenth() throws {
        let reading = try #require(Self.quantity("6.8 magnitude"))
        #expect(reading.dimension == "magnitude")
        #expect(Self.close(reading.interval, 6.75, 6.85))
        #expect(Self.close(Self.quantity("7 magnitude", ["about"])?.interval, 6.75, 7.25))
        #expect(Self.close(Self.quantity("6 magnitude", ["at least"])?.interval, 5.95, .infinity))
        #expect(!reading.interval.meets(try #require(Self.quantity("7 magnitude")).interval))
        #expect(reading.interval.meets(try #require(Self.quantity("7 magnitude", ["about"])).interval))
    }
}
