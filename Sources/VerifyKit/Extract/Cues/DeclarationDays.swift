/// The day a report says people were declared dead or missing: a date that a declaration
/// phrase of `counts.yaml` (`declarations`: "presumed dead", "declared dead", "dados por
/// muertos", "признаны погибшими") governs, right before or after it with only words
/// between ("were presumed dead later that day", "declared the six presumed dead on Tuesday
/// evening"), is marked ``Qualifier/declared(_:)``. A declaration happens once for a
/// group of people, so two reports giving it different days contradict each other
/// (``DeclarationDisputes``); a toll that rises day after day is no such thing.
///
/// Relative days that their report leaves unresolved ("presumed dead the following day"
/// in a paragraph that writes no day) are marked too: alignment may count them from the
/// story's event.
struct DeclarationDays: Sendable {
    /// Most words between the phrase and the date.
    static let reach = 4

    private let phrases: [String: PhraseTable<String>]

    /// Declarations by language: canonical name → phrases.
    init(declarations: [String: [String: [String]]]) {
        var entries: [String: [(String, String)]] = [:]
        for name in declarations.keys.sorted() {
            for (language, list) in declarations[name]! { entries[language, default: []] += list.map { ($0, name) } }
        }
        phrases = entries.mapValues { PhraseTable($0) }
    }

    /// `mentions` (sentence-relative) with each date a declaration governs marked.
    func mark(_ mentions: [Mention], in sentence: SentenceText) -> [Mention] {
        guard mentions.contains(where: Self.isDay) else { return mentions }
        let tokens = sentence.tokens
        let languages = sentence.language == "en" ? ["en"] : [sentence.language, "en"]
        let cues = languages.flatMap { phrases[$0]?.matches(in: tokens) ?? [] }
        guard !cues.isEmpty else { return mentions }
        return mentions.map { mention in
            guard Self.isDay(mention), let date = sentence.tokenSpan(of: mention.range),
                  let governing = cues.first(where: { GoverningCue.governs(($0.first, $0.last), date, tokens: tokens, reach: Self.reach) })
            else { return mention }
            var copy = mention
            copy.qualifiers.append(.declared(governing.payload))
            return copy
        }
    }

    /// A date to the day, or a relative day left unresolved.
    static func isDay(_ mention: Mention) -> Bool {
        mention.type == .date && (mention.date?.isFullDay == true || mention.date?.unresolved != nil)
    }
}
