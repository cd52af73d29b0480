/// Splits rule phrases into the words a sentence's tokens will show, the way ICU word
/// segmentation does for simple phrases: letters, digits and inner apostrophes stay
/// together; every other character is a word of its own; white space separates.
enum RuleWords {
    /// Lower-cased words of `phrase`: "°C" → ["°", "c"], "north-east of" → ["north", "-", "east", "of"].
    /// Superscript digits, words of their own as the word breaker reads them (`m²`, `km³`).
    static let superscripts: Set<Character> = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    static func split(_ phrase: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for character in phrase.lowercased() {
            if character.isWhitespace {
                flush()
            } else if Self.superscripts.contains(character) {
                // The word breaker puts "³" of "m³" apart from its letter: so does a rule.
                flush()
                words.append(String(character))
            } else if character.isLetter || character.isNumber || character == "*"
                        || ((character == "'" || character == "’" || character == "ʼ") && !current.isEmpty) {
                current.append(character)
            } else {
                flush()
                words.append(String(character))
            }
        }
        flush()
        return words
    }
}
