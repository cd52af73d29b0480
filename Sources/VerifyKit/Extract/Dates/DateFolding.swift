import Foundation

/// The spelling of a date word without its Latin diacritics ("mañana" → "manana",
/// "février" → "fevrier", "piątek" → "piatek", "nächste" → "nachste") and with Russian
/// "ё" as "е": text typed without accents still names the same day. Cyrillic letters
/// that only look accented ("й", "ї") are letters of their own and are kept.
enum DateFolding {
    /// `word` with Latin diacritics removed; the word itself when it has none.
    static func fold(_ word: String) -> String {
        guard !word.unicodeScalars.allSatisfy(\.isASCII) else { return word }
        var out = ""
        for character in word {
            if character == "ё" { out.append("е"); continue }
            if character == "Ё" { out.append("Е"); continue }
            if let plain = latinPlain[character] { out += plain; continue }
            let scalars = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
            if let base = scalars.first, base.isASCII, base.properties.isAlphabetic {
                out.unicodeScalars.append(base)
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// Latin letters with a stroke, which canonical decomposition leaves whole.
    private static let latinPlain: [Character: String] = ["ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"]

    /// `entries` and, after them, each phrase folded and each without its possessive
    /// endings, when that spelling differs and is not one of the phrases already: the
    /// unaccented spelling means the same, and a sentence's tokens are matched with "'s"
    /// taken off ("new year's eve" is looked up as "new year eve").
    static func withFolded<Payload>(_ entries: [(String, Payload)]) -> [(String, Payload)] {
        var known = Set(entries.map(\.0))
        var result = entries
        for (phrase, payload) in entries {
            for variant in [fold(phrase), withoutPossessives(phrase)] where known.insert(variant).inserted {
                result.append((variant, payload))
            }
        }
        return result
    }

    /// `phrase` with "'s" / "’s" taken off each word that carries it, as ``DateScan``
    /// takes it off tokens.
    static func withoutPossessives(_ phrase: String) -> String {
        phrase.split(separator: " ").map { word in
            for ending in ["'s", "’s"] where word.count > ending.count + 2 && word.hasSuffix(ending) {
                return String(word.dropLast(ending.count))
            }
            return String(word)
        }.joined(separator: " ")
    }

    /// A word table with the folded spelling of each word added where it is new.
    static func withFolded<Value>(_ table: [String: Value]) -> [String: Value] {
        var result = table
        for (word, value) in table.sorted(by: { $0.key < $1.key }) where result[fold(word)] == nil {
            result[fold(word)] = value
        }
        return result
    }
}
