/// Finds named things (weapons, places, organisations, people, countries) and gives each
/// a canonical id from the gazetteers (`weapon:iskander`, `place:kyiv`,
/// `organisation:foreign-ministry/az`, `person:mikhail-yevdokimov`, `country:az`).
/// Holds a per-instance cache of word keys: one extractor per task.
struct EntityExtractor: MentionExtractor {
    /// Compiled gazetteers, shared by every instance.
    let gazetteer: Gazetteer
    /// Word keys, cached per distinct word.
    let keys: TokenKeyMaker
    /// Letter–digit designations no gazetteer lists (`Kh-29 missile`, `Tu-214`).
    let designations: DesignationFinder
    /// Proper-name rules (`names.yaml`).
    let names: NameRules
    /// Their patterns, compiled for this extractor.
    let namePatterns: NamePatterns

    /// An extractor over a rule set's gazetteers.
    init(rules: RuleSet) {
        gazetteer = rules.gazetteer
        keys = TokenKeyMaker()
        designations = DesignationFinder(rules: rules)
        names = rules.names
        namePatterns = NamePatterns(rules.names)
    }

    /// Entity mentions of one sentence, ranges relative to the sentence.
    func mentions(in sentence: SentenceText, context: ExtractionContext) -> [Mention] {
        let tokenKeys = sentence.tokens.map { keys.key($0.text) }
        var scan = SentenceScan(sentence: sentence, keys: tokenKeys, gazetteer: gazetteer,
                                language: context.language.isEmpty ? sentence.language : context.language)
        scan.isDateline = context.isDateline
        scan.nounsCapitalised = names.nounsCapitalised.contains(scan.language)
        var matches = scan.resolvePlaces(scan.gazetteerMatches())
        scan.scopeOrganisations(&matches)
        matches += designations.matches(in: scan, besides: matches)
        scan.hedgeWeapons(&matches)
        matches += NameFinder(scan: scan, connectors: names.connectors, heads: names.headKeys).people(besides: matches)
        // The proper-name finder sees the words of index places as free: a name it types from
        // context (“the container ship Dali”, “Dali, a container ship”) is not the place.
        let indexPlaces = matches.filter { !$0.places.isEmpty }
        // A designation pattern yields to a registration or flight number the finder reads
        // as a vehicle ("N4821K" is one aircraft, not a type).
        let isDesignation = { (match: EntityMatch) in match.rule.hasPrefix("gazetteer-weapons.yaml: designations") }
        let designations = matches.filter(isDesignation)
        let settled = matches.filter { $0.places.isEmpty && !isDesignation($0) }
        let found = ProperNameFinder(scan: scan, rules: names, patterns: namePatterns).names(besides: settled)
        let vehicles = found.filter { $0.rule == "names.yaml: registration" || $0.rule.hasPrefix("names.yaml: flight number") }
        let keptDesignations = designations.filter { designation in
            !vehicles.contains { $0.overlaps(designation) }
        }
        let freeNames = found.filter { name in
            !keptDesignations.contains { $0.overlaps(name) }
        }
        matches = OrganisationAcronyms.keyed(settled + keptDesignations + Self.settle(indexPlaces, freeNames), scan: scan)
        scan.addRoles(&matches)
        return matches.map { match in
            let span = sentence.span(match.spanStart, match.spanEnd)
            var mention = Mention(type: .entity, range: span.range, text: span.text, value: match.value,
                                  qualifiers: match.qualifiers, subtype: match.kind, rule: match.rule)
            mention.entityClass = match.placeClass ?? gazetteer.type(ofValue: match.value)
            mention.country = match.placeCountry ?? gazetteer.country(ofValue: match.value)
            mention.zone = match.placeZone
            if match.places.count > 1 { mention.placeCandidates = match.places }
            return mention
        } + roles(of: matches, scan: scan, sentence: sentence)
    }

    /// The role each person is given in the sentence, as a mention of its own (subtype
    /// `role`, value `role:<role>`, the role phrase as written) whose ``Mention/subject`` is
    /// the person's name: alignment files it under that person (``PersonAges``).
    private func roles(of matches: [EntityMatch], scan: SentenceScan, sentence: SentenceText) -> [Mention] {
        matches.compactMap { match -> Mention? in
            guard match.kind == "person", let role = match.qualifiers.first(where: \.isRole) else { return nil }
            guard let phrase = scan.rolePhrase(before: match.start, skipping: matches)
                    ?? scan.rolePhrase(beforeComma: match.start, skipping: matches)
                    ?? NameFinder(scan: scan).appositiveRolePhrase(after: match.end),
                  "role:" + phrase.role == role.rawValue else { return nil }
            let span = sentence.span(phrase.first, phrase.last)
            var mention = Mention(type: .entity, range: span.range, text: span.text, value: role.rawValue, subtype: "role",
                                  rule: "roles.yaml: \(phrase.role)")
            mention.subject = sentence.span(match.spanStart, match.spanEnd).range
            return mention
        }
    }

    /// Index places and found names over the same words: a name typed from its context
    /// (vehicle, person, organisation, or a place of a longer span) wins; an untyped name or
    /// a place name of the same span yields to the index place.
    static func settle(_ places: [EntityMatch], _ names: [EntityMatch]) -> [EntityMatch] {
        let keptPlaces = places.filter { place in
            !names.contains { name in
                place.overlaps(name) && name.kind != "name"
                    && !(name.kind == "place" && name.spanStart == place.spanStart && name.spanEnd == place.spanEnd)
            }
        }
        let keptNames = names.filter { name in !keptPlaces.contains { $0.overlaps(name) } }
        return keptPlaces + keptNames
    }
}
