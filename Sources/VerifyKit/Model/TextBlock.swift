/// What a block of a document is, as far as fact extraction is concerned.
public enum BlockKind: String, Sendable, Hashable, Codable {
    /// A document or section title.
    case heading
    /// Running article text.
    case paragraph
    /// An item of a list inside the article.
    case listItem
    /// A dateline, byline or similar line that carries metadata, not facts.
    case metadata
    /// Page clutter: navigation, tag clouds, related links, share bars, other-language
    /// headline links. Kept so it can be traced, never a source of facts.
    case clutter
}

/// A block (paragraph, heading, list item, line of clutter) of a document's pipeline text.
public struct TextBlock: Sendable, Hashable {
    /// UTF-8 offsets into ``ExtractedText/text``.
    public var range: Range<Int>
    /// What the block is.
    public var kind: BlockKind
    /// Why a block is metadata or clutter (the rule that said so), for explanations.
    public var reason: String?
    /// Language of the block, once classified (`en`, `ru`…).
    public var language: String?
    /// Letters in the block, the weight of its language in the document's.
    var letters = 0

    /// Creates a block.
    public init(range: Range<Int>, kind: BlockKind, reason: String? = nil) {
        self.range = range
        self.kind = kind
        self.reason = reason
    }

    /// Whether facts may be taken from this block.
    public var isBody: Bool { kind == .heading || kind == .paragraph || kind == .listItem }
}

/// The text a format reader hands to the pipeline: blocks separated by blank lines, and
/// the map that takes every byte of it back to the decoded source.
struct ExtractedText: Sendable {
    var text: String
    var map: SourceMap
    var blocks: [TextBlock]
}

extension MappedTextBuilder {
    /// Closes the block that began at `start`: trims trailing white space, records it,
    /// and separates it from the next with a blank line. Empty blocks are dropped.
    mutating func endBlock(startingAt start: Int, kind: BlockKind, reason: String? = nil,
                           into blocks: inout [TextBlock], sourceOffset: Int) {
        trimTrailingWhitespace()
        guard count > start else { return }
        blocks.append(TextBlock(range: start..<count, kind: kind, reason: reason))
        appendSynthetic("\n\n", at: sourceOffset)
    }
}
