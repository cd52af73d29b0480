/// A value as the interval of what it allows: `at least 6` is [6, ∞), `about 50 m` is
/// [42.5, 57.5] m, `100-300` is [100, 300]. Two values are compatible when their
/// intervals meet.
struct ValueInterval: Sendable, Hashable {
    var low: Double
    var high: Double

    /// Relative tolerance of an exact figure (rounding in reporting).
    static let exactTolerance = 0.02
    /// Relative tolerance of an approximate figure (`about`, `approximately`).
    static let aboutTolerance = 0.15

    func meets(_ other: ValueInterval) -> Bool { low <= other.high && other.low <= high }

    /// The interval of `low…high` (equal for a single figure) under `qualifiers`.
    init(low: Double, high: Double, qualifiers: [Qualifier]) {
        var lo = low, hi = high
        if qualifiers.contains(.atLeast) || qualifiers.contains(.moreThan) {
            hi = .infinity
        } else if qualifiers.contains(.upTo) || qualifiers.contains(.lessThan) {
            lo = 0
        } else if qualifiers.contains(.nearly) {
            lo = low * (1 - Self.aboutTolerance)
        } else if qualifiers.contains(.about) || qualifiers.contains(.vague) {
            lo = low * (1 - Self.aboutTolerance)
            hi = high * (1 + Self.aboutTolerance)
        } else {
            lo = low * (1 - Self.exactTolerance)
            hi = high * (1 + Self.exactTolerance)
        }
        self.low = lo
        self.high = hi
    }

    /// Qualifiers that widen a figure beyond its rounding (an open end, an approximation).
    static let widening: [Qualifier] = [.atLeast, .moreThan, .upTo, .lessThan, .nearly, .about, .vague]

    /// A count value (`38`, `10-15`). People and things are counted one by one: a figure
    /// that is not round ("139", "2,862") is exact, and only a round one ("1,000") allows
    /// for rounding in reporting.
    static func count(_ mention: Mention) -> ValueInterval? {
        guard let count = mention.count else { return nil }
        let high = count.high ?? count.low
        var interval = ValueInterval(low: count.low, high: high, qualifiers: mention.qualifiers)
        guard !mention.qualifiers.contains(where: widening.contains) else { return interval }
        if count.low.truncatingRemainder(dividingBy: 10) != 0 { interval.low = count.low }
        if high.truncatingRemainder(dividingBy: 10) != 0 { interval.high = high }
        return interval
    }

    /// Half-widths of magnitudes, which are logarithmic: an exact figure is given to a
    /// tenth, an approximate one to half a unit.
    static let magnitudeExact = 0.05
    static let magnitudeAbout = 0.25

    /// A quantity value in base units (`3 m`, `44 mi`, `100-300 m`), with its dimension.
    static func quantity(_ mention: Mention) -> (interval: ValueInterval, dimension: String)? {
        guard let measure = mention.measure else { return nil }
        if measure.dimension == "magnitude" {
            let number = measure.low
            let width = mention.qualifiers.contains(.about) ? magnitudeAbout : magnitudeExact
            var interval = ValueInterval(low: number, high: number, qualifiers: mention.qualifiers)
            interval.low = min(interval.low, number - width)
            interval.high = max(interval.high, number + width)
            if !mention.qualifiers.contains(.atLeast), !mention.qualifiers.contains(.moreThan) { interval.high = number + width }
            if !mention.qualifiers.contains(.upTo), !mention.qualifiers.contains(.lessThan) { interval.low = number - width }
            return (interval, "magnitude")
        }
        var interval = ValueInterval(low: measure.low, high: measure.high, qualifiers: mention.qualifiers)
        // An exact figure holds the precision it is written with: "948 ft" is 948 ± 0.5 ft,
        // not ± 2 % (which would take in "300 m"); a round "300 m" keeps the 2 %.
        if !mention.qualifiers.contains(where: widening.contains), measure.low == measure.high,
           let relative = writtenPrecision(mention.value), relative < exactTolerance {
            interval.low = measure.low * (1 - relative)
            interval.high = measure.high * (1 + relative)
        }
        if wholeDimensions.contains(measure.dimension), !mention.qualifiers.contains(.about) {
            // Rounding in reporting does not apply: an age of 62 is not one of 61.
            if interval.low.isFinite, interval.low > 0 { interval.low = max(interval.low, measure.low) }
            if interval.high.isFinite { interval.high = min(interval.high, measure.high) }
        }
        return (interval, measure.dimension)
    }

    /// Half a unit of the last digit written, relative to the number: 0.5/948 for "948 ft",
    /// 0.005/2.57 for "2.57 km", 50/300 for "300 m"; nil when the value starts with no number.
    static func writtenPrecision(_ value: String) -> Double? {
        let number = value.prefix { $0.isNumber || $0 == "." }
        guard let figure = Double(number), figure > 0 else { return nil }
        var half = 0.5
        if let dot = number.firstIndex(of: ".") {
            half /= pow10(number.distance(from: dot, to: number.endIndex) - 1)
        } else {
            half *= pow10(number.reversed().prefix { $0 == "0" }.count)
        }
        return half / figure
    }

    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1) { total, _ in total * 10 } }

    /// Dimensions given in whole units and exactly (a person's age in years).
    static let wholeDimensions: Set<String> = ["age"]
}
