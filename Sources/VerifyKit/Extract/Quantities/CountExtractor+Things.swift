/// Counts of things with no outcome word (`things` in `counts.yaml`): "22 crew members",
/// "its 22-member crew", "two stray rockets", "нападавших было не менее пяти", each with
/// the class of what happened to them when the clause says (`thingPredicates`).
extension CountExtractor {
    /// A counted thing a number sizes or is glued to by a hyphen: "its 22-member crew"
    /// (a size word between), "the 6,200-seat hall" (the noun itself); the noun's name and
    /// last token.
    func sizedThing(_ tokens: [Token], after number: NumberSpan, language: CountRules.Language) -> (name: String, last: Int)? {
        let next = number.last + 1
        guard next + 1 < tokens.count, tokens[next].text == "-", !tokens[next + 1].spaceBefore else { return nil }
        let start = language.sizeWords.contains(tokens[next + 1].lower) ? next + 2 : next + 1
        guard let found = language.things.match(tokens, from: start), start == next + 2 || found.last == next + 1 else { return nil }
        return (found.payload, found.last)
    }

    /// A counted thing's noun right after the number or after one describing word ("two
    /// stray rockets"), and its last token.
    func thingNoun(_ tokens: [Token], from next: Int, language: CountRules.Language) -> (name: String, last: Int)? {
        guard next < tokens.count else { return nil }
        if let found = language.things.match(tokens, from: next) { return (found.payload, found.last) }
        if next + 1 < tokens.count, tokens[next].kind == .word, !language.notDescribing.contains(tokens[next].lower),
           language.outcomes.match(tokens, from: next) == nil,
           language.partitives.match(tokens, from: next) == nil, let found = language.things.match(tokens, from: next + 1) {
            return (found.payload, found.last)
        }
        return nil
    }

    /// A counted thing's noun before the number, across at most two linker words ("нападавших
    /// было не менее пяти"), in the clause; its first token.
    func thingNoun(_ tokens: [Token], endingBefore first: Int, language: CountRules.Language) -> (name: String, first: Int)? {
        var k = first - 1
        var skipped = 0
        while k >= 0, skipped <= 2 {
            if let found = language.things.match(tokens, endingAt: k) { return (found.payload, found.first) }
            guard language.linkers.contains(tokens[k].lower) else { return nil }
            skipped += 1
            k -= 1
        }
        return nil
    }

    /// One counted thing written with an indefinite article, when its clause says what
    /// happened to it ("A Turkish-built drone fell on the farm": one drone, impact); the
    /// articles are `units.yaml`'s, that stand for one ("a kilogram"). A describing word, or
    /// one hyphenated ("Turkish-built"), may stand between. The count and its last token.
    func oneThing(_ sentence: SentenceText, at i: Int, language: CountRules.Language) -> (Mention, Int)? {
        let tokens = sentence.tokens
        guard tokens[i].kind == .word, catalog.articles[sentence.language]?.contains(tokens[i].lower) == true, i + 1 < tokens.count
        else { return nil }
        var next = i + 1
        // "Turkish-built": a compound joined by a hyphen is one describing word.
        if next + 3 < tokens.count, tokens[next + 1].text == "-", !tokens[next + 1].spaceBefore, !tokens[next + 2].spaceBefore {
            next += 3
        }
        guard let thing = thingNoun(tokens, from: next, language: language) else { return nil }
        let number = NumberSpan(first: i, last: i, value: 1, high: nil, isWord: true, vague: false)
        let mention = thingMention(sentence, number: number, first: i, last: thing.last, thing: thing.name, qualifiers: [], language: language)
        guard mention.qualifiers.contains(where: \.isPredicate) else { return nil }
        return (mention, thing.last)
    }

    /// A count of things: subtype the canonical noun, with the class of what happened to
    /// them when the clause says (`predicate:impact` for "two rockets fell"), so that
    /// missiles fired and missiles that fell are counted apart.
    func thingMention(_ sentence: SentenceText, number: NumberSpan, first: Int, last: Int, thing: String,
                              qualifiers: [Qualifier], language: CountRules.Language) -> Mention {
        var list = qualifiers + Self.qualifiers(of: number)
        if let predicate = thingPredicate(sentence.tokens, first: first, last: last, language: language) {
            list.append(.predicate(predicate))
        }
        let span = sentence.span(first, last)
        return Mention(type: .count, range: span.range, text: span.text, value: Self.value(of: number), qualifiers: list,
                       subtype: thing, rule: "counts.yaml: things: \(thing)")
    }

    /// Most words between a counted thing and what happened to it.
    private static let predicateReach = 6

    /// The class of what happened to counted things: a predicate phrase after them in the
    /// clause ("rockets had fallen") or just before the number ("fired about 90 missiles").
    private func thingPredicate(_ tokens: [Token], first: Int, last: Int, language: CountRules.Language) -> String? {
        var j = last + 1
        while j < tokens.count, j - last <= Self.predicateReach, !Self.stops.contains(tokens[j].text), tokens[j].text != "," {
            if let found = language.thingPredicates.match(tokens, from: j) { return found.payload }
            j += 1
        }
        var k = first - 1
        while k >= 0, first - k <= 3, !Self.stops.contains(tokens[k].text), tokens[k].text != "," {
            if let found = language.thingPredicates.match(tokens, endingAt: k) { return found.payload }
            k -= 1
        }
        return nil
    }
}
