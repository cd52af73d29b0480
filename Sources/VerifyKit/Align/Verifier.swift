/// The whole pipeline after ingestion: extract, group into stories and events, compare,
/// find, score.
public enum Verifier {
    /// Verifies a corpus with `rules`. `referenceDate` stands in for sources without a publication date.
    public static func verify(_ corpus: Corpus, rules: RuleSet, referenceDate: PublishedTime? = nil) -> VerificationResult {
        let documents = PublicationYears.complete(corpus.documents)
        let extracted = FactExtractor.extractAll(documents, rules: rules, referenceDate: referenceDate)
        return Aligner(documents: documents, extracted: extracted, rules: rules.alignment).run(diagnostics: corpus.diagnostics)
    }

    /// The alignment stage alone, over mentions already extracted from `corpus` (in its
    /// document order); for benchmarks that time each stage.
    public static func align(_ corpus: Corpus, extracted: [[ExtractedSentence]], rules: RuleSet) -> VerificationResult {
        Aligner(documents: corpus.documents, extracted: extracted, rules: rules.alignment).run(diagnostics: corpus.diagnostics)
    }
}
