/// Romanises Russian and Ukrainian Cyrillic the way English-language news writes names
/// (BGN/PCGN style): Евдокимов → yevdokimov, Алиев → aliyev, Зеленский → zelenskiy,
/// Михаил → mikhail. Lower-case in, lower-case ASCII out; other characters pass through.
enum Romanizer {
    /// Letters that are plain vowels for the `ye`/`yo` rule.
    private static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "і", "ї", "є", "ь", "ъ", "й"]

    /// One letter's romanisation (without context).
    private static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye",
        "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
        "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    ]

    /// The romanised form of a lower-case word.
    static func romanize(_ word: String) -> String {
        let letters = Array(word)
        var out = ""
        out.reserveCapacity(letters.count * 2)
        for (i, c) in letters.enumerated() {
            if c == "е" && (i == 0 || vowels.contains(letters[i - 1])) {
                out += "ye"
            } else if c == "й" && i > 0 && (letters[i - 1] == "и" || letters[i - 1] == "ы") && i == letters.count - 1 {
                out += "y"
            } else if let r = table[c] {
                out += r
            } else {
                out.append(c)
            }
        }
        return out
    }
}

/// A rough phonetic key for comparing romanised names across transliteration systems:
/// Yevdokimov = Evdokimov, Zelenskiy = Zelensky = Zelenskyy, Odessa = Odesa,
/// Kharkov ≈ Harkov. Only for comparison, never shown.
enum PhoneticKey {
    /// The key of lower-case ASCII text (other characters are dropped).
    static func make(_ text: String) -> String {
        var s = String(text.unicodeScalars.filter { ($0.value >= 0x61 && $0.value <= 0x7A) }.map(Character.init))
        if s.isEmpty { return "" }
        for (from, to) in [("shch", "s"), ("kh", "h"), ("zh", "z"), ("ch", "c"), ("sh", "s"), ("ts", "c"), ("j", "y"), ("w", "v"), ("x", "h")] {
            s = s.replacingAll(from, with: to)
        }
        return collapsed(s)
    }

    /// `letters` with a `y` before a vowel dropped (Yevdokimov = Evdokimov), any other `y`
    /// read as `i` (Zelenskyy = Zelenskiy) and each run of one letter kept once (Gaddafi =
    /// Gadafi): the last step of this key and of ``NameKey/skeleton(_:)``.
    static func collapsed(_ letters: String) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let chars = Array(letters)
        var out: [Character] = []
        for (i, c) in chars.enumerated() {
            var c = c
            if c == "y" {
                if i + 1 < chars.count && vowels.contains(chars[i + 1]) { continue }
                c = "i"
            }
            if out.last == c { continue }
            out.append(c)
        }
        return String(out)
    }
}

fileprivate extension String {
    /// Every occurrence of `target` replaced (plain substring replacement without Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, firstRange(of: target) != nil else { return self }
        var result = ""
        var rest = self[...]
        while let r = rest.firstRange(of: target) {
            result += rest[..<r.lowerBound]
            result += replacement
            rest = rest[r.upperBound...]
        }
        result += rest
        return result
    }
}
