/// Finds counts of people with what happened to them (`counts.yaml`): "38 people were
/// killed", "killing at least 628 people", "2,059 were injured", "the death toll rose to
/// 2,862", "погибли 38 человек", and negations ("No one was hurt" → 0, `negated`).
///
/// Value: the integer as a string (`2012`), `lo-hi` for a range; qualifiers from
/// `qualifiers.yaml` plus `range`, `vague` (dozens → 24, at least), `negated` and
/// `group:<name>` when the people noun names a subgroup ("five children" →
/// `group:children`). A parenthetical clause may stand between a count and its outcome
/// ("Two children, aged 7 and 10, are among the injured"), and a count inside it shares
/// the outer outcome ("38 people, including five children, were killed"). A number
/// followed by a unit is a quantity, not a count. Not thread-safe: one per task.
struct CountExtractor: MentionExtractor {
    /// Punctuation that ends the search for a total's outcome word.
    static let stops: Set<String> = [".", ";", ":", "!", "?"]

    /// Count rules (counts.yaml).
    private let rules: CountRules
    /// Units, to tell a quantity from a count.
    let catalog: UnitCatalog
    /// Qualifier phrases (qualifiers.yaml).
    private let qualifiers: QualifierRules
    /// Reads numbers; owns ICU parsers and caches.
    private let reader: NumberReader
    /// Source phrases, to read across an attribution between commas ("Пострадавших, по
    /// данным ведомства, больше 100"; "the toll, according to officials, rose to 40").
    private let attributions: SpeakerFinder
    /// Month names per language, to tell the day of a date from a count ("the March 22 attack").
    private let calendars: [String: CalendarLexicon]

    /// An extractor over a rule set's count, unit and qualifier rules.
    /// `reader`: the number reader shared with the task's quantity extractor (or a new one).
    init(rules ruleSet: RuleSet, reader: NumberReader? = nil) {
        rules = ruleSet.counts
        catalog = ruleSet.units
        qualifiers = ruleSet.qualifiers
        self.reader = reader ?? NumberReader(catalog: ruleSet.units, qualifiers: ruleSet.qualifiers)
        calendars = ruleSet.datelines.lexicons
        attributions = ruleSet.speakers
    }

    /// Counts of `sentence`, in order.
    func mentions(in sentence: SentenceText, context: ExtractionContext) -> [Mention] {
        let tokens = sentence.tokens
        let language = rules.language(sentence.language)
        var found: [Mention] = []
        var previous: Outer?
        var i = 0
        while i < tokens.count {
            if tokens[i].kind != .punctuation, let number = reader.readAmount(sentence, at: i),
               let (mention, outer) = count(sentence, number: number, language: language, previous: previous) {
                found.append(mention)
                previous = outer
                i = number.last + 1
            } else if let (mention, last) = ordinalCount(sentence, at: i, language: language) ?? oneThing(sentence, at: i, language: language) {
                found.append(mention)
                i = last + 1
            } else {
                i += 1
            }
        }
        found += elided(sentence, after: found)
        let negated = negations(sentence, language: language)
        // "No one was hurt": the "one" belongs to the negation.
        found.removeAll { count in negated.contains { $0.range.overlaps(count.range) } }
        return found + negated
    }

    /// Words that join the items of a breakdown ("…, 976 in Taroudant and 15 in Marrakech").
    private static let listJoiners: Set<String> = [",", "and", "и", "та", "і", "və"]
    /// Prepositions of place after a number in a breakdown.
    private static let placePrepositions: Set<String> = ["in", "at", "в", "у", "во"]

    /// Counts whose outcome is left out because a breakdown shares it: after "1,604 deaths
    /// in Al Haouz", the items ", 976 in Taroudant and one in Essaouira" are deaths too.
    /// An item is a number followed by a place preposition and a capitalised name, joined
    /// to the previous item by a comma or "and" within the clause.
    private func elided(_ sentence: SentenceText, after found: [Mention]) -> [Mention] {
        let tokens = sentence.tokens
        var extra: [Mention] = []
        for mention in found where !mention.qualifiers.contains(.negated) {
            guard let subtype = mention.subtype,
                  var k = tokens.firstIndex(where: { $0.range.lowerBound >= mention.range.upperBound }) else { continue }
            while k < tokens.count {
                var j = k
                while j < tokens.count, !Self.listJoiners.contains(tokens[j].lower), !Self.stops.contains(tokens[j].text), j - k < 8 { j += 1 }
                guard j < tokens.count, Self.listJoiners.contains(tokens[j].lower) else { break }
                var n = j + 1
                if n < tokens.count, tokens[n].lower == "and" { n += 1 }
                guard n < tokens.count, tokens[n].kind != .punctuation, let number = reader.readAmount(sentence, at: n),
                      number.last + 2 < tokens.count, Self.placePrepositions.contains(tokens[number.last + 1].lower),
                      tokens[number.last + 2].text.first?.isUppercase == true || tokens[number.last + 2].lower == "the" else { break }
                let range = tokens[number.first].range.lowerBound..<tokens[number.last].range.upperBound
                if !(found + extra).contains(where: { $0.range.overlaps(range) }) {
                    extra.append(Mention(type: .count, range: range, text: sentence.slice(range), value: QuantityValue.format(number.value),
                                         qualifiers: ["list"], subtype: subtype, rule: "counts.yaml: breakdown of \(subtype)"))
                }
                k = number.last + 1
            }
        }
        return extra
    }

    /// A count, as a later part of it sees it ("including five children").
    private struct Outer {
        /// Index of the count's last token (its people noun, or its number).
        var last: Int
        /// The count's outcome.
        var subtype: String
        /// Whether it has a people noun; without one ("the toll rose to 143"), only a part
        /// behind an inclusion phrase shares its outcome (", including three children").
        var hasNoun: Bool
    }

    /// A count for the number read at `number`, if an outcome goes with it, and what a
    /// following part of it may share (nil for a count of things). `previous`: the last
    /// count found before in the sentence.
    private func count(_ sentence: SentenceText, number: NumberSpan, language: CountRules.Language,
                       previous: Outer?) -> (Mention, Outer?)? {
        let tokens = sentence.tokens
        // People are counted in whole numbers: "half a dozen" is one, "half" is none.
        guard number.gluedUnit == nil, number.value >= 0, number.value == number.value.rounded(),
              (number.high.map { $0 == $0.rounded() } ?? true) else { return nil }
        let next = number.last + 1
        if next < tokens.count, let unit = catalog.after.match(tokens, from: next),
           language.people.match(tokens, from: next) == nil, !unit.payload.isEmpty { return nil }
        if let thing = sizedThing(tokens, after: number, language: language) {
            return (thingMention(sentence, number: number, first: number.first, last: thing.last, thing: thing.name,
                                 qualifiers: [], language: language), nil)
        }
        if next < tokens.count, tokens[next].text == "-" || tokens[next].text == "%" { return nil }
        // The people noun: right after the number, or after one describing word.
        var end = number.last
        var noun = false
        var nounFirst = next
        if let people = language.people.match(tokens, from: next) {
            end = people.last
            noun = true
        } else if next + 1 < tokens.count, tokens[next].kind == .word, language.outcomes.match(tokens, from: next) == nil,
                  let people = language.people.match(tokens, from: next + 1) {
            end = people.last
            noun = true
            nounFirst = next + 1
        }
        // "Three of the construction workers": a part of people named after the partitive
        // counts them (but "one of the victims" with no people noun is no count).
        if !noun, let partitive = language.partitives.match(tokens, from: next) {
            for start in [partitive.last + 1, partitive.last + 2] where start < tokens.count {
                if start == partitive.last + 2, tokens[partitive.last + 1].kind != .word { break }
                if let people = language.people.match(tokens, from: start) {
                    end = people.last
                    noun = true
                    nounFirst = start
                    break
                }
            }
        }
        var group: String?
        if noun {
            // "five children"; after a generic noun, "12 of them children".
            if let found = language.groups.match(tokens, from: nounFirst) ?? language.groups.match(tokens, from: end + 1) {
                group = found.payload
                end = max(end, found.last)
            }
        }
        if !noun, !number.isWord, Self.looksLikeYear(sentence, number) { return nil }
        // "one of the victims": a partitive, not a count.
        if (!noun && language.partitives.match(tokens, from: next) != nil) || language.timeNouns.match(tokens, from: next) != nil { return nil }
        // "a man aged 60 died": an age, not a count.
        if language.ageWords.match(tokens, endingAt: number.first - 1) != nil { return nil }
        var first = number.first
        var qualifierList: [Qualifier] = []
        // "возросло до 2862": the "до" ends a total verb; it is not "up to".
        if let q = qualifiers.qualifier(before: number.first, in: sentence),
           !(language.tollVerbs.match(tokens, endingAt: number.first - 1).map { $0.first < q.first } ?? false) {
            qualifierList.append(Qualifier(rawValue: q.name))
            first = q.first
        }
        guard var subtype = outcomeAfter(sentence, from: end + 1, language: language)
                ?? outcomeBefore(sentence, endingAt: first - 1, language: language)
                ?? outcomeBeforeTotal(sentence, endingAt: first - 1, language: language)
                ?? (noun ? outcomeAcrossClause(sentence, from: end + 1, language: language) : nil)
                ?? (noun ? inherited(sentence, first: first, previous: previous, language: language) : nil)
        else {
            // No outcome: a count of a thing the rules name ("22 crew members", "1,700 soldiers"),
            // or one the noun leads ("нападавших было не менее пяти").
            if let thing = thingNoun(tokens, from: next, language: language) {
                return (thingMention(sentence, number: number, first: first, last: thing.last, thing: thing.name,
                                     qualifiers: qualifierList, language: language), nil)
            }
            guard !noun, let thing = thingNoun(tokens, endingBefore: first, language: language) else { return nil }
            return (thingMention(sentence, number: number, first: thing.first, last: number.last, thing: thing.name,
                                 qualifiers: qualifierList, language: language), nil)
        }
        qualifierList += Self.qualifiers(of: number)
        if let group { qualifierList.append(.group(group)) }
        // "The bodies of two men were recovered": some of the dead, a fact of their own.
        let rule = "counts.yaml: \(subtype)"
        if let whole = rules.partOutcomes[subtype] {
            qualifierList.append(Qualifier(rawValue: "predicate:" + subtype))
            subtype = whole
        }
        let span = sentence.span(first, end)
        let mention = Mention(type: .count, range: span.range, text: span.text, value: Self.value(of: number), qualifiers: qualifierList,
                              subtype: subtype, rule: rule)
        return (mention, Outer(last: end, subtype: subtype, hasNoun: noun))
    }

    /// A count read from an ordinal before a people noun: "the body of a third victim" is
    /// at least three, "the sixth and final victim" exactly six (`counts.yaml` `ordinals`,
    /// `lastOrdinal`); the outcome is found as for a number. The count and its last token.
    private func ordinalCount(_ sentence: SentenceText, at i: Int, language: CountRules.Language) -> (Mention, Int)? {
        let tokens = sentence.tokens
        guard tokens[i].kind == .word, let value = language.ordinals[tokens[i].lower] else { return nil }
        var last = i
        var isLast = false
        if let final = language.lastOrdinal.match(tokens, from: i + 1) {
            last = final.last
            isLast = true
        }
        guard last + 1 < tokens.count, language.people.match(tokens, from: last + 1) != nil else { return nil }
        let first = i > 0 && language.ordinalArticles.contains(tokens[i - 1].lower) ? i - 1 : i
        let number = NumberSpan(first: first, last: last, value: Double(value), high: nil, isWord: true, vague: false)
        guard var (mention, _) = count(sentence, number: number, language: language, previous: nil) else { return nil }
        if !isLast, !mention.qualifiers.contains(.atLeast) { mention.qualifiers.insert(.atLeast, at: 0) }
        mention.rule += " (ordinal)"
        let end = tokens.lastIndex { $0.range.upperBound <= mention.range.upperBound } ?? last
        return (mention, max(last, end))
    }

    /// A count's value: the integer, or `low-high` for a range.
    static func value(of number: NumberSpan) -> String {
        number.high.map { "\(QuantityValue.format(number.value))-\(QuantityValue.format($0))" } ?? QuantityValue.format(number.value)
    }

    /// What the number itself says of a count: a range, or a vague plural's "at least".
    static func qualifiers(of number: NumberSpan) -> [Qualifier] {
        (number.high != nil ? ["range"] : []) + (number.vague ? ["at least", "vague"] : [])
    }

    /// The outcome after a parenthetical clause that opens at `start`: "Two children, aged
    /// 7 and 10, are among the injured". The clause opens with a `clauseOpeners` mark and
    /// closes with the same one (`(` with `)`) within `clauseReach` tokens; it holds no
    /// stop and no outcome word, and only linker words may follow it before the outcome.
    private func outcomeAcrossClause(_ sentence: SentenceText, from start: Int, language: CountRules.Language) -> String? {
        let tokens = sentence.tokens
        guard start < tokens.count, rules.clauseOpeners.contains(tokens[start].text) else { return nil }
        let closer = tokens[start].text == "(" ? ")" : tokens[start].text
        var j = start + 1
        while j < tokens.count, tokens[j].text != closer {
            if j - start > rules.clauseReach || Self.stops.contains(tokens[j].text)
                || language.outcomes.match(tokens, from: j) != nil { return nil }
            j += 1
        }
        guard j < tokens.count, j > start + 1 else { return nil }
        return outcomeAfter(sentence, from: j + 1, language: language)
    }

    /// The outcome of the count just before, when the count starting at token `first` is
    /// a part of it: right after its people noun and a clause mark, perhaps behind an
    /// `inclusions` phrase ("38 people, including five children", "…, 12 of them children").
    private func inherited(_ sentence: SentenceText, first: Int, previous: Outer?, language: CountRules.Language) -> String? {
        guard let previous else { return nil }
        let tokens = sentence.tokens
        var j = first - 1
        let inclusion = language.inclusions.match(tokens, endingAt: j)
        if let inclusion { j = inclusion.first - 1 }
        guard j == previous.last + 1, rules.clauseOpeners.contains(tokens[j].text), previous.hasNoun || inclusion != nil else { return nil }
        return previous.subtype
    }

    /// An outcome word after the number and its noun, across at most `gap` linker words.
    private func outcomeAfter(_ sentence: SentenceText, from start: Int, language: CountRules.Language) -> String? {
        let tokens = sentence.tokens
        var j = start
        while j < tokens.count, j - start <= rules.gap {
            if let outcome = language.outcomes.match(tokens, from: j) { return outcome.payload }
            guard language.linkers.contains(tokens[j].lower) else { return nil }
            j += 1
        }
        return nil
    }

    /// An outcome word just before the number (or its qualifier), across at most
    /// `leadGap` leader words: "killing 38", "the death toll rose to 2,862".
    private func outcomeBefore(_ sentence: SentenceText, endingAt end: Int, language: CountRules.Language) -> String? {
        let tokens = sentence.tokens
        var j = end
        var skipped = 0
        while j >= 0 {
            if let opening = attributionBetweenCommas(sentence, endingAt: j) {
                j = opening - 1
                continue
            }
            if let outcome = language.outcomes.match(tokens, endingAt: j) { return outcome.payload }
            guard let leader = language.leaders.match(tokens, endingAt: j) else { return nil }
            skipped += j - leader.first + 1
            guard skipped <= rules.leadGap else { return nil }
            j = leader.first - 1
        }
        return nil
    }

    /// Most tokens of an attribution set off by commas that a count's outcome word may stand across.
    private static let attributionReach = 8

    /// The index of the opening comma when token `end` closes an attribution set off by
    /// commas (", по данным ведомства,", ", according to officials,").
    private func attributionBetweenCommas(_ sentence: SentenceText, endingAt end: Int) -> Int? {
        let tokens = sentence.tokens
        guard tokens[end].text == "," else { return nil }
        var k = end - 1
        while k >= 0, end - k <= Self.attributionReach {
            if tokens[k].text == "," {
                return k + 1 < end && attributions.opensAttribution(tokens, at: k + 1, language: sentence.language) ? k : nil
            }
            if Self.stops.contains(tokens[k].text) { return nil }
            k -= 1
        }
        return nil
    }

    /// "the number of people killed in the quake has risen to 2,862": a total verb just
    /// before the number and the nearest outcome word within `tollWindow` before it, or
    /// within `tollReach` when a `tollSubjects` phrase leads it ("the number of people
    /// killed by the earthquake that struck … on Friday night has risen to 2,862"). The
    /// search stops at a stop and at another count's number (not a year or "6.8-magnitude").
    private func outcomeBeforeTotal(_ sentence: SentenceText, endingAt end: Int, language: CountRules.Language) -> String? {
        let tokens = sentence.tokens
        guard let verb = language.tollVerbs.match(tokens, endingAt: end) else { return nil }
        var j = verb.first - 1
        while j >= 0, verb.first - j <= rules.tollReach {
            if Self.stops.contains(tokens[j].text) { return nil }
            if tokens[j].kind == .number, !isModifier(tokens, j), !isDayOfDate(sentence, j) { return nil }
            if let outcome = language.outcomes.match(tokens, endingAt: j) {
                if verb.first - j <= rules.tollWindow { return outcome.payload }
                for k in max(0, outcome.first - 3)...j where language.tollSubjects.match(tokens, endingAt: k) != nil {
                    return outcome.payload
                }
            }
            j -= 1
        }
        return nil
    }

    /// Whether the number token at `j` describes something rather than counting: a year
    /// ("the 2023 quake") or a number glued to a unit ("6.8-magnitude", "75 km").
    private func isModifier(_ tokens: [Token], _ j: Int) -> Bool {
        let text = tokens[j].text
        if text.utf8.count == 4, let year = Int(text), year >= 1800, year <= 2100 { return true }
        guard j + 1 < tokens.count else { return false }
        if tokens[j + 1].text == "-" { return true }
        return catalog.after.match(tokens, from: j + 1).map { !$0.payload.isEmpty } ?? false
    }

    /// Whether the number token at `j` is the day of a date written with its month name
    /// ("March 22", "22 March", "22 de marzo", "22-го марта").
    private func isDayOfDate(_ sentence: SentenceText, _ j: Int) -> Bool {
        let tokens = sentence.tokens
        guard let day = Int(tokens[j].text), (1...31).contains(day) else { return false }
        let lexicons = CalendarLexicon.forLanguage(sentence.language, in: calendars)
        func isMonth(_ k: Int) -> Bool {
            k >= 0 && k < tokens.count && tokens[k].kind == .word && lexicons.contains { $0.month(tokens[k].lower) != nil }
        }
        // A joining word or mark between day and month: "22 de marzo", "22-го марта", "22. März".
        let joined = j + 2 < tokens.count && (tokens[j + 1].kind == .punctuation || tokens[j + 1].text.count <= 3)
        return isMonth(j - 1) || isMonth(j + 1) || (joined && isMonth(j + 2))
    }

    /// A four-digit number between 1800 and 2100 without a people noun: a year.
    private static func looksLikeYear(_ sentence: SentenceText, _ number: NumberSpan) -> Bool {
        guard number.first == number.last, number.high == nil else { return false }
        let text = sentence.tokens[number.first].text
        return text.utf8.count == 4 && number.value >= 1800 && number.value <= 2100
    }

    /// Negated outcomes: "No one was hurt", "there were no casualties", "жертв нет".
    private func negations(_ sentence: SentenceText, language: CountRules.Language) -> [Mention] {
        let tokens = sentence.tokens
        var found: [Mention] = []
        var i = 0
        while i < tokens.count {
            if let negation = language.negationsBefore.match(tokens, from: i) {
                var j = negation.last + 1
                while j < tokens.count, j - negation.last <= rules.negationWindow,
                      tokens[j].kind == .word {
                    if let outcome = language.outcomes.match(tokens, from: j) {
                        found.append(negated(sentence, first: i, last: outcome.last, subtype: outcome.payload))
                        i = outcome.last
                        break
                    }
                    j += 1
                }
            } else if let outcome = language.outcomes.match(tokens, from: i),
                      let negation = language.negationsAfter.match(tokens, from: outcome.last + 1) {
                found.append(negated(sentence, first: i, last: negation.last, subtype: outcome.payload))
                i = negation.last
            }
            i += 1
        }
        return found
    }

    /// A zero count with qualifier `negated` over tokens `first...last`.
    private func negated(_ sentence: SentenceText, first: Int, last: Int, subtype: String) -> Mention {
        let span = sentence.span(first, last)
        return Mention(type: .count, range: span.range, text: span.text, value: "0", qualifiers: ["negated"],
                       subtype: subtype, rule: "counts.yaml: negation")
    }
}
