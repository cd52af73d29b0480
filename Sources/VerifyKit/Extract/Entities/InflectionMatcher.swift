/// Decides whether a text word is an alias word, possibly inflected: equal, alias +
/// ending, or alias minus a final + ending (Киев/Киеве, Одесса/Одессе, Зеленский/Зеленского).
struct InflectionRule: Sendable {
    /// Final letters an alias may lose.
    let finals: [String]
    /// Case endings.
    let endings: [String]
    /// Shortest stem.
    let minStem: Int

    /// A rule that accepts only exact matches.
    static let none = InflectionRule(finals: [], endings: [], minStem: 3)

    /// Whether `word` is `alias` or an inflected form of it.
    func matches(alias: String, word: String) -> Bool {
        if word == alias { return true }
        if endings.isEmpty { return false }
        for ending in endings where word.hasSuffix(ending) {
            let stem = word.dropLast(ending.count)
            guard stem.count >= minStem else { continue }
            if stem == alias[...] { return true }
            if alias.hasPrefix(stem) {
                let final = alias.dropFirst(stem.count)
                if finals.contains(where: { $0[...] == final }) { return true }
            }
        }
        return false
    }

    /// Every alias `word` is a form of under this rule (the word itself, each stem left by
    /// an ending, each stem with a final): `matches(alias:word:)` holds exactly for these,
    /// so a table of aliases is searched by a few lookups instead of a scan.
    func aliases(of word: String) -> [String] {
        var found = [word]
        for ending in endings where word.hasSuffix(ending) {
            let stem = word.dropLast(ending.count)
            guard stem.count >= minStem else { continue }
            found.append(String(stem))
            found += finals.map { String(stem) + $0 }
        }
        return found
    }
}

/// The inflection rules of `inflections.yaml`, compiled once.
struct Inflections: Sendable {
    /// Rule for Cyrillic words (matched on ``TokenKey/key``).
    let cyrillic: InflectionRule
    /// Rule for Cyrillic words matched on phonetic keys against Latin aliases.
    let phoneticCyrillic: InflectionRule
    /// Rules for Latin words by document language.
    let latinByLanguage: [String: InflectionRule]
    /// Lemma rules for Cyrillic personal names.
    let nameLemmas: [InflectionFile.Lemma]

    /// Compiles the rules; `keys` normalises Latin endings like text words.
    init(_ file: InflectionFile, keys: TokenKeyMaker) {
        let cyr = file.scripts["Cyrl"] ?? InflectionFile.Rule(finals: [], endings: [])
        cyrillic = InflectionRule(finals: cyr.finals, endings: cyr.endings, minStem: file.minStem)
        func phonetic(_ list: [String]) -> [String] {
            var seen: [String] = []
            for item in list {
                let p = PhoneticKey.make(Romanizer.romanize(item))
                if !p.isEmpty && !seen.contains(p) { seen.append(p) }
            }
            return seen
        }
        phoneticCyrillic = InflectionRule(finals: phonetic(cyr.finals), endings: phonetic(cyr.endings), minStem: max(4, file.minStem))
        var byLanguage: [String: InflectionRule] = [:]
        for (language, rule) in file.languages {
            byLanguage[language] = InflectionRule(finals: rule.finals.map { keys.key($0).key },
                                                  endings: rule.endings.map { keys.key($0).key }, minStem: file.minStem)
        }
        latinByLanguage = byLanguage
        nameLemmas = file.nameLemmas
    }

    /// The rule for a word of `script` in a document of `language`.
    func rule(for script: TokenKey.Script, language: String) -> InflectionRule {
        switch script {
        case .cyrillic: cyrillic
        case .latin: latinByLanguage[language] ?? .none
        default: .none
        }
    }
}
