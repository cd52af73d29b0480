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
        func index(atOrAfter offset: Int) -> Int? { tokens.firstIndex { $0.range.lowerBound >= offset } }
        func index(before offset: Int) -> Int? { tokens.lastIndex { $0.range.upperBound <= offset } }
        func onlyWords(_ range: Range<Int>) -> Bool { range.count <= Self.reach && tokens[range].allSatisfy { $0.kind == .word } }
        return mentions.map { mention in
            guard Self.isDay(mention), let first = index(atOrAfter: mention.range.lowerBound),
                  let last = index(before: mention.range.upperBound) else { return mention }
            let governing = cues.first { cue in
                if cue.last < first { return onlyWords((cue.last + 1)..<first) }
                if cue.first > last { return onlyWords((last + 1)..<cue.first) }
                return false
            }
            guard let governing else { return mention }
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
