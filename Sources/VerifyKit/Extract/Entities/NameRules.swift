import Foundation
import VerifyICU

/// The rules of `names.yaml` as written: per language, the words that sit inside, type or
/// rule out a proper name that no gazetteer lists; and the shapes of registrations and
/// flight numbers.
struct NameRuleFile: Decodable, Sendable {
    /// One language's words.
    struct Language: Decodable, Sendable {
        /// Lower-case words allowed inside a name ("of", "de la").
        var connectors: [String]?
        /// Lower-case particles joined to a name by a hyphen ("al-").
        var particles: [String]?
        /// Head nouns of organisations.
        var organisation: [String]?
        /// Lower-case nouns right after a name that make it an organisation without being
        /// part of it ("the Lazarus group", "the Bright Harrow militia").
        var organisationAfter: [String]?
        /// Designators of places.
        var place: [String]?
        /// Words for vessels, aircraft and trains.
        var vehicle: [String]?
        /// Words before a flight number.
        var flight: [String]?
        /// Titles before a person's name.
        var titles: [String]?
        /// Capitalised words that never open a name.
        var notNames: [String]?
        /// Endings of capitalised adjectives of nationality or creed.
        var adjectiveEndings: [String]?
        /// Verbs (auxiliaries, copulas) after which a capitalised word is a subject, never
        /// an adjective: "Picnic was about to perform", not "Danish shipping".
        var verbsAfterSubject: [String]?
        /// Whether every noun of the language is capitalised.
        var nounsCapitalised: Bool?
    }

    /// Language code → its words.
    var languages: [String: Language]
    /// Regular expressions of registrations (a whole token, or tokens joined by hyphens).
    var registrations: [String]?
    /// Regular expressions of flight numbers.
    var flightNumbers: [String]?
    /// Kinds of feature whose designators name one thing in every language (`río Patapsco`,
    /// `Patapsco River`), by kind.
    var placeClasses: [String: PlaceClass]?

    /// One kind of feature and its designators, any language.
    struct PlaceClass: Decodable, Sendable {
        /// The designators, as written.
        var words: [String]
        /// Whether the name keeps its kind (`patapsco-river`: a river is not the state it
        /// shares a name with) or is the known place of its core (`Insel Lesbos` is Lesbos).
        var keepsClass: Bool
    }
}

/// `names.yaml` compiled: word keys (case-folded, accents removed, as ``TokenKey/key``)
/// of every language, and the calendar's month and weekday names from ICU.
struct NameRules: Sendable {
    /// What a head noun or designator makes of a name.
    struct Head: Sendable, Hashable {
        /// `organisation` or `place`.
        var kind: String
        /// The head as the rule file writes it, for the rule field.
        var written: String
    }

    /// Connector keys, any language.
    let connectors: Set<String>
    /// Particle keys, any language.
    let particles: Set<String>
    /// Particles and connectors together: the words that may open "al-Assad", "de-…".
    let particlesOrConnectors: Set<String>
    /// Head-noun and designator keys, any language.
    let heads: [String: Head]
    /// The keys of ``heads``.
    let headKeys: Set<String>
    /// The Cyrillic keys of ``heads``, matched with case endings.
    let cyrillicHeadKeys: Set<String>
    /// Vehicle cue keys.
    let vehicles: Set<String>
    /// Keys of lower-case nouns after a name that make it an organisation (`organisationAfter`).
    let organisationAfter: Set<String>
    /// Flight cue keys.
    let flights: Set<String>
    /// Title keys.
    let titles: Set<String>
    /// Keys of words that never open a name (function words, months, weekdays).
    let notNames: Set<String>
    /// Adjective endings, any language.
    let adjectiveEndings: [String]
    /// Keys of the verbs after which a capitalised word is no adjective, any language.
    let verbsAfterSubject: Set<String>
    /// Languages whose nouns are all capitalised.
    let nounsCapitalised: Set<String>
    /// Registration patterns, anchored.
    let registrations: [String]
    /// Flight-number patterns, anchored.
    let flightNumbers: [String]
    /// Designator key → its feature kind and whether names keep it (`placeClasses`).
    let placeClasses: [String: (kind: String, keepsClass: Bool)]

    /// Compiles `file`, adding the month and weekday names of `calendarLocales`.
    /// - Throws: ``RuleError`` for a pattern that is not a regular expression.
    init(_ file: NameRuleFile, calendarLocales: [String]) throws(RuleError) {
        let keys = TokenKeyMaker()
        func key(_ word: String) -> String { keys.key(word).key }
        var connectors = Set<String>(), particles = Set<String>(), vehicles = Set<String>(), flights = Set<String>()
        var titles = Set<String>(), notNames = Set<String>(), endings = Set<String>(), capitalised = Set<String>()
        var organisationAfter = Set<String>(), verbs = Set<String>()
        var heads: [String: Head] = [:]
        for (code, language) in file.languages.sorted(by: { $0.key < $1.key }) {
            connectors.formUnion((language.connectors ?? []).map(key))
            particles.formUnion((language.particles ?? []).map(key))
            vehicles.formUnion((language.vehicle ?? []).map(key))
            organisationAfter.formUnion((language.organisationAfter ?? []).map(key))
            flights.formUnion((language.flight ?? []).map(key))
            titles.formUnion((language.titles ?? []).map(key))
            notNames.formUnion((language.notNames ?? []).map(key))
            endings.formUnion(language.adjectiveEndings ?? [])
            verbs.formUnion((language.verbsAfterSubject ?? []).map(key))
            if language.nounsCapitalised == true { capitalised.insert(code) }
            for (kind, words) in [("organisation", language.organisation ?? []), ("place", language.place ?? [])] {
                for word in words where heads[key(word)] == nil { heads[key(word)] = Head(kind: kind, written: word) }
            }
        }
        for locale in calendarLocales {
            guard let names = try? CalendarNames(locale: locale) else { continue }
            for variants in names.months + names.weekdays {
                for (n, name) in variants.enumerated() where n == 0 || name.count >= 4 { notNames.insert(key(name)) }
            }
        }
        var classes: [String: (kind: String, keepsClass: Bool)] = [:]
        for (kind, feature) in (file.placeClasses ?? [:]).sorted(by: { $0.key < $1.key }) {
            for word in feature.words where classes[key(word)] == nil { classes[key(word)] = (kind, feature.keepsClass) }
        }
        placeClasses = classes
        self.connectors = connectors
        self.particles = particles
        particlesOrConnectors = particles.union(connectors)
        self.heads = heads
        headKeys = Set(heads.keys)
        cyrillicHeadKeys = Set(heads.keys.filter { keys.key($0).script == .cyrillic })
        self.vehicles = vehicles
        self.organisationAfter = organisationAfter
        self.flights = flights
        self.titles = titles
        self.notNames = notNames
        adjectiveEndings = endings.sorted { $0.count > $1.count }
        verbsAfterSubject = verbs
        nounsCapitalised = capitalised
        registrations = (file.registrations ?? []).map { "^(?:" + $0 + ")$" }
        flightNumbers = (file.flightNumbers ?? []).map { "^(?:" + $0 + ")$" }
        for pattern in registrations + flightNumbers where (try? NSRegularExpression(pattern: pattern)) == nil {
            throw RuleError(path: "names.yaml", field: "registrations", problem: "'\(pattern)' is not a regular expression")
        }
    }
}

/// The patterns of ``NameRules`` compiled once per extractor (regular expressions are
/// not shared across tasks).
struct NamePatterns {
    /// Registration expressions.
    let registrations: [NSRegularExpression]
    /// Flight-number expressions.
    let flightNumbers: [NSRegularExpression]

    /// Compiles the patterns of `rules` (checked when the rules were loaded).
    init(_ rules: NameRules) {
        registrations = rules.registrations.compactMap { try? NSRegularExpression(pattern: $0) }
        flightNumbers = rules.flightNumbers.compactMap { try? NSRegularExpression(pattern: $0) }
    }

    /// Whether `text` matches one of `expressions` whole.
    static func matches(_ text: String, _ expressions: [NSRegularExpression]) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        return expressions.contains { $0.firstMatch(in: text, range: range) != nil }
    }
}
