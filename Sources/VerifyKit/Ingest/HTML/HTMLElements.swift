/// Element categories the tokenizer and the extractor need (names are lowercase).
enum HTMLElements {
    /// Elements without content or end tag.
    static let void: Set<String> = [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image",
        "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// Elements whose content the tokenizer does not parse as markup, and does not decode.
    static let rawText: Set<String> = [
        "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "template",
    ]

    /// Elements whose content is text with character references but no markup.
    static let escapableRawText: Set<String> = ["title", "textarea"]

    /// Elements whose start or end separates text blocks.
    static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "legend",
        "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "search", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "title",
    ]

    /// Elements whose content never reaches the pipeline text.
    static let dropped: Set<String> = [
        "head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe",
        "select", "option", "optgroup", "datalist", "button", "input", "textarea", "xmp",
        "noembed", "noframes", "object", "canvas", "video", "audio", "map", "frameset", "dialog",
        "progress", "meter", "output", "label",
    ]

    /// Start tags that close an open `<p>` (HTML5 "close a p element in button scope").
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
        "dl", "dd", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "li", "listing", "main", "menu", "nav", "ol",
        "p", "pre", "search", "section", "summary", "table", "ul", "xmp",
    ]

    /// Headings, `h1`...`h6`.
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Lists, whose items are `li`.
    static let lists: Set<String> = ["ul", "ol", "menu", "dir"]

    /// Elements that bound the search for an open element to close (HTML5 "scope").
    static let scopeBoundaries: Set<String> = [
        "html", "table", "td", "th", "caption", "marquee", "object", "applet", "template", "svg", "math",
    ]

    /// Elements an inline end tag never closes through (HTML5 "special" elements, abridged):
    /// `</b>` does not close a `<div>` opened after the `<b>`.
    static let special: Set<String> = block.union([
        "applet", "button", "iframe", "img", "marquee", "object", "select", "svg", "math",
        "template", "textarea", "script", "style",
    ])

    /// Elements that belong in `<head>`; any other start tag ends an unclosed head.
    static let headContent: Set<String> = [
        "title", "meta", "link", "script", "style", "noscript", "base", "template", "basefont", "bgsound",
    ]

    /// Foreign-content roots (SVG, MathML): their elements may self-close and their
    /// `<title>`/`<style>` are ordinary elements.
    static let foreignRoots: Set<String> = ["svg", "math"]
}
