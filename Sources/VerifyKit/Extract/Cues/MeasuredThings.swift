/// What a size measures: attributes ("the 230-metre-long vessel", "the 1.4-km-long span")
/// name the thing right after the measure; a predicate ("the ship is 230 metres long")
/// names it before, in the same clause. The thing's kind
/// (`units.yaml` `measuredThings`: vehicle, bridge, building…) becomes the quantity's
/// ``Mention/entityClass``, so that a ship's length is compared with ships' lengths and
/// not with the bridge it struck.
struct MeasuredThings: Sendable {
    /// `measuredThings` of `units.yaml`.
    struct Rules: Decodable, Sendable {
        /// Size subtypes whose mentions are keyed by the thing (`length`, `height`, `diameter`).
        var subtypes: [String]
        /// Most words between a predicate's thing and its measure.
        var reach: Int
        /// Words that may stand between an attribute and its thing ("-long", "tall").
        var between: [String: [String]]
        /// Kind → language → nouns.
        var things: [String: [String: [String]]]
    }

    private let subtypes: Set<String>
    private let reach: Int
    private let between: [String: Set<String>]
    private let things: [String: PhraseTable<String>]
    private static let clauseEnds = ClauseMarks.ends(withDashes: false)

    init(rules: Rules) {
        subtypes = Set(rules.subtypes)
        reach = rules.reach
        between = rules.between.mapValues(Set.init)
        var entries: [String: [(String, String)]] = [:]
        for kind in rules.things.keys.sorted() {
            for (language, nouns) in rules.things[kind]! { entries[language, default: []] += nouns.map { ($0, kind) } }
        }
        things = entries.mapValues { PhraseTable($0) }
    }

    /// `mentions` (sentence-relative) with each size quantity's thing kind set when the
    /// sentence names it.
    func mark(_ mentions: [Mention], in sentence: SentenceText) -> [Mention] {
        let sized = { (mention: Mention) in
            self.subtypes.contains(mention.measuredProperty ?? "")
        }
        guard mentions.contains(where: sized) else { return mentions }
        let tokens = sentence.tokens
        let languages = sentence.language == "en" ? ["en"] : [sentence.language, "en"]
        let skippable = languages.reduce(into: Set<String>()) { $0.formUnion(between[$1] ?? []) }
        return mentions.map { mention in
            guard sized(mention), mention.entityClass == nil,
                  let last = tokens.lastIndex(where: { $0.range.upperBound <= mention.range.upperBound }),
                  let first = tokens.firstIndex(where: { $0.range.lowerBound >= mention.range.lowerBound }) else { return mention }
            var copy = mention
            // After: "the 230-metre-long vessel"'s noun, past "-long", "tall".
            var k = last + 1
            while k < tokens.count, k - last <= 3, skippable.contains(tokens[k].lower) { k += 1 }
            if k < tokens.count, let kind = languages.lazy.compactMap({ self.things[$0]?.match(tokens, from: k)?.payload }).first {
                copy.entityClass = kind
                return copy
            }
            // Before, in one clause: "the ship is 300 metres long".
            var j = first - 1
            while j >= 0, first - j <= reach, ClauseMarks.inOneClause(tokens, j, first, marks: Self.clauseEnds) {
                if let kind = languages.lazy.compactMap({ self.things[$0]?.match(tokens, endingAt: j)?.payload }).first {
                    copy.entityClass = kind
                    return copy
                }
                j -= 1
            }
            return copy
        }
    }
}
