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

    /// Most characters of a text looked at: enough to tell its language.
    static let sampleLength = 600

    /// The language of `text` and how many letters it has, or nil when it has no letters.
    /// Only the first ``sampleLength`` characters are read; the letter count is scaled up.
    func guess(_ text: String) -> (language: String, letters: Int)? {
        let sample = text.utf8.count > Self.sampleLength * 2 ? String(text.prefix(Self.sampleLength)) : text
        let scale = max(1, text.utf8.count / max(1, sample.utf8.count))
        let scripts = ScriptDetector.scripts(of: sample)
        guard let (script, sampled) = scripts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else {
            return nil
        }
        let letters = sampled * scale
        if let language = rules.scriptLanguages[script] { return (language, letters) }
        var scores: [String: Int] = [:]
        var word = ""
        for character in sample + " " {
            if character.isLetter {
                if let languages = markerIndex[character] {
                    for language in languages { scores[language, default: 0] += 3 }
                }
                word.append(character)
            } else if !word.isEmpty {
                for language in wordIndex[word.lowercased()] ?? [] { scores[language, default: 0] += 1 }
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
