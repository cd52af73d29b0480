import VerifyICU

/// Small cardinals written as words ("two", "zwei", "trzy"), read through ICU's spell-out
/// rules of the language and cached per word. Not thread-safe: one per extractor.
final class SpelledNumbers {
    private var parsers: [String: SpelloutParser?] = [:]
    private var cache: [String: Int?] = [:]

    /// The whole number 0–1000 a single word spells in `language`, if any.
    func value(of word: String, language: String) -> Int? {
        let key = language + "\u{1}" + word
        if let known = cache[key] { return known }
        if parsers[language] == nil { parsers[language] = .some(try? SpelloutParser(locale: language)) }
        var result: Int?
        if word.unicodeScalars.allSatisfy({ !$0.properties.isWhitespace }), word.count >= 2,
           let parser = parsers[language] ?? nil, let value = parser.parse(word),
           value == value.rounded(), (0...1000).contains(value) {
            result = Int(value)
        }
        cache[key] = .some(result)
        return result
    }
}
