/// One document as extraction leaves it: all that alignment and the reports need (the
/// source's summary, its publication time, every sentence with its quote, location and
/// mentions), without the document's full text, blocks or line index.
public struct ExtractedDocument: Sendable, Codable {
    /// The source as reports describe it.
    public var source: SourceSummary
    /// Publication time after ingestion (year completed from the other sources when needed).
    public var published: PublishedTime?
    /// Body sentences in text order.
    public var sentences: [ExtractedSentence]

    /// Creates a record.
    public init(source: SourceSummary, published: PublishedTime?, sentences: [ExtractedSentence]) {
        self.source = source
        self.published = published
        self.sentences = sentences
    }
}
