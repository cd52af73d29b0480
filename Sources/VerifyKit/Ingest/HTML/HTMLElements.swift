/// Element categories the extractor needs (names are lowercase).
enum HTMLElements {
    /// Elements without content or end tag.
    static let void: Set<String> = [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image",
        "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    ]

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

    /// Headings, `h1`...`h6`.
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Lists, whose items are `li`.
    static let lists: Set<String> = ["ul", "ol", "menu", "dir"]
}
