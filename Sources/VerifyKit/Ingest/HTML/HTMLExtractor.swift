import VerifyHTML

/// Walks the WHATWG tree of a page (``HTMLParser``, Gumbo) in document order and builds
/// the pipeline text block by block with a ``MappedTextBuilder``, so every byte maps back
/// into the input: text nodes are split against their source bytes (``HTMLTextRun``),
/// element boundaries are anchored at their start and end tags.
struct HTMLExtractor {
    /// The input.
    let bytes: [UInt8]
    /// The parsed page.
    private let tree: HTMLTree
    /// What each `&...` in text decodes to.
    private var references: [String: HTMLCharacterReference] = [:]
    /// The text and map being built.
    private var builder = MappedTextBuilder()
    /// Blocks built so far (kinds provisional until ``HTMLBlockResolver`` runs).
    private var blocks: [TextBlock] = []
    /// What was learned about each block, parallel to `blocks`.
    private var infos: [HTMLBlockInfo] = []
    /// Open elements, outermost first.
    private var stack: [HTMLOpenElement] = []
    /// Open elements whose content is dropped.
    private var droppedDepth = 0
    /// Open elements inside `<svg>`/`<math>`.
    private var foreignDepth = 0
    /// Open `<article>` elements.
    private var articleDepth = 0
    /// Open `<main>` elements.
    private var mainDepth = 0
    /// Open `<section>` elements.
    private var sectionDepth = 0
    /// Serials of the open `<a>` elements, innermost last.
    private var openLinks: [Int] = []
    /// The block being built.
    private var current: CurrentBlock?
    /// Link-only lists being built (one per open list element), block indices.
    private var lists: [ListRecord] = []
    /// Finished top-level lists whose every item is a single link.
    private var linkLists: [[Int]] = []
    /// The furthest source offset reached, the anchor for nodes the parser made up.
    private var cursor = 0
    /// Clutter and metadata verdicts by the attributes they depend on (pages repeat their classes).
    private var verdicts: [String: (clutter: HTMLClutterRules.Verdict?, metadata: String?)] = [:]

    /// The block being built: where it starts, what is known, the white space waiting to be folded.
    private struct CurrentBlock {
        /// Offset of the block's first byte in the text being built.
        var start: Int
        /// Where the block's last piece ends in the source; a piece before it starts a new block.
        var sourceEnd: Int
        /// What is known about the block.
        var info: HTMLBlockInfo
        /// Source span of white space seen since the last word, folded into one space if a word follows.
        var pendingSpace: Range<Int>?
    }

    /// Blocks inside one open list element.
    private struct ListRecord {
        /// Indices in `blocks` of the blocks built inside the list.
        var blockIndices: [Int] = []
        /// Whether every one of them is a list item made of exactly one link.
        var onlySingleLinks = true
    }

    /// An extractor over `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        tree = HTMLParser.parse(bytes)
    }

    /// Reads the whole page.
    mutating func run() -> HTMLPage {
        references = Self.resolveReferences(in: tree, bytes: bytes)
        for index in tree.nodes.indices {
            while let last = stack.last, last.subtreeEnd <= index { pop() }
            let node = tree.nodes[index]
            switch node.kind {
            case .element, .template: element(index, node)
            case .text, .whitespace: text(node)
            case .document, .comment, .cdata: break
            }
        }
        while !stack.isEmpty { pop() }
        flush(at: bytes.count)
        HTMLBlockResolver.resolve(&blocks, infos: infos, linkLists: linkLists)
        let content = ExtractedText(text: builder.text, map: builder.map, blocks: blocks)
        let head = HTMLHead(tree: tree)
        return HTMLPage(title: head.title, language: head.language, meta: head.meta, content: content)
    }

    /// Every reference candidate in the page's text, resolved by the parser in one go.
    private static func resolveReferences(in tree: HTMLTree, bytes: [UInt8]) -> [String: HTMLCharacterReference] {
        var candidates: Set<String> = []
        for node in tree.nodes where node.kind == .text {
            guard let range = node.sourceRange else { continue }
            var index = range.lowerBound
            while index < range.upperBound {
                if bytes[index] == 0x26 {
                    let candidate = HTMLCharacterReference.candidate(in: bytes[index..<range.upperBound])
                    candidates.insert(String(decoding: candidate, as: UTF8.self))
                    index = candidate.endIndex
                } else {
                    index += 1
                }
            }
        }
        return HTMLCharacterReference.resolve(candidates.sorted())
    }

    /// Clamps a source offset into the input, or the cursor when the parser gave none.
    private func anchor(_ offset: Int?) -> Int {
        min(max(offset ?? cursor, 0), bytes.count)
    }

    // MARK: Nodes

    /// A text or white space node.
    private mutating func text(_ node: HTMLNode) {
        guard droppedDepth == 0, let range = node.sourceRange, range.upperBound <= bytes.count else { return }
        for run in HTMLTextRun.runs(of: range, in: bytes, decoded: node.text, references: references) {
            switch run {
            case .verbatim(let piece): word(piece, replacement: nil)
            case .reference(let piece, let decoded):
                if decoded.unicodeScalars.allSatisfy(Self.isFoldableSpace) { space(piece) } else { word(piece, replacement: decoded) }
            case .space(let piece): space(piece)
            case .skipped: break
            }
        }
        cursor = max(cursor, range.upperBound)
    }

    /// An element: opened, and closed again once the walk leaves its subtree.
    private mutating func element(_ index: Int, _ node: HTMLNode) {
        let name = node.name
        let start = anchor(node.sourceRange?.lowerBound)
        if let range = node.sourceRange { cursor = max(cursor, range.upperBound) }
        if node.namespace == .html, node.subtreeEnd == index + 1, HTMLElements.void.contains(name) {
            if name == "br" {
                space(node.sourceRange ?? start..<start)
            } else if HTMLElements.block.contains(name) {
                flush(at: start)
            }
            return
        }
        push(index, node, name: name, at: start)
    }

    // MARK: Text building

    /// White space (or a `<br>`): folded into one space if more text follows in the block.
    private mutating func space(_ range: Range<Int>) {
        guard var block = current else { return }
        current = nil  // keep `block` uniquely referenced while it changes
        block.pendingSpace = (block.pendingSpace?.lowerBound ?? range.lowerBound)..<range.upperBound
        current = block
    }

    /// Text without white space: copied verbatim, or `replacement` for a reference.
    private mutating func word(_ range: Range<Int>, replacement: String?) {
        if let block = current, range.lowerBound < block.sourceEnd {
            flush(at: block.sourceEnd)  // the parser moved this text (foster parenting): a block of its own
        }
        if current == nil { openBlock() }
        guard var block = current else { return }
        current = nil  // keep `block` uniquely referenced while it changes
        if let pending = block.pendingSpace {
            builder.append(" ", replacing: pending)
            block.pendingSpace = nil
        }
        if let replacement {
            builder.append(replacement, replacing: range)
        } else {
            builder.appendVerbatim(range, of: bytes)
        }
        let text = replacement ?? String(decoding: bytes[range], as: UTF8.self)
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.count
        if let link = openLinks.last {
            block.info.linkSerials.insert(link)
            block.info.linkLetters += letters
        } else {
            block.info.plainLetters += letters
        }
        block.sourceEnd = max(block.sourceEnd, range.upperBound)
        current = block
    }

    /// Starts a block here, reading its context off the stack of open elements.
    private mutating func openBlock() {
        var info = HTMLBlockInfo()
        var kindDecided = false
        for element in stack.reversed() {
            if element.name == "article" { info.articleSerial = element.serial }
            if element.isArticleBody, info.articleBodySerial == nil { info.articleBodySerial = element.serial }
            if let verdict = element.clutter {
                info.clutter.append(.init(serial: element.serial, verdict: verdict))
            }
            if info.metadata == nil, let reason = element.metadataReason {
                info.metadata = (element.serial, reason)
                info.metadataInsideHeading = !(kindDecided && info.naturalKind == .heading)
            }
            if !kindDecided {
                if HTMLElements.headings.contains(element.name) {
                    info.naturalKind = .heading
                    kindDecided = true
                } else if element.name == "li" {
                    info.naturalKind = .listItem
                    kindDecided = true
                }
            }
        }
        info.ancestors = stack.filter(\.isBoundary).map(\.serial)
        info.inArticle = articleDepth > 0
        info.inMain = mainDepth > 0
        current = CurrentBlock(start: builder.count, sourceEnd: 0, info: info, pendingSpace: nil)
    }

    /// Ends the current block (if any); `offset` anchors the separator in the source.
    private mutating func flush(at offset: Int) {
        guard var block = current else { return }
        current = nil
        let before = blocks.count
        builder.endBlock(startingAt: block.start, kind: block.info.naturalKind, into: &blocks, sourceOffset: offset)
        guard blocks.count > before else { return }
        block.info.length = blocks[before].range.count
        let tail = builder.bytes[max(blocks[before].range.lowerBound, blocks[before].range.upperBound - 4)..<blocks[before].range.upperBound]
        block.info.lastCharacter = String(decoding: tail, as: UTF8.self).last
        infos.append(block.info)
        if !lists.isEmpty {
            let singleLink = block.info.naturalKind == .listItem && block.info.linkSerials.count == 1 && block.info.plainLetters == 0
            lists[lists.count - 1].blockIndices.append(before)
            if !singleLink { lists[lists.count - 1].onlySingleLinks = false }
        }
    }

    // MARK: Elements

    /// Opens an element.
    private mutating func push(_ serial: Int, _ node: HTMLNode, name: String, at offset: Int) {
        let attributes = Array(tree.attributes(of: node))
        let foreign = foreignDepth > 0 || node.namespace != .html
        let dropped = foreign || HTMLElements.dropped.contains(name)
        var clutter: HTMLClutterRules.Verdict?
        var metadataReason: String?
        if !dropped {
            let inContent = articleDepth + mainDepth + sectionDepth > 0
            let key = Self.verdictKey(name, attributes, inContent: inContent)
            if let known = verdicts[key] {
                (clutter, metadataReason) = known
            } else {
                clutter = HTMLClutterRules.clutterVerdict(tag: name, attributes: attributes, inContentSection: inContent)
                if clutter == nil { metadataReason = HTMLClutterRules.metadataReason(tag: name, attributes: attributes) }
                verdicts[key] = (clutter, metadataReason)
            }
        }
        let boundary = !foreign && (HTMLElements.block.contains(name) || clutter != nil || metadataReason != nil)
        if boundary { flush(at: offset) }
        let end = node.endTagRange?.lowerBound ?? node.endOffset
        let itemprop = attributes.value(of: "itemprop")?.lowercased().split(separator: " ") ?? []
        let element = HTMLOpenElement(name: name, serial: serial, subtreeEnd: node.subtreeEnd, endOffset: max(anchor(end), offset),
                                      isDropped: dropped, isForeign: foreign,
                                      clutter: clutter, metadataReason: metadataReason, isBoundary: boundary,
                                      isArticleBody: !foreign && itemprop.contains("articlebody"))
        stack.append(element)
        adjustCounters(for: element, by: 1)
        if HTMLElements.lists.contains(name) { lists.append(ListRecord()) }
        if name == "a" { openLinks.append(element.serial) }
    }

    /// What the clutter and metadata rules read of an element: its tag, the content-section
    /// flag and the attributes they look at.
    private static func verdictKey(_ name: String, _ attributes: [HTMLAttribute], inContent: Bool) -> String {
        var key = name + (inContent ? "\u{1}c" : "\u{1}")
        for attribute in attributes where ["class", "id", "role", "hidden", "aria-hidden", "style"].contains(attribute.name) {
            key += "\u{1}" + attribute.name + "=" + attribute.value
        }
        return key
    }

    /// Keeps the "inside..." counters in step with the stack.
    private mutating func adjustCounters(for element: HTMLOpenElement, by delta: Int) {
        if element.isDropped { droppedDepth += delta }
        if element.isForeign { foreignDepth += delta }
        switch element.name {
        case "article": articleDepth += delta
        case "main": mainDepth += delta
        case "section": sectionDepth += delta
        default: break
        }
    }

    /// Closes the innermost open element.
    private mutating func pop() {
        guard let element = stack.last else { return }
        if element.isBoundary { flush(at: max(element.endOffset, current?.sourceEnd ?? 0)) }
        stack.removeLast()
        adjustCounters(for: element, by: -1)
        if HTMLElements.lists.contains(element.name), let record = lists.popLast() {
            if lists.isEmpty {
                if record.onlySingleLinks, !record.blockIndices.isEmpty { linkLists.append(record.blockIndices) }
            } else {
                lists[lists.count - 1].blockIndices += record.blockIndices
                if !record.onlySingleLinks { lists[lists.count - 1].onlySingleLinks = false }
            }
        }
        if element.name == "a", !openLinks.isEmpty { openLinks.removeLast() }
    }

    // MARK: White space

    /// Whether `scalar` folds into a single space inside a block.
    static func isFoldableSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D, 0xA0: return true
        default: return false
        }
    }

    /// `text` with its white space runs folded to single spaces and its ends trimmed.
    static func folded(_ text: String) -> String {
        text.unicodeScalars.split(whereSeparator: isFoldableSpace).map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }
}

extension String {
    /// The string without leading and trailing HTML white space (and NBSP).
    func htmlTrimmed() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !HTMLExtractor.isFoldableSpace($0) }),
              let last = scalars.lastIndex(where: { !HTMLExtractor.isFoldableSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
