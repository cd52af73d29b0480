/// Scaffold: replaced by the real cue finder.
struct EventCueFinder {
    static let shared = EventCueFinder()
    func cues(in sentence: SentenceText) -> [Mention] { [] }
}
