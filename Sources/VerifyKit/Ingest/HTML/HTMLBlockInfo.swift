/// What the extractor learned about one block while building it; the resolver turns it
/// into the block's final kind and reason once the whole page has been read.
struct HTMLBlockInfo: Sendable {
    /// A clutter-marking element around the block.
    struct ClutterSource: Sendable {
        /// The element's serial number.
        var serial: Int
        /// Why it is clutter.
        var verdict: HTMLClutterRules.Verdict
    }

    /// What the block is by its elements alone: `.heading`, `.listItem` or `.paragraph`.
    var naturalKind: BlockKind = .paragraph
    /// Clutter-marking ancestors, innermost first.
    var clutter: [ClutterSource] = []
    /// The innermost metadata-marking ancestor (serial and reason).
    var metadata: (serial: Int, reason: String)?
    /// Whether that metadata element is inside the block's heading element (or there is no heading).
    var metadataInsideHeading = false
    /// Whether the block is inside an `<article>`.
    var inArticle = false
    /// Whether the block is inside a `<main>`.
    var inMain = false
    /// Serials of the block elements around the block, outermost first.
    var ancestors: [Int] = []
    /// The serial of the outermost `<article>` around the block.
    var articleSerial: Int?
    /// The serial of the innermost `itemprop="articleBody"` element around the block.
    var articleBodySerial: Int?
    /// The links (`<a>` serials) that contributed text.
    var linkSerials: Set<Int> = []
    /// Letters and digits outside links.
    var plainLetters = 0
    /// Letters and digits inside links.
    var linkLetters = 0
    /// The block's last character.
    var lastCharacter: Character?
    /// The block's length in bytes of pipeline text.
    var length = 0
}
