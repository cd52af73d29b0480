/// The whole pipeline after ingestion: extract, group into stories and events, compare,
/// find, score.
public enum Verifier {
    /// Verifies a corpus. `referenceDate` stands in for sources without a publication date.
    public static func verify(_ corpus: Corpus, referenceDate: PublishedTime? = nil) -> VerificationResult {
        let documents = PublicationYears.complete(corpus.documents)
        let extracted = FactExtractor.extractAll(documents, referenceDate: referenceDate)
        return Aligner(documents: documents, extracted: extracted).run(diagnostics: corpus.diagnostics)
    }

    /// The alignment stage alone, over mentions already extracted from `corpus` (in its
    /// document order); for benchmarks that time each stage.
    public static func align(_ corpus: Corpus, extracted: [[ExtractedSentence]]) -> VerificationResult {
        Aligner(documents: corpus.documents, extracted: extracted).run(diagnostics: corpus.diagnostics)
    }
}
