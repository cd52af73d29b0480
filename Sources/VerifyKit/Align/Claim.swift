/// One source's statement of one value, with the quote it comes from and where it stands.
public struct Claim: Sendable, Hashable, Codable {
    /// Source id.
    public var source: String
    /// The value as written.
    public var value: String
    /// The canonical value (`weapon:iskander`, `3 m`, `2025-11-14`, `01:00`).
    public var normalized: String
    /// The sentence the value comes from.
    public var quote: String
    /// Where the value stands in the source file.
    public var location: SourceLocation
    /// Qualifiers and hedges of the mention (`about`, `-type`, `hedge:allegedly`…).
    public var qualifiers: [String]
    /// The extraction rule that produced the mention.
    public var rule: String
}
