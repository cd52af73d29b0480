/// Scaffold: replaced by the real extractor.
struct QuantityExtractor: MentionExtractor {
    func mentions(in sentence: SentenceText, context: ExtractionContext) -> [Mention] { [] }
}
