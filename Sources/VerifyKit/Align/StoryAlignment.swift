/// What aligning one story gave: its events, facts, findings (unsorted: the fact builder's,
/// then each finder's, as ``StoryAligner`` joins them) and score parts. A run's result is
/// its stories' alignments joined in story order (``joined(_:stories:)``); the cache keeps
/// one per story (docs/cache.md, "Stories").
struct StoryAlignment: Sendable {
    /// Events of the story, by id.
    var events: [Event]
    /// Facts by event, then slot.
    var facts: [Fact]
    /// Findings in the order they were found.
    var findings: [Finding]
    /// The story's agreement figures.
    var scores: ScoreParts

    /// The events, facts, findings and scores of a run from its stories' alignments, in
    /// story order: the same as aligning every story at once (events by id, facts in story
    /// order, findings conflicts first, then by event, slot and fingerprint).
    static func joined(_ parts: [StoryAlignment]) -> (events: [Event], facts: [Fact], findings: [Finding], scores: Scores) {
        var events = parts.flatMap(\.events)
        events.sort { $0.id < $1.id }
        var findings = parts.flatMap(\.findings)
        findings.sort { ($0.kind.rank, $0.event, $0.slot, $0.id) < ($1.kind.rank, $1.event, $1.slot, $1.id) }
        return (events, parts.flatMap(\.facts), findings, Scores(combining: parts.map(\.scores)))
    }
}
