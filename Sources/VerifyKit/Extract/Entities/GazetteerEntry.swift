/// One named thing of a gazetteer file (`gazetteer-*.yaml`), as written by users.
struct GazetteerEntry: Decodable, Sendable {
    /// Short id; the mention value is `<kind>:<id>`.
    var id: String
    /// Canonical name (also matched).
    var name: String
    /// Class of the thing: `ballistic missile`, `city`, `ministry`…
    var type: String?
    /// ISO 3166 code (lowercase) of the country it belongs to.
    var country: String?
    /// `country` for national bodies whose value takes the country stated next to them.
    var scope: String?
    /// Other spellings and scripts.
    var variants: [String]?
    /// Overrides the file's kind for this entry.
    var kind: String?
}

/// Extra names of a country beyond ICU's display names (short forms, adjectives).
struct CountryExtra: Decodable, Sendable {
    /// ISO 3166 code, lowercase.
    var code: String
    /// Adjectives (`Russian`, `российский`), matched with qualifier `adjective`.
    var adjectives: [String]?
    /// Other names (`US`, `РФ`).
    var variants: [String]?
}

/// Words that hedge a weapon name ("Iskander-type", "fragments of an Iskander").
struct WeaponHedgeWords: Decodable, Sendable {
    /// Words meaning "of the type" (`type`, `типа`).
    var type: [String]
    /// Words meaning "fragments" (`fragments`, `debris`, `обломки`).
    var fragments: [String]
    /// Words allowed between a fragment word and the name (`of`, `an`, `its`).
    var connectors: [String]
}

/// The contents of one `gazetteer-*.yaml` file.
struct GazetteerFile: Decodable, Sendable {
    /// Default kind of the entries: weapon, place, organisation, person.
    var kind: String
    /// The entries.
    var entries: [GazetteerEntry]
    /// Extra country names (places file only).
    var countries: [CountryExtra]?
    /// ICU country names never matched (common words).
    var excludeNames: [String]?
    /// How a language's adjectives inflect, by language: the forms an adjective ending in
    /// `ending` takes (places file only; ``CountryAdjectives/fromLanguageNames(forms:listed:)``).
    var adjectiveForms: [String: [AdjectiveForms]]?
    /// Lower-case particles that may open a capitalised multi-part name (`al`, `van`);
    /// the lists of every file apply to every gazetteer.
    var nameParticles: [String]?
    /// Particles that open a surname after a given name ("Rubén del Campo", "Anna van
    /// Dijk"): a place named right after one, itself after a capitalised word, is that surname.
    var surnameParticles: [String]?
    /// How designations no entry lists are recognised (weapons file only; ``DesignationRules``).
    var designations: DesignationRules?
    /// Words before a name that say it is a place (`in`, `near`, `outside`, `в`, `cerca`);
    /// the lists of every file apply.
    var locatives: [String]?
    /// Hedge words (weapons file only).
    var hedges: WeaponHedgeWords?
    /// Words that name a kind of place (`region`, `province`): not a spelling of their own
    /// when alignment compares written forms (places file only).
    var nameDesignators: [String]?
}

/// The contents of `inflections.yaml`.
struct InflectionFile: Decodable, Sendable {
    /// Endings added to an alias (or to its stem).
    struct Rule: Decodable, Sendable {
        /// Final letters an alias may lose before an ending is added.
        var finals: [String]
        /// Case endings.
        var endings: [String]
    }
    /// A lemma rule for Cyrillic personal names.
    struct Lemma: Decodable, Sendable {
        /// Ending of the oblique form.
        var ending: String
        /// What replaces it.
        var replace: String
    }
    /// Shortest stem left after removing a final.
    var minStem: Int
    /// Rules by ISO 15924 script (`Cyrl`).
    var scripts: [String: Rule]
    /// Rules for Latin words by document language (`az`, `pl`).
    var languages: [String: Rule]
    /// Lemma rules for Cyrillic names.
    var nameLemmas: [Lemma]
}

/// The contents of `roles.yaml`.
struct RoleFile: Decodable, Sendable {
    /// Role name → written forms.
    var roles: [String: [String]]
    /// Words allowed between a role and a name.
    var connectors: [String]
    /// Verbs of saying.
    var speechVerbs: [String]
    /// Prepositions that make the name after them the place of a role or speaker.
    var placePrepositions: [String]?
    /// Capitalised words that are never names.
    var notNames: [String]
    /// Capitalised words that label things with a letter ("Ward B.", "Section A."),
    /// never the given name of a person written with an initial.
    var notGivenNames: [String]?
    /// Written forms of a person's age (``AgeFinder``).
    var ages: AgeFinder.Forms?
}

/// The forms of adjectives with one ending in one language ("o": o, a, os, as).
struct AdjectiveForms: Decodable, Sendable {
    /// The ending of the base form ("o", "és", "isch"); empty for any.
    var ending: String
    /// The endings that replace it, the base's own among them.
    var forms: [String]
}
