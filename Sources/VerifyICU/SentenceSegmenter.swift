import CICUShim

/// Splits text into sentences with an ICU sentence break iterator running directly over
/// UTF-8 (no UTF-16 copy). Not thread-safe: create one per task.
public final class SentenceSegmenter {
    private let handle: OpaquePointer

    /// Opens a sentence break iterator for `locale`. The default `en@ss=standard` enables
    /// CLDR sentence-break suppressions, so "Mr." and "Prof." do not end a sentence
    /// (note: "Dr." is not in the list).
    public init(locale: String = "en@ss=standard") throws {
        handle = try BreakBoundaries.open(VF_BREAK_SENTENCE, locale: locale, name: "sentence")
    }

    deinit { vf_breaker_close(handle) }

    /// Sentence ranges as UTF-8 byte offsets into `text.utf8`, in order, contiguous and
    /// covering the whole text (trailing spaces belong to the preceding sentence).
    /// Empty text gives `[]`.
    public func sentences(in text: String) -> [Range<Int>] {
        let total = text.utf8.count
        guard total > 0 else { return [] }
        guard let (b, _) = BreakBoundaries.run(handle, text, wantKinds: false), b.count >= 2 else {
            return [0..<total]
        }
        return zip(b, b.dropFirst()).map { $0..<$1 }
    }
}
