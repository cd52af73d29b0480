/// Where extraction results are kept between runs, so that a report already read with the
/// same rules is not read again (`--cache`). A store answers by ``ExtractionKey``: the
/// report's bytes, name and format, the rule set and the tool's version, and the options
/// that change extraction. It is an optimisation only: a run with a store gives the same
/// bytes out as one without.
///
/// The shipped store is SQLite on the user's machine (`VerifyStore`); the protocol is small
/// so that a store shared by a desk's machines can follow.
public protocol ExtractionStore: AnyObject, Sendable {
    /// The extraction stored under `key`, if any. Called from several threads at once.
    func extraction(for key: ExtractionKey) -> CachedExtraction?
    /// Keeps `entries` (new extractions of this run) for later runs; called once per run.
    func save(_ entries: [(key: ExtractionKey, extraction: CachedExtraction)])
    /// What a run needs of the report stored under `key` before its story is aligned
    /// (by default read from its extraction). Called from several threads at once.
    func sketch(for key: ExtractionKey) -> CachedSketch?
    /// ``sketch(for:)`` of every key, in order (by default one by one).
    func sketches(for keys: [ExtractionKey]) -> [CachedSketch?]
    /// The alignment of the story stored under `key`, if any (by default none).
    func story(for key: StoryKey) -> CachedStory?
    /// ``story(for:)`` of every key, in order (by default one by one).
    func stories(for keys: [StoryKey]) -> [CachedStory?]
    /// Keeps `entries` and `stories` (new story alignments of this run) for later runs;
    /// called once per run (by default the stories are not kept).
    func save(_ entries: [(key: ExtractionKey, extraction: CachedExtraction)], stories: [(key: StoryKey, story: CachedStory)])
    /// The copy trace (what finding copies decided, docs/cache.md) an earlier run kept under
    /// `key` (a digest of the corpus paths), as bytes; by default none.
    func trace(for key: String) -> [UInt8]?
    /// Keeps `bytes` as the copy trace under `key`, written by the next ``save(_:stories:)``;
    /// by default not kept.
    func keepTrace(_ bytes: [UInt8], for key: String)
}

extension ExtractionStore {
    public func sketch(for key: ExtractionKey) -> CachedSketch? {
        extraction(for: key).map(CachedSketch.init(extraction:))
    }

    public func sketches(for keys: [ExtractionKey]) -> [CachedSketch?] { keys.map(sketch(for:)) }

    public func story(for key: StoryKey) -> CachedStory? { nil }

    public func stories(for keys: [StoryKey]) -> [CachedStory?] { keys.map(story(for:)) }

    public func trace(for key: String) -> [UInt8]? { nil }

    public func keepTrace(_ bytes: [UInt8], for key: String) {}

    public func save(_ entries: [(key: ExtractionKey, extraction: CachedExtraction)], stories: [(key: StoryKey, story: CachedStory)]) {
        save(entries)
    }
}

/// One report as extraction left it, with what reading it said (its diagnostics), so that
/// a run served from a store prints the same notes as one that read the file, and what
/// alignment reads from the document on its own (``DocumentReading``), so that a run over
/// unchanged reports does not work it out again. Kept in the compact encoding of
/// ``encoded`` (docs/cache.md).
public struct CachedExtraction: Sendable {
    /// The extracted document.
    public var document: ExtractedDocument
    /// What reading the file said (decoding notes, front-matter warnings).
    public var diagnostics: [Diagnostic]
    /// What alignment reads from the document alone, when known.
    var reading: DocumentReading?
    /// What a run needs of it before its story is aligned, when already worked out.
    var sketch: DocumentSketch?

    /// Creates an entry.
    public init(document: ExtractedDocument, diagnostics: [Diagnostic]) {
        self.document = document
        self.diagnostics = diagnostics
    }

    /// An entry with the document's alignment reading.
    init(document: ExtractedDocument, diagnostics: [Diagnostic], reading: DocumentReading?) {
        self.init(document: document, diagnostics: diagnostics)
        self.reading = reading
    }
}

/// Everything an extraction depends on, digested: the same key means the same result.
public struct ExtractionKey: Sendable, Hashable {
    /// SHA-256 (hex) over the parts.
    public let digest: String

    /// The key of a report: its bytes' SHA-256, its id and path in the corpus, its format,
    /// the rule set's fingerprint, the tool's version, and the reference date and reading
    /// options of the run.
    public init(contentSHA256: String, id: String, path: String, format: SourceFormat, rules: String,
                toolVersion: String, referenceDate: PublishedTime?, referenceYear: Int?) {
        let parts = [contentSHA256, id, path, format.rawValue, rules, toolVersion,
                     referenceDate?.iso8601 ?? "-", referenceYear.map(String.init) ?? "-"]
        // A separator no part contains (file names may hold anything else but NUL).
        digest = SHA256.hex(Array(parts.joined(separator: "\u{0}").utf8))
    }
}
