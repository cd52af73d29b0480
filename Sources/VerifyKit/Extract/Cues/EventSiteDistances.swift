/// Distances measured from the place where the event happened: in "the quake struck in
/// the Kessel area, about 70 km south of Dorne", the 70 km are the quake's distance from
/// Dorne, as in "the quake struck 70 km south of Dorne", not a fact about Kessel. Such a
/// distance is marked ``Qualifier/eventSite``, and alignment keys it by the place it is
/// measured to only (``SlotRules``).
///
/// The place before the distance is the event's site when an event cue stands before it
/// in its clause, followed by one of its language's `sitePrepositions` (`events.yaml`)
/// and at most ``reach`` words of the place's own phrase: no punctuation between.
enum EventSiteDistances {
    /// Most bytes between a place and the distance measured from it ("Kessel, 70 km").
    static let originGap = 4
    /// Most words between the cue's preposition and the place.
    static let reach = 8

    /// `mentions` (sentence-relative) with each distance from the event's site marked.
    static func mark(_ mentions: [Mention], cues: [EventCue], in sentence: SentenceText,
                     prepositions: [String: Set<String>]) -> [Mention] {
        guard !cues.isEmpty, mentions.contains(where: isDistance) else { return mentions }
        let languages = sentence.language == "en" ? ["en"] : [sentence.language, "en"]
        let words = languages.reduce(into: Set<String>()) { $0.formUnion(prepositions[$1] ?? []) }
        guard !words.isEmpty else { return mentions }
        let tokens = sentence.tokens
        return mentions.map { mention in
            guard isDistance(mention), let origin = origin(of: mention, in: mentions),
                  let placeStart = tokens.firstIndex(where: { $0.range.lowerBound >= origin.range.lowerBound }) else { return mention }
            let sited = cues.contains { cue in
                guard cue.range.upperBound <= origin.range.lowerBound,
                      let next = tokens.firstIndex(where: { $0.range.lowerBound >= cue.range.upperBound }),
                      next < placeStart, tokens[next].kind == .word, words.contains(tokens[next].lower) else { return false }
                let between = tokens[(next + 1)..<placeStart]
                return between.count <= reach && between.allSatisfy { $0.kind == .word }
            }
            guard sited else { return mention }
            var copy = mention
            copy.qualifiers.append(.eventSite)
            return copy
        }
    }

    /// Whether `mention` measures a distance.
    static func isDistance(_ mention: Mention) -> Bool {
        mention.measuredProperty == "distance"
    }

    /// The place written right before `distance` ("Kessel, 70 km"), the nearest one.
    static func origin(of distance: Mention, in mentions: [Mention]) -> Mention? {
        mentions.filter { $0.type == .entity && $0.subtype == "place" && $0.range.upperBound <= distance.range.lowerBound
            && distance.range.lowerBound - $0.range.upperBound <= originGap }
            .max { $0.range.lowerBound < $1.range.lowerBound }
    }
}
