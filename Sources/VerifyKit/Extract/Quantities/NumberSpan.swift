/// A number found in a sentence: which tokens it covers and its value.
struct NumberSpan: Sendable, Hashable {
    /// First token of the number (or of the range's opening word, "between").
    var first: Int
    /// Last token of the number (or of the range's upper end).
    var last: Int
    /// Its value (the low end of a range).
    var value: Double
    /// The upper end of a range (`100-300`), else nil.
    var high: Double?
    /// Written in words ("thirty-five", "dozens") rather than digits.
    var isWord: Bool
    /// A vague plural ("dozens", "hundreds"): ``value`` is the least it implies.
    var vague: Bool
    /// Whether a scale word ends it ("2,3 millones"): a unit may follow after a link
    /// word ("millones de euros").
    var scaled = false
    /// A unit glued to the digits of the last token (`75km` → `km`, a canonical symbol).
    var gluedUnit: String?

    /// The same amount below zero (a range's ends swapped: 2–5 below zero is −5 to −2).
    mutating func negate() {
        if let high {
            (value, self.high) = (-high, -value)
        } else {
            value = -value
        }
    }
}
