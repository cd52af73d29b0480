/// How a run groups its documents into stories.
public enum StoryGrouping: Sendable, Hashable {
    /// By what the documents share (``StoryClusterer``): a folder may hold many stories.
    case byContent
    /// Every document is one story, whatever they share (`--single-story`).
    case single
}
