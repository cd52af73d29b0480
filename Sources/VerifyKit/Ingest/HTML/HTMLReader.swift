/// Reads saved HTML pages: the title, language and `<meta>` data, and the page text as
/// blocks with a map from every byte back to the input (see ``HTMLExtractor`` for the
/// text rules and ``HTMLClutterRules`` for what counts as clutter).
enum HTMLReader {
    /// Reads the UTF-8 bytes of a decoded page. Offsets in the result's map are offsets
    /// into `utf8`. Never traps, whatever the bytes; if they are not valid UTF-8, the text
    /// is repaired and its offsets may no longer line up.
    static func read(_ utf8: [UInt8]) -> HTMLPage {
        var extractor = HTMLExtractor(utf8)
        return extractor.run()
    }
}
