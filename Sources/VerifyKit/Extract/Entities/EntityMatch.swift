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
}
