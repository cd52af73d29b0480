/// Finds event cues (`airstrike`, `summoned`, `earthquake`, `удар`) in a sentence and names
/// their canonical kind, from `events.yaml`.
struct EventCueFinder: Sendable {
    struct Rules: Decodable, Sendable {
        var kinds: [String: [String: [String]]]
        /// Language → prepositions that put a cue at a place ("struck in", "golpeó en").
        var sitePrepositions: [String: [String]]?
        /// Words that tie a duration to an event cue (``EventDurations``).
        var lasting: EventDurations.Rules?
    }

    private let matchers: [String: PhraseTable<String>]
    /// Language → the lower-cased ``Rules/sitePrepositions``.
    let sitePrepositions: [String: Set<String>]
    /// How long events lasted, when the rules say how that is written.
    let durations: EventDurations?

    init(rules: Rules) {
        var byLanguage: [String: [(String, String)]] = [:]
        for (kind, languages) in rules.kinds.sorted(by: { $0.key < $1.key }) {
            for (language, phrases) in languages { byLanguage[language, default: []] += phrases.map { ($0, kind) } }
        }
        matchers = byLanguage.mapValues { PhraseTable($0) }
        sitePrepositions = (rules.sitePrepositions ?? [:]).mapValues { Set($0.map { $0.lowercased() }) }
        durations = rules.lasting.map(EventDurations.init)
    }

    func cues(in sentence: SentenceText) -> [EventCue] {
        let languages = sentence.language == "en" ? ["en"] : [sentence.language, "en"]
        var cues: [EventCue] = []
        for language in languages {
            for match in matchers[language]?.matches(in: sentence.tokens) ?? [] {
                let span = sentence.span(match.first, match.last)
                if !cues.contains(where: { $0.range == span.range }) {
                    cues.append(EventCue(kind: match.payload, text: span.text, range: span.range))
                }
            }
        }
        return cues.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
