/// One report of the corpus, decoded and split into blocks, with its metadata and the
/// means to point any span of its text back to the original file.
public struct SourceDocument: Sendable {
    /// Path relative to the corpus root, without extension.
    public var id: String
    /// Path as the user reaches it (the corpus path given, joined with the relative path).
    public var path: String
    /// How the file was read.
    public var format: SourceFormat
    /// The character encoding the bytes were decoded from (`UTF-8`, `UTF-16LE`, `windows-1251`…).
    public var encoding: String
    /// Where that encoding came from: `bom`, `meta` (the page's `<meta charset>`),
    /// `detected` (valid UTF-8 or ICU's detector) or `default`.
    public var encodingOrigin: String
    /// Lower-case hex SHA-256 of the file's bytes.
    public var sha256: String
    /// Size of the file in bytes.
    public var byteCount: Int
    /// Title, outlet, published time, languages.
    public var metadata: DocumentMetadata
    /// The pipeline text: blocks separated by blank lines.
    public var text: String
    /// Blocks of ``text``: body, metadata, clutter.
    public var blocks: [TextBlock]

    let map: SourceMap
    let lines: LineIndex

    /// Where the text range `range` (UTF-8 offsets into ``text``) stands in the original file.
    public func location(of range: Range<Int>) -> SourceLocation {
        let start = lines.position(of: map.sourceOffset(ofStart: range.lowerBound))
        let endOffset = range.isEmpty ? map.sourceOffset(ofStart: range.lowerBound) : map.sourceOffset(ofEnd: range.upperBound)
        let end = lines.position(of: endOffset)
        return SourceLocation(path: path, line: start.line, column: start.column,
                              endLine: end.line, endColumn: end.column)
    }

    /// The text of a UTF-8 range of ``text``.
    public func slice(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(text[start..<end])
    }
}

/// What a source says about itself.
public struct DocumentMetadata: Sendable, Hashable {
    /// Headline.
    public var title: String?
    /// Publisher or agency.
    public var outlet: String?
    /// Publication time, when the source states one.
    public var published: PublishedTime?
    /// Languages of the body text, most used first (BCP 47 codes such as `en`, `ru`).
    public var languages: [String] = []
    /// Canonical address when the source gives one.
    public var url: String?
    /// The latest year of a date written in full in the body (`14 November 2024`), read
    /// when the publication date is missing or has no year: ``PublicationYears`` completes
    /// the publication year with it, and extraction the year-less dates of an undated text.
    public var statedYear: Int?
    /// The bytes of the place a dateline line opens with ("VALÈNCIA, 4 Nov. (EUROPA
    /// PRESS)", "BALTIMORE, March 26 (Reuters)"), when the dateline stands in a line of its
    /// own: extraction reads it as the report's first sentence, since the place where a
    /// report is datelined is one of its claims.
    public var datelinePlace: Range<Int>?
}
