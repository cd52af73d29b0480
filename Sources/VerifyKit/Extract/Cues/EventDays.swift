/// The day a report says the event happened: a full date that an event cue of its
/// sentence governs ("the floods that struck the region on October 30", "on 2 May a
/// blast hit the depot") is marked ``Qualifier/eventDay``. Alignment compares these days
/// across the reports of a story (``EventDayDisputes``); other dates of the sentence
/// ("95 deaths confirmed the day before") are not the event's.
///
/// The cue stands before the date or after it, at most ``reach`` words away with only words
/// between (no punctuation: a comma opens another clause). Casualty words are outcomes,
/// not the happening: "died on Wednesday" dates a death, not the event.
enum EventDays {
    /// Most words between the cue and the date (a place's phrase: "hit the Kessler
    /// Chemicals depot in Varnholt on 3 May").
    static let reach = 8
    /// Cue kinds that name an outcome, not the happening.
    static let outcomeKinds: Set<String> = ["casualties"]

    /// `mentions` (sentence-relative) with each date an event cue governs marked.
    static func mark(_ mentions: [Mention], cues: [EventCue], in sentence: SentenceText) -> [Mention] {
        let happenings = cues.filter { !outcomeKinds.contains($0.kind) }
        guard !happenings.isEmpty, mentions.contains(where: isDay) else { return mentions }
        let spans = happenings.compactMap { sentence.tokenSpan(of: $0.range) }
        return mentions.map { mention in
            guard isDay(mention), let date = sentence.tokenSpan(of: mention.range),
                  spans.contains(where: { GoverningCue.governs($0, date, tokens: sentence.tokens, reach: reach) }) else { return mention }
            var copy = mention
            copy.qualifiers.append(.eventDay)
            return copy
        }
    }

    /// Whether `mention` is a date to the day.
    static func isDay(_ mention: Mention) -> Bool {
        mention.type == .date && mention.date?.isFullDay == true
    }
}
