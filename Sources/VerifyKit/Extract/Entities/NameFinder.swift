/// Finds people who are in no gazetteer from capitalised names next to a role phrase
/// ("spokesman Aykhan Hajizada", "Lahcen Haddad, a Moroccan senator"), a byline
/// ("By Anhelina Sheremet") or a verb of saying ("…, Hajizada said"). Values are
/// `person:<romanised-name>`; a single word is `person:<surname>` with `surname-only`.
struct NameFinder {
    /// The sentence being scanned.
    let scan: SentenceScan
    /// Lower-case words that sit inside longer names ("of", "for the", "de la": names.yaml
    /// `connectors`): a run right after one, with a capitalised word before it, is the tail
    /// of a longer name ("Ministry for the Ecological Transition told"), not a speaker.
    var connectors: Set<String> = []
    /// Keys of the head nouns of places and organisations (names.yaml `place`, `organisation`).
    var heads: Set<String> = []

    /// Person matches on tokens that `matches` leave free.
    func people(besides matches: [EntityMatch]) -> [EntityMatch] {
        var taken = [Bool](repeating: false, count: scan.keys.count)
        for match in matches { for k in match.spanStart...match.spanEnd { taken[k] = true } }
        var result: [EntityMatch] = []
        var i = 0
        while i < scan.keys.count {
            guard !taken[i], nameLike(i) else { i += 1; continue }
            var end = i
            while end + 1 < scan.keys.count, end - i < 5 {
                if end - i < 3, !taken[end + 1], nameLike(end + 1) {
                    end += 1
                } else if hyphenJoins(end + 1, taken: taken) {
                    end += 2   // "Grande-Marlaska", "Jean-Pierre": one word of the name
                } else if let particles = surnameParticles(after: end, taken: taken) {
                    end += particles + 1   // "Rubén del Campo", "Ursula von der Leyen"
                } else {
                    break
                }
            }
            // A middle initial between name words ("Paul J. Wiedefeld") belongs to the name.
            while end + 3 < scan.keys.count, end - i < 5, middleInitial(end + 1, taken: taken) { end += 3 }
            if end == i, let found = initialledPerson(i, taken: taken, matches: matches) {
                result.append(found)
                i = found.end + 1
                continue
            }
            if let found = person(i, end, matches: matches) { result.append(found) }
            i = end + 1
        }
        return result
    }

    /// The number of lower-case surname particles after token `end` ("del", "de la", "von
    /// der"; `surnameParticles`, and "de" with its article) that a free name word follows,
    /// or nil: "Rubén del Campo" is one name.
    private func surnameParticles(after end: Int, taken: [Bool]) -> Int? {
        let keys = scan.keys
        var k = end + 1
        var count = 0
        while k < keys.count, count < 2, !taken[k], !keys[k].capitalised, scan.sentence.tokens[k].kind == .word {
            let key = keys[k].key
            let particle = scan.gazetteer.surnameParticles.contains(key) || key == "de"
                || (count == 1 && ["la", "las", "los", "der"].contains(key) && keys[k - 1].key == "de")
            guard particle else { break }
            count += 1
            k += 1
        }
        guard count > 0, k < keys.count, !taken[k], nameLike(k) else { return nil }
        return count
    }

    /// Whether tokens `k`, `k + 1` are an initial and its period followed by a name word
    /// (`k + 2`), all free: the middle of "Paul J. Wiedefeld".
    private func middleInitial(_ k: Int, taken: [Bool]) -> Bool {
        let tokens = scan.sentence.tokens
        guard !taken[k], !taken[k + 1], !taken[k + 2], tokens[k].kind == .word, tokens[k].text.count == 1,
              scan.keys[k].allUpper, tokens[k].spaceBefore, scan.keys[k + 1].key == ".", !tokens[k + 1].spaceBefore,
              tokens[k + 2].spaceBefore else { return false }
        return nameLike(k + 2)
    }

    /// Whether token `k` is a hyphen written without spaces between the name word before it
    /// and a name word after it (token `k + 1`), both free.
    private func hyphenJoins(_ k: Int, taken: [Bool]) -> Bool {
        let tokens = scan.sentence.tokens
        guard k + 1 < scan.keys.count, !taken[k], !taken[k + 1], ["-", "‐"].contains(tokens[k].text),
              !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore else { return false }
        return nameLike(k + 1)
    }

    /// Whether token `k` may be part of a personal name.
    private func nameLike(_ k: Int) -> Bool {
        let key = scan.keys[k]
        let token = scan.sentence.tokens[k]
        guard token.kind == .word, key.capitalised, !key.allUpper, key.script == .latin || key.script == .cyrillic,
              token.text.count >= 2 else { return false }
        if scan.gazetteer.roles.notNames.contains(key.key) { return false }
        if scan.gazetteer.roles.isOneWordRole(key.key) { return false }
        return true
    }

    /// A person for the name on tokens `start...end`, when its context says it is one.
    private func person(_ start: Int, _ end: Int, matches: [EntityMatch]) -> EntityMatch? {
        let keys = scan.keys
        var qualifiers: [Qualifier] = []
        // "The mayor of X said", "officials in X said": X is where, not who.
        if scan.followsPlacePreposition(start) { return nil }
        // A run ending on a place's or organisation's head noun ("the Riverside Mall, Aurora
        // Police Chief…") is that place or body; only a role before it makes it a person
        // ("spokesman John Hall").
        let endsOnHead = heads.contains(keys[end].key)
        if let role = scan.role(before: start, skipping: matches) {
            qualifiers.append(.role(role))
        } else if endsOnHead {
            return nil
        } else if let role = appositiveRole(after: end) {
            qualifiers.append(.role(role))
        } else if start == 1 && keys[0].key == "by" && end > start {
            qualifiers.append(.role("byline"))
        } else if end > start || start > 0 {
            guard saidBefore(start) || saying(end + 1), !tailOfLongerName(start) else { return nil }
        } else {
            return nil
        }
        let words = (start...end).filter { scan.sentence.tokens[$0].kind == .word }.map { scan.keys[$0] }
        var value = "person:" + slug(words)
        var rule = "roles.yaml"
        if let known = knownPerson(words) {
            value = scan.gazetteer.targets[known].value
            rule = scan.gazetteer.targets[known].rule
        } else if start == end {
            qualifiers.append(.surnameOnly)
        }
        return EntityMatch(start: start, end: end, value: value, kind: "person", qualifiers: qualifiers, rule: rule,
                           target: nil, spanStart: start, spanEnd: end)
    }

    /// A person written as a given name and the initial of the surname ("Bogusław W.",
    /// "Bogdan C."), as the Polish and German press name private people. Conservative: one
    /// capitalised given name (``nameLike``, not in `notGivenNames` such as "Ward",
    /// "Section"), one capital letter, a period right after it; and something that marks a
    /// person: a role word just before (", " allowed: "the tractor driver, Bogdan C."), an
    /// age just after (", 62," / ", 60" at the end / "(62)"), or a verb of saying on either
    /// side. The value is `person:<given>-<initial>` with qualifier `initialled`.
    private func initialledPerson(_ start: Int, taken: [Bool], matches: [EntityMatch]) -> EntityMatch? {
        let keys = scan.keys
        let tokens = scan.sentence.tokens
        let initial = start + 1, dot = start + 2
        guard dot < keys.count, !taken[initial], !taken[dot], tokens[initial].kind == .word,
              tokens[initial].text.count == 1, keys[initial].allUpper,
              keys[initial].script == .latin || keys[initial].script == .cyrillic,
              tokens[initial].spaceBefore, keys[dot].key == ".", !tokens[dot].spaceBefore,
              !scan.gazetteer.roles.notGivenNames.contains(keys[start].key) else { return nil }
        var qualifiers: [Qualifier] = []
        if let role = scan.role(before: start, skipping: matches) ?? scan.rolePhrase(beforeComma: start, skipping: matches)?.role {
            qualifiers.append(.role(role))
        } else if !(ageFollows(dot) || saying(start - 1) || saying(dot + 1)) {
            return nil
        }
        qualifiers.append("initialled")
        return EntityMatch(start: start, end: dot, value: "person:" + slug([keys[start], keys[initial]]), kind: "person",
                           qualifiers: qualifiers, rule: "roles.yaml: initialled name", target: nil, spanStart: start, spanEnd: dot)
    }

    /// Whether an age follows token `k`: ", 62," (or ", 62" closing the sentence or a
    /// clause) or "(62)"; 1 to 3 digits, at most 120.
    private func ageFollows(_ k: Int) -> Bool {
        let keys = scan.keys
        let tokens = scan.sentence.tokens
        guard k + 2 < keys.count, keys[k + 1].key == "," || keys[k + 1].key == "(" else { return false }
        let number = tokens[k + 2]
        guard number.kind == .number, number.text.count <= 3, number.text.allSatisfy(\.isASCII),
              let age = Int(number.text), age > 0, age <= 120 else { return false }
        if keys[k + 1].key == "(" { return k + 3 < keys.count && keys[k + 3].key == ")" }
        return k + 3 == keys.count || [",", ".", ";", ")"].contains(keys[k + 3].key)
    }

    /// Whether the name starting at token `start` follows an inverted verb of saying: after a
    /// comma, a quote or a dash (`…," said Moore`), or opening the sentence. "Authorities said
    /// Paiporta had been devastated" names what was said, not who said it.
    func saidBefore(_ start: Int) -> Bool {
        guard saying(start - 1) else { return false }
        guard start >= 2 else { return true }
        return [",", "\"", "“", "”", "'", "’", "»", "«", "—", "–", "-", ":"].contains(scan.sentence.tokens[start - 2].text)
    }

    /// Whether tokens before `start` are one or two connectors after a capitalised word
    /// ("Ministry for the | Ecological Transition").
    private func tailOfLongerName(_ start: Int) -> Bool {
        var k = start - 1
        var skipped = 0
        while k >= 0, skipped < 2, connectors.contains(scan.keys[k].key), !scan.keys[k].capitalised {
            k -= 1
            skipped += 1
        }
        return skipped > 0 && k >= 0 && scan.keys[k].capitalised && scan.sentence.tokens[k].kind == .word
    }

    /// Whether token `k` exists and is a verb of saying.
    private func saying(_ k: Int) -> Bool {
        k >= 0 && k < scan.keys.count && scan.gazetteer.roles.speechVerbs.contains(scan.keys[k].key)
    }

    /// The role named in an apposition after the name: ", a Moroccan senator", ", head of".
    func appositiveRole(after end: Int) -> String? { appositiveRolePhrase(after: end)?.role }

    /// ``appositiveRole(after:)`` with the tokens of the role phrase.
    func appositiveRolePhrase(after end: Int) -> (role: String, first: Int, last: Int)? {
        let keys = scan.keys
        var k = end + 1
        guard k < keys.count, keys[k].key == "," else { return nil }
        k += 1
        if k < keys.count, ["a", "an", "the", "el", "la", "un", "una", "le", "une", "der", "die", "ein", "eine", "il", "o", "um", "uma"].contains(keys[k].key) { k += 1 }
        // A role at most two words on ("a Moroccan senator", "the former deputy mayor"):
        // further, the words are a clause of their own ("…, lo explicó el portavoz Rubén").
        var steps = 0
        while k < keys.count && steps < 3 {
            for phrase in scan.gazetteer.roles.phrases where k + phrase.pieces.count <= keys.count {
                if phrase.pieces.enumerated().allSatisfy({ keys[k + $0.offset].key == $0.element }) {
                    return (phrase.role, k, k + phrase.pieces.count - 1)
                }
            }
            k += 1
            steps += 1
        }
        return nil
    }

    /// A gazetteer person whose phonetic form is this name's (or its surname's).
    private func knownPerson(_ words: [TokenKey]) -> Int? {
        let phonetic = lemmas(words).map { PhoneticKey.make(romanized($0)) }
        guard let last = phonetic.last, !last.isEmpty else { return nil }
        for index in scan.gazetteer.phonetic.candidates(last) {
            let alias = scan.gazetteer.phonetic.aliases[index]
            guard scan.gazetteer.targets[alias.target].kind == "person" else { continue }
            if alias.pieces == phonetic || (alias.pieces.count == 1 && alias.pieces[0] == last) { return alias.target }
        }
        return nil
    }

    /// The name's words in the nominative (Cyrillic oblique cases undone when every word
    /// carries one of the lemma endings).
    private func lemmas(_ words: [TokenKey]) -> [TokenKey] {
        guard words.allSatisfy({ $0.script == .cyrillic }) else { return words }
        let lemmas = words.map(lemma)
        if lemmas.allSatisfy({ $0 != nil }) { return lemmas.map { $0! } }
        // A name whose first words do not inflect (a foreign name: "Лантерн Хилл Холле")
        // inflects its last word only.
        if words.count > 1, let last = lemmas.last ?? nil, lemmas.dropLast().allSatisfy({ $0 == nil }) {
            return Array(words.dropLast()) + [last]
        }
        return words
    }

    /// A Cyrillic word with its case ending replaced by the lemma's (`inflections.yaml`
    /// nameLemmas), when one applies and leaves a consonant at the end.
    private func lemma(_ word: TokenKey) -> TokenKey? {
        guard let rule = scan.gazetteer.inflections.nameLemmas.first(where: { word.key.hasSuffix($0.ending) && word.key.count - $0.ending.count >= 3 })
        else { return nil }
        var copy = word
        copy.key = String(word.key.dropLast(rule.ending.count)) + rule.replace
        guard let lastLetter = copy.key.last, !"аеёиоуыэюяйь".contains(lastLetter) else { return nil }
        return copy
    }

    /// A word in ASCII: Latin keys as they are, Cyrillic romanised.
    private func romanized(_ word: TokenKey) -> String {
        word.script == .cyrillic ? Romanizer.romanize(word.key) : word.key
    }

    /// `mikhail-yevdokimov` from the name's words.
    /// Elided articles glued to a name's first word ("L'Aegean Star", "dell'Ilva"): not part of its value.
    static let elisions = ["l'", "d'", "l’", "d’", "dell'", "dell’", "all'", "all’", "nell'", "nell’", "dall'", "dall’", "sull'", "sull’"]

    /// `key` of a first word written `text` without the elided article `text` opens with.
    static func withoutElision(_ key: TokenKey, written text: String) -> TokenKey {
        let lower = text.lowercased()
        guard let elision = elisions.first(where: { lower.hasPrefix($0) && lower.count > $0.count + 1 }) else { return key }
        var copy = key
        copy.key = String(key.key.dropFirst(elision.filter(\.isLetter).count))
        return copy
    }

    func slug(_ words: [TokenKey]) -> String {
        return lemmas(words).map { word in
            String(romanized(word).unicodeScalars.filter { ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39) }.map(Character.init))
        }.filter { !$0.isEmpty }.joined(separator: "-")
    }
}
