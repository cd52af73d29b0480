/// What a run needs of a stored report before its story is aligned: its summary, main date,
/// story profile and word shingles (``DocumentSketch``), with what reading it said. Kept
/// apart from the extraction, so that a run whose stories are all unchanged decodes no
/// extraction (docs/cache.md).
public struct CachedSketch: Sendable {
    var sketch: DocumentSketch
    /// What reading the file said (decoding notes, front-matter warnings).
    public var diagnostics: [Diagnostic]

    init(sketch: DocumentSketch, diagnostics: [Diagnostic]) {
        self.sketch = sketch
        self.diagnostics = diagnostics
    }

    /// The sketch of a stored extraction (its reading worked out when it has none).
    public init(extraction: CachedExtraction) {
        let reading = extraction.reading ?? DocumentReading(document: extraction.document, keys: NameKeyMaker())
        self.init(sketch: extraction.sketch ?? DocumentSketch(document: extraction.document, reading: reading),
                  diagnostics: extraction.diagnostics)
    }

    /// The sketch in the cache's compact encoding (docs/cache.md).
    public var encoded: [UInt8] { DocumentSketch.encoded(sketch, diagnostics: diagnostics) }

    /// The sketch `bytes` encode (``encoded``), or nil when they are not one of this
    /// version and whole.
    public init?(encoded bytes: [UInt8]) {
        guard let (sketch, diagnostics) = DocumentSketch.decoded(bytes) else { return nil }
        self.init(sketch: sketch, diagnostics: diagnostics)
    }
}

/// Everything a story's alignment depends on, digested: its id in the run, each member's
/// ``ExtractionKey`` in run order (each holding the report's bytes, name, the rules, the
/// build and the reading options) and which members are one voice. The same key means
/// the same events, facts, findings and score parts.
public struct StoryKey: Sendable, Hashable {
    /// Version of what a story's alignment holds and how its key is made.
    static let version = "story-1"
    /// SHA-256 (hex) over the parts.
    public let digest: String

    /// The key of a story of `members` (their extraction keys, in run order) with the id
    /// `id` and the voices `voices` (``StoryPlan/localVoices(of:voiceOf:)``).
    public init(id: String, members: [ExtractionKey], voices: [Int]) {
        let parts = [Self.version, id, members.map(\.digest).joined(separator: ","), voices.map(String.init).joined(separator: ",")]
        digest = SHA256.hex(Array(parts.joined(separator: "\u{0}").utf8))
    }
}

/// One story's alignment as a store keeps it (``StoryAlignment``), in the cache's compact
/// encoding (docs/cache.md, "Stories").
public struct CachedStory: Sendable {
    var alignment: StoryAlignment

    init(alignment: StoryAlignment) {
        self.alignment = alignment
    }

    /// The first byte of an encoded story: the version of its encoding.
    public static let encodingVersion: UInt8 = 1

    /// The story in the cache's compact encoding.
    public var encoded: [UInt8] {
        var writer = CacheWriter(capacity: 4096)
        writer.write(UInt64(Self.encodingVersion))
        writer.write(alignment)
        return writer.bytes
    }

    /// The story `bytes` encode (``encoded``), or nil when they are not one of this version
    /// and whole (the story is then aligned again).
    public init?(encoded bytes: [UInt8]) {
        var reader = CacheReader(bytes)
        do {
            guard try reader.unsigned() == UInt64(Self.encodingVersion) else { return nil }
            let alignment: StoryAlignment = try reader.read()
            guard reader.isAtEnd else { return nil }
            self.init(alignment: alignment)
        } catch {
            return nil
        }
    }
}
