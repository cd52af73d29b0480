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
        var (jobs, diagnostics) = try StageTimes.measure("ingest: list files") { () throws(VerifyError) in
            try CorpusLoader.readJobs(paths: paths, options: options)
        }
        let reader = DocumentReader(rules: rules, maximumFileSize: options.maximumFileSize)
        let rulesFingerprint = store == nil ? "" : StageTimes.measure("ingest: rules fingerprint") { rules.fingerprint() }
        // With a store: each report's bytes and key first, on every core, then every key
        // looked up at once (one read of the store, not one per report).
        let keyed: [(bytes: [UInt8], digest: String, key: ExtractionKey)?] = store == nil ? [] : StageTimes.measure("ingest: keys") {
            ParallelMap.map(jobs, makeState: {}) { _, job in
                guard let bytes = Self.bytes(of: job, limit: options.maximumFileSize) else { return nil }
                let digest = SHA256.hex(bytes)
                return (bytes, digest, ExtractionKey(contentSHA256: digest, id: job.id, path: job.path, format: job.format,
                                                     rules: rulesFingerprint, toolVersion: ToolInfo.buildIdentity,
                                                     referenceDate: referenceDate, referenceYear: options.referenceYear))
            }
        }
        var hits = [CachedSketch?](repeating: nil, count: keyed.count)
        if let store {
            let positions = keyed.indices.filter { keyed[$0] != nil }
            let found = StageTimes.measure("ingest: cache read") { store.sketches(for: positions.map { keyed[$0]!.key }) }
            for (position, hit) in zip(positions, found) { hits[position] = hit }
        }
        // Each worker keys names with its own NameKeyMaker (keys depend only on the text).
        let outcomes = StageTimes.measure("ingest: read") { [hits, jobs] in
            ParallelMap.map(Array(jobs.indices), makeState: { Worker(rules: rules) }) { state, index -> (Outcome, [Diagnostic]) in
            let job = jobs[index]
            var key: ExtractionKey?
            let read: SourceDocument?, notes: [Diagnostic]
            if store != nil, let entry = keyed[index] {
                if let hit = hits[index] { return (.stored(hit.sketch, key: entry.key), hit.diagnostics) }
                key = entry.key
                (read, notes) = reader.read(bytes: entry.bytes, id: job.id, path: job.path, format: job.format, sha256: entry.digest)
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
        // open, fstat and read(2) directly: Foundation's file reading and resource values
        // cost more than reading a small report.
        let descriptor = open(job.url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= limit else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: max(4096, bytes.count))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { break }
            filled += got
            guard filled <= limit else { return nil }
        }
        bytes.removeSubrange(filled...)
        return bytes
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
