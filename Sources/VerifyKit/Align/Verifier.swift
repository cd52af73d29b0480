/// The whole pipeline after ingestion: extract, group into stories and events, compare,
/// find, score.
public enum Verifier {
    /// Verifies a corpus already read with `rules`. `referenceDate` stands in for sources
    /// without a publication date.
    /// `grouping` says how documents form stories (by content, or all one with `--single-story`).
    public static func verify(_ corpus: Corpus, rules: RuleSet, referenceDate: PublishedTime? = nil,
                              grouping: StoryGrouping = .byContent) -> VerificationResult {
        let extracted = FactExtractor.extractAll(corpus.documents, rules: rules, referenceDate: referenceDate)
        return align(extracted, rules: rules, diagnostics: corpus.diagnostics, grouping: grouping)
    }

    /// Reads, extracts and verifies the reports under `paths`, releasing each document's
    /// text once it is extracted (see ``StreamingIngest``).
    /// - Throws: ``VerifyError`` when a path does not exist or no report could be read.
    /// With a `store`, reports extracted by an earlier run with the same rules are not read
    /// again (``ExtractionStore``); the result is the same.
    public static func verify(paths: [String], rules: RuleSet, options: IngestOptions = IngestOptions(),
                              referenceDate: PublishedTime? = nil,
                              grouping: StoryGrouping = .byContent,
                              store: (any ExtractionStore)? = nil) throws(VerifyError) -> VerificationResult {
        let (extracted, diagnostics) = try StreamingIngest.run(paths: paths, rules: rules, options: options,
                                                                referenceDate: referenceDate, store: store)
        return align(extracted, rules: rules, diagnostics: diagnostics, grouping: grouping)
    }

    /// The alignment stage alone, over extracted documents (in corpus order); for
    /// benchmarks that time each stage.
    public static func align(_ extracted: [ExtractedDocument], rules: RuleSet, diagnostics: [Diagnostic] = [],
                             grouping: StoryGrouping = .byContent) -> VerificationResult {
        Aligner(documents: extracted, rules: rules.alignment, grouping: grouping).run(diagnostics: diagnostics)
    }
}
