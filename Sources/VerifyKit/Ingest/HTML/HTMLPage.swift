/// What the HTML reader makes of a saved page.
struct HTMLPage: Sendable {
    /// The `<title>` text, references decoded, white space folded; `nil` without a title.
    var title: String?
    /// The `lang` of `<html>` (or its `xml:lang`).
    var language: String?
    /// `<meta>` contents by lowercased `name`, `property`, `itemprop` or `http-equiv`
    /// (e.g. `article:published_time`, `og:site_name`, `author`); the first occurrence wins.
    var meta: [String: String]
    /// The page text for the pipeline: blocks, and the map back to the input bytes.
    var content: ExtractedText
}
