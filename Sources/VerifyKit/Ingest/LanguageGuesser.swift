import VerifyICU

/// Tells the language of a stretch of text from its script (ICU) and simple cues:
/// marker letters and frequent words, read from `languages.yaml`.
struct LanguageGuesser: Sendable {
    struct Rules: Decodable, Sendable {
        var scriptLanguages: [String: String]
        var defaults: [String: String]
        var markerLetters: [String: String]
        var frequentWords: [String: [String]]
        var examples: [Example]
        struct Example: Decodable, Sendable {
            var text: String
            var language: String
        }
    }

    let rules: Rules
    private let markerIndex: [Character: [String]]
    private let wordIndex: [String: [String]]
    /// The script each language's cues are written in, read from the cues themselves.
    private let languageScripts: [String: String]

    /// The rules shipped with the library.
    static let shared = LanguageGuesser(rules: RuleData.load(Rules.self, named: "languages"))

    init(rules: Rules) {
        self.rules = rules
        var markers: [Character: [String]] = [:]
        for (language, letters) in rules.markerLetters.sorted(by: { $0.key < $1.key }) {
            for letter in letters { markers[letter, default: []].append(language) }
        }
        var words: [String: [String]] = [:]
        for (language, list) in rules.frequentWords.sorted(by: { $0.key < $1.key }) {
            for word in list { words[word, default: []].append(language) }
        }
        markerIndex = markers
        wordIndex = words
        var scripts: [String: String] = [:]
        for language in Set(rules.markerLetters.keys).union(rules.frequentWords.keys) {
            let cues = (rules.markerLetters[language] ?? "") + (rules.frequentWords[language] ?? []).joined()
            scripts[language] = ScriptDetector.dominantScript(of: cues)
        }
        languageScripts = scripts
    }

    /// The language of `text` and how many letters it has, or nil when it has no letters.
    func guess(_ text: String) -> (language: String, letters: Int)? {
        let scripts = ScriptDetector.scripts(of: text)
        guard let (script, letters) = scripts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else {
            return nil
        }
        if let language = rules.scriptLanguages[script] { return (language, letters) }
        var scores: [String: Int] = [:]
        for character in text where character.isLetter {
            for language in markerIndex[character] ?? [] { scores[language, default: 0] += 3 }
        }
        var word = ""
        for character in text.lowercased() + " " {
            if character.isLetter {
                word.append(character)
            } else if !word.isEmpty {
                for language in wordIndex[word] ?? [] { scores[language, default: 0] += 1 }
                word = ""
            }
        }
        let candidates = scores.filter { languageScripts[$0.key] == script }
        if let best = candidates.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }), best.value >= 2 {
            return (best.key, letters)
        }
        return (rules.defaults[script] ?? script.lowercased(), letters)
    }

}
