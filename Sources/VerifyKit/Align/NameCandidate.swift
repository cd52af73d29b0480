/// One distinct value of a named thing in one story and slot, as ``NameIdentity`` compares
/// it: its key, whether a gazetteer lists it, its country and how often the story writes it.
struct NameCandidate: Sendable, Hashable {
    /// The canonical value (`person:sergei-shoygu`).
    var value: String
    /// The slot it fills (`person`, `place`, `weapon`…).
    var slot: Slot
    /// Its identity key.
    var key: NameKey
    /// Whether a gazetteer or the place index gave it (``NameCandidate/isListed(rule:)``).
    var listed: Bool
    /// ISO country code, when the gazetteer or index says.
    var country: String?
    /// How many claims of the story have it.
    var count: Int

    /// Whether a mention's rule is a listed entry: a gazetteer, the place index or the
    /// country names, as opposed to a name read from its context (`roles.yaml` for people
    /// found by a role word, `names.yaml` for the proper-name finder) or a designation
    /// read by its pattern (`…: designations (…)`).
    static func isListed(rule: String) -> Bool {
        !(rule.hasPrefix("roles.yaml") || rule.hasPrefix("names.yaml") || rule.contains(": designations ("))
    }
}
