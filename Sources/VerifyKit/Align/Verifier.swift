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
        var ingested = try StreamingIngest.run(paths: paths, rules: rules, options: options,
                                               referenceDate: referenceDate, store: store)
        return align(ingested.documents, readings: &ingested.readings, rules: rules, diagnostics: ingested.diagnostics,
                     grouping: grouping)
    }

    /// The alignment stage alone, over extracted documents (in corpus order); for
    /// benchmarks that time each stage. Same-text copies (``ReportCopies``) are aligned
    /// once, as their original; near-copies are aligned as sources of their own and counted
    /// as one voice with their original.
    public static func align(_ extracted: [ExtractedDocument], rules: RuleSet, diagnostics: [Diagnostic] = [],
                             grouping: StoryGrouping = .byContent) -> VerificationResult {
        var readings: [DocumentReading?] = []
        return align(extracted, readings: &readings, rules: rules, diagnostics: diagnostics, grouping: grouping)
    }

    /// ``align(_:rules:diagnostics:grouping:)`` with what alignment reads from each document
    /// when already known (``DocumentReading``; nil or none: read it here). The readings are
    /// consumed (`readings` is left empty), so that they are released once turned into claims.
    static func align(_ extracted: [ExtractedDocument], readings: inout [DocumentReading?], rules: RuleSet,
                      diagnostics: [Diagnostic], grouping: StoryGrouping) -> VerificationResult {
        let copies = ReportCopies(documents: extracted)
        let kept = extracted.indices.filter { !copies.isSameText[$0] }
        var position: [Int: Int] = [:]
        for (p, d) in kept.enumerated() { position[d] = p }
        let voices = kept.map { position[copies.voiceOf[$0]] ?? position[$0]! }
        var known = kept.map { readings.indices.contains($0) ? readings[$0] : nil }
        readings = []
        var result = Aligner(documents: kept.map { extracted[$0] }, rules: rules.alignment, grouping: grouping, voiceOf: voices)
            .run(diagnostics: diagnostics, readings: &known)
        copies.complete(&result, documents: extracted)
        return result
    }
}
