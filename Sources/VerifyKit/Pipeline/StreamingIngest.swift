/// Reads and extracts every report of a run in one pass on every core, so that each
/// document's text, blocks and line index are released as soon as it is extracted: peak
/// memory follows the extracted records, not the corpus's text. A report whose dateline
/// has no year waits until every other report's date is known (its year comes from them,
/// ``PublicationYears``); the others never wait. Output is the same as reading the whole
/// corpus first (``CorpusLoader``) and extracting it (``FactExtractor/extractAll(_:rules:referenceDate:)``).
enum StreamingIngest {
    /// What one file became.
    private enum Outcome: Sendable {
        case extracted(ExtractedDocument)
        case pending(SourceDocument)
        case skipped
    }

    /// Extracted documents in corpus order, and the diagnostics of the files.
    static func run(paths: [String], rules: RuleSet, options: IngestOptions,
                    referenceDate: PublishedTime?) throws(VerifyError) -> ([ExtractedDocument], [Diagnostic]) {
        var (jobs, diagnostics) = try CorpusLoader.readJobs(paths: paths, options: options)
        let reader = DocumentReader(rules: rules, maximumFileSize: options.maximumFileSize)
        let outcomes = ParallelMap.map(jobs, makeState: { FactExtractor(rules: rules) }) { extractor, job -> (Outcome, [Diagnostic]) in
            let (read, notes) = reader.read(url: job.url, id: job.id, path: job.path, format: job.format)
            guard let read else { return (.skipped, notes) }
            let document = PublicationYears.withReferenceYear(read, options.referenceYear)
            if PublicationYears.needsPeers(document, referenceYear: options.referenceYear) { return (.pending(document), notes) }
            return (.extracted(extractor.extractDocument(document, referenceDate: referenceDate)), notes)
        }
        var published: [PublishedTime?] = []
        var pending: [SourceDocument] = []
        for (outcome, notes) in outcomes {
            diagnostics += notes
            switch outcome {
            case let .extracted(document): published.append(document.published)
            case let .pending(document):
                published.append(document.metadata.published)
                pending.append(document)
            case .skipped: break
            }
        }
        if published.isEmpty { throw CorpusLoader.nothingRead(paths: paths, candidates: jobs.count, diagnostics: diagnostics) }
        var late = FactExtractor.extractAll(PublicationYears.complete(pending, among: published), rules: rules,
                                            referenceDate: referenceDate).makeIterator()
        var documents: [ExtractedDocument] = []
        for (outcome, _) in outcomes {
            switch outcome {
            case let .extracted(document): documents.append(document)
            case .pending: if let next = late.next() { documents.append(next) }
            case .skipped: break
            }
        }
        return (documents, diagnostics)
    }
}
