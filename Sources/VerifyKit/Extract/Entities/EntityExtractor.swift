/// Scaffold: replaced by the real extractor.
struct EntityExtractor: MentionExtractor {
    func mentions(in sentence: SentenceText, context: ExtractionContext) -> [Mention] { [] }
}
