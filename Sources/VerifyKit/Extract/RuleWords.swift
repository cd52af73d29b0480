/// Splits rule phrases into the words a sentence's tokens will show, the way ICU word
/// segmentation does for simple phrases: letters, digits and inner apostrophes stay
/// together; every other character is a word of its own; white space separates.
enum RuleWords {
    /// Lower-cased words of `phrase`: "°C" → ["°", "c"], "north-east of" → ["north", "-", "east", "of"].
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
