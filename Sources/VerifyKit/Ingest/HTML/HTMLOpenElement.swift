/// An element the extractor is inside, with what it means for the text inside it.
struct HTMLOpenElement: Sendable {
    /// The tag name, lowercase.
    var name: String
    /// The element's node index, unique within the page.
    var serial: Int
    /// The index one past the element's last descendant node.
    var subtreeEnd: Int
    /// Where the element ends in the source (its end tag, or what closed it).
    var endOffset: Int
    /// Whether its content never reaches the pipeline text (script, svg, button, head...).
    var isDropped: Bool
    /// Whether it is inside (or is) `<svg>` or `<math>`.
    var isForeign: Bool
    /// Why its content is clutter, if it is.
    var clutter: HTMLClutterRules.Verdict?
    /// Why its content is a metadata line, if it is.
    var metadataReason: String?
    /// Whether opening or closing it ends the current text block.
    var isBoundary: Bool
    /// Whether it carries `itemprop="articleBody"` (schema.org's article text).
    var isArticleBody = false
}
