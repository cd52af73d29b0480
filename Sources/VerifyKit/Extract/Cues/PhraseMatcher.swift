/// Finds phrases (runs of lower-case words) in a sentence's tokens, longest first, with an
/// index by first word so a sentence costs one dictionary look-up per token.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    private var byFirstWord: [String: [(words: [String], payload: Payload)]] = [:]

    init(_ entries: [(phrase: String, payload: Payload)]) {
        for (phrase, payload) in entries {
            let words = PhraseMatcher.words(of: phrase)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append((words, payload))
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
    }

    /// Lower-case words of a phrase, split where the sentence tokeniser would split it.
    static func words(of phrase: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in phrase.lowercased() {
            if character.isLetter || character.isNumber || character == "'" || character == "’" {
                current.append(character)
            } else {
                if !current.isEmpty { words.append(current); current = "" }
                if !character.isWhitespace { words.append(String(character)) }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Every non-overlapping match, left to right, as token index ranges.
    func matches(in tokens: [Token]) -> [(first: Int, last: Int, payload: Payload)] {
        var result: [(Int, Int, Payload)] = []
        var i = 0
        while i < tokens.count {
            var advanced = false
            for candidate in byFirstWord[tokens[i].lower] ?? [] where i + candidate.words.count <= tokens.count {
                if zip(tokens[i..<i + candidate.words.count], candidate.words).allSatisfy({ $0.lower == $1 }) {
                    result.append((i, i + candidate.words.count - 1, candidate.payload))
                    i += candidate.words.count
                    advanced = true
                    break
                }
            }
            if !advanced { i += 1 }
        }
        return result
    }
}
