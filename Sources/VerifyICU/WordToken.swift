/// One segment produced by `WordSegmenter`: a UTF-8 byte range and its ICU word kind.
public struct WordToken: Sendable, Hashable {
    /// UTF-8 byte offsets into the segmented String's `utf8` view.
    public let range: Range<Int>
    /// What ICU's rule status says the segment is.
    public let kind: Kind

    /// Creates a token.
    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }

    /// ICU word-break rule status classes (`UBRK_WORD_*`).
    public enum Kind: Sendable {
        /// Spaces, punctuation and symbols (`UBRK_WORD_NONE`).
        case none
        /// A number (`UBRK_WORD_NUMBER`), e.g. "2024" or "3.5".
        case number
        /// Letters (`UBRK_WORD_LETTER`), e.g. "Baku".
        case letter
        /// Hiragana or Katakana (`UBRK_WORD_KANA`). Rare in practice: with ICU 72 the
        /// Chinese/Japanese dictionary engine tags kana words `.ideographic`.
        case kana
        /// Ideographs (`UBRK_WORD_IDEO`), and any word found by the CJ dictionary (kana included).
        case ideographic
    }
}
