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
        }
    }

    /// The sources of `stories` that share no fact with another source, in source order.
    static func find(sources: [String], stories: [Story], facts: [Fact]) -> [UncomparedSource] {
        var compared = Set<String>()
        for fact in facts {
            let sourcesOfFact = Set(fact.claims.map(\.source))
            if sourcesOfFact.count >= 2 { compared.formUnion(sourcesOfFact) }
        }
        var storyOf: [String: Story] = [:]
        for story in stories { for source in story.sources { storyOf[source] = story } }
        return sources.compactMap { source in
            guard !compared.contains(source), let story = storyOf[source] else { return nil }
            return UncomparedSource(source: source, reason: story.sources.count < 2 ? .aloneInStory : .noSharedFact,
                                    story: story.id)
        }
    }
}
