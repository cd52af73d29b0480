/// Walks the tokens of a page with a stack of open elements (HTML5 tree building,
/// loosely: implicit closes of `p`, `li`, `dd`/`dt`, headings, table cells; end tags
/// matched to the nearest open element or ignored) and builds the pipeline text block by
/// block with a ``MappedTextBuilder``, so every byte maps back into the input.
struct HTMLExtractor {
    /// The input.
    let bytes: [UInt8]
    /// The text and map being built.
    private var builder = MappedTextBuilder()
    /// Blocks built so far (kinds provisional until ``HTMLBlockResolver`` runs).
    private var blocks: [TextBlock] = []
    /// What was learned about each block, parallel to `blocks`.
    private var infos: [HTMLBlockInfo] = []
    /// Open elements, outermost first.
    private var stack: [HTMLOpenElement] = []
    /// The next element serial.
    private var nextSerial = 0
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
    /// Open `<head>` elements.
    private var headDepth = 0
    /// Open `<p>` elements (most start tags look for one to close).
    private var openParagraphs = 0
    /// Serials of the open `<a>` elements, innermost last.
    private var openLinks: [Int] = []
    /// The block being built.
    private var current: CurrentBlock?
    /// Link-only lists being built (one per open list element), block indices.
    private var lists: [ListRecord] = []
    /// Finished top-level lists whose every item is a single link.
    private var linkLists: [[Int]] = []
    /// The serial of the `<title>` being read, and its text so far.
    private var titleCapture: (serial: Int, text: String)?
    /// The page title once read.
    private var title: String?
    /// `<html lang>`.
    private var language: String?
    /// `<meta>` contents.
    private var meta: [String: String] = [:]

    /// The block being built: where it starts, what is known, the white space waiting to be folded.
    private struct CurrentBlock {
        /// Offset of the block's first byte in the text being built.
        var start: Int
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

    /// The deepest nesting kept: elements opened deeper are ignored (their text still counts),
    /// which bounds the work per token on hostile input, as browsers bound their trees.
    static let maximumDepth = 512

    /// An extractor over `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Reads the whole page.
    mutating func run() -> HTMLPage {
        var tokenizer = HTMLTokenizer(bytes)
        while let token = tokenizer.next() {
            handle(token)
        }
        flush(at: bytes.count)
        while !stack.isEmpty { pop(at: bytes.count) }
        HTMLBlockResolver.resolve(&blocks, infos: infos, linkLists: linkLists)
        let content = ExtractedText(text: builder.text, map: builder.map, blocks: blocks)
        return HTMLPage(title: title, language: language, meta: meta, content: content)
    }

    // MARK: Tokens

    /// Dispatches one token.
    private mutating func handle(_ token: HTMLToken) {
        switch token.kind {
        case .startTag(let name, let attributes, let selfClosing):
            startTag(name, attributes: attributes, selfClosing: selfClosing, range: token.range)
        case .endTag(let name):
            endTag(name, range: token.range)
        case .text:
            text(token.range)
        case .characterReference(let decoded):
            reference(decoded, range: token.range)
        case .rawText, .comment, .doctype, .cdata:
            break
        }
    }

    /// A run of literal text.
    private mutating func text(_ range: Range<Int>) {
        if headDepth > 0, stack.last?.name == "head", containsNonSpace(range) {
            popTo(name: "head", at: range.lowerBound)
        }
        if let capture = titleCapture, stack.last?.serial == capture.serial {
            titleCapture?.text += String(decoding: bytes[range], as: UTF8.self)
            return
        }
        guard droppedDepth == 0 else { return }
        var index = range.lowerBound
        while index < range.upperBound {
            var end = index
            if spaceLength(at: end, limit: range.upperBound) > 0 {
                while end < range.upperBound {
                    let length = spaceLength(at: end, limit: range.upperBound)
                    guard length > 0 else { break }
                    end += length
                }
                space(index..<end)
            } else {
                while end < range.upperBound, spaceLength(at: end, limit: range.upperBound) == 0 { end += 1 }
                word(index..<end, replacement: nil)
            }
            index = end
        }
    }

    /// A decoded character reference.
    private mutating func reference(_ decoded: String, range: Range<Int>) {
        if headDepth > 0, stack.last?.name == "head" {
            popTo(name: "head", at: range.lowerBound)
        }
        if let capture = titleCapture, stack.last?.serial == capture.serial {
            titleCapture?.text += decoded
            return
        }
        guard droppedDepth == 0 else { return }
        if decoded.unicodeScalars.allSatisfy(Self.isFoldableSpace) {
            space(range)
        } else {
            word(range, replacement: decoded)
        }
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
        if let link = openLinks.last {
            block.info.linkSerials.insert(link)
        } else {
            let text = replacement ?? String(decoding: bytes[range], as: UTF8.self)
            block.info.plainLetters += text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.count
        }
        current = block
    }

    /// Starts a block here, reading its context off the stack of open elements.
    private mutating func openBlock() {
        var info = HTMLBlockInfo()
        var kindDecided = false
        for element in stack.reversed() {
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
        info.inArticle = articleDepth > 0
        info.inMain = mainDepth > 0
        current = CurrentBlock(start: builder.count, info: info, pendingSpace: nil)
    }

    /// Ends the current block (if any); `offset` anchors the separator in the source.
    private mutating func flush(at offset: Int) {
        guard var block = current else { return }
        current = nil
        let before = blocks.count
        builder.endBlock(startingAt: block.start, kind: block.info.naturalKind, into: &blocks, sourceOffset: offset)
        guard blocks.count > before else { return }
        block.info.length = blocks[before].range.count
        infos.append(block.info)
        if !lists.isEmpty {
            let singleLink = block.info.naturalKind == .listItem && block.info.linkSerials.count == 1 && block.info.plainLetters == 0
            lists[lists.count - 1].blockIndices.append(before)
            if !singleLink { lists[lists.count - 1].onlySingleLinks = false }
        }
    }

    // MARK: Tags

    /// A start tag: implicit closes, then the element is opened (or handled, if void).
    private mutating func startTag(_ name: String, attributes: [HTMLAttribute], selfClosing: Bool, range: Range<Int>) {
        let at = range.lowerBound
        switch name {
        case "html":
            if language == nil {
                language = nonEmpty(attributes.value(of: "lang")) ?? nonEmpty(attributes.value(of: "xml:lang"))
            }
            if stack.contains(where: { $0.name == "html" }) { return }
        case "head":
            if stack.contains(where: { $0.name == "head" || $0.name == "body" }) { return }
        case "body":
            if headDepth > 0 { popTo(name: "head", at: at) }
            if stack.contains(where: { $0.name == "body" }) { return }
        default:
            if headDepth > 0, !HTMLElements.headContent.contains(name) { popTo(name: "head", at: at) }
        }
        if name == "meta" { readMeta(attributes) }
        if foreignDepth == 0 { closeImplicitly(before: name, at: at) }

        if HTMLElements.void.contains(name) || (selfClosing && (foreignDepth > 0 || isEmptyWhenSelfClosed(name))) {
            if name == "br" {
                space(range)
            } else if HTMLElements.block.contains(name) {
                flush(at: at)
            }
            return
        }
        push(name, attributes: attributes, at: at)
    }

    /// Raw-text and dropped elements written `<x/>` are empty (the tokenizer did not enter raw text).
    private func isEmptyWhenSelfClosed(_ name: String) -> Bool {
        HTMLElements.rawText.contains(name) || HTMLElements.escapableRawText.contains(name) || HTMLElements.dropped.contains(name)
    }

    /// Opens an element.
    private mutating func push(_ name: String, attributes: [HTMLAttribute], at offset: Int) {
        let foreign = foreignDepth > 0 || HTMLElements.foreignRoots.contains(name)
        let dropped = foreign || HTMLElements.dropped.contains(name)
        var clutter: HTMLClutterRules.Verdict?
        var metadataReason: String?
        if !dropped {
            let inContent = articleDepth + mainDepth + sectionDepth > 0
            clutter = HTMLClutterRules.clutterVerdict(tag: name, attributes: attributes, inContentSection: inContent)
            if clutter == nil { metadataReason = HTMLClutterRules.metadataReason(tag: name, attributes: attributes) }
        }
        let boundary = !foreign && (HTMLElements.block.contains(name) || clutter != nil || metadataReason != nil)
        if boundary { flush(at: offset) }
        guard stack.count < Self.maximumDepth else { return }
        let element = HTMLOpenElement(name: name, serial: nextSerial, isDropped: dropped, isForeign: foreign,
                                      clutter: clutter, metadataReason: metadataReason, isBoundary: boundary)
        nextSerial += 1
        stack.append(element)
        adjustCounters(for: element, by: 1)
        if HTMLElements.lists.contains(name) { lists.append(ListRecord()) }
        if name == "a" { openLinks.append(element.serial) }
        if name == "title", !foreign, title == nil, titleCapture == nil {
            titleCapture = (element.serial, "")
        }
    }

    /// Keeps the "inside..." counters in step with the stack.
    private mutating func adjustCounters(for element: HTMLOpenElement, by delta: Int) {
        if element.isDropped { droppedDepth += delta }
        if element.isForeign { foreignDepth += delta }
        switch element.name {
        case "article": articleDepth += delta
        case "main": mainDepth += delta
        case "section": sectionDepth += delta
        case "head": headDepth += delta
        case "p": openParagraphs += delta
        default: break
        }
    }

    /// An end tag: closes the matching open element, or is ignored.
    private mutating func endTag(_ name: String, range: Range<Int>) {
        let at = range.lowerBound
        switch name {
        case "br":
            space(range)
            return
        case "html", "body":
            return
        default:
            break
        }
        if HTMLElements.headings.contains(name) {
            if let index = indexInScope(where: { HTMLElements.headings.contains($0) }) { popTo(index: index, at: at) }
            return
        }
        if HTMLElements.special.contains(name) || foreignDepth > 0 {
            if let index = indexInScope(where: { $0 == name }) { popTo(index: index, at: at) }
            return
        }
        // Any other end tag: the nearest open element of that name, unless a special element is in the way.
        for index in stack.indices.reversed() {
            if stack[index].name == name {
                popTo(index: index, at: at)
                return
            }
            if HTMLElements.special.contains(stack[index].name) { return }
        }
    }

    /// Implicit end tags before the start tag `name` (HTML5, abridged).
    private mutating func closeImplicitly(before name: String, at offset: Int) {
        if HTMLElements.closesParagraph.contains(name), openParagraphs > 0,
           let index = indexInScope(where: { $0 == "p" }, extraBoundaries: ["button"]) {
            popTo(index: index, at: offset)
        }
        switch name {
        case "li":
            if let index = indexInScope(where: { $0 == "li" }, extraBoundaries: HTMLElements.lists) { popTo(index: index, at: offset) }
        case "dd", "dt":
            if let index = indexInScope(where: { $0 == "dd" || $0 == "dt" }, extraBoundaries: ["dl"]) { popTo(index: index, at: offset) }
        case "h1", "h2", "h3", "h4", "h5", "h6":
            if let last = stack.last, HTMLElements.headings.contains(last.name) { popTo(index: stack.count - 1, at: offset) }
        case "a":
            if let index = indexInScope(where: { $0 == "a" }, extraBoundaries: HTMLElements.block) { popTo(index: index, at: offset) }
        case "td", "th":
            if let index = indexInScope(where: { $0 == "td" || $0 == "th" }, extraBoundaries: ["tr"]) { popTo(index: index, at: offset) }
        case "tr":
            if let index = indexInScope(where: { $0 == "tr" }) { popTo(index: index, at: offset) }
        case "thead", "tbody", "tfoot":
            if let index = indexInScope(where: { ["thead", "tbody", "tfoot"].contains($0) }) { popTo(index: index, at: offset) }
        case "option", "optgroup":
            if let last = stack.last, last.name == "option" { popTo(index: stack.count - 1, at: offset) }
        default:
            break
        }
    }

    /// The index of the innermost open element whose name satisfies `predicate`, searching
    /// down to a scope boundary (HTML5 "has an element in scope").
    private func indexInScope(where predicate: (String) -> Bool, extraBoundaries: Set<String> = []) -> Int? {
        for index in stack.indices.reversed() {
            let name = stack[index].name
            if predicate(name) { return index }
            if HTMLElements.scopeBoundaries.contains(name) || extraBoundaries.contains(name) { return nil }
        }
        return nil
    }

    /// Closes the innermost open element called `name` and everything inside it.
    private mutating func popTo(name: String, at offset: Int) {
        if let index = stack.lastIndex(where: { $0.name == name }) { popTo(index: index, at: offset) }
    }

    /// Closes the open element at `index` and everything inside it.
    private mutating func popTo(index: Int, at offset: Int) {
        while stack.count > index { pop(at: offset) }
    }

    /// Closes the innermost open element.
    private mutating func pop(at offset: Int) {
        guard let element = stack.last else { return }
        if element.isBoundary { flush(at: offset) }
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
        if let capture = titleCapture, capture.serial == element.serial {
            title = Self.folded(capture.text)
            titleCapture = nil
        }
    }

    // MARK: Head

    /// Records a `<meta>` element's content under each of its keys.
    private mutating func readMeta(_ attributes: [HTMLAttribute]) {
        guard let content = attributes.value(of: "content") else { return }
        let value = content.htmlTrimmed()
        for key in ["name", "property", "itemprop", "http-equiv"] {
            guard let raw = attributes.value(of: key) else { continue }
            let name = raw.htmlTrimmed().lowercased()
            if !name.isEmpty, meta[name] == nil { meta[name] = value }
        }
    }

    // MARK: White space

    /// The length of the foldable white space at `index` (space, tab, LF, FF, CR: 1; a UTF-8 NBSP: 2), else 0.
    private func spaceLength(at index: Int, limit: Int) -> Int {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: return 1
        case 0xC2 where index + 1 < limit && bytes[index + 1] == 0xA0: return 2
        default: return 0
        }
    }

    /// Whether `range` has anything but foldable white space.
    private func containsNonSpace(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let length = spaceLength(at: index, limit: range.upperBound)
            if length == 0 { return true }
            index += length
        }
        return false
    }

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

    /// `value`, or `nil` when it is empty after trimming.
    private func nonEmpty(_ value: String?) -> String? {
        guard let trimmed = value?.htmlTrimmed(), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

extension String {
    /// The string without leading and trailing HTML white space (and NBSP).
    fileprivate func htmlTrimmed() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !HTMLExtractor.isFoldableSpace($0) }),
              let last = scalars.lastIndex(where: { !HTMLExtractor.isFoldableSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
