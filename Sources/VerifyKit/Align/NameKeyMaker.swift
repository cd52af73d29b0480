import VerifyICU

/// Makes ``NameKey``s from names in any script with ICU (`Any-Latin; Latin-ASCII; Lower`),
/// caching per distinct text. Not thread-safe: one per alignment run.
final class NameKeyMaker {
    private let transliterator: Transliterator?
    private var cache: [String: NameKey] = [:]

    /// Opens the ICU transliterator (without ICU, non-ASCII letters are dropped from keys).
    init() {
        transliterator = try? Transliterator()
    }

    /// The key of a written form: "Зеленський", "Kh-55", "Х-55", "Muammar Qaddafi".
    func key(written text: String) -> NameKey {
        if let hit = cache[text] { return hit }
        let made = NameKey(ascii: latin(text))
        cache[text] = made
        return made
    }

    /// The key of a canonical value (`person:sergei-shoygu`, `weapon:kh-55`): of its id,
    /// which the extractor wrote from the written form.
    func key(value: String) -> NameKey {
        key(written: EntityRef(value)?.id ?? value)
    }

    /// Lower-case ASCII: lookalike letters of mixed words read as Latin, then ICU.
    private func latin(_ text: String) -> String {
        let readable = Self.readingLookalikes(text)
        if readable.utf8.allSatisfy({ $0 < 0x80 }) { return readable.lowercased() }
        return (try? transliterator?.toLatinASCII(readable)) ?? readable.lowercased()
    }

    /// Cyrillic letters that look like Latin ones, by case: in a word that also has Latin
    /// letters ("Kуiv", "Кh-55" typed with a Cyrillic К) they are the Latin letter the
    /// writer meant, not a transliteration (у would become u, х would become h).
    static let lookalikes: [Character: Character] = [
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "к": "k",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
        "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
    ]

    /// `text` with the Cyrillic lookalikes of every word that also has Latin letters
    /// replaced by their Latin twins; words in one script are left as they are.
    static func readingLookalikes(_ text: String) -> String {
        var out = ""
        var word = ""
        func flush() {
            let hasLatin = word.unicodeScalars.contains { ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A }
            let hasCyrillic = word.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
            out += hasLatin && hasCyrillic ? String(word.map { lookalikes[$0] ?? $0 }) : word
            word = ""
        }
        for c in text {
            if c.isLetter || c.isNumber { word.append(c) } else { flush(); out.append(c) }
        }
        flush()
        return out
    }
}
