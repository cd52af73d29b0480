/// How quantity values are written in mentions: `<number> <symbol>` (`3 m`, `18.5 km`,
/// `6.8 magnitude`, `50 %`), with a range as `<low>-<high> <symbol>` (`100-300 m`).
/// Numbers are written with a decimal point and no grouping, integers without decimals.
public enum QuantityValue {
    /// The number and unit symbol of a quantity value; for a range, the low end
    /// (see ``parseRange(_:)``). `"44 mi"` → (44, "mi"); `"two"` → nil.
    public static func parse(_ value: String) -> (number: Double, unit: String)? {
        guard let range = parseRange(value) else { return nil }
        return (range.low, range.unit)
    }

    /// Both ends of a quantity value (equal unless it is a range): `"100-300 m"` → (100, 300, "m").
    public static func parseRange(_ value: String) -> (low: Double, high: Double, unit: String)? {
        guard let space = value.firstIndex(of: " ") else { return nil }
        let number = value[..<space]
        let unit = String(value[value.index(after: space)...])
        guard !unit.isEmpty else { return nil }
        if let dash = number.dropFirst().firstIndex(of: "-") {
            guard let low = Double(number[..<dash]), let high = Double(number[number.index(after: dash)...]) else { return nil }
            return (low, high, unit)
        }
        guard let single = Double(number) else { return nil }
        return (single, single, unit)
    }

    /// A number as values write it: `3`, `18.5`, `2012`.
    public static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    /// A value for a number (or range) and a unit symbol.
    static func make(_ low: Double, _ high: Double?, unit: String) -> String {
        if let high, high != low { return "\(format(low))-\(format(high)) \(unit)" }
        return "\(format(low)) \(unit)"
    }
}
