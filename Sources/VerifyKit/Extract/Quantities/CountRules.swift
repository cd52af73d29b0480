/// People-count rules from `counts.yaml` as lookup tables built once: outcome words
/// (`killed`, `погиб*`), people nouns, the words allowed between them and a number, total
/// verbs ("rose to") and negations ("No one was hurt").
struct CountRules: Sendable {
    /// The shape of `counts.yaml`.
    struct File: Decodable, Sendable {
        /// Negating phrases.
        struct Negations: Decodable {
            /// Before the outcome word, by language.
            var before: [String: [String]]
            /// After the outcome word, by language.
            var after: [String: [String]]?
        }
        /// Outcome phrases by subtype and language.
        var outcomes: [String: [String: [String]]]
        /// People nouns by language.
        var people: [String: [String]]
        /// Subgroup nouns: canonical group -> language -> phrases.
        var groups: [String: [String: [String]]]
        /// Most tokens inside a parenthetical clause.
        var clauseReach: Int
        /// Marks opening a parenthetical clause.
        var clauseOpeners: [String]
        /// Phrases introducing a part of the previous count, by language.
        var inclusions: [String: [String]]
        /// Most linker words.
        var gap: Int
        /// Linker words by language.
        var linkers: [String: [String]]
        /// Most leader words.
        var leadGap: Int
        /// Leader phrases by language.
        var leaders: [String: [String]]
        /// Reach of a total verb.
        var tollWindow: Int
        /// Total verbs by language.
        var tollVerbs: [String: [String]]
        /// Farthest reach of a total verb to a led outcome.
        var tollReach: Int
        /// Phrases leading a far outcome of a total ("the number of"), by language.
        var tollSubjects: [String: [String]]
        /// Reach of a negation.
        var negationWindow: Int
        /// Negating phrases.
        var negations: Negations
        /// Age words by language.
        var ages: [String: [String]]
        /// Partitive phrases by language.
        var partitives: [String: [String]]
        /// Words for spans of time by language: a number before one counts time, not people.
        var timeNouns: [String: [String]]
        /// Things counted without an outcome ("22 crew members", "56 containers"): canonical
        /// noun → language → written forms.
        var things: [String: [String: [String]]]?
        /// What happened to counted things, as classes that tell counts apart ("90 missiles
        /// fired" against "two rockets fell"): class → language → phrases.
        var thingPredicates: [String: [String: [String]]]?
        /// Words joining a number to the noun of a group it sizes ("22-member crew").
        var sizeWords: [String: [String]]?
        /// Counted things whose number does not develop as news comes in.
        var fixedThings: [String]?
        /// Outcomes that count some of another outcome's people ("bodies recovered" are
        /// some of the dead): outcome → the outcome it is part of.
        var partOutcomes: [String: String]?
        /// Outcomes whose count can only rise as news comes in.
        var onlyRise: [String]?
        /// Ordinal words by language ("third": 3): "the body of a third victim" counts at
        /// least three recovered.
        var ordinals: [String: [String: Int]]?
        /// Phrases after an ordinal that make it the last of its count ("sixth and final").
        var lastOrdinal: [String: [String]]?
        /// Articles before an ordinal, part of its span ("the body of a third victim").
        var ordinalArticles: [String: [String]]?
        /// Words that never describe a counted thing between the number and its noun.
        var notDescribing: [String: [String]]?
        /// Words that may stand between a group noun and the country adjective giving its
        /// nationality ("the crew are all Indian"), by language (``GroupNationalities``).
        var nationalityLinks: [String: [String]]?
        /// The groups whose nationality is a fact (`crew`, `passengers`…).
        var nationalityGroups: [String]?
        /// Declarations about people (``DeclarationDays``): name → language → phrases.
        var declarations: [String: [String: [String]]]?
    }

    /// The tables of one language.
    struct Language: Sendable {
        /// Outcome phrases (payload: subtype).
        var outcomes = PhraseTable<String>()
        /// People nouns, subgroup nouns included (payload unused).
        var people = PhraseTable<Bool>()
        /// Ordinal word keys → their number.
        var ordinals: [String: Int] = [:]
        /// Phrases after an ordinal that make it the last ("and final").
        var lastOrdinal = PhraseTable<Bool>()
        /// Articles before an ordinal.
        var ordinalArticles: Set<String> = []
        /// Subgroup nouns (payload: canonical group, as in `group:children`).
        var groups = PhraseTable<String>()
        /// Phrases leading the outcome word of a far total ("the number of").
        var tollSubjects = PhraseTable<Bool>()
        /// Phrases introducing a part of the previous count ("including", "of whom").
        var inclusions = PhraseTable<Bool>()
        /// Words allowed between a number (and noun) and a following outcome.
        var linkers: Set<String> = []
        /// Phrases allowed between an outcome and a following number.
        var leaders = PhraseTable<Bool>()
        /// Phrases raising a total ("rose to").
        var tollVerbs = PhraseTable<Bool>()
        /// Negating phrases before an outcome.
        var negationsBefore = PhraseTable<Bool>()
        /// Negating phrases after an outcome ("жертв нет").
        var negationsAfter = PhraseTable<Bool>()
        /// Words introducing an age ("aged 60"): the number is not a count.
        var ageWords = PhraseTable<Bool>()
        /// Partitives after a number ("one of the victims"): not a count.
        var partitives = PhraseTable<Bool>()
        /// Words for spans of time after a number ("two days later"): not a count.
        var timeNouns = PhraseTable<Bool>()
        /// Counted things (payload: canonical noun, the count's subtype).
        var things = PhraseTable<String>()
        /// Predicates of counted things (payload: class).
        var thingPredicates = PhraseTable<String>()
        /// Words joining a number to a group noun ("-member", "-strong").
        var sizeWords: Set<String> = []
        /// Words that never describe a counted thing ("155 as rescuers").
        var notDescribing: Set<String> = []
        /// Words between a group noun and its nationality ("are", "all").
        var nationalityLinks: Set<String> = []
    }

    /// Tables by language code.
    let languages: [String: Language]
    /// Most linker words between a number and its outcome.
    let gap: Int
    /// Most leader words between an outcome and its number.
    let leadGap: Int
    /// How far before a total verb the outcome may be.
    let tollWindow: Int
    /// How far before a total verb an outcome led by a ``Language/tollSubjects`` phrase may be.
    let tollReach: Int
    /// Most tokens inside a parenthetical clause between a count and its outcome.
    let clauseReach: Int
    /// Marks opening a parenthetical clause (`,`, `(`, dashes); each closes with itself, `(` with `)`.
    let clauseOpeners: Set<String>
    /// How far after a negation the outcome may be.
    let negationWindow: Int
    /// Canonical nouns of counted things (the subtypes a count of things takes).
    let thingNames: Set<String>
    /// What happens to people in the counts' outcomes (`killed`, `injured`…): the slots
    /// of people counts (an outcome that is part of another, `recovered`, is not one).
    let outcomeNames: Set<String>
    /// Counted things whose number does not develop (a conflict, never an update).
    let fixedThings: Set<String>
    /// Outcomes that count part of another's people (`recovered` → `killed`): a count of
    /// one takes the other's subtype with qualifier `predicate:<outcome>`.
    let partOutcomes: [String: String]
    /// Outcomes whose count can only rise (the dead): a later, lower figure is a conflict.
    let onlyRise: Set<String>
    /// The groups whose nationality is a fact (``GroupNationalities``).
    let nationalityGroups: [String]
    /// Declarations about people by name and language (``DeclarationDays``).
    let declarations: [String: [String: [String]]]

    /// Builds the tables from the decoded file.
    init(file: File) {
        var languages: [String: Language] = [:]
        func table(_ code: String, _ edit: (inout Language) -> Void) {
            var language = languages[code] ?? Language()
            edit(&language)
            languages[code] = language
        }
        for subtype in file.outcomes.keys.sorted() {
            for (code, phrases) in file.outcomes[subtype]! {
                table(code) { language in phrases.forEach { language.outcomes.add($0, subtype) } }
            }
        }
        for (code, words) in file.people { table(code) { language in words.forEach { language.people.add($0, true) } } }
        for (code, words) in file.ordinals ?? [:] { table(code) { $0.ordinals.merge(words) { first, _ in first } } }
        for (code, words) in file.ordinalArticles ?? [:] { table(code) { $0.ordinalArticles.formUnion(words) } }
        for (code, words) in file.lastOrdinal ?? [:] { table(code) { language in words.forEach { language.lastOrdinal.add($0, true) } } }
        for group in file.groups.keys.sorted() {
            for (code, phrases) in file.groups[group]! {
                table(code) { language in
                    for phrase in phrases {
                        language.groups.add(phrase, group)
                        language.people.add(phrase, true)
                    }
                }
            }
        }
        for (code, words) in file.inclusions { table(code) { language in words.forEach { language.inclusions.add($0, true) } } }
        for (code, words) in file.tollSubjects { table(code) { language in words.forEach { language.tollSubjects.add($0, true) } } }
        for (code, words) in file.linkers { table(code) { $0.linkers.formUnion(words.flatMap(RuleWords.split)) } }
        for (code, words) in file.leaders { table(code) { language in words.forEach { language.leaders.add($0, true) } } }
        for (code, words) in file.tollVerbs { table(code) { language in words.forEach { language.tollVerbs.add($0, true) } } }
        for (code, words) in file.negations.before { table(code) { language in words.forEach { language.negationsBefore.add($0, true) } } }
        for (code, words) in file.negations.after ?? [:] { table(code) { language in words.forEach { language.negationsAfter.add($0, true) } } }
        for (code, words) in file.ages { table(code) { language in words.forEach { language.ageWords.add($0, true) } } }
        for (code, words) in file.partitives { table(code) { language in words.forEach { language.partitives.add($0, true) } } }
        for (code, words) in file.timeNouns { table(code) { language in words.forEach { language.timeNouns.add($0, true) } } }
        for thing in (file.things ?? [:]).keys.sorted() {
            for (code, phrases) in file.things![thing]! { table(code) { language in phrases.forEach { language.things.add($0, thing) } } }
        }
        for predicate in (file.thingPredicates ?? [:]).keys.sorted() {
            for (code, phrases) in file.thingPredicates![predicate]! {
                table(code) { language in phrases.forEach { language.thingPredicates.add($0, predicate) } }
            }
        }
        for (code, words) in file.sizeWords ?? [:] { table(code) { $0.sizeWords.formUnion(words) } }
        for (code, words) in file.notDescribing ?? [:] { table(code) { $0.notDescribing.formUnion(words) } }
        for (code, words) in file.nationalityLinks ?? [:] { table(code) { $0.nationalityLinks.formUnion(words.flatMap(RuleWords.split)) } }
        thingNames = Set((file.things ?? [:]).keys)
        outcomeNames = Set(file.outcomes.keys).subtracting((file.partOutcomes ?? [:]).keys)
        fixedThings = Set(file.fixedThings ?? [])
        partOutcomes = file.partOutcomes ?? [:]
        onlyRise = Set(file.onlyRise ?? [])
        nationalityGroups = file.nationalityGroups ?? []
        declarations = file.declarations ?? [:]
        self.languages = languages
        gap = file.gap
        leadGap = file.leadGap
        tollWindow = file.tollWindow
        tollReach = file.tollReach
        clauseReach = file.clauseReach
        clauseOpeners = Set(file.clauseOpeners)
        negationWindow = file.negationWindow
    }

    /// The tables for `code`, falling back to English.
    func language(_ code: String) -> Language { languages[code] ?? languages["en"] ?? Language() }
}
