/// Scaffold: replaced by the real extractor.
struct DateExtractor: MentionExtractor {
    func mentions(in sentence: SentenceText, context: ExtractionContext) -> [Mention] { [] }
}
