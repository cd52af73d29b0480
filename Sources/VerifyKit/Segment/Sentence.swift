/// A sentence of a body block.
public struct Sentence: Sendable, Hashable, Codable {
    /// UTF-8 offsets into ``SourceDocument/text``, without surrounding white space.
    public var range: Range<Int>
    /// Index of the block it belongs to in ``SourceDocument/blocks``.
    public var block: Int
}
