/// What extractors may know beyond the sentence: when the document was published (to
/// resolve "last night", "on Friday") and in which language it is written.
public struct ExtractionContext: Sendable {
    /// The document's publication time, or the `--reference-date`, when known.
    public var published: PublishedTime?
    /// True when ``published`` came from `--reference-date` rather than the document.
    public var publishedIsReference: Bool
    /// Main language of the document.
    public var language: String
    /// Year for day-and-month dates when there is no publication time: the year of the
    /// latest fully dated event in the same text (such dates are marked `year from text`).
    public var yearHint: Int?
    /// True for the place of a dateline line ("VALÈNCIA, 4 Nov."): a place by position,
    /// even in capitals and when its name is also a common word.
    public var isDateline = false
    /// The last day written in full in the sentences before this one in its paragraph: what
    /// "the next day", "later that day" or "two days later" count from when their own
    /// sentence writes no day before them (``NarrativeDays``).
    public var narrativeDay: (year: Int, month: Int, day: Int)?

    /// Creates a context.
    public init(published: PublishedTime?, publishedIsReference: Bool = false, language: String) {
        self.published = published
        self.publishedIsReference = publishedIsReference
        self.language = language
    }
}

/// A component that finds one kind of mention in a sentence. Ranges it returns are
/// UTF-8 offsets into ``SentenceText/text``.
protocol MentionExtractor {
    func mentions(in sentence: SentenceText, context: ExtractionContext) -> [Mention]
}
