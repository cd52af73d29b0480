/// One candidate charset reported by `CharsetDetector.detect`.
public struct CharsetMatch: Sendable, Hashable {
    /// ICU charset name, e.g. `"UTF-8"` or `"windows-1251"`; usable with `CharsetDetector.decode`.
    public let name: String
    /// ICU confidence, 0...100 (not a probability; distrust low values and short inputs).
    public let confidence: Int32
    /// ISO 639 language guessed with the charset (e.g. `"ru"`), or `""` if none.
    public let language: String

    /// Creates a match.
    public init(name: String, confidence: Int32, language: String) {
        self.name = name
        self.confidence = confidence
        self.language = language
    }
}
