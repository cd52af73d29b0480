/// A quantity in its dimension's base unit (metres, seconds, kelvin…): `44 mi` is
/// 70,811 m; a range keeps both ends; a magnitude stays on its own scale.
public struct Measure: Sendable, Hashable, Codable {
    /// The dimension (`length`, `duration`, `magnitude`…).
    public var dimension: String
    /// Lower end, in base units.
    public var low: Double
    /// Upper end, in base units (equal to ``low`` for a single figure).
    public var high: Double
}
