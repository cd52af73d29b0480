import VerifyICU

/// Gazetteer matching over one sentence's tokens: longest match first, case, accent,
/// hyphen and inflection insensitive, with cross-script and look-alike fallbacks.
struct SentenceScan {
    /// The sentence.
    let sentence: SentenceText
    /// Keys of its tokens.
    let keys: [TokenKey]
    /// The gazetteers.
    let gazetteer: Gazetteer
    /// Document language (for Latin-script case endings).
    let language: String
    /// Whether the sentence is a dateline's place (``ExtractionContext/isDateline``).
    var isDateline = false
    /// Whether its language capitalises every noun (German): a capital says nothing of a name.
    var nounsCapitalised = false

    /// Non-overlapping gazetteer hits, in order.
    func gazetteerMatches() -> [EntityMatch] {
        var result: [EntityMatch] = []
        var i = 0
        while i < keys.count {
            if keys[i].isJoiner || sentence.tokens[i].kind == .punctuation && keys[i].key != "." {
                i += 1
                continue
            }
            let listed = longest(at: i, in: gazetteer.table, phonetic: false)
            let indexed = indexedPlace(at: i)
            // A listed name wins over an index name of the same length (users' and shipped
            // lists are more specific than GeoNames).
            let chosen = indexed.map { indexed in listed.map { $0.end >= indexed.end ? $0 : indexed } ?? indexed } ?? listed
            if let hit = chosen ?? fallback(at: i) {
                result.append(hit)
                i = hit.end + 1
            } else {
                i += 1
            }
        }
        return result
    }

    /// The longest alias of `table` starting at token `i`.
    func longest(at i: Int, in table: AliasTable, phonetic: Bool) -> EntityMatch? {
        let first = keys[i]
        let lookup = phonetic ? first.phonetic : first.key
        var best: (end: Int, alias: Alias)?
        for index in table.candidates(lookup) {
            let alias = table.aliases[index]
            guard let end = match(alias, at: i, phonetic: phonetic) else { continue }
            if best == nil || end > best!.end { best = (end, alias) }
        }
        guard let best else { return nil }
        let target = gazetteer.targets[best.alias.target]
        var qualifiers: [Qualifier] = target.adjective ? [.adjective] : []
        if phonetic { qualifiers.append("transliterated") }
        return EntityMatch(start: i, end: best.end, value: target.value, kind: target.kind, qualifiers: qualifiers,
                           rule: target.rule, target: best.alias.target, spanStart: i, spanEnd: best.end)
    }

    /// The last token of `alias` matched from token `i`, or nil.
    private func match(_ alias: Alias, at i: Int, phonetic: Bool) -> Int? {
        var j = i
        for (n, piece) in alias.pieces.enumerated() {
            if n > 0 {
                if j < keys.count, keys[j].isJoiner { j += 1 }
            }
            guard j < keys.count else { return nil }
            let key = keys[j]
            if key.isJoiner { return nil }
            if n == 0 {
                if alias.exactCase && !key.allUpper { return nil }
                if alias.needsCapital && !key.capitalised && !particleOpens(alias, at: i) { return nil }
            }
            if phonetic {
                guard key.script == .cyrillic, gazetteer.inflections.phoneticCyrillic.matches(alias: piece, word: key.phonetic) else { return nil }
            } else {
                let rule = gazetteer.inflections.rule(for: key.script, language: language)
                guard rule.matches(alias: piece, word: key.key) else { return nil }
            }
            j += 1
        }
        return j - 1
    }

    /// Whether the lower-case word at `i` is a name particle (`al`, `de`, `van`) opening a
    /// multi-part `alias` and followed by a capitalised part: "al-Haouz" for "Al Haouz".
    private func particleOpens(_ alias: Alias, at i: Int) -> Bool {
        guard alias.pieces.count > 1, gazetteer.nameParticles.contains(keys[i].key) else { return false }
        var next = i + 1
        if next < keys.count, keys[next].isJoiner { next += 1 }
        return next < keys.count && keys[next].capitalised && sentence.tokens[next].kind == .word
    }

    /// Cross-script (romanised Cyrillic against Latin names) and look-alike (Kуiv) matches.
    private func fallback(at i: Int) -> EntityMatch? {
        let key = keys[i]
        if key.script == .cyrillic && key.capitalised && key.phonetic.count >= 4 {
            return longest(at: i, in: gazetteer.phonetic, phonetic: true)
        }
        if key.script == .mixed, let checker = SpoofCache.checker,
           let skeleton = try? checker.skeleton(sentence.tokens[i].text.lowercased()),
           let target = gazetteer.skeletons[skeleton] {
            let t = gazetteer.targets[target]
            return EntityMatch(start: i, end: i, value: t.value, kind: t.kind, qualifiers: ["mixed-script"], rule: t.rule,
                               target: target, spanStart: i, spanEnd: i)
        }
        return nil
    }

    /// Gives national bodies the country stated next to them: "Azerbaijani foreign
    /// ministry", "Russia's Defence Ministry", "Ministry of Defence of the Russian
    /// Federation", "МИД Азербайджана".
    func scopeOrganisations(_ matches: inout [EntityMatch]) {
        for (m, match) in matches.enumerated() {
            guard let target = match.target, gazetteer.targets[target].scoped else { continue }
            var country: (code: String, start: Int, end: Int)?
            if m > 0, let before = matches[m - 1].target, matches[m - 1].end == match.start - 1,
               gazetteer.targets[before].kind == "country", let code = gazetteer.targets[before].country {
                country = (code, matches[m - 1].start, match.end)
            } else if m + 1 < matches.count, let after = matches[m + 1].target, gazetteer.targets[after].kind == "country",
                      !gazetteer.targets[after].adjective, let code = gazetteer.targets[after].country {
                let gap = (match.end + 1..<matches[m + 1].start)
                let fillers: Set<String> = ["of", "the", "republic"]
                if gap.count <= 4 && gap.allSatisfy({ fillers.contains(keys[$0].key) }) && (gap.count > 0 || keys[match.end].script == .cyrillic || keys[matches[m + 1].start].script == .cyrillic) {
                    country = (code, match.start, matches[m + 1].end)
                }
            }
            guard let country else { continue }
            matches[m].value += "/" + country.code
            matches[m].spanStart = country.start
            matches[m].spanEnd = country.end
        }
    }

    /// Marks weapon names hedged as "-type" or as fragments.
    func hedgeWeapons(_ matches: inout [EntityMatch]) {
        for (m, match) in matches.enumerated() where match.kind == "weapon" {
            var next = match.end + 1
            if next < keys.count, keys[next].isJoiner { next += 1 }
            if next < keys.count, gazetteer.typeWords.contains(keys[next].key) {
                matches[m].qualifiers.append("-type")
                matches[m].spanEnd = next
            } else if match.start > 0 {
                var k = match.start - 1
                while k > 0 && (sentence.tokens[k].kind == .punctuation) { k -= 1 }
                if gazetteer.typeWords.contains(keys[k].key) { matches[m].qualifiers.append("-type") }
            }
            if fragmentNear(match) { matches[m].qualifiers.append("fragments") }
        }
    }

    /// Whether a fragment word sits just before ("fragments of an Iskander") or after
    /// ("Iskander fragments", "or its fragments") the name.
    private func fragmentNear(_ match: EntityMatch) -> Bool {
        var k = match.start - 1
        var steps = 0
        while k >= 0 && steps < 4 {
            let key = keys[k].key
            if gazetteer.fragmentWords.contains(key) { return true }
            guard gazetteer.fragmentConnectors.contains(key) || sentence.tokens[k].kind == .punctuation else { break }
            k -= 1
            steps += 1
        }
        k = match.end + 1
        steps = 0
        while k < keys.count && steps < 4 {
            let key = keys[k].key
            if gazetteer.fragmentWords.contains(key) { return true }
            guard gazetteer.fragmentConnectors.contains(key) || keys[k].isJoiner || gazetteer.typeWords.contains(key) else { break }
            k += 1
            steps += 1
        }
        return false
    }

    /// The role phrase (`role:president`) just before a person's name, skipping country
    /// adjectives, places and connectors ("Russian Ambassador to Baku Mikhail Yevdokimov").
    func role(before start: Int, skipping matches: [EntityMatch]) -> String? {
        rolePhrase(before: start, skipping: matches)?.role
    }

    /// The role phrase before a comma before the name, one complement of the role allowed
    /// between: "the tractor driver, Bogdan C.", "the foreman of the facility, Bogusław W."
    /// (a lower-case noun after one or two of `roles.yaml` connectors).
    func rolePhrase(beforeComma start: Int, skipping matches: [EntityMatch]) -> (role: String, first: Int, last: Int)? {
        var k = start - 1
        guard k >= 1, keys[k].key == "," else { return nil }
        if let found = rolePhrase(before: k, skipping: matches) { return found }
        k -= 1
        guard sentence.tokens[k].kind == .word, !keys[k].capitalised else { return nil }
        k -= 1
        var connectors = 0
        while k >= 0, connectors < 2, gazetteer.roles.connectors.contains(keys[k].key) {
            connectors += 1
            k -= 1
        }
        return connectors > 0 && k >= 0 ? rolePhraseEnding(at: k) : nil
    }

    /// Whether the word before `start` is one of `roles.yaml` placePrepositions: a name after
    /// it is where a role or a speaker is, not who ("the mayor of X said", "officials in X said").
    func followsPlacePreposition(_ start: Int) -> Bool {
        start > 0 && gazetteer.roles.placePrepositions.contains(keys[start - 1].key)
    }

    /// ``role(before:skipping:)`` with the tokens of the role phrase.
    ///
    /// In Cyrillic, up to two lower-case words of the role's complement may stand between,
    /// as the genitive writes it without connectors ("глава областной администрации Олег
    /// Синегубов", "голова обласної військової адміністрації").
    func rolePhrase(before start: Int, skipping matches: [EntityMatch]) -> (role: String, first: Int, last: Int)? {
        var k = start - 1
        var skipped = 0
        var complement = 0
        while k >= 0 && skipped <= 5 {
            if let found = rolePhraseEnding(at: k) { return found }
            if let covering = matches.first(where: { $0.start <= k && k <= $0.end && $0.kind != "person" }) {
                skipped += 1
                k = covering.start - 1
                continue
            }
            if gazetteer.roles.connectors.contains(keys[k].key) {
                skipped += 1
                k -= 1
                continue
            }
            guard complement < 2, keys[k].script == .cyrillic, !keys[k].capitalised, sentence.tokens[k].kind == .word else { return nil }
            complement += 1
            skipped += 1
            k -= 1
        }
        return nil
    }

    /// The role phrase whose last word is token `k`, if any: only the phrases whose last
    /// word the word at `k` can be a form of are tried, longest first.
    func rolePhraseEnding(at k: Int) -> (role: String, first: Int, last: Int)? {
        let last = gazetteer.inflections.rule(for: keys[k].script, language: language).aliases(of: keys[k].key)
        let candidates = Set(last.flatMap { gazetteer.roles.endingWith[$0] ?? [] }).sorted()
        guard !candidates.isEmpty else { return nil }
        // The words ending at `k`, last first, a hyphen glued between two left out as the
        // phrases leave it out ("porte-parole").
        let longest = candidates.map { gazetteer.roles.phrases[$0].pieces.count }.max() ?? 0
        var words: [Int] = []
        var i = k
        while i >= 0, words.count < longest {
            if keys[i].isJoiner, i > 0, i < k, !sentence.tokens[i].spaceBefore { i -= 1; continue }
            words.append(i)
            i -= 1
        }
        for phrase in candidates.map({ gazetteer.roles.phrases[$0] }) where phrase.pieces.count <= words.count {
            let used = words.prefix(phrase.pieces.count).reversed().map { $0 }
            let ok = zip(phrase.pieces, used).allSatisfy { piece, at in
                gazetteer.inflections.rule(for: keys[at].script, language: language).matches(alias: piece, word: keys[at].key)
            }
            if ok { return (phrase.role, used[0], k) }
        }
        return nil
    }

    /// Adds the role before each person (gazetteer or found) to its qualifiers.
    func addRoles(_ matches: inout [EntityMatch]) {
        let snapshot = matches
        for m in matches.indices where matches[m].kind == "person" {
            if matches[m].qualifiers.contains(where: \.isRole) { continue }
            if let role = role(before: matches[m].start, skipping: snapshot) { matches[m].qualifiers.append(.role(role)) }
        }
        matches.sort { ($0.spanStart, $0.spanEnd) < ($1.spanStart, $1.spanEnd) }
    }
}

/// A spoof checker for look-alike matching, one per thread of use. ICU's checker is not
/// thread-safe, so each access makes its own; mixed-script words are rare.
enum SpoofCache {
    /// A fresh checker (nil if ICU fails).
    static var checker: SpoofChecker? { try? SpoofChecker() }
}
