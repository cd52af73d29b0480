/// Marks the times of day of a sentence about the future as `planned`: "officials are
/// expected to brief reporters at about 1 p.m." gives the time of a plan, not of something
/// that happened, and alignment never sets it against the time of a happening. The tense
/// comes from the same cue words that place a date without a year (`dates.yaml:
/// futureCues`, `pastCues`): future when only future cues occur.
struct PlannedTimes: Sendable {
    private let cues: [String: PhraseTable<Bool>]

    init(futureCues: [String: [String]], pastCues: [String: [String]]) {
        var cues: [String: PhraseTable<Bool>] = [:]
        for language in Set(futureCues.keys).union(pastCues.keys) {
            cues[language] = PhraseTable((futureCues[language] ?? []).map { ($0, true) } + (pastCues[language] ?? []).map { ($0, false) })
        }
        self.cues = cues
    }

    func mark(_ mentions: [Mention], in sentence: SentenceText) -> [Mention] {
        guard mentions.contains(where: { $0.type == .time }), isFuture(sentence) else { return mentions }
        return mentions.map { mention in
            guard mention.type == .time, !mention.qualifiers.contains(.planned) else { return mention }
            var copy = mention
            copy.qualifiers.append(.planned)
            return copy
        }
    }

    private func isFuture(_ sentence: SentenceText) -> Bool {
        var future = false, past = false
        for language in Set([sentence.language, "en"]) {
            for match in cues[language]?.matches(in: sentence.tokens) ?? [] {
                if match.payload { future = true } else { past = true }
            }
        }
        return future && !past
    }
}
