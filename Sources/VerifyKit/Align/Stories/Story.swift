/// The documents of a run about one real-world happening, as grouped by
/// ``StoryClusterer`` (or all of them with `--single-story`).
public struct Story: Sendable, Hashable, Codable {
    /// Stable id: `story-<main date>` (`story-2025-11-14`, `-2`, `-3`… when main dates repeat).
    public var id: String
    /// A short human label: the label of the story's main event, else its id.
    public var label: String
    /// Sources of the story, sorted.
    public var sources: [String]
}

/// A source that was compared with no other on any fact: the reports say so instead of
/// counting it among the sources that agree.
public struct UncomparedSource: Sendable, Hashable, Codable {
    /// Why a source was not compared.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// No other source of the run reports its story.
        case aloneInStory = "alone-in-story"
        /// Other sources report its story, but none states any of the facts it states.
        case noSharedFact = "no-shared-fact"
        /// The only other sources of its story repeat its text, or it repeats theirs
        /// (``CopyRelation``): no independent source to compare with.
        case onlyCopies = "only-copies"
    }

    /// The source id.
    public var source: String
    /// Why it was not compared.
    public var reason: Reason
    /// The story it was put in.
    public var story: String

    /// One sentence for people: `a: no other source reports its story (story-2025-11-14).`
    public var message: String {
        switch reason {
        case .aloneInStory:
            "\(source) was not compared: no other source reports its story (\(story))."
        case .noSharedFact:
            "\(source) was not compared: the other sources of its story (\(story)) state none of the facts it states."
        case .onlyCopies:
            "\(source) was not compared: the other sources of its story (\(story)) are copies of one text with it."
        }
    }

    /// The sources of `stories` that share no fact with another voice, in source order.
    /// `voiceOf` gives each copy's original (``CopyRelation``): a fact stated by a source and
    /// its copy compares nothing, and a copy is compared when its original is.
    static func find(sources: [String], stories: [Story], facts: [Fact], voiceOf: [String: String] = [:]) -> [UncomparedSource] {
        func voice(_ source: String) -> String { voiceOf[source] ?? source }
        var compared = Set<String>()
        for fact in facts {
            let voicesOfFact = Set(fact.claims.map { voice($0.source) })
            if voicesOfFact.count >= 2 { compared.formUnion(voicesOfFact) }
        }
        var storyOf: [String: Story] = [:]
        for story in stories { for source in story.sources { storyOf[source] = story } }
        return sources.compactMap { source in
            guard !compared.contains(voice(source)), let story = storyOf[source] else { return nil }
            let reason: Reason = Set(story.sources.map(voice)).count >= 2 ? .noSharedFact
                : story.sources.count >= 2 ? .onlyCopies : .aloneInStory
            return UncomparedSource(source: source, reason: reason, story: story.id)
        }
    }
}
