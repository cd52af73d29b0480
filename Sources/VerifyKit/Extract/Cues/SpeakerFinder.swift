/// Who a sentence says its facts come from: the speaker of an attribution ("according to
/// the health ministry", "police said", "…, said Ana Ruiz", "citing hospital officials"),
/// kept on every other mention of the sentence as the qualifier `by:<speaker as written>`.
///
/// A speaker is a person, organisation, country or found name the sentence names, or one
/// of the speaker nouns of `hedges.yaml` (`speakerNouns`: police, officials, the ministry…).
/// After a source phrase (`sourcePhrases`: "according to", "citing") it is the first one
/// that follows in the clause; before a verb of saying (the other `attributions`) it is the
/// nearest one before the verb in the clause, or, when the verb follows a comma or a quote
/// ("…,” said the mayor), the first one after it; a passive verb ("residents were told",
/// `passiveAuxiliaries`) has none; a headline that opens with a speaker and a colon
/// ("Police: four killed…", "Источники: …") is that speaker's; a verb of reading
/// (`readingVerbs`: "the survey put the magnitude at 6.8") is its subject's when a figure
/// follows it. At most six words apart (eight after a source phrase);
/// nothing is guessed when none is found.
struct SpeakerFinder: Sendable {
    private let verbs: [String: PhraseTable<Bool>]
    private let sourcePhrases: [String: PhraseTable<Bool>]
    private let nouns: [String: PhraseTable<Bool>]
    private let passive: [String: Set<String>]
    private let readingVerbs: [String: PhraseTable<Bool>]
    /// Words between a source phrase or verb and its speaker that do not end the search.
    private static let reach = 6
    /// Words between a source phrase and its speaker: the phrase may name what the speaker
    /// issued first ("according to a seismic alert bulletin issued by the institute").
    private static let sourceReach = 8

    init(rules: HedgeFinder.Rules) {
        var verbs: [String: PhraseTable<Bool>] = [:]
        for (language, cues) in rules.attributions {
            let opening = Set(rules.sourcePhrases[language] ?? [])
            verbs[language] = PhraseTable(cues.filter { !opening.contains($0) }.map { ($0, true) })
        }
        self.verbs = verbs
        sourcePhrases = rules.sourcePhrases.mapValues { PhraseTable($0.map { ($0, true) }) }
        nouns = (rules.speakerNouns ?? [:]).mapValues { PhraseTable($0.map { ($0, true) }) }
        passive = (rules.passiveAuxiliaries ?? [:]).mapValues { Set($0) }
        readingVerbs = (rules.readingVerbs ?? [:]).mapValues { PhraseTable($0.map { ($0, true) }) }
    }

    /// The one who speaks right before token `index` in its clause (a name that can speak or
    /// a speaker noun, at most six words back): the subject of "Kremlin officials blamed…".
    func subject(before index: Int, in sentence: SentenceText, mentions: [Mention]) -> String? {
        let languages = sentence.language == "en" ? ["en"] : [sentence.language, "en"]
        let candidates = candidates(in: sentence, mentions: mentions, languages: languages)
        return nearest(before: index, tokens: sentence.tokens, candidates: candidates)?.text
    }

    /// Whether a source phrase ("according to", "по данным", "según") starts at token
    /// `index`, in `language` or English.
    func opensAttribution(_ tokens: [Token], at index: Int, language: String) -> Bool {
        let languages = language == "en" ? ["en"] : [language, "en"]
        return languages.contains { sourcePhrases[$0]?.match(tokens, from: index) != nil }
    }

    /// `mentions` with the sentence's speaker added to each, the speaker's own mention aside.
    func mark(_ mentions: [Mention], in sentence: SentenceText) -> [Mention] {
        guard !mentions.isEmpty, let (speaker, range) = speaker(in: sentence, mentions: mentions) else { return mentions }
        let qualifier = Qualifier.speaker(speaker)
        return mentions.map { mention in
            guard mention.range != range, !mention.qualifiers.contains(qualifier) else { return mention }
            var copy = mention
            copy.qualifiers.append(qualifier)
            return copy
        }
    }

    /// The speaker as written and its span, if the sentence attributes what it says.
    func speaker(in sentence: SentenceText, mentions: [Mention]) -> (String, Range<Int>)? {
        let tokens = sentence.tokens
        let languages = sentence.language == "en" ? ["en"] : [sentence.language, "en"]
        // The attribution cues first: most sentences have none, and then nothing else is read.
        let phrases = languages.flatMap { sourcePhrases[$0]?.matches(in: tokens) ?? [] }
        let saying = languages.flatMap { language in
            (verbs[language]?.matches(in: tokens) ?? []).filter { verb in
                // "Residents were told": who was told, not who told.
                !(verb.first > 0 && passive[language]?.contains(tokens[verb.first - 1].lower) == true)
            }
        }
        let opensWithColon = tokens.prefix(Self.reach + 1).contains { $0.text == ":" }
        // A verb of reading counts only with a figure after it ("put the magnitude at 6.8").
        let reading = languages.flatMap { language in
            (readingVerbs[language]?.matches(in: tokens) ?? []).filter { verb in
                !(verb.first > 0 && passive[language]?.contains(tokens[verb.first - 1].lower) == true)
                    && mentions.contains { ($0.type == .quantity || $0.type == .count) && $0.range.lowerBound >= tokens[verb.last].range.upperBound }
            }
        }
        guard !phrases.isEmpty || !saying.isEmpty || !reading.isEmpty || opensWithColon else { return nil }
        let candidates = candidates(in: sentence, mentions: mentions, languages: languages)
        guard !candidates.isEmpty else { return nil }
        // A headline that opens with who says it and a colon: "Police: four killed…",
        // "Источники: …". Not a country ("Ukraine: five killed" names a place, not a speaker).
        if opensWithColon, let lead = candidates.first(where: { $0.first == 0 && !$0.isCountry }),
           lead.last + 1 < tokens.count, tokens[lead.last + 1].text == ":" {
            return (lead.text, lead.range)
        }
        for phrase in phrases {
            if let found = first(after: phrase.last, tokens: tokens, candidates: candidates, reach: Self.sourceReach) {
                return (found.text, found.range)
            }
        }
        for verb in saying {
            if let found = nearest(before: verb.first, tokens: tokens, candidates: candidates) { return (found.text, found.range) }
            let inverted = verb.first > 0 && [",", "\"", "”", "“", "»", "«", "—", "–"].contains(tokens[verb.first - 1].text)
            if inverted, let found = first(after: verb.last, tokens: tokens, candidates: candidates) { return (found.text, found.range) }
        }
        for verb in reading {
            if let found = nearest(before: verb.first, tokens: tokens, candidates: candidates) { return (found.text, found.range) }
        }
        return nil
    }

    /// Possible speakers: the names of the sentence that can speak, then speaker nouns not
    /// inside one of them.
    private func candidates(in sentence: SentenceText, mentions: [Mention], languages: [String]) -> [Candidate] {
        let tokens = sentence.tokens
        var candidates: [Candidate] = []
        // A country's adjective ("Russian missiles") names no one who speaks.
        for mention in mentions where mention.type == .entity && Self.speaks(mention.value) && !mention.qualifiers.contains(.adjective) {
            guard let first = tokens.firstIndex(where: { $0.range.lowerBound >= mention.range.lowerBound }),
                  let last = tokens.lastIndex(where: { $0.range.upperBound <= mention.range.upperBound }), first <= last else { continue }
            candidates.append(Candidate(first: first, last: last, text: mention.text, range: mention.range,
                                        isCountry: mention.value.hasPrefix("country:")))
        }
        for language in languages {
            for match in nouns[language]?.matches(in: tokens) ?? [] where !candidates.contains(where: { $0.first <= match.last && match.first <= $0.last }) {
                // As written ("porte-parole", not "porte - parole").
                let span = sentence.span(match.first, match.last)
                candidates.append(Candidate(first: match.first, last: match.last, text: span.text, range: span.range))
            }
        }
        return candidates
    }

    /// A possible speaker: its first and last token, its words and its span.
    private struct Candidate {
        var first: Int
        var last: Int
        var text: String
        var range: Range<Int>
        var isCountry = false
    }

    /// Entity values that can speak: people, organisations, countries, found names.
    private static func speaks(_ value: String) -> Bool {
        ["person:", "organisation:", "country:", "name:"].contains { value.hasPrefix($0) }
    }

    private static let clauseEnds: Set<String> = [",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "\"", "“", "”", "«", "»"]

    /// The first candidate after token `index` in its clause, at most `reach` words on. A
    /// country's possessive right before a name is that name's ("Morocco's National Institute
    /// of Geophysics" speaks, not Morocco).
    private func first(after index: Int, tokens: [Token], candidates: [Candidate], reach: Int = Self.reach) -> Candidate? {
        var k = index + 1
        while k < tokens.count, k - index <= reach, !Self.clauseEnds.contains(tokens[k].text) {
            if let found = candidates.first(where: { $0.first == k }) {
                if found.isCountry, let owned = candidates.first(where: { $0.first == found.last + 1 && !$0.isCountry }) { return owned }
                return found
            }
            k += 1
        }
        return nil
    }

    private func nearest(before index: Int, tokens: [Token], candidates: [Candidate]) -> Candidate? {
        var k = index - 1
        while k >= 0, index - k <= Self.reach, !Self.clauseEnds.contains(tokens[k].text) {
            if let found = candidates.first(where: { $0.last == k }) { return found }
            k -= 1
        }
        return nil
    }
}
