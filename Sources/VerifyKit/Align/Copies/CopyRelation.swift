/// A source that repeats another source's text: the same report filed under two names, or
/// a near-copy (a syndicated wire story with a new headline, a cut or an added paragraph).
/// A copy is not a second voice: agreement counts it once, with its original.
public struct CopyRelation: Sendable, Hashable, Codable {
    /// How much of the text is repeated.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The same words in the same order: one report, aligned once, as its original.
        case sameText = "same-text"
        /// Most of the text (``ReportCopies/nearCopyShare`` of the shorter one's word runs):
        /// aligned as a source of its own, so that a changed figure still shows, but counted
        /// as one voice with its original.
        case nearCopy = "near-copy"
    }

    /// The source that repeats the text (the later one; ties: the later id).
    public var source: String
    /// The source it repeats: the earliest published of its copies (ties: the first id).
    public var original: String
    /// Same text or near-copy.
    public var kind: Kind
    /// Share of the shorter text's five-word runs found in the other, three decimals.
    public var shared: Double

    /// ``shared`` as a whole percentage (97).
    public var sharedPercent: Int { Int((shared * 100).rounded()) }

    /// One sentence for people: `b repeats the text of a (same text).`
    public var message: String {
        switch kind {
        case .sameText: "\(source) is the same text as \(original): one report, counted once."
        case .nearCopy:
            "\(source) is a near-copy of \(original) (\(sharedPercent)% of the shorter text's five-word runs shared): one voice in agreement."
        }
    }
}
