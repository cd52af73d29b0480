/// The nationality of a group of people a sentence gives (`counts.yaml`:
/// `nationalityGroups`, `nationalityLinks`): a country adjective right before a group
/// noun ("the Filipino crew", "two Mexican workers"), or after it behind link words only
/// ("the crew are all Filipino", "its crew, Filipino nationals"). Only the country
/// adjectives the gazetteer knows are read: English ones for every country (listed or
/// derived, ``CountryAdjectives``), a few Russian, Ukrainian and Polish ones, no Spanish,
/// French or German ones yet, so "trabajadores mexicanos" gives nothing.
///
/// Each becomes an entity mention of subtype `nationality` whose value is the country
/// (`country:ph`) and whose ``Mention/entityClass`` is the group (`crew`), so alignment
/// keeps it as a fact of that group (slot `crew`, one fact per nationality): a report that
/// gives the crew's nationality and another that does not are an omission. Only the groups
/// the rules name count: a soldier's country is the side he fights on, which the
/// weapon and cause rules read, not a nationality the reports argue about.
struct GroupNationalities: Sendable {
    /// Most link words between a group noun and the adjective after it.
    static let reach = 3

    private let counts: CountRules
    private let groups: Set<String>

    /// Nationalities by the group nouns and link words of `counts`, for `groups` only.
    init(counts: CountRules, groups: [String]) {
        self.counts = counts
        self.groups = Set(groups)
    }

    /// The nationality mentions of `sentence` given its other `mentions` (sentence-relative ranges).
    func nationalities(in sentence: SentenceText, mentions: [Mention]) -> [Mention] {
        let adjectives = mentions.filter { $0.type == .entity && $0.subtype == "country" && $0.qualifiers.contains(.adjective) }
        guard !adjectives.isEmpty, !groups.isEmpty else { return [] }
        let tokens = sentence.tokens
        let languages = sentence.language == "en" ? ["en"] : [sentence.language, "en"]
        let nouns = languages.flatMap { counts.language($0).groups.matches(in: tokens) }.filter { groups.contains($0.payload) }
        guard !nouns.isEmpty else { return [] }
        let links = languages.reduce(into: Set<String>()) { $0.formUnion(counts.language($1).nationalityLinks) }
        var found: [Mention] = []
        var seen = Set<String>()
        for adjective in adjectives {
            guard let (first, last) = sentence.tokenSpan(of: adjective.range) else { continue }
            let before = nouns.first { $0.first == last + 1 }
            let after = nouns.filter { noun in
                noun.last < first && first - noun.last - 1 <= Self.reach
                    && tokens[(noun.last + 1)..<first].allSatisfy { links.contains($0.lower) }
            }.max { $0.last < $1.last }
            guard let noun = before ?? after, seen.insert("\(noun.payload)|\(adjective.value)").inserted else { continue }
            var mention = Mention(type: .entity, range: adjective.range, text: adjective.text, value: adjective.value,
                                  subtype: "nationality", rule: "counts.yaml: nationality of \(noun.payload)")
            mention.entityClass = noun.payload
            found.append(mention)
        }
        return found
    }
}
