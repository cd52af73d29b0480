/// One attribute of a start tag, as the tokenizer read it.
struct HTMLAttribute: Sendable, Hashable {
    /// The attribute name, ASCII-lowercased.
    var name: String
    /// The value with character references decoded; `""` for a bare attribute.
    var value: String
    /// Byte range of the name in the source.
    var nameRange: Range<Int>
    /// Byte range of the raw value in the source (inside the quotes), `nil` for a bare attribute.
    var valueRange: Range<Int>?
}

/// A token of an HTML byte stream. Every token knows the exact bytes it came from.
struct HTMLToken: Sendable, Hashable {
    /// What the token is.
    enum Kind: Sendable, Hashable {
        /// `<name attr=value ...>` (or `.../>` when `selfClosing`).
        case startTag(name: String, attributes: [HTMLAttribute], selfClosing: Bool)
        /// `</name>`; attributes of end tags are read and discarded.
        case endTag(name: String)
        /// Literal text (character references not included: they are tokens of their own).
        case text
        /// A decoded character reference such as `&amp;`, `&#8212;` or `&#x2014;`.
        case characterReference(String)
        /// The unparsed content of a raw-text element (script, style, noscript, template...).
        case rawText
        /// `<!-- ... -->`, or a bogus comment (`<? ... >`, `<!x ... >`, `</1 ... >`); `content` excludes the delimiters.
        case comment(content: Range<Int>)
        /// `<!DOCTYPE ...>`.
        case doctype
        /// `<![CDATA[ ... ]]>`; `content` excludes the delimiters.
        case cdata(content: Range<Int>)
    }

    /// What the token is.
    var kind: Kind
    /// The token's bytes in the source (a tag from `<` through `>`, a text run, a reference with its `&` and `;`).
    var range: Range<Int>

    /// The tag name of a start or end tag, otherwise `nil`.
    var tagName: String? {
        switch kind {
        case .startTag(let name, _, _), .endTag(let name): return name
        default: return nil
        }
    }

    /// The attributes of a start tag (empty for any other token).
    var attributes: [HTMLAttribute] {
        if case .startTag(_, let attributes, _) = kind { return attributes }
        return []
    }
}

extension Array where Element == HTMLAttribute {
    /// The value of the first attribute called `name` (lowercase), as HTML keeps the first of duplicates.
    func value(of name: String) -> String? {
        first { $0.name == name }?.value
    }
}
