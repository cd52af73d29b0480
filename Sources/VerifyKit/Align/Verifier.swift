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
    /// text once it is extracted (see ``StreamingIngest``), story by story (``StoryRun``).
    /// - Throws: ``VerifyError`` when a path does not exist or no report could be read.
    /// With a `store`, reports extracted by an earlier run with the same rules are not read
    /// again, and stories whose reports are all unchanged are not aligned again
    /// (``ExtractionStore``, ``StoryKey``); the result is the same.
    public static func verify(paths: [String], rules: RuleSet, options: IngestOptions = IngestOptions(),
                              referenceDate: PublishedTime? = nil,
                              grouping: StoryGrouping = .byContent,
                              store: (any ExtractionStore)? = nil) throws(VerifyError) -> VerificationResult {
        let ingested = try StageTimes.measure("ingest") { () throws(VerifyError) in
            try StreamingIngest.run(paths: paths, rules: rules, options: options, referenceDate: referenceDate, store: store)
        }
        let traceKey = SHA256.hex(Array((["trace"] + paths).joined(separator: "\u{0}").utf8))
        guard let (result, stories) = StoryRun(ingested: ingested, rules: rules, grouping: grouping, store: store,
                                               traceKey: traceKey).run() else {
            // An extraction the store announced could not be read back: read every report afresh.
            store?.save(ingested.fresh, stories: [])
            return try verify(paths: paths, rules: rules, options: options, referenceDate: referenceDate, grouping: grouping)
        }
        StageTimes.measure("cache save") { store?.save(ingested.fresh, stories: stories) }
        return result
    }

    /// The alignment stage alone, over extracted documents (in corpus order); for
    /// benchmarks that time each stage. Same-text copies (``ReportCopies``) are aligned
    /// once, as their original; near-copies are aligned as sources of their own and counted
    /// as one voice with their original.
    public static func align(_ extracted: [ExtractedDocument], rules: RuleSet, diagnostics: [Diagnostic] = [],
                             grouping: StoryGrouping = .byContent) -> VerificationResult {
        let readings = Aligner.readDocuments(extracted)
        let sketches = ParallelMap.map(Array(extracted.indices), makeState: {}) { _, d in
            DocumentSketch(document: extracted[d], reading: readings[d])
        }
        let ingested = StreamingIngest.Ingested(sketches: sketches, keys: extracted.map { _ in nil }, documents: extracted,
                                                readings: readings, fresh: [], diagnostics: diagnostics)
        guard let (result, _) = StoryRun(ingested: ingested, rules: rules, grouping: grouping, store: nil).run() else {
            preconditionFailure("every document is at hand")
        }
        return result
    }
}
