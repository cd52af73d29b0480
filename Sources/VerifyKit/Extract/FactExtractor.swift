import VerifyICU

/// A sentence of a document with everything extracted from it.
public struct ExtractedSentence: Sendable, Codable {
    /// The sentence's place in the document.
    public var sentence: Sentence
    /// The sentence as written (its bytes are the document's from `sentence.range.lowerBound`).
    public var text: String
    /// Where the sentence stands in the original file.
    public var location: SourceLocation
    /// Mentions, ranges in document offsets, ordered by position.
    public var mentions: [Mention]
    /// Event cues (`strike`, `summoned`…) with their canonical kinds, ranges in document offsets.
    public var cues: [EventCue]
}

/// Runs every extractor over the body sentences of a document. Not thread-safe (it owns
/// ICU segmenters): make one per task.
public final class FactExtractor {
    private let splitter: SentenceSplitter
    private var wordSegmenters: [String: WordSegmenter] = [:]
    private let dates: DateExtractor
    private let extractors: [any MentionExtractor]
    private let cueFinder: EventCueFinder
    private let hedges: HedgeFinder
    private let speakers: SpeakerFinder
    private let ages: AgeFinder
    private let causes: CauseFinder
    private let states: StateFinder
    private let nationalities: GroupNationalities
    private let declarations: DeclarationDays
    private let places: PlaceDocumentResolver?
    private let placeClocks: PlaceClockTimes
    private let measuredThings: MeasuredThings?

    /// Creates an extractor over `rules`.
    public init(rules: RuleSet) {
        splitter = SentenceSplitter(rules: rules)
        dates = DateExtractor(rules: rules)
        cueFinder = rules.events
        hedges = rules.hedges
        speakers = rules.speakers
        ages = rules.ages
        causes = rules.causes
        states = rules.states
        nationalities = GroupNationalities(counts: rules.counts, groups: rules.counts.nationalityGroups)
        declarations = DeclarationDays(declarations: rules.counts.declarations)
        places = rules.gazetteer.places.map { PlaceDocumentResolver(index: $0) }
        measuredThings = rules.units.measuredThings
        placeClocks = PlaceClockTimes(phrases: rules.times.placeClock ?? .init(after: [], before: []),
                                      countryZones: rules.alignment.countryZones)
        let numbers = NumberReader(catalog: rules.units, qualifiers: rules.qualifiers)
        extractors = [dates, TimeExtractor(rules: rules), QuantityExtractor(rules: rules, reader: numbers),
                      CountExtractor(rules: rules, reader: numbers),
                      EntityExtractor(rules: rules)]
    }

    /// Mentions and cues of every body sentence of `document`.
    public func extract(_ document: SourceDocument, referenceDate: PublishedTime? = nil) -> [ExtractedSentence] {
        let language = document.metadata.languages.first ?? "en"
        var context = ExtractionContext(published: document.metadata.published?.year != nil ? document.metadata.published : referenceDate,
                                        publishedIsReference: document.metadata.published?.year == nil && referenceDate != nil,
                                        language: language)
        let sentences = DatelinePlace.sentences(splitter.sentences(of: document), of: document).map { sentence in
            (sentence, SentenceText(text: document.slice(sentence.range), documentOffset: sentence.range.lowerBound,
                                    language: language, segmenter: wordSegmenter(for: language)))
        }
        // An undated text: its year-less dates take the latest year it states in full
        // (ingestion read it; a dateline without a year was completed there).
        if context.published?.year == nil { context.yearHint = document.metadata.statedYear }
        var narrative = NarrativeDays()
        let extracted = sentences.map { sentence, text in
            var sentenceContext = context
            sentenceContext.isDateline = DatelinePlace.isDateline(sentence, of: document)
            sentenceContext.narrativeDay = narrative.day(before: sentence)
            var (mentions, cues) = extract(text, context: sentenceContext)
            narrative.note(mentions)
            if sentenceContext.isDateline {
                mentions = DatelinePlace.kept(mentions)
                cues = []
            }
            let shift = sentence.range.lowerBound
            let placed = mentions.map { mention in
                var moved = mention.shifted(by: shift)
                moved.location = document.location(of: moved.range)
                return moved
            }
            return ExtractedSentence(sentence: sentence, text: text.text, location: document.location(of: sentence.range),
                                     mentions: placed,
                                     cues: cues.map { EventCue(kind: $0.kind, text: $0.text, range: $0.range.lowerBound + shift..<$0.range.upperBound + shift) })
        }
        let resolved = DatelinePlace.withoutAmbiguity(places?.resolve(extracted) ?? extracted, of: document)
        return placeClocks.apply(resolved, published: document.metadata.published)
    }

    /// What alignment needs of `document`: its summary, publication time and extracted
    /// sentences (quotes and locations included), so that its full text can be released.
    public func extractDocument(_ document: SourceDocument, referenceDate: PublishedTime? = nil) -> ExtractedDocument {
        ExtractedDocument(source: SourceSummary(document), published: document.metadata.published,
                          sentences: extract(document, referenceDate: referenceDate))
    }

    /// Every document extracted, on every core, in document order.
    public static func extractAll(_ documents: [SourceDocument], rules: RuleSet,
                                  referenceDate: PublishedTime? = nil) -> [ExtractedDocument] {
        ParallelMap.map(documents, makeState: { FactExtractor(rules: rules) }) { extractor, document in
            extractor.extractDocument(document, referenceDate: referenceDate)
        }
    }

    /// Mentions and cues of one piece of text (sentence-relative ranges); used by tests
    /// and by the examples in the rule files.
    public func extract(text: String, context: ExtractionContext) -> (mentions: [Mention], cues: [EventCue]) {
        extract(SentenceText(text: text, documentOffset: 0, language: context.language,
                             segmenter: wordSegmenter(for: context.language)), context: context)
    }

    private func extract(_ sentence: SentenceText, context: ExtractionContext) -> ([Mention], [EventCue]) {
        var mentions = extractors.flatMap { $0.mentions(in: sentence, context: context) }
        mentions = Self.withoutNumbersOfTime(mentions)
        let found = ages.ages(in: sentence, mentions: mentions)
        if !found.isEmpty { mentions = Self.withAges(found, in: mentions) }
        mentions += causes.causes(in: sentence, mentions: mentions, speakers: speakers)
        mentions += states.states(in: sentence)
        mentions += nationalities.nationalities(in: sentence, mentions: mentions)
        if let measuredThings { mentions = measuredThings.mark(mentions, in: sentence) }
        mentions = hedges.apply(to: mentions, in: sentence)
        if PlannedTimes.needed(mentions) { mentions = PlannedTimes.mark(mentions, tense: dates.tense(of: sentence, language: context.language)) }
        mentions = speakers.mark(mentions, in: sentence)
        let cues = cueFinder.cues(in: sentence)
        mentions = EventSiteDistances.mark(mentions, cues: cues, in: sentence, prepositions: cueFinder.sitePrepositions)
        if let durations = cueFinder.durations { mentions = durations.mark(mentions, cues: cues, in: sentence) }
        mentions = EventDays.mark(mentions, cues: cues, in: sentence)
        mentions = declarations.mark(mentions, in: sentence)
        mentions.sort { ($0.range.lowerBound, $0.range.upperBound, $0.type.rawValue, $0.value) < ($1.range.lowerBound, $1.range.upperBound, $1.type.rawValue, $1.value) }
        return (mentions, cues)
    }

    /// Drops counts inside a date, time or duration, and quantities inside a date or time:
    /// the number of "killed two days later" or "three days ago" is part of a time
    /// expression, not a count of people or a measure ("48 hours" stays a quantity of time
    /// beside its duration).
    static func withoutNumbersOfTime(_ mentions: [Mention]) -> [Mention] {
        let temporal = mentions.filter { [.date, .time, .duration].contains($0.type) }
        guard !temporal.isEmpty else { return mentions }
        return mentions.filter { mention in
            guard mention.type == .quantity || mention.type == .count else { return true }
            return !temporal.contains { outer in
                (mention.type == .count || outer.type != .duration)
                    && outer.range.lowerBound <= mention.range.lowerBound && mention.range.upperBound <= outer.range.upperBound
            }
        }
    }

    /// `mentions` with `ages` added and whatever else read their numbers left out: "de 39
    /// años" of a person is an age, not a duration.
    static func withAges(_ ages: [Mention], in mentions: [Mention]) -> [Mention] {
        mentions.filter { mention in
            mention.type == .entity || !ages.contains { $0.range.overlaps(mention.range) }
        } + ages
    }

    private func wordSegmenter(for language: String) -> WordSegmenter {
        if let cached = wordSegmenters[language] { return cached }
        guard let made = (try? WordSegmenter(locale: language)) ?? (try? WordSegmenter(locale: "root")) else {
            fatalError("ICU could not open a word break iterator (ICU data missing?)")
        }
        wordSegmenters[language] = made
        return made
    }
}

extension Mention {
    /// The same mention with its range moved by `offset` bytes.
    func shifted(by offset: Int) -> Mention {
        var copy = self
        copy.range = range.lowerBound + offset..<range.upperBound + offset
        copy.subject = subject.map { $0.lowerBound + offset..<$0.upperBound + offset }
        return copy
    }
}
