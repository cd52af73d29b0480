/// An element on the extractor's stack of open elements, with what it means for the text inside it.
struct HTMLOpenElement: Sendable {
    /// The tag name, lowercase.
    var name: String
    /// A number unique to this element within the page.
    var serial: Int
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
}
