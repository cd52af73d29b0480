/// The whole pipeline after ingestion: extract, group into stories and events, compare,
/// find, score.
public enum Verifier {
    /// Verifies a corpus already read with `rules`. `referenceDate` stands in for sources
    /// without a publication date.
    public static func verify(_ corpus: Corpus, rules: RuleSet, referenceDate: PublishedTime? = nil) -> VerificationResult {
        let extracted = FactExtractor.extractAll(corpus.documents, rules: rules, referenceDate: referenceDate)
        return align(extracted, rules: rules, diagnostics: corpus.diagnostics)
    }

    /// Reads, extracts and verifies the reports under `paths`, releasing each document's
    /// text once it is extracted (see ``StreamingIngest``).
    /// - Throws: ``VerifyError`` when a path does not exist or no report could be read.
    /// With a `store`, reports extracted by an earlier run with the same rules are not read
    /// again (``ExtractionStore``); the result is the same.
    public static func verify(paths: [String], rules: RuleSet, options: IngestOptions = IngestOptions(),
                              referenceDate: PublishedTime? = nil,
                              store: (any ExtractionStore)? = nil) throws(VerifyError) -> VerificationResult {
        let (extracted, diagnostics) = try StreamingIngest.run(paths: paths, rules: rules, options: options,
                                                                referenceDate: referenceDate, store: store)
        return align(extracted, rules: rules, diagnostics: diagnostics)
    }

    /// The alignment stage alone, over extracted documents (in corpus order); for
    /// benchmarks that time each stage.
    public static func align(_ extracted: [ExtractedDocument], rules: RuleSet, diagnostics: [Diagnostic] = []) -> VerificationResult {
        Aligner(documents: extracted, rules: rules.alignment).run(diagnostics: diagnostics)
    }
}
