/// Scaffold: replaced by the real extractor.
struct TimeExtractor: MentionExtractor {
    func mentions(in sentence: SentenceText, context: ExtractionContext) -> [Mention] { [] }
}
