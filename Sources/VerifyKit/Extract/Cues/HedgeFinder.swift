/// Marks every mention of a sentence with the hedges (`allegedly`, `reportedly`) and
/// attributions (`according to`, `said`) the sentence contains, from `hedges.yaml`, as
/// qualifiers `hedge:<cue>` and `attributed:<cue>`. Nothing is dropped. A time of day
/// inside a source phrase ("according to figures released on Tuesday at 6 pm") is when the
/// source spoke, not when the event happened: it is marked `as of`, like a report's cut-off.
struct HedgeFinder: Sendable {
    struct Rules: Decodable, Sendable {
        var hedges: [String: [String]]
        var attributions: [String: [String]]
        /// Phrases that open a mention of the source itself ("according to", "citing").
        var sourcePhrases: [String: [String]]
        /// Words that name a speaker without naming who (police, officials, the ministry).
        var speakerNouns: [String: [String]]?
        /// Auxiliaries that make a verb of saying passive ("were told").
        var passiveAuxiliaries: [String: [String]]?
        /// Verbs by which a speaker gives a reading ("put the magnitude at", "estimated").
        var readingVerbs: [String: [String]]?
        /// Words that make a source phrase a report with a time of its own ("figures released").
        var reportWords: [String: [String]]?
    }

    private let matchers: [String: PhraseTable<String>]
    private let sourcePhrases: [String: PhraseTable<Bool>]
    /// Language → lower-cased ``Rules/reportWords``.
    private let reportWords: [String: Set<String>]

    init(rules: Rules) {
        var matchers: [String: PhraseTable<String>] = [:]
        for language in Set(rules.hedges.keys).union(rules.attributions.keys) {
            let entries = (rules.hedges[language] ?? []).map { ($0, "hedge:" + $0) }
                + (rules.attributions[language] ?? []).map { ($0, "attributed:" + $0) }
            matchers[language] = PhraseTable(entries)
        }
        self.matchers = matchers
        sourcePhrases = rules.sourcePhrases.mapValues { PhraseTable($0.map { ($0, true) }) }
        reportWords = (rules.reportWords ?? [:]).mapValues { Set($0.map { $0.lowercased() }) }
    }

    /// `mentions` with every time of day inside a source phrase marked `as of`: one that
    /// follows such a phrase in the same clause (no comma, semicolon or stop between), when
    /// the phrase names a report of its own before it (`reportWords`: "figures released").
    private func markReportTimes(_ mentions: [Mention], in sentence: SentenceText, languages: [String],
                                 opened: [(first: Int, last: Int, payload: Bool)]) -> [Mention] {
        let tokens = sentence.tokens
        guard !opened.isEmpty, mentions.contains(where: { $0.type == .time }) else { return mentions }
        let reports = languages.reduce(into: Set<String>()) { $0.formUnion(reportWords[$1] ?? []) }
        return mentions.map { mention in
            guard mention.type == .time, !mention.qualifiers.contains(.asOf) else { return mention }
            let start = tokens.firstIndex { $0.range.lowerBound >= mention.range.lowerBound } ?? tokens.count
            let inside = opened.contains { phrase in
                phrase.last < start && !tokens[(phrase.last + 1)..<start].contains { [",", ";", ".", ":", "—", "–"].contains($0.text) }
                    && tokens[phrase.first..<start].contains { reports.contains($0.lower) }
            }
            guard inside else { return mention }
            var copy = mention
            copy.qualifiers.append(.asOf)
            return copy
        }
    }

    /// Words that may stand between a verb of saying and the day it was said ("said on
    /// Friday", "informó este viernes", "a déclaré vendredi", "сообщил в пятницу").
    private static let dayLinks: Set<String> = ["on", "este", "el", "le", "ce", "am", "в", "у", "во", "w", "il", "no", "na", "em", "a", "la"]

    /// `mentions` with every date right after a verb of saying marked ``Qualifier/saidOn``:
    /// "three were killed, police said on Friday" says when the police spoke.
    private func markSpeechDays(_ mentions: [Mention], in sentence: SentenceText, opened: [(first: Int, last: Int, payload: Bool)],
                                cues: [(first: Int, last: Int, payload: String)]) -> [Mention] {
        guard mentions.contains(where: { $0.type == .date }) else { return mentions }
        let tokens = sentence.tokens
        let opening = Set(opened.map(\.last))
        let verbEnds = Set(cues.filter { $0.payload.hasPrefix("attributed:") && !opening.contains($0.last) }.map(\.last))
        guard !verbEnds.isEmpty else { return mentions }
        return mentions.map { mention in
            guard mention.type == .date, let start = tokens.firstIndex(where: { $0.range.lowerBound >= mention.range.lowerBound }),
                  start > 0 else { return mention }
            var k = start - 1
            if k > 0, Self.dayLinks.contains(tokens[k].lower) { k -= 1 }
            guard verbEnds.contains(k) else { return mention }
            var copy = mention
            copy.qualifiers.append(.saidOn)
            return copy
        }
    }

    func apply(to found: [Mention], in sentence: SentenceText) -> [Mention] {
        guard !found.isEmpty else { return found }
        let languages = sentence.language == "en" ? ["en"] : [sentence.language, "en"]
        // The sentence's source phrases and cues, matched once for every pass below.
        let opened = languages.flatMap { sourcePhrases[$0]?.matches(in: sentence.tokens) ?? [] }
        let matches = languages.flatMap { matchers[$0]?.matches(in: sentence.tokens) ?? [] }
        let timed = markReportTimes(found, in: sentence, languages: languages, opened: opened)
        let mentions = markSpeechDays(timed, in: sentence, opened: opened, cues: matches)
        var cues: [String] = []
        for match in matches where !cues.contains(match.payload) { cues.append(match.payload) }
        guard !cues.isEmpty else { return mentions }
        return mentions.map { mention in
            var copy = mention
            copy.qualifiers += cues.map(Qualifier.init(rawValue:)).filter { !mention.qualifiers.contains($0) }
            return copy
        }
    }
}
