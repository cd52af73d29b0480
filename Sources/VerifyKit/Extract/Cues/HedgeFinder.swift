/// Marks every mention of a sentence with the hedges (`allegedly`, `reportedly`) and
/// attributions (`according to`, `said`) the sentence contains, from `hedges.yaml`, as
/// qualifiers `hedge:<cue>` and `attributed:<cue>`. Nothing is dropped.
struct HedgeFinder: Sendable {
    struct Rules: Decodable, Sendable {
        var hedges: [String: [String]]
        var attributions: [String: [String]]
    }

    private let matchers: [String: PhraseTable<String>]

    init(rules: Rules) {
        var matchers: [String: PhraseTable<String>] = [:]
        for language in Set(rules.hedges.keys).union(rules.attributions.keys) {
            let entries = (rules.hedges[language] ?? []).map { ($0, "hedge:" + $0) }
                + (rules.attributions[language] ?? []).map { ($0, "attributed:" + $0) }
            matchers[language] = PhraseTable(entries)
        }
        self.matchers = matchers
    }

    func apply(to mentions: [Mention], in sentence: SentenceText) -> [Mention] {
        guard !mentions.isEmpty else { return mentions }
        let languages = sentence.language == "en" ? ["en"] : [sentence.language, "en"]
        var cues: [String] = []
        for language in languages {
            for match in matchers[language]?.matches(in: sentence.tokens) ?? [] where !cues.contains(match.payload) {
                cues.append(match.payload)
            }
        }
        guard !cues.isEmpty else { return mentions }
        return mentions.map { mention in
            var copy = mention
            copy.qualifiers += cues.map(Qualifier.init(rawValue:)).filter { !mention.qualifiers.contains($0) }
            return copy
        }
    }
}
