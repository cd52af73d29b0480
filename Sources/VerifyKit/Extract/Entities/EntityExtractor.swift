/// Finds named things (weapons, places, organisations, people, countries) and gives each
/// a canonical id from the gazetteers (`weapon:iskander`, `place:kyiv`,
/// `organisation:foreign-ministry/az`, `person:mikhail-yevdokimov`, `country:az`).
/// Holds a per-instance cache of word keys: one extractor per task.
struct EntityExtractor: MentionExtractor {
    /// Compiled gazetteers, shared by every instance.
    let gazetteer: Gazetteer
    /// Word keys, cached per distinct word.
    let keys: TokenKeyMaker
    /// Proper-name rules (`names.yaml`).
    let names: NameRules
    /// Their patterns, compiled for this extractor.
    let namePatterns: NamePatterns

    /// An extractor over a rule set's gazetteers.
    init(rules: RuleSet) {
        gazetteer = rules.gazetteer
        keys = TokenKeyMaker()
        names = rules.names
        namePatterns = NamePatterns(rules.names)
    }

    /// Entity mentions of one sentence, ranges relative to the sentence.
    func mentions(in sentence: SentenceText, context: ExtractionContext) -> [Mention] {
        let tokenKeys = sentence.tokens.map { keys.key($0.text) }
        let scan = SentenceScan(sentence: sentence, keys: tokenKeys, gazetteer: gazetteer,
                                language: context.language.isEmpty ? sentence.language : context.language)
        var matches = scan.gazetteerMatches()
        scan.scopeOrganisations(&matches)
        scan.hedgeWeapons(&matches)
        matches += NameFinder(scan: scan).people(besides: matches)
        matches += ProperNameFinder(scan: scan, rules: names, patterns: namePatterns).names(besides: matches)
        scan.addRoles(&matches)
        return matches.map { match in
            let span = sentence.span(match.spanStart, match.spanEnd)
            var mention = Mention(type: .entity, range: span.range, text: span.text, value: match.value,
                                  qualifiers: match.qualifiers, subtype: match.kind, rule: match.rule)
            mention.entityClass = gazetteer.type(ofValue: match.value)
            mention.country = gazetteer.country(ofValue: match.value)
            return mention
        }
    }
}
