import CICUShim

/// Splits text into words with an ICU word break iterator running directly over UTF-8.
/// Not thread-safe: create one per task.
public final class WordSegmenter {
    private let handle: OpaquePointer

    /// Opens a word break iterator for `locale`.
    public init(locale: String = "en") throws {
        handle = try BreakBoundaries.open(VF_BREAK_WORD, locale: locale, name: "word")
    }

    deinit { vf_breaker_close(handle) }

    /// Every segment of `text` in order, including spaces and punctuation (kind `.none`);
    /// the ranges are UTF-8 byte offsets and cover the whole text. Empty text gives `[]`.
    public func words(in text: String) -> [WordToken] {
        let total = text.utf8.count
        guard total > 0 else { return [] }
        guard let (b, k) = BreakBoundaries.run(handle, text, wantKinds: true), b.count >= 2 else {
            return [WordToken(range: 0..<total, kind: .none)]
        }
        return (1..<b.count).map { i in
            WordToken(range: b[i - 1]..<b[i], kind: Self.kind(k[i]))
        }
    }

    private static func kind(_ code: Int32) -> WordToken.Kind {
        switch code {
        case VF_WORD_NUMBER: .number
        case VF_WORD_LETTER: .letter
        case VF_WORD_KANA: .kana
        case VF_WORD_IDEO: .ideographic
        default: .none
        }
    }
}
