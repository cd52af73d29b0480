/// Bounds the nesting depth of a page before it reaches Gumbo, whose time and memory
/// grow with the square of the depth (20,000 nested `<div>`s take 10 s and 3 GB) and
/// whose clean-up recurses once per level. Browsers bound their trees too (Chromium at
/// 512 levels).
///
/// A light scan estimates the depth: start tags open a level, except void elements,
/// self-closed tags and elements that close their open namesake (`p`, `li`, table
/// parts...); end tags close one. Raw text (`script`, `style`, `textarea`...) and comments
/// are skipped. A start tag past ``maximumDepth`` is turned into a bogus comment by
/// writing `!` over the first letter of its name (`<div>` → `<!iv>`), so byte offsets do
/// not move. Pages that nest less, which is every real page, are not touched.
enum HTMLDepthGuard {
    /// The deepest nesting let through.
    static let maximumDepth = 1024

    /// Elements that never nest in their own kind or have no content.
    static let flat: Set<String> = [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image",
        "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
        "caption", "colgroup", "rb", "rt", "rp", "rtc", "html", "head", "body",
    ]

    /// Elements whose content is not markup.
    static let rawText: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    ]

    /// `bytes`, with start tags beyond the maximum depth neutralised.
    static func bounded(_ bytes: [UInt8]) -> [UInt8] {
        var output = bytes
        var depth = 0
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == 0x3C, index + 1 < count else { index += 1; continue }
            let next = bytes[index + 1]
            if next == 0x21 {  // <!-- ... --> or <! ... >
                if index + 3 < count, bytes[index + 2] == 0x2D, bytes[index + 3] == 0x2D {
                    index = find(Array("-->".utf8), in: bytes, from: index + 4) ?? count
                } else {
                    index = (bytes[index...].firstIndex(of: 0x3E) ?? count - 1) + 1
                }
                continue
            }
            let isEnd = next == 0x2F
            let nameStart = index + (isEnd ? 2 : 1)
            guard nameStart < count, isLetter(bytes[nameStart]) else { index += 1; continue }
            var nameEnd = nameStart
            while nameEnd < count, !isTagNameEnd(bytes[nameEnd]) { nameEnd += 1 }
            let name = String(decoding: bytes[nameStart..<nameEnd].map { $0 | 0x20 }, as: UTF8.self)
            let tagEnd = endOfTag(bytes, from: nameEnd)
            if isEnd {
                if !flat.contains(name) { depth = max(0, depth - 1) }
                index = tagEnd
                continue
            }
            let selfClosed = tagEnd >= 2 && tagEnd <= count && bytes[tagEnd - 1] == 0x3E && bytes[tagEnd - 2] == 0x2F
            if rawText.contains(name) {
                index = find(Array("</\(name)".utf8), in: bytes, from: tagEnd, caseInsensitive: true) ?? count
                continue
            }
            if !flat.contains(name), !selfClosed {
                depth += 1
                if depth > maximumDepth {
                    output[nameStart] = 0x21
                    depth -= 1
                }
            }
            index = tagEnd
        }
        return output
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    private static func isTagNameEnd(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x2F || byte == 0x3E
    }

    /// The offset just past the `>` that ends a tag whose attributes start at `index` (quotes respected).
    private static func endOfTag(_ bytes: [UInt8], from index: Int) -> Int {
        var position = index
        var quote: UInt8?
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                return position
            }
        }
        return bytes.count
    }

    /// The offset of the first `needle` at or after `start`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard !needle.isEmpty, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            var matched = true
            for offset in 0..<needle.count {
                let a = bytes[index + offset], b = needle[offset]
                if caseInsensitive ? (a | 0x20) != (b | 0x20) : a != b { matched = false; break }
            }
            if matched { return index }
            index += 1
        }
        return nil
    }
}
