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
        /// Extracted, with what alignment reads from it; with the key to keep it under when
        /// it is new and a store is used.
        case extracted(ExtractedDocument, DocumentReading, newKey: ExtractionKey?)
        case pending(SourceDocument)
        case skipped
    }

    /// Extracted documents in corpus order with what alignment reads from each (nil for a
    /// report whose year came from its peers: alignment reads it), and the diagnostics of
    /// the files. With a
    /// `store`, a report whose key it holds is not read again, and the new extractions
    /// are saved to it (reports whose year comes from their peers are not kept: their
    /// extraction depends on the other reports).
    static func run(paths: [String], rules: RuleSet, options: IngestOptions, referenceDate: PublishedTime?,
                    store: (any ExtractionStore)? = nil) throws(VerifyError)
        -> (documents: [ExtractedDocument], readings: [DocumentReading?], diagnostics: [Diagnostic]) {
        var (jobs, diagnostics) = try CorpusLoader.readJobs(paths: paths, options: options)
        let reader = DocumentReader(rules: rules, maximumFileSize: options.maximumFileSize)
        let rulesFingerprint = store == nil ? "" : rules.fingerprint()
        // Each worker keys names with its own NameKeyMaker (keys depend only on the text).
        let outcomes = ParallelMap.map(jobs, makeState: { (FactExtractor(rules: rules), NameKeyMaker()) }) { state, job -> (Outcome, [Diagnostic]) in
            let (extractor, keys) = state
            var key: ExtractionKey?
            let read: SourceDocument?, notes: [Diagnostic]
            if let store, let bytes = Self.bytes(of: job, limit: options.maximumFileSize) {
                let digest = SHA256.hex(bytes)
                let made = ExtractionKey(contentSHA256: digest, id: job.id, path: job.path, format: job.format,
                                         rules: rulesFingerprint, toolVersion: ToolInfo.buildIdentity,
                                         referenceDate: referenceDate, referenceYear: options.referenceYear)
                if let hit = store.extraction(for: made) {
                    let reading = hit.reading ?? DocumentReading(document: hit.document, keys: keys)
                    return (.extracted(hit.document, reading, newKey: hit.reading == nil ? made : nil), hit.diagnostics)
                }
                key = made
                (read, notes) = reader.read(bytes: bytes, id: job.id, path: job.path, format: job.format, sha256: digest)
            } else {
                (read, notes) = reader.read(url: job.url, id: job.id, path: job.path, format: job.format)
            }
            guard let read else { return (.skipped, notes) }
            let document = PublicationYears.withReferenceYear(read, options.referenceYear)
            if PublicationYears.needsPeers(document, referenceYear: options.referenceYear) { return (.pending(document), notes) }
            let extracted = extractor.extractDocument(document, referenceDate: referenceDate)
            return (.extracted(extracted, DocumentReading(document: extracted, keys: keys), newKey: key), notes)
        }
        var published: [PublishedTime?] = []
        var pending: [SourceDocument] = []
        var fresh: [(key: ExtractionKey, extraction: CachedExtraction)] = []
        for (outcome, notes) in outcomes {
            diagnostics += notes
            switch outcome {
            case let .extracted(document, reading, newKey):
                published.append(document.published)
                if let newKey { fresh.append((newKey, CachedExtraction(document: document, diagnostics: notes, reading: reading))) }
            case let .pending(document):
                published.append(document.metadata.published)
                pending.append(document)
            case .skipped: break
            }
        }
        if published.isEmpty { throw CorpusLoader.nothingRead(paths: paths, candidates: jobs.count, diagnostics: diagnostics) }
        var late = FactExtractor.extractAll(PublicationYears.complete(pending, among: published), rules: rules,
                                            referenceDate: referenceDate).makeIterator()
        if let store { store.save(fresh) }
        var documents: [ExtractedDocument] = []
        var readings: [DocumentReading?] = []
        for (outcome, _) in outcomes {
            switch outcome {
            case let .extracted(document, reading, _):
                documents.append(document)
                readings.append(reading)
            case .pending:
                if let next = late.next() {
                    documents.append(next)
                    readings.append(nil)
                }
            case .skipped: break
            }
        }
        return (documents, readings, diagnostics)
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
