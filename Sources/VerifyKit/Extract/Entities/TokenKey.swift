import VerifyICU

/// The matching form of one word: case-folded, accents and Latin diacritics removed
/// (Latin-ASCII), Cyrillic kept in its script, possessive `'s` split off.
struct TokenKey: Sendable, Hashable {
    /// Writing system of a word, as far as matching cares.
    enum Script: Sendable, Hashable {
        /// Latin letters only (with digits and marks).
        case latin
        /// Cyrillic letters only.
        case cyrillic
        /// Latin and Cyrillic letters mixed (a spoofing sign: "Kуiv").
        case mixed
        /// Any other script, or no letters.
        case other
    }

    /// The normalised key ("kyiv", "киеве", "kh", "101").
    var key: String
    /// Phonetic comparison key of the romanised word ("evdokimova"), for cross-script
    /// matching; computed when asked (few words need it: capitalised Cyrillic words, and
    /// the Latin aliases of people and places).
    var phonetic: String {
        script == .cyrillic ? PhoneticKey.make(Romanizer.romanize(key)) : PhoneticKey.make(key)
    }
    /// Script of the letters.
    var script: Script
    /// Whether the word ended in a possessive `'s` (removed from ``key``).
    var possessive: Bool
    /// Whether the first letter is upper case (or the word starts with a digit).
    var capitalised: Bool
    /// Whether every letter is upper case.
    var allUpper: Bool
    /// Whether the token is a hyphen, dash or slash that joins name parts.
    var isJoiner: Bool
}

/// Makes ``TokenKey``s with ICU (case folding, Latin-ASCII) and caches them per distinct
/// word. Not thread-safe: one per extractor.
final class TokenKeyMaker {
    private let transliterator: Transliterator?
    private var cache: [String: TokenKey] = [:]

    /// Opens the ICU transliterator (falls back to plain lowercasing if ICU fails).
    init() {
        transliterator = try? Transliterator()
    }

    /// The key of a word as written.
    func key(_ text: String) -> TokenKey {
        if let hit = cache[text] { return hit }
        let made = make(text)
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[text] = made
        return made
    }

    /// Pieces that join the words of a name (hyphens, dashes, a slash).
    private static let joiners: Set<String> = ["-", "‐", "‑", "–", "—", "/"]

    private func make(_ text: String) -> TokenKey {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return Self.asciiKey(text) }
        var latin = false, cyrillic = false, otherLetters = false, lower = false, upper = false
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            let v = scalar.value
            if v < 0x80 || (0xC0...0x24F).contains(v) || (0x1E00...0x1EFF).contains(v) || v == 0x259 || v == 0x18F {
                latin = true
            } else if (0x400...0x52F).contains(v) {
                cyrillic = true
            } else if !scalar.properties.isDiacritic {
                otherLetters = true
            }
            if scalar.properties.isLowercase { lower = true }
            if scalar.properties.isUppercase { upper = true }
        }
        let script: TokenKey.Script = latin && cyrillic ? .mixed : latin ? .latin : cyrillic ? .cyrillic : otherLetters ? .other : .latin
        let first = text.unicodeScalars.first
        let capitalised = first.map { $0.properties.isUppercase || ("0"..."9").contains(Character($0)) } ?? false
        let folded = (try? ICUNormalizer.nfkcCasefold(text)) ?? text.lowercased()
        var key: String
        switch script {
        case .latin: key = (try? transliterator?.toLatinASCII(folded)) ?? folded
        case .cyrillic, .mixed:
            key = String(String.UnicodeScalarView(folded.unicodeScalars.compactMap { s -> Unicode.Scalar? in
                if s.value == 0x301 || s.value == 0x300 { return nil }   // stress marks
                if s == "ё" { return "е" }
                return s
            }))
        case .other: key = folded
        }
        var possessive = false
        for suffix in ["'s", "’s", "ʼs"] where key.hasSuffix(suffix) && key.count > suffix.count + 1 {
            key.removeLast(suffix.count)
            possessive = true
        }
        key.removeAll { $0 == "'" || $0 == "’" || $0 == "ʼ" || $0 == "«" || $0 == "»" }
        return TokenKey(key: key, script: script, possessive: possessive,
                        capitalised: capitalised, allUpper: upper && !lower, isJoiner: Self.joiners.contains(text))
    }

    /// The key of an ASCII token, read from its bytes (what `make` computes through
    /// Unicode properties, without them: most tokens of most reports are ASCII).
    private static func asciiKey(_ text: String) -> TokenKey {
        var lower = false, upper = false
        for byte in text.utf8 {
            if byte >= 0x61 && byte <= 0x7A { lower = true } else if byte >= 0x41 && byte <= 0x5A { upper = true }
        }
        let first = text.utf8.first ?? 0
        let capitalised = (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39)
        var key = text.lowercased()
        var possessive = false
        if key.hasSuffix("'s") && key.utf8.count > 3 {
            key.removeLast(2)
            possessive = true
        }
        if key.utf8.contains(0x27) { key.removeAll { $0 == "'" } }
        return TokenKey(key: key, script: .latin, possessive: possessive, capitalised: capitalised,
                        allUpper: upper && !lower, isJoiner: joiners.contains(text))
    }
}
