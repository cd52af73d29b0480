/// A tolerant HTML tokenizer over UTF-8 bytes, after HTML5 tokenization (loosely): start
/// and end tags with quoted, unquoted and bare attributes, self-closing tags, comments,
/// `<!DOCTYPE>`, `<![CDATA[...]]>`, bogus comments (`<?...>`, `<!...>`), raw-text
/// elements, character references; a `<` that does not start markup is text.
///
/// Every token carries the byte range it came from. The tokenizer never traps: any byte
/// sequence, truncated or binary, yields tokens that cover the input in order.
///
/// Departures from HTML5, all in the direction of simplicity: raw-text switching is
/// decided by the tokenizer itself (after `<script>` etc., unless self-closed or inside
/// `<svg>`/`<math>`), not by a tree builder; `<![CDATA[` always runs to `]]>`; a tag cut
/// off by the end of input is dropped, as HTML5 does.
struct HTMLTokenizer: Sequence, IteratorProtocol {
    /// The input.
    let bytes: [UInt8]
    /// Where the next token starts.
    private var position = 0
    /// A token found while scanning text, returned on the next call.
    private var pending: HTMLToken?
    /// While inside `<title>`/`<textarea>`: where their content ends (text and references only).
    private var escapableRawTextEnd: Int?
    /// Open `<svg>`/`<math>` elements (no raw-text switching inside them).
    private var foreignDepth = 0

    /// A tokenizer over `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// All the tokens of `bytes`.
    static func tokenize(_ bytes: [UInt8]) -> [HTMLToken] {
        Array(HTMLTokenizer(bytes))
    }

    /// The next token, or `nil` at the end of the input.
    mutating func next() -> HTMLToken? {
        if let token = pending {
            pending = nil
            return token
        }
        guard position < bytes.count else { return nil }
        if let end = escapableRawTextEnd {
            if position >= end {
                escapableRawTextEnd = nil
            } else {
                return scanText(until: end, markup: false)
            }
        }
        if bytes[position] == UInt8(ascii: "<"), let token = scanMarkup() {
            return token
        }
        return scanText(until: bytes.count, markup: true)
    }

    // MARK: Text

    /// Text up to the next markup (when `markup`) or `end`, splitting off character references.
    private mutating func scanText(until end: Int, markup: Bool) -> HTMLToken? {
        let start = position
        var index = position
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&"), let reference = HTMLEntities.reference(in: bytes, at: index, limit: end) {
                let token = HTMLToken(kind: .characterReference(reference.text), range: index..<reference.end)
                if index == start {
                    position = reference.end
                    return token
                }
                pending = token
                position = reference.end
                return HTMLToken(kind: .text, range: start..<index)
            }
            if markup, byte == UInt8(ascii: "<"), index > start, startsMarkup(at: index) {
                break
            }
            index += 1
        }
        position = index
        guard index > start else { return nil }
        return HTMLToken(kind: .text, range: start..<index)
    }

    /// Whether the `<` at `index` opens a tag, comment, doctype or bogus comment.
    private func startsMarkup(at index: Int) -> Bool {
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        if isASCIIAlpha(next) || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") { return true }
        if next == UInt8(ascii: "/"), index + 2 < bytes.count {
            return true
        }
        return false
    }

    // MARK: Markup

    /// The markup at `position` (a `<`), or `nil` if the `<` is literal text.
    private mutating func scanMarkup() -> HTMLToken? {
        let start = position
        guard startsMarkup(at: start) else { return nil }
        let next = bytes[start + 1]
        if next == UInt8(ascii: "!") {
            if matches("<!--", at: start) { return scanComment(from: start) }
            if matchesIgnoringCase("<!doctype", at: start) {
                let end = indexAfter(UInt8(ascii: ">"), from: start + 2)
                position = end
                return HTMLToken(kind: .doctype, range: start..<end)
            }
            if matches("<![CDATA[", at: start) {
                let contentStart = start + 9
                let close = find([0x5D, 0x5D, 0x3E], from: contentStart)
                let contentEnd = close ?? bytes.count
                position = close.map { $0 + 3 } ?? bytes.count
                return HTMLToken(kind: .cdata(content: contentStart..<contentEnd), range: start..<position)
            }
            return bogusComment(from: start, contentStart: start + 2)
        }
        if next == UInt8(ascii: "?") {
            return bogusComment(from: start, contentStart: start + 1)
        }
        if next == UInt8(ascii: "/") {
            let nameStart = start + 2
            if bytes[nameStart] == UInt8(ascii: ">") {
                position = nameStart + 1  // `</>` is ignored; emit it as an empty comment
                return HTMLToken(kind: .comment(content: nameStart..<nameStart), range: start..<position)
            }
            guard isASCIIAlpha(bytes[nameStart]) else {
                return bogusComment(from: start, contentStart: nameStart)
            }
            return scanTag(from: start, nameStart: nameStart, isEnd: true)
        }
        return scanTag(from: start, nameStart: start + 1, isEnd: false)
    }

    /// `<!-- ... -->` (also closed by `--!>`; `<!-->` and `<!--->` are empty comments).
    private mutating func scanComment(from start: Int) -> HTMLToken {
        let contentStart = start + 4
        for closer in [">", "->"] where matches(closer, at: contentStart) {
            position = contentStart + closer.utf8.count
            return HTMLToken(kind: .comment(content: contentStart..<contentStart), range: start..<position)
        }
        var index = contentStart
        while index < bytes.count {
            for closer in ["-->", "--!>"] where matches(closer, at: index) {
                position = index + closer.utf8.count
                return HTMLToken(kind: .comment(content: contentStart..<index), range: start..<position)
            }
            index += 1
        }
        position = bytes.count
        return HTMLToken(kind: .comment(content: contentStart..<bytes.count), range: start..<bytes.count)
    }

    /// A bogus comment: everything up to the next `>`.
    private mutating func bogusComment(from start: Int, contentStart: Int) -> HTMLToken {
        let close = find([UInt8(ascii: ">")], from: contentStart)
        position = close.map { $0 + 1 } ?? bytes.count
        return HTMLToken(kind: .comment(content: contentStart..<(close ?? bytes.count)), range: start..<position)
    }

    /// A start or end tag whose name begins at `nameStart`.
    private mutating func scanTag(from start: Int, nameStart: Int, isEnd: Bool) -> HTMLToken? {
        var index = nameStart
        while index < bytes.count, !isTagSpace(bytes[index]), bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: ">") {
            index += 1
        }
        let name = lowercased(nameStart..<index)
        var attributes: [HTMLAttribute] = []
        var selfClosing = false
        var closed = false
        while index < bytes.count {
            let byte = bytes[index]
            if isTagSpace(byte) {
                index += 1
                continue
            }
            if byte == UInt8(ascii: ">") {
                index += 1
                closed = true
                break
            }
            if byte == UInt8(ascii: "/") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") {
                    selfClosing = true
                    index += 2
                    closed = true
                    break
                }
                index += 1
                continue
            }
            guard let attribute = scanAttribute(at: &index) else { break }
            attributes.append(attribute)
        }
        guard closed else {
            // A tag cut off by the end of the input is dropped (HTML5); keep its bytes as a comment.
            position = bytes.count
            return HTMLToken(kind: .comment(content: start..<bytes.count), range: start..<bytes.count)
        }
        position = index
        let range = start..<index
        if isEnd {
            if HTMLElements.foreignRoots.contains(name) { foreignDepth = Swift.max(0, foreignDepth - 1) }
            return HTMLToken(kind: .endTag(name: name), range: range)
        }
        if HTMLElements.foreignRoots.contains(name), !selfClosing { foreignDepth += 1 }
        if foreignDepth == 0, !selfClosing {
            if HTMLElements.rawText.contains(name) {
                let end = findEndTag(name, from: index)
                if end > index {
                    pending = HTMLToken(kind: .rawText, range: index..<end)
                }
                position = end
            } else if HTMLElements.escapableRawText.contains(name) {
                escapableRawTextEnd = findEndTag(name, from: index)
            }
        }
        return HTMLToken(kind: .startTag(name: name, attributes: attributes, selfClosing: selfClosing), range: range)
    }

    /// One attribute starting at `index` (not white space, `/` or `>`); advances `index`.
    /// Returns `nil` when a quoted value runs off the end of the input.
    private func scanAttribute(at index: inout Int) -> HTMLAttribute? {
        let nameStart = index
        index += 1  // the first character belongs to the name even if it is `=`
        while index < bytes.count {
            let byte = bytes[index]
            if isTagSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=") { break }
            index += 1
        }
        let nameRange = nameStart..<index
        var lookahead = index
        while lookahead < bytes.count, isTagSpace(bytes[lookahead]) { lookahead += 1 }
        guard lookahead < bytes.count, bytes[lookahead] == UInt8(ascii: "=") else {
            return HTMLAttribute(name: lowercased(nameRange), value: "", nameRange: nameRange, valueRange: nil)
        }
        index = lookahead + 1
        while index < bytes.count, isTagSpace(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        let quote = bytes[index]
        let valueRange: Range<Int>
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            guard let close = find([quote], from: index + 1) else {
                index = bytes.count
                return nil
            }
            valueRange = (index + 1)..<close
            index = close + 1
        } else {
            let valueStart = index
            while index < bytes.count, !isTagSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
            valueRange = valueStart..<index
        }
        let value = HTMLEntities.decode(bytes, range: valueRange, inAttribute: true)
        return HTMLAttribute(name: lowercased(nameRange), value: value, nameRange: nameRange, valueRange: valueRange)
    }

    /// Where `</name` (any case, followed by white space, `/`, `>` or the end) next occurs
    /// from `start`, or the end of the input.
    private func findEndTag(_ name: String, from start: Int) -> Int {
        let nameBytes = Array(name.utf8)
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "/"),
               matchesIgnoringCase(nameBytes, at: index + 2) {
                let after = index + 2 + nameBytes.count
                if after >= bytes.count || isTagSpace(bytes[after]) || bytes[after] == UInt8(ascii: "/") || bytes[after] == UInt8(ascii: ">") {
                    return index
                }
            }
            index += 1
        }
        return bytes.count
    }

    // MARK: Byte helpers

    /// Whether `literal` occurs at `index` exactly.
    private func matches(_ literal: String, at index: Int) -> Bool {
        var offset = index
        for byte in literal.utf8 {
            guard offset < bytes.count, bytes[offset] == byte else { return false }
            offset += 1
        }
        return true
    }

    /// Whether `literal` (lowercase ASCII) occurs at `index`, ignoring ASCII case.
    private func matchesIgnoringCase(_ literal: String, at index: Int) -> Bool {
        matchesIgnoringCase(Array(literal.utf8), at: index)
    }

    /// Whether the lowercase ASCII bytes `literal` occur at `index`, ignoring ASCII case.
    private func matchesIgnoringCase(_ literal: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + literal.count <= bytes.count else { return false }
        for (offset, byte) in literal.enumerated() where asciiLowercased(bytes[index + offset]) != byte {
            return false
        }
        return true
    }

    /// The first index at or after `start` where `needle` begins.
    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start >= 0 else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The index just past the next `byte` from `start`, or the end of the input.
    private func indexAfter(_ byte: UInt8, from start: Int) -> Int {
        find([byte], from: start).map { $0 + 1 } ?? bytes.count
    }

    /// The bytes of `range`, ASCII-lowercased, as a String.
    private func lowercased(_ range: Range<Int>) -> String {
        String(decoding: bytes[range].map(asciiLowercased), as: UTF8.self)
    }
}

/// HTML white space inside tags: tab, LF, FF, CR, space.
fileprivate func isTagSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
}

/// Whether `byte` is an ASCII letter.
fileprivate func isASCIIAlpha(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= 0x61 && lower <= 0x7A
}

/// `byte` with ASCII upper case letters lowercased.
fileprivate func asciiLowercased(_ byte: UInt8) -> UInt8 {
    (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
}
