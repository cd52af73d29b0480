/// A word, number or punctuation mark of a sentence (from ICU word segmentation).
public struct Token: Sendable, Hashable {
    /// What the token is.
    public enum Kind: Sendable, Hashable {
        /// Letters (possibly with marks or apostrophes).
        case word
        /// Digits, possibly with separators (`2,012`, `18.5`).
        case number
        /// Anything else but white space.
        case punctuation
    }

    /// UTF-8 offsets into the sentence text.
    public var range: Range<Int>
    /// The token as written.
    public var text: String
    /// Lower-cased text, for matching.
    public var lower: String
    /// What the token is.
    public var kind: Kind
    /// Whether white space separates it from the previous token.
    public var spaceBefore: Bool
}
