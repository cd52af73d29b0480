/// What a run needs of a document before its story is aligned: its summary and publication
/// time (the sources table, the order of copies), its main date and story profile (grouping
/// into stories) and its word shingles (finding copies). The cache keeps it apart from the
/// extraction (docs/cache.md), so that a run over unchanged stories reads only this.
struct DocumentSketch: Sendable {
    /// The source's summary.
    var source: SourceSummary
    /// When it was published, as extraction read it.
    var published: PublishedTime?
    /// The document's main date (``DocumentReading/mainDate``).
    var mainDate: String
    /// What identifies its happening (``DocumentReading/profile``).
    var profile: StoryProfile
    /// Its wording as hashed five-word runs.
    var shingles: TextShingles
    /// The MinHash signature of ``shingles`` (empty for a text too short to be a copy).
    var signature: [UInt64]

    /// The sketch of `document`, whose alignment reading is `reading`.
    init(document: ExtractedDocument, reading: DocumentReading) {
        let shingles = TextShingles(sentences: document.sentences.map(\.text))
        self.init(source: document.source, published: document.published, mainDate: reading.mainDate,
                  profile: reading.profile, shingles: shingles, signature: ReportCopies.signature(of: shingles))
    }

    /// A sketch of given parts (as the cache kept it).
    init(source: SourceSummary, published: PublishedTime?, mainDate: String, profile: StoryProfile,
         shingles: TextShingles, signature: [UInt64]) {
        self.source = source
        self.published = published
        self.mainDate = mainDate
        self.profile = profile
        self.shingles = shingles
        self.signature = signature
    }
}
