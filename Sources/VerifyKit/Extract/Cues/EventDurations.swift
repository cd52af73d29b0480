/// How long the event itself lasted: "the tremor, which they said lasted several minutes"
/// and "the earth shook for about 20 seconds" are two accounts of one duration, the
/// earthquake's, and may contradict each other; "eight hours of rain" or "without power
/// for 12 hours" are spans of other things. A duration that a verb of lasting
/// (`events.yaml` `lasting.verbs`) ties to an event cue before it in its sentence, or
/// that a preposition of span (`lasting.prepositions`) puts right after the cue, takes the
/// cue's kind as its ``Mention/entityClass``, and alignment keys it by that kind.
struct EventDurations: Sendable {
    /// `lasting` of `events.yaml`.
    struct Rules: Decodable, Sendable {
        /// Language → verbs of lasting ("lasted", "duró"); a few words may stand between
        /// the cue and the verb ("the tremor, which they said lasted").
        var verbs: [String: [String]]
        /// Language → prepositions of span ("for", "durante"), right after the cue.
        var prepositions: [String: [String]]
    }

    /// Most words between the cue and the verb of lasting.
    static let reach = 6

    private let verbs: [String: Set<String>]
    private let prepositions: [String: Set<String>]

    init(rules: Rules) {
        verbs = rules.verbs.mapValues { Set($0.map { $0.lowercased() }) }
        prepositions = rules.prepositions.mapValues { Set($0.map { $0.lowercased() }) }
    }

    /// `mentions` (sentence-relative) with each duration of an event given the event's kind.
    func mark(_ mentions: [Mention], cues: [EventCue], in sentence: SentenceText) -> [Mention] {
        guard !cues.isEmpty, mentions.contains(where: Self.isDuration) else { return mentions }
        let languages = sentence.language == "en" ? ["en"] : [sentence.language, "en"]
        let lastingVerbs = languages.reduce(into: Set<String>()) { $0.formUnion(verbs[$1] ?? []) }
        let spans = languages.reduce(into: Set<String>()) { $0.formUnion(prepositions[$1] ?? []) }
        let tokens = sentence.tokens
        return mentions.map { mention in
            guard Self.isDuration(mention), mention.entityClass == nil,
                  let first = tokens.firstIndex(where: { $0.range.lowerBound >= mention.range.lowerBound }), first > 0 else { return mention }
            let before = tokens[first - 1]
            guard before.kind == .word else { return mention }
            let cue = cues.last { cue in
                guard let next = tokens.firstIndex(where: { $0.range.lowerBound >= cue.range.upperBound }), next < first else { return false }
                if spans.contains(before.lower) { return next == first - 1 }
                guard lastingVerbs.contains(before.lower) else { return false }
                let between = tokens[next..<(first - 1)]
                return between.filter { $0.kind == .word }.count <= Self.reach
                    && between.allSatisfy { $0.kind != .punctuation || $0.text == "," }
            }
            guard let cue else { return mention }
            var copy = mention
            copy.entityClass = cue.kind
            return copy
        }
    }

    /// Whether `mention` is a quantity of time.
    static func isDuration(_ mention: Mention) -> Bool {
        mention.measuredProperty == "duration"
    }
}
