/// A gazetteer or name-finder hit on a span of sentence tokens, before it becomes a mention.
struct EntityMatch: Sendable {
    /// First token.
    var start: Int
    /// Last token (inclusive).
    var end: Int
    /// Mention value (`place:kyiv`).
    var value: String
    /// `weapon`, `place`, `organisation`, `person`, `country`.
    var kind: String
    /// Qualifiers (`adjective`, `-type`, `role:president`, `mixed-script`).
    var qualifiers: [Qualifier]
    /// Where it came from.
    var rule: String
    /// The target, for gazetteer hits.
    var target: Int?
    /// Extra tokens covered by the text span (hedge words, an adjacent country).
    var spanStart: Int
    /// Last token of the text span.
    var spanEnd: Int
    /// Candidate places of the place index, most populous first (index hits only).
    var places: [Int] = []
    /// Languages in which the matched name is also a common word (index hits only).
    var commonWordMask: UInt16 = 0
    /// Class of the chosen index place (`city`, `region`).
    var placeClass: String?
    /// Country of the chosen index place.
    var placeCountry: String?
    /// IANA zone of the chosen index place.
    var placeZone: String?

    /// Whether the two matches' text spans share a token.
    func overlaps(_ other: EntityMatch) -> Bool { spanStart <= other.spanEnd && other.spanStart <= spanEnd }
}
