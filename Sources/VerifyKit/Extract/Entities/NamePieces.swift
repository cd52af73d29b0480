import VerifyICU

/// Splits a listed name into the word keys a sentence's tokens are compared with: the same
/// word breaks and the same folding (``TokenKeyMaker``) as the text, joiners (hyphens,
/// slashes) left out. Shared by the YAML gazetteers and the place index writer so that a
/// name and the text that writes it always give the same keys. Not thread-safe.
final class NamePieces {
    private let keys: TokenKeyMaker
    private let segmenter: WordSegmenter?

    /// Uses `keys` for folding (so its cache is shared with the caller).
    init(keys: TokenKeyMaker) {
        self.keys = keys
        segmenter = try? WordSegmenter(locale: "root")
    }

    /// The word keys of `text`.
    func pieces(_ text: String) -> [TokenKey] {
        // Words of ASCII letters between single spaces break at the spaces, as ICU breaks
        // them: most names need no break iterator.
        let plain = text.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == 0x20 }
        if segmenter == nil || plain { return text.split(separator: " ").map { keys.key(String($0)) } }
        guard let segmenter else { return [] }
        let bytes = Array(text.utf8)
        return segmenter.words(in: text).compactMap { word in
            let piece = String(decoding: bytes[word.range], as: UTF8.self)
            if piece.allSatisfy(\.isWhitespace) { return nil }
            let key = keys.key(piece)
            return key.isJoiner ? nil : key
        }
    }
}
