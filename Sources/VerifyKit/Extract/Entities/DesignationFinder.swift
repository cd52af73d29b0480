/// Finds letter–digit designations that no gazetteer lists (Kh-29, KH29, Х-29, Tu-214,
/// A400M, MQ-25) and types them by the words around them: a weapon cue (`missile`,
/// `drone`, `ракета`) makes `weapon:<designation>`, a vehicle cue (`aircraft`, `airliner`,
/// `самолет`) `vehicle:<designation>`, no cue an untyped `designation:<designation>`.
/// Rules: the `designations:` section of gazetteer-weapons.yaml (docs/rules.md).
///
/// A designation is a capitalised prefix of at most `maxPrefix` letters (Latin or
/// Cyrillic) and digits, written as one word (`A400M`, `Kh29`) or joined by a hyphen
/// without spaces (`Kh-29`, `Tu-214`, `Х-29`); a longer word prefix (`Mohajer-6`) counts
/// only with a cue. The value is normalised: lower case, Cyrillic romanised (Х → kh,
/// С → s, Су → su), one hyphen between the letters and the rest, a plural `s` after the
/// digits dropped; so Kh-29, KH-29, Kh29, Х-29 and Kh-29s give `kh-29`.
struct DesignationFinder: Sendable {
    /// Cue word keys → kind, with the precedence of their list.
    private let cues: [(kind: String, words: Set<String>)]
    private let rules: DesignationRules

    /// A finder over the rule set's designation rules.
    init(rules ruleSet: RuleSet) {
        self.init(ruleSet.designations)
    }

    /// A finder over `rules`.
    init(_ rules: DesignationRules) {
        self.rules = rules
        let keys = TokenKeyMaker()
        cues = rules.cues.map { cue in (cue.kind, Set(cue.words.map { keys.key($0).key })) }
    }

    /// Designation matches on tokens that `matches` leave free.
    func matches(in scan: SentenceScan, besides matches: [EntityMatch]) -> [EntityMatch] {
        guard rules.maxPrefix > 0 else { return [] }
        let tokens = scan.sentence.tokens
        var taken = [Bool](repeating: false, count: tokens.count)
        for match in matches { for k in match.spanStart...match.spanEnd { taken[k] = true } }
        var result: [EntityMatch] = []
        var i = 0
        while i < tokens.count {
            guard !taken[i], let found = designation(at: i, in: scan, taken: taken) else { i += 1; continue }
            let cue = cue(around: i, found.end, in: scan)
            if found.prefixLength > rules.maxPrefix && cue == nil { i = found.end + 1; continue }
            let kind = cue?.kind ?? "designation"
            let rule = cue.map { "gazetteer-weapons.yaml: designations (\($0.kind) cue '\($0.word)')" }
                ?? "gazetteer-weapons.yaml: designations (no cue)"
            result.append(EntityMatch(start: i, end: found.end, value: "\(kind):\(found.value)", kind: kind, qualifiers: [],
                                      rule: rule, target: nil, spanStart: i, spanEnd: found.end))
            i = found.end + 1
        }
        return result
    }

    /// The designation starting at token `i`: its last token, normalised value and the
    /// number of letters before its digits.
    private func designation(at i: Int, in scan: SentenceScan, taken: [Bool]) -> (end: Int, value: String, prefixLength: Int)? {
        let tokens = scan.sentence.tokens
        let key = scan.keys[i]
        guard tokens[i].kind != .punctuation, key.capitalised, key.script == .latin || key.script == .cyrillic else { return nil }
        let letters = tokens[i].text.prefix(while: \.isLetter)
        guard !letters.isEmpty, letters.count <= max(rules.maxPrefix, rules.maxCuedPrefix) else { return nil }
        if letters.count > rules.maxPrefix && !(letters.dropFirst().allSatisfy(\.isLowercase)) { return nil }
        let rest = tokens[i].text.dropFirst(letters.count)
        if !rest.isEmpty {
            // One word: letters, then digits, then letters or digits (A400M, Kh29, Х29).
            guard letters.count <= rules.maxPrefix, Self.isTail(rest) else { return nil }
            return (i, Self.normalise(letters, rest), letters.count)
        }
        // Letters, a hyphen with no space around it, a word that starts with a digit.
        guard i + 2 < tokens.count, scan.keys[i + 1].isJoiner, tokens[i + 1].text != "/", !taken[i + 1], !taken[i + 2],
              !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, Self.isTail(Substring(tokens[i + 2].text)) else { return nil }
        return (i + 2, Self.normalise(letters, Substring(tokens[i + 2].text)), letters.count)
    }

    /// Whether `text` is a designation's tail: a digit first, then letters or digits.
    private static func isTail(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCII, first.isNumber, text.count <= 8 else { return false }
        return text.allSatisfy { $0.isLetter || ($0.isASCII && $0.isNumber) }
    }

    /// `kh-29` from `Kh`/`KH`/`Х` and `29`/`29s`.
    static func normalise(_ letters: Substring, _ tail: Substring) -> String {
        var rest = tail
        // An English plural (`F-16s`); a Cyrillic `с` after the digits is a model letter (Су-35С).
        if rest.count > 1, rest.hasSuffix("s"), let before = rest.dropLast().last, before.isNumber { rest.removeLast() }
        return Romanizer.romanize(letters.lowercased()) + "-" + Romanizer.romanize(rest.lowercased())
    }

    /// The nearest cue word within `window` words of tokens `start...end`, in its clause
    /// (hyphens and quotation marks may sit between; other punctuation ends the search).
    private func cue(around start: Int, _ end: Int, in scan: SentenceScan) -> (kind: String, word: String)? {
        let tokens = scan.sentence.tokens
        let quotes: Set<String> = ["«", "»", "\"", "“", "”", "„", "'"]
        func kind(at k: Int) -> String? {
            let key = scan.keys[k]
            let rule = scan.gazetteer.inflections.rule(for: key.script, language: scan.language)
            return cues.first { $0.words.contains(key.key) || $0.words.contains { rule.matches(alias: $0, word: key.key) } }?.kind
        }
        var best: (distance: Int, rank: Int, kind: String, word: String)?
        for direction in [1, -1] {
            var k = direction > 0 ? end + 1 : start - 1
            var words = 0
            while k >= 0 && k < tokens.count && words < rules.window {
                if tokens[k].kind == .punctuation {
                    guard scan.keys[k].isJoiner || quotes.contains(tokens[k].text) else { break }
                    k += direction
                    continue
                }
                words += 1
                if let found = kind(at: k) {
                    let rank = cues.firstIndex { $0.kind == found } ?? 0
                    if best == nil || (words, rank) < (best!.distance, best!.rank) { best = (words, rank, found, tokens[k].text) }
                    break
                }
                k += direction
            }
        }
        return best.map { ($0.kind, $0.word) }
    }
}
