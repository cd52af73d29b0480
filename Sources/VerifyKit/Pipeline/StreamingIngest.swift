import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads and extracts every report of a run in one pass on every core, so that each
/// document's text, blocks and line index are released as soon as it is extracted: peak
/// memory follows the extracted records, not the corpus's text. A report whose dateline
/// has no year waits until every other report's date is known (its year comes from them,
/// ``PublicationYears``); the others never wait. Output is the same as reading the whole
/// corpus first (``CorpusLoader``) and extracting it (``FactExtractor/extractAll(_:rules:referenceDate:)``).
enum StreamingIngest {
    /// What one file became.
    private enum Outcome: Sendable {
        /// Extracted, with what alignment reads from it and its sketch; with the key to keep
        /// it under when a store is used.
        case extracted(ExtractedDocument, DocumentReading, DocumentSketch, newKey: ExtractionKey?)
        /// Found in the store: only its sketch is read here (``CachedSketch``).
        case stored(DocumentSketch, key: ExtractionKey)
        case pending(SourceDocument)
        case skipped
    }

    /// The reports of a run, in corpus order.
    struct Ingested: Sendable {
        /// What the run needs of each report before its story is aligned.
        var sketches: [DocumentSketch]
        /// The key each report is (or will be) kept under in the store; nil without a store
        /// and for reports whose year came from their peers.
        var keys: [ExtractionKey?]
        /// The extracted documents read in this run (nil for those found in the store:
        /// ``StoryRun`` reads them from it when their story needs aligning).
        var documents: [ExtractedDocument?]
        /// What alignment reads from each document read in this run.
        var readings: [DocumentReading?]
        /// The new extractions, for the store to keep once the run is done.
        var fresh: [(key: ExtractionKey, extraction: CachedExtraction)]
        /// What reading the files said.
        var diagnostics: [Diagnostic]
    }

    /// The reports under `paths` in corpus order, and the diagnostics of the files. With a
    /// `store`, a report whose key it holds is not read again (only its sketch is), and the
    /// new extractions are returned for it to keep (reports whose year comes from their
    /// peers are not kept: their extraction depends on the other reports).
    static func run(paths: [String], rules: RuleSet, options: IngestOptions, referenceDate: PublishedTime?,
                    store: (any ExtractionStore)? = nil) throws(VerifyError) -> Ingested {
        var (jobs, diagnostics) = try CorpusLoader.readJobs(paths: paths, options: options)
        let reader = DocumentReader(rules: rules, maximumFileSize: options.maximumFileSize)
        let rulesFingerprint = store == nil ? "" : rules.fingerprint()
        // Each worker keys names with its own NameKeyMaker (keys depend only on the text).
        let outcomes = ParallelMap.map(jobs, makeState: { Worker(rules: rules) }) { state, job -> (Outcome, [Diagnostic]) in
            var key: ExtractionKey?
            let read: SourceDocument?, notes: [Diagnostic]
            if let store, let bytes = Self.bytes(of: job, limit: options.maximumFileSize) {
                let digest = SHA256.hex(bytes)
                let made = ExtractionKey(contentSHA256: digest, id: job.id, path: job.path, format: job.format,
                                         rules: rulesFingerprint, toolVersion: ToolInfo.buildIdentity,
                                         referenceDate: referenceDate, referenceYear: options.referenceYear)
                if let hit = store.sketch(for: made) { return (.stored(hit.sketch, key: made), hit.diagnostics) }
                key = made
                (read, notes) = reader.read(bytes: bytes, id: job.id, path: job.path, format: job.format, sha256: digest)
            } else {
                (read, notes) = reader.read(url: job.url, id: job.id, path: job.path, format: job.format)
            }
            guard let read else { return (.skipped, notes) }
            let document = PublicationYears.withReferenceYear(read, options.referenceYear)
            if PublicationYears.needsPeers(document, referenceYear: options.referenceYear) { return (.pending(document), notes) }
            let extracted = state.extractor.extractDocument(document, referenceDate: referenceDate)
            let reading = DocumentReading(document: extracted, keys: state.keys)
            return (.extracted(extracted, reading, DocumentSketch(document: extracted, reading: reading), newKey: key), notes)
        }
        var published: [PublishedTime?] = []
        var pending: [SourceDocument] = []
        var fresh: [(key: ExtractionKey, extraction: CachedExtraction)] = []
        for (outcome, notes) in outcomes {
            diagnostics += notes
            switch outcome {
            case let .extracted(document, reading, sketch, newKey):
                published.append(document.published)
                if let newKey {
                    var entry = CachedExtraction(document: document, diagnostics: notes, reading: reading)
                    entry.sketch = sketch
                    fresh.append((newKey, entry))
                }
            case let .stored(sketch, _):
                published.append(sketch.published)
            case let .pending(document):
                published.append(document.metadata.published)
                pending.append(document)
            case .skipped: break
            }
        }
        if published.isEmpty { throw CorpusLoader.nothingRead(paths: paths, candidates: jobs.count, diagnostics: diagnostics) }
        var late = FactExtractor.extractAll(PublicationYears.complete(pending, among: published), rules: rules,
                                            referenceDate: referenceDate).makeIterator()
        var run = Ingested(sketches: [], keys: [], documents: [], readings: [], fresh: fresh, diagnostics: diagnostics)
        let keys = NameKeyMaker()
        for (outcome, _) in outcomes {
            switch outcome {
            case let .extracted(document, reading, sketch, newKey):
                run.append(sketch, key: newKey, document: document, reading: reading)
            case let .stored(sketch, key):
                run.append(sketch, key: key, document: nil, reading: nil)
            case .pending:
                if let next = late.next() {
                    let reading = DocumentReading(document: next, keys: keys)
                    run.append(DocumentSketch(document: next, reading: reading), key: nil, document: next, reading: reading)
                }
            case .skipped: break
            }
        }
        return run
    }

    /// What each worker reads reports with. The extractor is built on first use: building
    /// one costs more than reading a report from the cache, which most reports of a run are.
    private struct Worker {
        let rules: RuleSet
        lazy var extractor = FactExtractor(rules: rules)
        let keys = NameKeyMaker()
    }

    /// The bytes of a job's file when it can be read and is within the size limit; nil
    /// leaves the reader to say why not.
    private static func bytes(of job: CorpusLoader.ReadJob, limit: Int) -> [UInt8]? {
        // stat(2) directly: Foundation's resource values cost more than reading a small report.
        var info = stat()
        let size = stat(job.url.path, &info) == 0 ? Int(info.st_size) : 0
        guard size <= limit, let data = try? Data(contentsOf: job.url) else { return nil }
        return [UInt8](data)
    }
}

extension StreamingIngest.Ingested {
    /// Adds one report.
    mutating func append(_ sketch: DocumentSketch, key: ExtractionKey?, document: ExtractedDocument?, reading: DocumentReading?) {
        sketches.append(sketch)
        keys.append(key)
        documents.append(document)
        readings.append(reading)
    }
}
