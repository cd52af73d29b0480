/// Scaffold: replaced by the real extractor.
struct CountExtractor: MentionExtractor {
    func mentions(in sentence: SentenceText, context: ExtractionContext) -> [Mention] { [] }
}
