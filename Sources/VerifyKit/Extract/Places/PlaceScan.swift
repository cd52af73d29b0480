/// Matching a sentence against the place index (GeoNames and ISO 3166-2), and deciding
/// whether a capitalised word that names some place somewhere names one here.
///
/// A name from the index is taken only when the text supports it (see docs/rules.md,
/// "Places"): it is capitalised (in scripts with case); it is a whole capitalised run
/// (“Baltimore” in “Baltimore Sun” is part of another name), unless an administrative
/// designator follows (“Odesa region”); it is not next to a verb of saying or after a role
/// word (“Moore said”, “Governor Moore”), unless the place is large; a name that is also a
/// common word of the sentence's language (“Police”, “Most”, “Nice”) needs a locative or a
/// designator, or a large place, and is never taken at the start of a sentence; a small
/// place needs a locative or designator next to it, or a place or country of the same
/// country in the sentence; in headline case only large places or names in context count.
extension SentenceScan {
    /// Places of at least this population are "large": they need less context.
    static let largePlace = 100_000
    /// Places below this population need context (a locative, a designator, their country).
    static let smallPlace = 5_000
    /// Longest name looked up, in words.
    static let longestPlaceName = 6

    /// The longest index name starting at token `i`, with its candidate places, or nil.
    func indexedPlace(at i: Int) -> EntityMatch? {
        guard let index = gazetteer.places, sentence.tokens[i].kind == .word else { return nil }
        let first = keys[i]
        if first.script != .other && !first.capitalised { return nil }
        var pieces: [String] = []
        var best: (end: Int, hit: PlaceIndex.Hit)?
        var j = i
        while j < keys.count && pieces.count < Self.longestPlaceName {
            if !pieces.isEmpty, keys[j].isJoiner { j += 1; guard j < keys.count else { break } }
            let token = sentence.tokens[j]
            guard token.kind == .word || (!pieces.isEmpty && keys[j].key == ".") else { break }
            pieces.append(keys[j].key)
            let key = pieces.joined(separator: " ")
            let (hit, longer) = index.lookup(key)
            if let hit { best = (j, hit) }
            else if let inflected = inflectedHit(pieces, at: j, in: index) { best = (j, inflected) }
            if !longer { break }
            j += 1
        }
        guard let best else { return nil }
        return EntityMatch(start: i, end: best.end, value: "", kind: "place", qualifiers: [], rule: "places.index",
                           target: nil, spanStart: i, spanEnd: best.end, places: best.hit.places,
                           commonWordMask: best.hit.commonWordMask)
    }

    /// A hit for the name whose last word is inflected (Cyrillic case endings, and the
    /// Latin endings of languages that have rules): the word's possible stems are looked up.
    private func inflectedHit(_ pieces: [String], at j: Int, in index: PlaceIndex) -> PlaceIndex.Hit? {
        let rule = gazetteer.inflections.rule(for: keys[j].script, language: language)
        guard !rule.endings.isEmpty, let last = pieces.last else { return nil }
        for stem in rule.stems(of: last) {
            let key = (pieces.dropLast() + [stem]).joined(separator: " ")
            if let hit = index.lookup(key).hit { return hit }
        }
        return nil
    }

    /// Keeps the index places the context supports and chooses each one's place: a place
    /// in the country of another place or country named in the sentence (not of an
    /// organisation or person it names), else the most
    /// populous; marked `ambiguous` when another country's place of comparable size shares
    /// the name and nothing in the sentence tells them apart.
    func resolvePlaces(_ matches: [EntityMatch]) -> [EntityMatch] {
        guard let index = gazetteer.places else { return matches.filter { $0.places.isEmpty } }
        let headline = isHeadlineCase
        var kept: [EntityMatch] = []
        for match in matches {
            guard !match.places.isEmpty else { kept.append(match); continue }
            let candidates = match.places.map { index.place($0) }
            guard accepts(match, top: candidates[0], headline: headline, others: matches, index: index) else { continue }
            kept.append(match)
        }
        var countries: Set<String> = []
        // Only places and countries place a sentence: an agency's or a person's country is
        // where they are from ("the US Geological Survey said" of a quake in Chile).
        for match in kept where match.places.isEmpty {
            if let target = match.target, ["place", "country"].contains(gazetteer.targets[target].kind),
               let country = gazetteer.targets[target].country { countries.insert(country) }
        }
        for match in kept where !match.places.isEmpty && match.places.count == 1 {
            countries.insert(index.place(match.places[0]).country)
        }
        return kept.map { match in
            guard !match.places.isEmpty else { return match }
            var resolved = match
            let candidates = match.places.map { index.place($0) }
            let inContext = candidates.first { countries.contains($0.country) }
            let chosen = PlaceChoice.cityOverDivision(inContext ?? candidates[0], among: candidates)
            if inContext == nil, let rival = candidates.dropFirst().first(where: { $0.country != chosen.country }),
               rival.population * 5 >= chosen.population, chosen.population > 0 {
                resolved.qualifiers.append("ambiguous")
                resolved.rule = "places.index: \(chosen.summary); also \(candidates.count - 1) other place(s), e.g. \(rival.summary)"
            } else {
                resolved.rule = "places.index: \(chosen.summary)" + (candidates.count > 1 ? "; \(candidates.count - 1) other place(s) of that name" : "")
            }
            resolved.value = chosen.value
            resolved.placeClass = chosen.className
            resolved.placeCountry = chosen.country
            resolved.placeZone = chosen.zone.isEmpty ? nil : chosen.zone
            return resolved
        }
    }

    /// Whether the sentence is written in headline case (most of its words capitalised).
    private var isHeadlineCase: Bool {
        let words = sentence.tokens.indices.filter { sentence.tokens[$0].kind == .word && keys[$0].script != .other }
        guard words.count >= 4 else { return false }
        return words.filter { keys[$0].capitalised }.count * 10 >= words.count * 7
    }

    /// Whether the context supports reading `match` as the place `top` (or one of its namesakes).
    private func accepts(_ match: EntityMatch, top: PlaceRecord, headline: Bool, others: [EntityMatch], index: PlaceIndex) -> Bool {
        let start = match.start, end = match.end
        let large = top.population >= Self.largePlace || (top.kind == .region && !headline)
        let before = previousWord(start)
        let after = end + 1 < keys.count ? end + 1 : nil
        let locative = before.map { gazetteer.locatives.contains(keys[$0].key) } ?? false
        let designated = after.map { gazetteer.designators.contains(keys[$0].key) } ?? false
        // A dateline's place is one by position: its capitals and a common word's spelling say nothing.
        if isDateline { return true }
        let sentenceInitial = before == nil && !sentence.tokens[..<start].contains { $0.kind == .word || $0.kind == .number }
        let roles = gazetteer.roles
        // A person's name: after a role word, or next to a verb of saying.
        if let before, !locative, roles.isOneWordRole(keys[before].key) { return false }
        // Not after a preposition of place: "the mayor of X said", "officials in X said".
        if !large, !followsPlacePreposition(start), let after, roles.speechVerbs.contains(keys[after].key) { return false }
        if let before, roles.speechVerbs.contains(keys[before].key), !locative, !large { return false }
        if roles.notNames.contains(keys[start].key) && start == end { return false }
        // A designation ("Il-114", "Su-34"): a name glued by a hyphen to a number.
        if let after, keys[after].isJoiner, !sentence.tokens[after].spaceBefore, after + 1 < keys.count,
           sentence.tokens[after + 1].kind == .number { return false }
        // A longer name going on through a particle ("Juan de la Cruz", "Ludwig van Beethoven").
        if let after, gazetteer.nameParticles.contains(keys[after].key) {
            var k = after
            while k < keys.count, gazetteer.nameParticles.contains(keys[k].key) { k += 1 }
            if k < keys.count, k > after, sentence.tokens[k].kind == .word, keys[k].capitalised { return false }
        }
        // The end of a surname opened by a particle ("Rubén del Campo", "según Del Campo"),
        // except where every noun is capitalised ("nördlich des Hafens von Mytilini").
        if let before, before == start - 1, gazetteer.surnameParticles.contains(keys[before].key) {
            if keys[before].capitalised && before != firstWord { return false }
            if !nounsCapitalised, let name = previousWord(before), name == before - 1, keys[name].capitalised { return false }
        }
        // Abbreviations in capitals ("IS", "UN", "ECB") are not place names here.
        if !headline, start == end, keys[start].allUpper, sentence.tokens[start].text.count <= 3 { return false }
        // Part of a longer capitalised name ("Baltimore Sun", "New York Police Department").
        if !headline {
            if let before, before == start - 1, sentence.tokens[before].kind == .word, keys[before].capitalised,
               !(before == firstWord), !gazetteer.nameParticles.contains(keys[before].key) { return false }
            if let after, !keys[end].possessive, sentence.tokens[after].kind == .word, keys[after].capitalised, !designated,
               !roles.isOneWordRole(keys[after].key) { return false }
        }
        // A common word of the sentence's language.
        let bit = index.languageBit(language) ?? 0
        if match.commonWordMask & bit != 0 {
            if sentenceInitial { return false }
            if !(locative || designated || large) { return false }
        }
        if headline && !(large || locative || designated) { return false }
        if sentenceInitial && top.population < Self.smallPlace * 2 && !designated && top.kind == .city { return false }
        if top.population < Self.smallPlace && top.kind == .city && !(locative || designated) {
            // A small place needs its country named beside it.
            let countries = Set(others.compactMap { other -> String? in
                guard other.start != start, let target = other.target else { return nil }
                return gazetteer.targets[target].country
            })
            if !match.places.contains(where: { countries.contains(index.place($0).country) }) { return false }
        }
        return true
    }

    /// The token index of the first word of the sentence.
    private var firstWord: Int? { sentence.tokens.firstIndex { $0.kind == .word } }

    /// The word token just before `start` (joiners and quotes skipped), or nil at the start.
    private func previousWord(_ start: Int) -> Int? {
        var k = start - 1
        while k >= 0 {
            if sentence.tokens[k].kind == .word { return k }
            if sentence.tokens[k].kind == .number { return nil }
            if [",", ";", ":", "(", ")"].contains(keys[k].key) { return nil }
            k -= 1
        }
        return nil
    }
}

extension InflectionRule {
    /// The forms `word` may be an inflection of (its stems, and its stems with each final).
    func stems(of word: String) -> [String] {
        var result: [String] = []
        for ending in endings where word.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            guard stem.count >= minStem else { continue }
            for form in [stem] + finals.map({ stem + $0 }) where !result.contains(form) { result.append(form) }
        }
        return result
    }
}
