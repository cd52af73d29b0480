/// A happening that one or more sources report, keyed by its date within a story.
public struct Event: Sendable, Hashable, Codable {
    /// Stable id: `<story>/<date>` (`s1/2025-11-14`).
    public var id: String
    /// A short human label (`2025-11-14: strike, summons — Kyiv`).
    public var label: String
    /// ISO date at the precision known (`2025-11-14`, `2024-01`), or `undated`.
    public var date: String
    /// The story the event belongs to.
    public var story: String
    /// Sources that report it, sorted.
    public var sources: [String]
    /// Whether it is the story's main event (the news of the day) rather than a recalled one.
    public var isMain: Bool
}
