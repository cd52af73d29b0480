import VerifyICU

/// What an alias names: the mention value and what goes with it.
struct EntityTarget: Sendable {
    /// `weapon`, `place`, `organisation`, `person`, `country`.
    var kind: String
    /// `weapon:iskander`, `country:az`.
    var value: String
    /// Canonical name.
    var name: String
    /// Class (`ballistic missile`, `city`).
    var type: String?
    /// ISO code (lowercase) of the country it belongs to.
    var country: String?
    /// National body that takes an adjacent country (`organisation:foreign-ministry/az`).
    var scoped: Bool
    /// A country adjective (`Russian`) rather than a name.
    var adjective: Bool
    /// The data file that defines it.
    var rule: String
}

/// One way of writing a target, as normalised word keys.
struct Alias: Sendable {
    /// Word keys (joiners such as hyphens left out).
    var pieces: [String]
    /// Index into ``Gazetteer/targets``.
    var target: Int
    /// Written in capitals and short (`AP`, `MFA`, `US`): the text must be in capitals too.
    var exactCase: Bool
    /// Written with a capital: a lower-case word never matches it ("patriot", "turkey").
    var needsCapital: Bool
}

/// Aliases indexed by the first three letters of their first word.
struct AliasTable: Sendable {
    /// The aliases.
    private(set) var aliases: [Alias] = []
    /// Bucket → alias indices.
    private(set) var index: [String: [Int]] = [:]
    /// "pieces|target" → index of the alias, to merge duplicates.
    private var seen: [String: Int] = [:]

    /// The bucket of a word key.
    static func bucket(_ key: String) -> String { key.count > 3 ? String(key.prefix(3)) : key }

    /// The targets of the one-word aliases whose key is `key`.
    func targets(ofWord key: String) -> [Int] {
        (index[Self.bucket(key)] ?? []).filter { aliases[$0].pieces == [key] }.map { aliases[$0].target }
    }

    /// Adds an alias unless the same pieces already name the same target; then the case
    /// demands of the two are merged, so a form listed in lower case ("al-Haouz") still
    /// matches after a capitalised one with the same words ("Al Haouz").
    mutating func add(_ alias: Alias) {
        guard let first = alias.pieces.first, !first.isEmpty else { return }
        let signature = alias.pieces.joined(separator: " ") + "|\(alias.target)"
        if let existing = seen[signature] {
            aliases[existing].exactCase = aliases[existing].exactCase && alias.exactCase
            aliases[existing].needsCapital = aliases[existing].needsCapital && alias.needsCapital
            return
        }
        seen[signature] = aliases.count
        index[Self.bucket(first), default: []].append(aliases.count)
        aliases.append(alias)
    }

    /// Aliases whose first word could be `key` (exactly or inflected).
    func candidates(_ key: String) -> [Int] {
        index[Self.bucket(key)] ?? []
    }
}

/// Every gazetteer, the ICU country names, roles and inflections, compiled once into
/// lookup tables. Immutable and shared.
struct Gazetteer: Sendable {
    /// Everything that can be named.
    let targets: [EntityTarget]
    /// Aliases on normalised keys.
    let table: AliasTable
    /// Latin aliases of people and places on phonetic keys (cross-script fallback).
    let phonetic: AliasTable
    /// Spoof skeleton of single-word Latin aliases → target.
    let skeletons: [String: Int]
    /// Canonical value → index of the first target with it (the one that defines its class and country).
    let firstTarget: [String: Int]
    /// Case endings.
    let inflections: Inflections
    /// Role patterns.
    let roles: RoleTable
    /// Weapon hedge words, as keys.
    let typeWords: Set<String>
    /// Fragment words, as keys.
    let fragmentWords: Set<String>
    /// Words allowed between a fragment word and a weapon name.
    let fragmentConnectors: Set<String>
    /// Lower-case particles (`al`, `de`, `van`) that may open a listed multi-part name
    /// written with a capital ("Al Haouz" matches "al-Haouz"), as keys.
    let nameParticles: Set<String>
    /// Particles that open a surname (`surnameParticles`), lower case.
    let surnameParticles: Set<String>
    /// Listed names with a dotted abbreviation before their last words ("U.S. Geological
    /// Survey", "St. Petersburg"): the abbreviation's key ("u.s", "st") → the keys of the
    /// words that follow its period, per alias. See ``continuesName(before:after:)``.
    let dottedNames: [String: [[String]]]
    /// The compiled place index (GeoNames and ISO 3166-2), when one is loaded.
    let places: PlaceIndex?
    /// Words before a name that say it is a place, as keys.
    let locatives: Set<String>
    /// Words that say what kind of place a name is (`region`, `oblast`), as keys.
    let designators: Set<String>

    /// Compiles gazetteer files (name, contents); `icuCountries` adds ICU's country names.
    init(files: [(String, GazetteerFile)], inflections: InflectionFile, roles: RoleFile, icuCountries: Bool,
         places: PlaceIndex? = nil) {
        let keys = TokenKeyMaker()
        let splitter = NamePieces(keys: keys)
        func pieces(_ text: String) -> [TokenKey] { splitter.pieces(text) }
        var targets: [EntityTarget] = []
        var table = AliasTable()
        var phonetic = AliasTable()
        var skeletons: [String: Int] = [:]
        var dottedNames: [String: [[String]]] = [:]
        let spoof = try? SpoofChecker()
        func addAlias(_ text: String, target: Int) {
            let words = pieces(text)
            guard !words.isEmpty else { return }
            let letters = text.filter(\.isLetter)
            let exactCase = letters.count <= 3 && letters.allSatisfy(\.isUppercase)
            let needsCapital = text.first?.isUppercase ?? false
            table.add(Alias(pieces: words.map(\.key), target: target, exactCase: exactCase, needsCapital: needsCapital))
            if let dot = words.dropLast().firstIndex(where: { $0.key == "." }), dot > 0 {
                dottedNames[words[dot - 1].key, default: []].append(words[(dot + 1)...].map(\.key))
            }
            if words.last?.key == ".", words.count > 1 {
                table.add(Alias(pieces: words.dropLast().map(\.key), target: target, exactCase: exactCase, needsCapital: needsCapital))
            }
            let kind = targets[target].kind
            if (kind == "person" || kind == "place") && words.allSatisfy({ $0.script == .latin }) && !exactCase {
                let keys = words.map(\.phonetic)
                if keys.allSatisfy({ $0.count >= 4 }) {
                    phonetic.add(Alias(pieces: keys, target: target, exactCase: false, needsCapital: true))
                }
            }
            if words.count == 1, words[0].script == .latin, let spoof, let skeleton = try? spoof.skeleton(text.lowercased()) {
                skeletons[skeleton] = skeletons[skeleton] ?? target
            }
        }
        var excluded: Set<String> = []
        var extras: [CountryExtra] = []
        var adjectiveForms: [String: [AdjectiveForms]] = [:]
        var particles: Set<String> = []
        var surnameParticles: Set<String> = []
        var locatives: Set<String> = []
        var designators: Set<String> = []
        for (file, contents) in files {
            excluded.formUnion(contents.excludeNames ?? [])
            particles.formUnion((contents.nameParticles ?? []).map { keys.key($0).key })
            surnameParticles.formUnion((contents.surnameParticles ?? []).map { keys.key($0).key })
            locatives.formUnion((contents.locatives ?? []).map { keys.key($0).key })
            designators.formUnion((contents.nameDesignators ?? []).map { keys.key($0).key })
            extras += contents.countries ?? []
            adjectiveForms.merge(contents.adjectiveForms ?? [:]) { first, _ in first }
            for entry in contents.entries {
                let kind = entry.kind ?? contents.kind
                targets.append(EntityTarget(kind: kind, value: "\(kind):\(entry.id)", name: entry.name, type: entry.type,
                                            country: entry.country, scoped: entry.scope == "country", adjective: false,
                                            rule: "\(file).yaml: \(entry.id)"))
                addAlias(entry.name, target: targets.count - 1)
                for variant in entry.variants ?? [] { addAlias(variant, target: targets.count - 1) }
            }
        }
        var countryTarget: [String: Int] = [:]
        func country(_ code: String) -> Int {
            if let known = countryTarget[code] { return known }
            targets.append(EntityTarget(kind: "country", value: "country:\(code)", name: code.uppercased(), type: nil, country: code,
                                        scoped: false, adjective: false, rule: "ICU country names: \(code)"))
            countryTarget[code] = targets.count - 1
            return targets.count - 1
        }
        var icuNames: Set<String> = []
        if icuCountries {
            for (code, name) in CountryNames.all(excluded: excluded) {
                addAlias(name, target: country(code))
                icuNames.insert(name)
            }
        }
        var listedAdjectives: [String: [String]] = [:]
        for extra in extras {
            for variant in extra.variants ?? [] { addAlias(variant, target: country(extra.code)) }
            listedAdjectives[extra.code, default: []] += extra.adjectives ?? []
        }
        let derivedAdjectives = icuCountries ? CountryAdjectives.all(listed: listedAdjectives) : [:]
        let languageAdjectives = icuCountries
            ? CountryAdjectives.fromLanguageNames(forms: adjectiveForms, listed: listedAdjectives.merging(derivedAdjectives) { $0 + $1 },
                                                 countryNames: icuNames) : [:]
        // Listed adjectives first, then derived ones, each under the rule that gave it.
        for (adjectives, source) in [(listedAdjectives, "gazetteer-places.yaml"), (derivedAdjectives, "English demonym endings (CountryAdjectives)"),
                                     (languageAdjectives, "CLDR language names (CountryAdjectives)")] {
            for code in adjectives.keys.sorted() where !adjectives[code]!.isEmpty {
                targets.append(EntityTarget(kind: "country", value: "country:\(code)", name: code.uppercased(), type: nil,
                                            country: code, scoped: false, adjective: true, rule: "\(source): adjective \(code)"))
                for adjective in adjectives[code]! { addAlias(adjective, target: targets.count - 1) }
            }
        }
        self.targets = targets
        var firstTarget: [String: Int] = [:]
        for (index, target) in targets.enumerated() where firstTarget[target.value] == nil { firstTarget[target.value] = index }
        self.firstTarget = firstTarget
        self.table = table
        self.phonetic = phonetic
        self.skeletons = skeletons
        self.dottedNames = dottedNames
        self.nameParticles = particles
        self.surnameParticles = surnameParticles
        self.places = places
        self.locatives = locatives
        self.designators = designators
        self.inflections = Inflections(inflections, keys: keys)
        self.roles = RoleTable(roles, pieces: { pieces($0).map(\.key) })
        let hedges = files.compactMap(\.1.hedges).first
        typeWords = Set((hedges?.type ?? []).map { keys.key($0).key })
        fragmentWords = Set((hedges?.fragments ?? []).map { keys.key($0).key })
        fragmentConnectors = Set((hedges?.connectors ?? []).map { keys.key($0).key })
    }
}

extension Gazetteer {
    /// Whether a sentence break between `before` (ending in a period) and `after` cuts a
    /// listed name in two: the last word of `before` is the dotted abbreviation that opens
    /// a listed name ("U.S.", "St.") and `after` begins with the rest of that name
    /// ("Geological Survey said…", "Petersburg was…"). ICU ends a sentence after "U.S."
    /// before any capital; a splitter may ask this before keeping such a break. Compares
    /// lower-cased words (ASCII folding only), so it errs towards keeping the break.
    func continuesName(before: Substring, after: Substring) -> Bool {
        guard before.last == "." else { return false }
        let head = before.dropLast()
        let word = head[(head.lastIndex(where: { $0.isWhitespace || $0 == "(" || $0 == "\"" || $0 == "“" }).map(head.index(after:)) ?? head.startIndex)...]
        guard !word.isEmpty, let continuations = dottedNames[word.lowercased()] else { return false }
        let next = after.split(whereSeparator: { $0.isWhitespace || $0 == "-" }).prefix(6).map { piece in
            var word = String(piece.lowercased().reversed().drop(while: { !$0.isLetter && !$0.isNumber }).reversed())
            if word.hasSuffix("'s") || word.hasSuffix("’s") { word.removeLast(2) }
            return word
        }
        return continuations.contains { rest in
            !rest.isEmpty && rest.count <= next.count && zip(rest, next).allSatisfy { $0 == $1 }
        }
    }

    /// The class (`ballistic missile`, `aircraft`, `city`) of a canonical value such as
    /// `weapon:iskander`, when the gazetteer lists it.
    func type(ofValue value: String) -> String? {
        firstTarget[value].flatMap { targets[$0].type }
    }

    /// The ISO code (lower case) of the country a canonical value belongs to, when listed.
    func country(ofValue value: String) -> String? {
        firstTarget[value].flatMap { targets[$0].country }
    }
}
