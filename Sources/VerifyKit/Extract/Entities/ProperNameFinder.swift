/// Finds proper names that no gazetteer lists: runs of capitalised words in Latin or
/// Cyrillic script, with connectors ("Ministry of Defence", "Juan de la Cruz"), hyphens
/// ("Castilla-La Mancha") and initials ("Paul J. Smith"), typed from their context by
/// `names.yaml`: a head noun or designator in or next to the name, a vehicle cue, a title,
/// a role word or verb of saying, an age. Untyped names keep kind `name`. Sentence-initial
/// single words, headline-case sentences, month and weekday names and capitalised
/// function words are left out. Values are `<kind>:<romanised-slug>`.
struct ProperNameFinder {
    /// The sentence being scanned.
    let scan: SentenceScan
    /// The compiled `names.yaml`.
    let rules: NameRules
    /// Its registration and flight-number patterns.
    let patterns: NamePatterns

    /// Name matches on the tokens that `matches` (gazetteer hits and people) leave free.
    func names(besides matches: [EntityMatch]) -> [EntityMatch] {
        let count = scan.keys.count
        guard count > 0, !isHeadline else { return [] }
        var taken = [Bool](repeating: false, count: count)
        for match in matches { for k in match.spanStart...match.spanEnd where k < count { taken[k] = true } }
        var result: [EntityMatch] = []
        var i = 0
        while i < count {
            if taken[i] { i += 1; continue }
            if let code = vehicleCode(at: i, taken: taken) {
                result.append(code)
                i = code.end + 1
                continue
            }
            guard let end = runEnd(from: i, taken: taken) else { i += 1; continue }
            // "Staff of the Kessler Railways": an opening word joined by a connector is a
            // common noun unless it is a head noun ("Ministry of Health said").
            if end > i, sentenceInitial(i), head(i) == nil, i + 1 < count, scan.sentence.tokens[i + 1].kind == .word,
               !scan.keys[i + 1].capitalised {
                i += 1
                continue
            }
            if let found = name(i, end, matches: matches) { result.append(found) }
            i = end + 1
        }
        return result
    }

    // MARK: - Runs of capitalised words

    /// Whether the sentence is written in headline case: four capitalised words or more and
    /// (almost) no lower-case word of four letters or more.
    private var isHeadline: Bool {
        var capitalised = 0, lower = 0
        for (k, token) in scan.sentence.tokens.enumerated() where token.kind == .word && token.text.count >= 4 {
            if scan.keys[k].capitalised { capitalised += 1 } else if !rules.connectors.contains(scan.keys[k].key) { lower += 1 }
        }
        return capitalised >= 4 && lower * 10 <= capitalised
    }

    /// Whether token `k` can be a word of a name: a free, capitalised word of two letters or
    /// more in Latin or Cyrillic script, not an acronym, a function word, a month or a role word.
    private func nameWord(_ k: Int, taken: [Bool]) -> Bool {
        guard k >= 0, k < scan.keys.count, !taken[k] else { return false }
        let token = scan.sentence.tokens[k], key = scan.keys[k]
        guard token.kind == .word, key.capitalised, token.text.first?.isLetter == true, !key.allUpper,
              token.text.count >= 2, key.script == .latin || key.script == .cyrillic else { return false }
        return !rules.notNames.contains(key.key) && !rules.titles.contains(key.key) && !isRoleWord(k)
    }

    /// Whether a role phrase of `roles.yaml` starts at token `k` ("President", "Rear Admiral").
    private func isRoleWord(_ k: Int) -> Bool {
        let keys = scan.keys
        return scan.gazetteer.roles.phrases.contains { phrase in
            k + phrase.pieces.count <= keys.count && phrase.pieces.enumerated().allSatisfy { keys[k + $0.offset].key == $0.element }
        }
    }

    /// The period closing an initial ("J.") at `k`, when a name word follows it.
    private func initial(_ k: Int, taken: [Bool]) -> Int? {
        let tokens = scan.sentence.tokens
        guard k + 2 < tokens.count, !taken[k], !taken[k + 1], tokens[k].kind == .word, tokens[k].text.count == 1,
              scan.keys[k].allUpper, scan.keys[k + 1].key == ".", !tokens[k + 1].spaceBefore,
              tokens[k + 2].spaceBefore, nameWord(k + 2, taken: taken) else { return nil }
        return k + 1
    }

    /// Whether token `k` is a free lower-case word whose key is in `set`.
    private func lowerWord(_ k: Int, in set: Set<String>, taken: [Bool]) -> Bool {
        k >= 0 && k < scan.keys.count && !taken[k] && scan.sentence.tokens[k].kind == .word && !scan.keys[k].capitalised
            && set.contains(scan.keys[k].key)
    }

    /// Whether tokens `k` and `k + 1` are a particle and a hyphen glued to a name word ("al-Assad").
    private func particle(_ k: Int, taken: [Bool]) -> Bool {
        let tokens = scan.sentence.tokens
        return k + 2 < tokens.count && scan.keys[k + 1].isJoiner && !tokens[k + 1].spaceBefore && !tokens[k + 2].spaceBefore
            && lowerWord(k, in: rules.particlesOrConnectors, taken: taken) && nameWord(k + 2, taken: taken)
    }

    /// Whether tokens `k`…`k + 2` are an acronym, a hyphen and a name word ("ES-Alert").
    private func acronymJoined(_ k: Int, taken: [Bool]) -> Bool {
        let tokens = scan.sentence.tokens
        guard k + 2 < tokens.count, !taken[k], tokens[k].kind == .word, scan.keys[k].allUpper, tokens[k].text.count >= 2,
              scan.keys[k + 1].isJoiner, !tokens[k + 1].spaceBefore, !tokens[k + 2].spaceBefore else { return false }
        return nameWord(k + 2, taken: taken)
    }

    /// The last token of the run of name words that starts at `start`, or nil.
    private func runEnd(from start: Int, taken: [Bool]) -> Int? {
        let tokens = scan.sentence.tokens, keys = scan.keys
        var end: Int
        if nameWord(start, taken: taken) {
            end = start
        } else if let dot = initial(start, taken: taken) {
            end = dot + 1
        } else if particle(start, taken: taken), start > 0, !scan.keys[start - 1].capitalised {
            end = start + 2
        } else if acronymJoined(start, taken: taken) {
            end = start + 2
        } else {
            return nil
        }
        var words = 1
        while words < 8, !keys[end].possessive {
            let j = end + 1
            if nameWord(j, taken: taken), tokens[j].spaceBefore {
                end = j
            } else if j + 1 < keys.count, keys[j].isJoiner, !tokens[j].spaceBefore, !tokens[j + 1].spaceBefore,
                      !taken[j], !taken[j + 1], tokens[j + 1].kind == .word, keys[j + 1].capitalised, !keys[j + 1].allUpper {
                // Glued by a hyphen, a function word is part of the name ("Castilla-La Mancha").

                end = j + 1
            } else if let dot = initial(j, taken: taken) {
                end = dot + 1
            } else if particle(j, taken: taken) {
                end = j + 2
            } else if lowerWord(j, in: rules.connectors, taken: taken), nameWord(j + 1, taken: taken) {
                end = j + 1
            } else if lowerWord(j, in: rules.connectors, taken: taken), lowerWord(j + 1, in: rules.connectors, taken: taken),
                      nameWord(j + 2, taken: taken) {
                end = j + 2
            } else {
                break
            }
            words += 1
        }
        return end
    }

    // MARK: - Typing

    /// A typed match for the run `start...end`, or nil when its context says it is no name.
    private func name(_ start: Int, _ end: Int, matches: [EntityMatch]) -> EntityMatch? {
        let keys = scan.keys, tokens = scan.sentence.tokens
        let words = (start...end).filter { tokens[$0].kind == .word && keys[$0].capitalised }
        let single = words.count == 1
        var kind = "name", rule = "names.yaml: capitalised words", qualifiers: [Qualifier] = []
        var spanEnd = end, valueEnd = end
        // A capitalised run in guillemets, «Буревестник», „Lantern“, is a name by its marks.
        var strong = isQuotedName(start, end)
        if let cue = vehicleCue(before: start) ?? vehicleApposition(after: end) {
            (kind, rule, strong) = ("vehicle", "names.yaml: vehicle cue \(cue)", true)
        } else if let designator = placeApposition(after: end) {
            (kind, rule, strong) = ("place", "names.yaml: apposition \(designator)", true)
        } else if let head = headInside(start, end) {
            if single { return nil }   // "the Ministry", "Police said": the noun, not a name
            (kind, rule) = (head.kind, "names.yaml: head noun \(head.written)")
        } else if let title = title(before: start) {
            (kind, rule) = ("person", "names.yaml: title \(title)")
        } else if !scan.followsPlacePreposition(start),
                  let role = scan.role(before: start, skipping: matches) ?? NameFinder(scan: scan).appositiveRole(after: end) {
            (kind, rule, strong) = ("person", "roles.yaml: role \(role)", true)
            qualifiers.append(.role(role))
        } else if !scan.followsPlacePreposition(start),
                  NameFinder(scan: scan).saidBefore(start) || (saying(end + 1) && !(single && sentenceInitial(start))) {
            (kind, rule, strong) = ("person", "roles.yaml: verb of saying", true)
        } else if ageFollows(end), !single {
            (kind, rule, strong) = ("person", "names.yaml: age", true)
        } else if single, isModifier(start) {
            return nil
        } else if let noun = organisationNounAfter(end) {
            (kind, rule, strong) = ("organisation", "names.yaml: organisation noun after \(noun)", true)
        } else if let head = headAfter(end) {
            (kind, rule, strong) = (head.kind, "names.yaml: head noun \(head.written)", true)
            if head.kind == "organisation" { spanEnd = end + 1; valueEnd = end + 1 }
        } else if let head = headBefore(start), head.kind == "place" || single || isQuotedName(start, end) {
            // An organisation's noun before a name of two words or more is where a person
            // works ("глава областной администрации Олег Синегубов"), not that body's name.
            (kind, rule, strong) = (head.kind, "names.yaml: designator \(head.written)", true)
        }
        if kind == "person", words.contains(where: { scan.gazetteer.roles.notNames.contains(keys[$0].key) }) {
            // "Ambassador Extraordinary and Plenipotentiary": words of `roles.yaml` notNames
            // are never part of a person's name.
            (kind, rule, qualifiers) = ("name", "names.yaml: capitalised words", [])
        }
        if kind == "name" {
            // A name word before a role word qualifies the role ("Territorial Policy Minister").
            if end + 1 < keys.count, isRoleWord(end + 1) { return nil }
            if rules.nounsCapitalised.contains(scan.language) { return nil }
        }
        if single && !strong && sentenceInitial(start) { return nil }
        if single && kind != "vehicle" && rules.nounsCapitalised.contains(scan.language) && !strong { return nil }
        var slugWords = (start...valueEnd).filter { tokens[$0].kind == .word }.map { keys[$0] }
        if tokens[start].kind == .word, !slugWords.isEmpty { slugWords[0] = NameFinder.withoutElision(slugWords[0], written: tokens[start].text) }
        let slug = NameFinder(scan: scan).slug(slugWords)
        guard !slug.isEmpty else { return nil }
        let value = kind == "place" ? featureValue(start, valueEnd) ?? "place:" + slug : kind + ":" + slug
        return EntityMatch(start: start, end: spanEnd, value: value, kind: kind, qualifiers: qualifiers, rule: rule,
                           target: nil, spanStart: start, spanEnd: spanEnd)
    }

    /// The value of a place named by a feature designator (`placeClasses`), whatever the
    /// language and side the designator stands on: "río Patapsco" and "Patapsco River" are
    /// `place:patapsco-river`; "Insel Lesbos" is Lesbos, as "the island of Lesbos" is (the
    /// known place of that name when there is one). Nil when the name has no such designator.
    private func featureValue(_ start: Int, _ end: Int) -> String? {
        let keys = scan.keys, tokens = scan.sentence.tokens
        var designator = (start...end).first { tokens[$0].kind == .word && rules.placeClasses[keys[$0].key] != nil }
        if designator == nil, let before = designatorBefore(start), rules.placeClasses[keys[before].key] != nil { designator = before }
        if designator == nil, end + 1 < keys.count, !keys[end + 1].capitalised, rules.placeClasses[keys[end + 1].key] != nil {
            designator = end + 1
        }
        guard let designator, let feature = rules.placeClasses[keys[designator].key] else { return nil }
        let core = (start...end).filter { $0 != designator && tokens[$0].kind == .word && !(rules.connectors.contains(keys[$0].key) && !keys[$0].capitalised) }
        guard !core.isEmpty else { return nil }
        let finder = NameFinder(scan: scan)
        let slug = finder.slug(core.map { keys[$0] })
        guard !slug.isEmpty else { return nil }
        if feature.keepsClass { return "place:\(slug)-\(feature.kind)" }
        if let index = scan.gazetteer.places, let hit = index.lookup(core.map { keys[$0].key }.joined(separator: " ")).hit,
           let first = hit.places.first {
            return index.place(first).value
        }
        return "place:" + slug
    }

    /// Whether the one word at `k` qualifies what follows: a compound ("Soviet-era") or an
    /// adjective of nationality or creed before a lower-case word ("Danish shipping", "Belgian
    /// port"), not before a verb (`verbsAfterSubject`: "Picnic was about to perform").
    private func isModifier(_ k: Int) -> Bool {
        let keys = scan.keys, tokens = scan.sentence.tokens
        if k + 2 < keys.count, keys[k + 1].isJoiner, !tokens[k + 1].spaceBefore, !keys[k + 2].capitalised { return true }
        return k + 1 < keys.count && tokens[k + 1].kind == .word && !keys[k + 1].capitalised && adjective(keys[k].key)
            && !rules.verbsAfterSubject.contains(keys[k + 1].key)
    }

    /// Whether the word with key `key` looks like an adjective of nationality or creed.
    private func adjective(_ key: String) -> Bool {
        rules.adjectiveEndings.contains { key.hasSuffix($0) && key.count >= $0.count + 3 }
    }

    /// Whether token `k` opens its sentence or a quotation (nothing but punctuation before it,
    /// or an opening quotation mark or colon right before it).
    private func sentenceInitial(_ k: Int) -> Bool {
        let tokens = scan.sentence.tokens
        if (0..<k).allSatisfy({ tokens[$0].kind == .punctuation }) { return true }
        return ["«", "\"", "“", "„", "‘", ":", "—", "–", "•", "*"].contains(tokens[k - 1].text)
    }

    /// The head noun inside the run: before the first connector when one is there
    /// ("Ministry of Defence", "Agencia Estatal de Meteorología"), else the last one
    /// ("Maryland State Police", "Francis Scott Key Bridge").
    private func headInside(_ start: Int, _ end: Int) -> NameRules.Head? {
        let firstConnector = (start...end).first { scan.sentence.tokens[$0].kind == .word && !scan.keys[$0].capitalised }
        let heads = (start...end).compactMap { k -> (Int, NameRules.Head)? in head(k).map { (k, $0) } }
        if let firstConnector, let before = heads.first(where: { $0.0 < firstConnector }) { return before.1 }
        return heads.last?.1
    }

    /// The head noun or designator that token `k` is, Cyrillic case endings allowed.
    private func head(_ k: Int) -> NameRules.Head? {
        guard k >= 0, k < scan.keys.count, scan.sentence.tokens[k].kind == .word else { return nil }
        let key = scan.keys[k]
        if let head = rules.heads[key.key] { return head }
        guard key.script == .cyrillic else { return nil }
        // The first head, in key order, of which the word is a form (a few lookups, not a scan).
        let rule = scan.gazetteer.inflections.rule(for: .cyrillic, language: scan.language)
        return rule.aliases(of: key.key).filter { rules.cyrillicHeadKeys.contains($0) }.min().flatMap { rules.heads[$0] }
    }

    /// A lower-case head noun right after the run: a designator ("Bryansk region"), or in
    /// Cyrillic an organisation's noun too ("Следственный комитет"), whose common words
    /// stay lower case in a name.
    private func headAfter(_ end: Int) -> NameRules.Head? {
        let k = end + 1
        guard k < scan.keys.count, !scan.keys[k].capitalised, scan.sentence.tokens[k].spaceBefore, let head = head(k) else { return nil }
        return head.kind == "place" || scan.keys[k].script == .cyrillic ? head : nil
    }

    /// A lower-case `organisationAfter` noun right after the run ("the Wagner group", "the
    /// Lazarus group"): the run is an organisation, the noun not part of its name.
    private func organisationNounAfter(_ end: Int) -> String? {
        let k = end + 1
        guard k < scan.keys.count, !scan.keys[k].capitalised, scan.sentence.tokens[k].spaceBefore,
              rules.organisationAfter.contains(scan.keys[k].key) else { return nil }
        return scan.sentence.tokens[k].text
    }

    /// Whether the run is exactly what a pair of guillemets encloses (« », „ “), as Russian,
    /// Ukrainian, Polish and German texts mark the names of venues, bands and companies.
    private func isQuotedName(_ start: Int, _ end: Int) -> Bool {
        let tokens = scan.sentence.tokens
        guard start > 0, end + 1 < tokens.count else { return false }
        switch (tokens[start - 1].text, tokens[end + 1].text) {
        case ("«", "»"), ("„", "“"), ("„", "”"), ("»", "«"): return true
        default: return false
        }
    }

    /// A lower-case designator right before the run, a connector allowed between ("río
    /// Patapsco", "barranco del Poyo", "улица Ленина"); an opening guillemet may stand
    /// between ("группы «Буревестник»").
    private func headBefore(_ start: Int) -> NameRules.Head? {
        designatorBefore(start).flatMap(head)
    }

    /// The lower-case word a designator before the run would be, past a guillemet and a connector.
    private func designatorBefore(_ start: Int) -> Int? {
        var k = start - 1
        if k >= 0, ["«", "„"].contains(scan.sentence.tokens[k].text) { k -= 1 }
        if k >= 0, scan.sentence.tokens[k].kind == .word, !scan.keys[k].capitalised, rules.connectors.contains(scan.keys[k].key) { k -= 1 }
        guard k >= 0, scan.sentence.tokens[k].kind == .word, !scan.keys[k].capitalised else { return nil }
        return k
    }

    /// The vehicle cue just before the run ("the container ship Dali"), an opening quotation
    /// mark allowed between ("die Fähre «Aegean Star»"); capitalised where every noun is.
    private func vehicleCue(before start: Int) -> String? {
        var k = start - 1
        if k >= 0, ["«", "„", "\"", "“"].contains(scan.sentence.tokens[k].text) { k -= 1 }
        let nounsCapitalised = rules.nounsCapitalised.contains(scan.language)
        guard k >= 0, scan.sentence.tokens[k].kind == .word, nounsCapitalised || !scan.keys[k].capitalised,
              rules.vehicles.contains(scan.keys[k].key) else { return nil }
        return scan.sentence.tokens[k].text
    }

    /// The first word of an apposition after the run: after a comma and an article.
    private func appositionStart(after end: Int) -> Int? {
        let keys = scan.keys
        var k = end + 1
        guard k < keys.count, keys[k].key == "," else { return nil }
        k += 1
        if k < keys.count, ["a", "an", "the", "un", "una", "el", "la", "le", "une", "ein", "eine", "das", "die", "der"].contains(keys[k].key) { k += 1 }
        return k
    }

    /// The place designator of an apposition after the run ("Przewodów, a village in
    /// eastern Poland", "Imsouane, a small coastal town near…"): a lower-case designator
    /// among the first three words, followed by a locative, a comma or the end of the
    /// clause (so "Smith, a town councillor" is no place).
    private func placeApposition(after end: Int) -> String? {
        let keys = scan.keys, tokens = scan.sentence.tokens
        guard let k = appositionStart(after: end) else { return nil }
        for step in 0..<3 where k + step < keys.count {
            let at = k + step
            guard tokens[at].kind == .word, !keys[at].capitalised else { return nil }
            guard let head = head(at), head.kind == "place" else { continue }
            let next = at + 1
            let closes = next >= keys.count || tokens[next].kind == .punctuation || scan.gazetteer.locatives.contains(keys[next].key)
            return closes ? tokens[at].text : nil
        }
        return nil
    }

    /// The vehicle cue of an apposition after the run ("Dali, a container ship").
    private func vehicleApposition(after end: Int) -> String? {
        let keys = scan.keys
        guard let k = appositionStart(after: end) else { return nil }
        for step in 0..<3 where k + step < keys.count {
            let token = scan.sentence.tokens[k + step]
            guard token.kind == .word, !keys[k + step].capitalised else { return nil }
            if rules.vehicles.contains(keys[k + step].key) { return token.text }
        }
        return nil
    }

    /// The title just before the run ("Col.", "Dr", "Gov.").
    private func title(before start: Int) -> String? {
        var k = start - 1
        if k >= 0, scan.keys[k].key == "." { k -= 1 }
        guard k >= 0, scan.sentence.tokens[k].kind == .word, rules.titles.contains(scan.keys[k].key) else { return nil }
        return scan.sentence.tokens[k].text
    }

    /// Whether token `k` exists and is a verb of saying.
    private func saying(_ k: Int) -> Bool {
        k >= 0 && k < scan.keys.count && scan.gazetteer.roles.speechVerbs.contains(scan.keys[k].key)
    }

    /// Whether an age follows token `k` (", 35,").
    private func ageFollows(_ k: Int) -> Bool {
        let keys = scan.keys, tokens = scan.sentence.tokens
        guard k + 3 < keys.count, keys[k + 1].key == ",", tokens[k + 2].kind == .number, tokens[k + 2].text.count <= 3,
              let age = Int(tokens[k + 2].text), age > 0, age <= 120 else { return false }
        return [",", ")", ";"].contains(keys[k + 3].key)
    }

    // MARK: - Registrations and flight numbers

    /// A registration ("N12345", "HL8088", "RA-89049") or, after a flight cue, a flight
    /// number ("flight KE123") at token `i`.
    private func vehicleCode(at i: Int, taken: [Bool]) -> EntityMatch? {
        let tokens = scan.sentence.tokens, keys = scan.keys
        guard tokens[i].kind != .punctuation, keys[i].capitalised, tokens[i].text.first?.isLetter == true else { return nil }
        var candidates = [(i, tokens[i].text)]
        if i + 2 < tokens.count, keys[i + 1].isJoiner, !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, !taken[i + 1], !taken[i + 2] {
            candidates.insert((i + 2, tokens[i].text + "-" + tokens[i + 2].text), at: 0)
        }
        for (end, text) in candidates {
            func slug() -> String {
                NameFinder(scan: scan).slug([TokenKey(key: text.lowercased(), script: .latin, possessive: false,
                                                      capitalised: true, allUpper: true, isJoiner: false)])
            }
            if NamePatterns.matches(text, patterns.registrations) {
                return EntityMatch(start: i, end: end, value: "vehicle:" + slug(), kind: "vehicle", qualifiers: [],
                                   rule: "names.yaml: registration", target: nil, spanStart: i, spanEnd: end)
            }
            if i > 0, rules.flights.contains(keys[i - 1].key), NamePatterns.matches(text, patterns.flightNumbers) {
                return EntityMatch(start: i, end: end, value: "vehicle:" + slug(), kind: "vehicle", qualifiers: [],
                                   rule: "names.yaml: flight number after \(tokens[i - 1].text)", target: nil, spanStart: i, spanEnd: end)
            }
        }
        return nil
    }
}
