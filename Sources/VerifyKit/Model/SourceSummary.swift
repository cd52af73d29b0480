/// A source as the JSON output describes it (`sources[]` in DESIGN.md).
public struct SourceSummary: Sendable, Codable, Hashable {
    /// Path relative to the corpus root without extension.
    public var id: String
    /// Path as the user reaches it.
    public var path: String
    /// Headline.
    public var title: String?
    /// Publisher or agency.
    public var outlet: String?
    /// ISO 8601 at the precision stated.
    public var published: String?
    /// Where the published time was read, and whether its year was inferred.
    public var publishedFrom: String?
    /// Languages of the body, most used first.
    public var languages: [String]
    /// Encoding the bytes were decoded from.
    public var encoding: String
    /// Where the encoding came from: `bom`, `meta`, `detected` or `default`.
    public var encodingFrom: String
    /// `text`, `markdown` or `html`.
    public var format: String
    /// SHA-256 of the file's bytes.
    public var sha256: String

    /// A summary with only an id and a path, for tests of the stages after extraction.
    package init(id: String, path: String) {
        self.id = id
        self.path = path
        languages = []
        encoding = "UTF-8"
        encodingFrom = "default"
        format = SourceFormat.text.rawValue
        sha256 = ""
    }

    /// Summarises a document.
    public init(_ document: SourceDocument) {
        let metadata = document.metadata
        id = document.id
        path = document.path
        title = metadata.title
        outlet = metadata.outlet
        published = metadata.published?.iso8601
        publishedFrom = metadata.published.map { $0.yearInferred && !$0.origin.contains("year from") ? $0.origin + ", year inferred" : $0.origin }
        languages = metadata.languages
        encoding = document.encoding
        encodingFrom = document.encodingOrigin
        format = document.format.rawValue
        sha256 = document.sha256
    }
}
