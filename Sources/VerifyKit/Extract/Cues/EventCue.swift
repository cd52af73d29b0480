/// A word or phrase that says what happened in a sentence (`airstrike` → `strike`).
public struct EventCue: Sendable, Hashable, Codable {
    /// Canonical kind from `events.yaml` (`strike`, `earthquake`, `summons`…).
    public var kind: String
    /// The words as written.
    public var text: String
    /// UTF-8 offsets into ``SourceDocument/text`` (sentence-relative inside the finder).
    public var range: Range<Int>
}
