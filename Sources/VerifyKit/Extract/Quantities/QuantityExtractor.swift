/// Finds measured amounts: a number (or range) with a unit from `units.yaml`
/// (`3 m`, `75km`, `6.8-magnitude`, `magnitude of 7`, `about 35 steps`), its qualifier
/// from `qualifiers.yaml` (`about`, `at least`, `range`…) and what it measures from the
/// cue words around it (`diameter`, `depth`, `distance`…). A bare number is not a quantity.
///
/// Value: `<number> <symbol>` in the unit as written (see ``QuantityValue``); `unit` is
/// the symbol. Not thread-safe (its ``NumberReader`` caches): one per task.
struct QuantityExtractor: MentionExtractor {
    /// Units and measure cues (units.yaml).
    private let catalog: UnitCatalog
    /// Qualifier phrases (qualifiers.yaml).
    private let qualifiers: QualifierRules
    /// Reads numbers; owns ICU parsers and caches.
    private let reader: NumberReader

    /// An extractor over a rule set's units and qualifiers, reading numbers with `reader`
    /// (shared with the count extractor of the same task, so that each word goes to ICU
    /// once) or a reader of its own.
    init(rules: RuleSet, reader: NumberReader? = nil) {
        catalog = rules.units
        qualifiers = rules.qualifiers
        self.reader = reader ?? NumberReader(catalog: rules.units, qualifiers: rules.qualifiers)
    }

    /// A quantity under construction: token bounds and what was read.
    private struct Found {
        /// The number or range.
        var number: NumberSpan
        /// Canonical unit symbol.
        var unit: String
        /// First token of the mention (qualifier or unit written before included).
        var first: Int
        /// Last token of the mention.
        var last: Int
        /// Last token of the unit.
        var unitLast: Int
        /// Canonical qualifiers.
        var qualifiers: [Qualifier]
        /// What it measures.
        var subtype: String?
        /// Whether the subtype came from a cue word (not the default).
        var cued: Bool
    }

    /// Quantities of `sentence`, in order.
    func mentions(in sentence: SentenceText, context: ExtractionContext) -> [Mention] {
        let tokens = sentence.tokens
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            if var item = quantity(sentence, at: i) {
                unitRange(sentence, &item)
                minorUnits(sentence, &item)
                compound(sentence, &item)
                if !isTimeOffset(sentence, item) { found.append(item) }
                i = item.last + 1
            } else {
                i += 1
            }
        }
        shareParenthesised(&found, tokens: tokens)
        return found.map { item in
            let span = sentence.span(item.first, item.last)
            var qualifierList = item.qualifiers
            if item.number.high != nil { qualifierList.append("range") }
            // As for counts: "several minutes" is three minutes or more.
            if item.number.vague { qualifierList.append(contentsOf: ["at least", "vague"]) }
            let value = QuantityValue.make(item.number.value, item.number.high, unit: item.unit)
            var mention = Mention(type: .quantity, range: span.range, text: span.text, value: value,
                                  unit: item.unit, qualifiers: qualifierList, subtype: item.subtype,
                                  rule: "units.yaml: \(catalog.units[item.unit]?.id ?? item.unit)")
            mention.measure = catalog.measure(of: value)
            return mention
        }
    }

    /// A quantity starting at token `i`: unit before ("magnitude 6.8") or after the number.
    private func quantity(_ sentence: SentenceText, at i: Int) -> Found? {
        let tokens = sentence.tokens
        if let pre = catalog.before.match(tokens, from: i), pre.last + 1 < tokens.count,
           var number = reader.readAmount(sentence, at: pre.last + 1, money: isMoney(pre.payload)), number.gluedUnit == nil {
            var qualifierList: [Qualifier] = []
            var first = i
            if let q = qualifiers.qualifier(before: number.first, in: sentence), q.first > pre.last {
                qualifierList.append(Qualifier(rawValue: q.name))
            } else if let q = qualifiers.qualifier(before: i, in: sentence) {
                // "at least $1.42", "más de $10": the qualifier stands before the sign.
                qualifierList.append(Qualifier(rawValue: q.name))
                first = q.first
            }
            number.first = min(number.first, i)
            var unitLast = number.last
            // "$10 - 20 dollars": the unit written again after the number.
            if let again = catalog.after.match(tokens, from: number.last + 1), again.payload == pre.payload { unitLast = again.last }
            return finish(sentence, number: number, unit: pre.payload, first: first, unitLast: unitLast, qualifiers: qualifierList)
        }
        if let code = gluedCode(sentence, at: i) { return code }
        let read = reader.readAmount(sentence, at: i)
        let byArticle = read == nil ? article(sentence, at: i) : nil
        guard var number = read ?? byArticle else { return nil }
        var unit = number.gluedUnit
        var unitLast = number.last
        if unit != nil, let tail = gluedTail(sentence, number: number) {
            unit = tail.unit
            unitLast = tail.last
        }
        if unit == nil {
            var next = number.last + 1
            if next < tokens.count, qualifiers.dashes.contains(tokens[next].text), !tokens[next].spaceBefore,
               next + 1 < tokens.count, !tokens[next + 1].spaceBefore {
                next += 1
            }
            // "2,3 millones de euros", "5 millions d'euros": a link word after a scale.
            if number.scaled, next < tokens.count, catalog.scaleLinks[sentence.language]?.contains(tokens[next].lower) == true,
               catalog.after.match(tokens, from: next) == nil {
                next += 1
            }
            if let match = catalog.after.match(tokens, from: next), accepts(match.payload, sentence, number: number, from: next, to: match.last),
               byArticle == nil || (next == number.last + 1 && catalog.units[match.payload]?.article == true
                                    && tokens[next...match.last].allSatisfy { $0.kind == .word }) {
                unit = match.payload
                unitLast = match.last
            }
        }
        // "70 gradi Fahreneit", "40 degrees Celcius": a degree then a misspelt scale name is
        // that scale, not the language's default one (a silent 70 °C otherwise).
        if let found = unit, ["temperature", "degree"].contains(catalog.units[found]?.dimension ?? ""), unitLast + 1 < tokens.count,
           tokens[unitLast + 1].kind == .word, let scale = Self.misspeltScale(tokens[unitLast + 1].lower) {
            unit = scale
            unitLast += 1
        }
        if let found = unit, ["temperature", "degree"].contains(catalog.units[found]?.dimension ?? ""),
           let below = catalog.belowZero.match(tokens, from: unitLast + 1) {
            // "2 degrees below zero": a negative temperature.
            number.negate()
            unitLast = below.last
        } else if unit == nil, !number.isWord, let below = catalog.belowZero.match(tokens, from: number.last + 1) {
            // "10 bajo cero": a degree with its unit left out.
            number.negate()
            unit = "°"
            unitLast = below.last
        }
        guard let unit else { return nil }
        // "- 2 degrees" opening a sentence: a minus set apart from a temperature is its
        // sign (elsewhere a dash set apart is a list's bullet or a pause).
        if number.first == 1, Self.minusSigns.contains(tokens[0].text), tokens[1].spaceBefore, number.value > 0,
           ["temperature", "degree"].contains(catalog.units[unit]?.dimension ?? "") {
            number.negate()
            number.first = 0
        }
        var qualifierList: [Qualifier] = []
        var first = number.first
        if let q = qualifiers.qualifier(before: number.first, in: sentence) {
            qualifierList.append(Qualifier(rawValue: q.name))
            first = q.first
        }
        return finish(sentence, number: number, unit: unit, first: first, unitLast: unitLast, qualifiers: qualifierList)
    }

    /// Minus signs (hyphen-minus and the minus sign).
    private static let minusSigns: Set<String> = ["-", "−"]

    /// The temperature scale a word misspells (at most two letters inserted, dropped,
    /// changed or swapped in "fahrenheit" or "celsius": "farenheit", "fahreneit",
    /// "celcius"), as the catalog's unit symbol; nil for the right spellings (already
    /// aliases) and for anything else.
    static func misspeltScale(_ word: String) -> String? {
        for (name, symbol) in [("fahrenheit", "°F"), ("celsius", "°C")] where word != name && word.count >= name.count - 2 {
            if EditDistance.atMost(2, word, name) { return symbol }
        }
        return nil
    }

    /// Whether the unit alias at tokens `first...last` after `number` may be taken: an
    /// alias matched only as written must be so written (`g`, not `G`), a unit for
    /// digits only needs digits ("45 degrees"), an alias for a clause's end needs nothing
    /// after it but punctuation ("5 in."), and a capitalised unit word after a year
    /// is a name ("the 2026 Cup").
    private func accepts(_ unit: String, _ sentence: SentenceText, number: NumberSpan, from first: Int, to last: Int) -> Bool {
        let tokens = sentence.tokens
        let word = tokens[first]
        if first == last, catalog.caseSensitive.contains(word.lower), word.text != word.lower { return false }
        // "5 in" is five inches only where no word follows ("5 in a row" is not).
        if first == last, catalog.clauseEnd.contains(word.lower), last + 1 < tokens.count, tokens[last + 1].kind != .punctuation { return false }
        if catalog.units[unit]?.digitsOnly == true, number.isWord { return false }
        let digits = tokens[number.last].text
        if !number.isWord, number.first == number.last, digits.utf8.count == 4, let year = Int(digits), (1800...2100).contains(year),
           let initial = word.text.first, initial.isUppercase, word.text.contains(where: \.isLowercase) { return false }
        return true
    }

    /// "a kilogram", "an ml", "une tasse": an article standing for one before a unit that
    /// allows it (checked by the caller). Not after a number or "per" ("$3 a litre").
    private func article(_ sentence: SentenceText, at i: Int) -> NumberSpan? {
        let tokens = sentence.tokens
        guard catalog.articles[sentence.language]?.contains(tokens[i].lower) == true, i + 1 < tokens.count else { return nil }
        for back in 1...2 where i - back >= 0 {
            if tokens[i - back].kind == .number || tokens[i - back].text.first?.isNumber == true { return nil }
        }
        if i > 0, ["per", "por", "par", "pro", "je", "al", "à"].contains(tokens[i - 1].lower) { return nil }
        return NumberSpan(first: i, last: i, value: 1, high: nil, isWord: true, vague: false, gluedUnit: nil)
    }

    /// "USD3.14", "Rs20", "EUR29,99": a currency code glued before the digits.
    private func gluedCode(_ sentence: SentenceText, at i: Int) -> Found? {
        let token = sentence.tokens[i]
        guard token.kind != .punctuation, let initial = token.text.first, initial.isLetter else { return nil }
        let letters = token.text.prefix { $0.isLetter }
        guard let symbol = catalog.gluedBefore[letters.lowercased()],
              let value = NumberReader.digits(String(token.text.dropFirst(letters.count)),
                                              decimalComma: catalog.numbers.decimalComma.contains(sentence.language)) else { return nil }
        let number = NumberSpan(first: i, last: i, value: value, high: nil, isWord: false, vague: false, gluedUnit: nil)
        var qualifierList: [Qualifier] = []
        var first = i
        if let q = qualifiers.qualifier(before: i, in: sentence) {
            qualifierList.append(Qualifier(rawValue: q.name))
            first = q.first
        }
        return finish(sentence, number: number, unit: symbol, first: first, unitLast: i, qualifiers: qualifierList)
    }

    /// "$20 and 43 cents", "3 GBP 1 pence", "US$3 and fourteen": a whole number below 100
    /// after an amount in a currency's main unit, with a minor unit after it or nothing
    /// (the end of the sentence or a punctuation mark), is its hundredths.
    private func minorUnits(_ sentence: SentenceText, _ item: inout Found) {
        let tokens = sentence.tokens
        guard let info = catalog.units[item.unit], info.dimension.hasPrefix("money"), info.factor == 1,
              item.number.high == nil, !item.number.vague, item.number.value == item.number.value.rounded(),
              item.unitLast == item.last || item.number.last == item.last else { return }
        var next = item.last + 1
        if next < tokens.count, qualifiers.openedJoin.contains(tokens[next].lower) { next += 1 }
        guard next < tokens.count, tokens[next].kind != .punctuation else { return }
        // "43c", "43ц": digits glued to a minor unit's sign.
        let digits = tokens[next].text.prefix { $0.isASCII && $0.isNumber }
        let glued = digits.isEmpty ? nil : catalog.minorSigns.contains(tokens[next].text.dropFirst(digits.count).lowercased()) ? Double(digits) : nil
        guard let cents = glued.map({ NumberSpan(first: next, last: next, value: $0, high: nil, isWord: false, vague: false, gluedUnit: nil) })
                ?? reader.read(sentence, at: next, guarded: true), cents.gluedUnit == nil, !cents.vague, cents.high == nil,
              cents.value >= 1, cents.value < 100, cents.value == cents.value.rounded() else { return }
        var last = cents.last
        if glued != nil {
            // The sign is the minor unit.
        } else if last + 1 < tokens.count, catalog.minorUnits.contains(tokens[last + 1].lower) {
            last += 1
        } else if last + 1 < tokens.count, tokens[last + 1].kind != .punctuation {
            return
        }
        item.number.value += cents.value / 100
        item.number.last = cents.last
        item.last = last
        item.unitLast = max(item.unitLast, last)
    }

    /// "two days later", "18 hours after the accident", "hace tres días": a duration that
    /// places something in time (a relative date or time), not the length of anything.
    private func isTimeOffset(_ sentence: SentenceText, _ item: Found) -> Bool {
        guard catalog.units[item.unit]?.dimension == "duration" else { return false }
        return catalog.offsetsAfter.match(sentence.tokens, from: item.last + 1) != nil
            || catalog.offsetsBefore.match(sentence.tokens, endingAt: item.first - 1) != nil
    }

    /// Whether a unit symbol is a currency (its dimension is `money-…`).
    private func isMoney(_ symbol: String) -> Bool {
        catalog.units[symbol]?.dimension.hasPrefix("money") ?? false
    }

    /// A multi-word unit whose first word is glued to the digits: `10km/hr`, `5m/s`.
    private func gluedTail(_ sentence: SentenceText, number: NumberSpan) -> (unit: String, last: Int)? {
        let tokens = sentence.tokens
        let next = number.last + 1
        guard next < tokens.count, !tokens[next].spaceBefore else { return nil }
        let head = String(tokens[number.last].lower.drop { $0.isNumber || $0 == "." || $0 == "," })
        guard let match = catalog.gluedTails[head]?.match(tokens, from: next) else { return nil }
        return (match.payload, match.last)
    }

    /// "from 3 km to 5 km", "between 10 dollars and 20 dollars", "3km-5km": a range whose
    /// two ends both carry the unit (a joining word meaning "and" needs an opening word).
    private func unitRange(_ sentence: SentenceText, _ item: inout Found) {
        let tokens = sentence.tokens
        let link = item.last + 1
        guard item.number.high == nil, !item.number.vague, link + 1 < tokens.count else { return }
        let openerAt = item.number.first - 1
        let opener = openerAt >= 0 && qualifiers.rangeStart.contains(tokens[openerAt].lower) ? openerAt : nil
        let isDash = qualifiers.dashes.contains(tokens[link].text)
        let isJoin = !isDash && qualifiers.rangeJoin.contains(tokens[link].lower)
            && (opener != nil || !qualifiers.openedJoin.contains(tokens[link].lower))
        // The second end may carry a qualifier of its own ("between 2 l and about 7 l").
        let part = quantity(sentence, at: link + 1)
            ?? (link + 2..<min(link + 5, tokens.count)).lazy.compactMap { quantity(sentence, at: $0) }.first { $0.first == link + 1 }
        guard isDash || isJoin else { return }
        // "from 10 dollars to 20": after an opening word, a bare number ending the clause.
        if part == nil, let opener, !isDash, let high = reader.read(sentence, at: link + 1, guarded: true), high.high == nil,
           !high.vague, high.gluedUnit == nil, high.value > item.number.value,
           high.last + 1 >= tokens.count || tokens[high.last + 1].kind == .punctuation {
            item.number.high = high.value
            item.number.last = high.last
            item.last = high.last
            item.unitLast = high.last
            item.first = min(item.first, opener)
            return
        }
        guard let part, part.unit == item.unit, part.number.high == nil,
              !part.number.vague, part.number.value > item.number.value else { return }
        item.number.high = part.number.value
        item.number.last = part.number.last
        item.last = part.last
        item.unitLast = part.unitLast
        if let opener { item.first = min(item.first, opener) }
        item.qualifiers += part.qualifiers.filter { !item.qualifiers.contains($0) }
        if !item.cued, part.cued {
            item.subtype = part.subtype
            item.cued = true
        }
    }

    /// "5 feet 2 inches", "2 hours and 30 minutes", "10 kms, 8 metres": a quantity right
    /// after another of the same dimension in a smaller unit (across "and" or a comma)
    /// is one amount, given in the smaller unit. Not for scales with an offset
    /// (temperatures), ranges or qualified parts.
    private func compound(_ sentence: SentenceText, _ item: inout Found) {
        let tokens = sentence.tokens
        while let info = catalog.units[item.unit], info.offset == 0, item.number.high == nil, item.unitLast == item.last {
            var next = item.last + 1
            if next < tokens.count, tokens[next].lower == "and" || tokens[next].text == "," { next += 1 }
            if next < tokens.count, tokens[next].lower == "and", tokens[next - 1].text == "," { next += 1 }
            guard next < tokens.count, tokens[next].kind != .punctuation,
                  let part = quantity(sentence, at: next) ?? marked(sentence, at: next, after: info), part.first == next, part.qualifiers.isEmpty, part.number.high == nil,
                  !part.number.vague, let partInfo = catalog.units[part.unit], partInfo.dimension == info.dimension,
                  partInfo.offset == 0, partInfo.factor < info.factor else { return }
            // Rounded to nine decimals: 7 ft in inches is 84, not 84.00000000000001.
            item.number.value = ((item.number.value * info.factor / partInfo.factor + part.number.value) * 1e9).rounded() / 1e9
            item.number.last = part.number.last
            item.unit = part.unit
            item.unitLast = part.unitLast
            item.last = part.last
            if !item.cued, part.cued {
                item.subtype = part.subtype
                item.cued = true
            }
        }
    }

    /// "7'", `10"`: digits with a foot or inch mark, read only as the smaller part of a
    /// length ("2 yd 7'", "6 ft 2\""): alone, a mark after digits closes a quotation as often.
    private func marked(_ sentence: SentenceText, at i: Int, after info: UnitCatalog.UnitInfo) -> Found? {
        let tokens = sentence.tokens
        guard info.dimension == "length", i + 1 < tokens.count, tokens[i].kind == .number, !tokens[i + 1].spaceBefore,
              let value = NumberReader.digits(tokens[i].text, decimalComma: false) else { return nil }
        var last = i + 1
        var symbol: String
        switch tokens[i + 1].text {
        case "'", "′", "’":
            symbol = "ft"
            if last + 1 < tokens.count, tokens[last + 1].text == tokens[i + 1].text, !tokens[last + 1].spaceBefore {
                symbol = "in"
                last += 1
            }
        case "\"", "″", "”": symbol = "in"
        default: return nil
        }
        guard catalog.units[symbol] != nil else { return nil }
        let number = NumberSpan(first: i, last: last, value: value, high: nil, isWord: false, vague: false, gluedUnit: nil)
        return Found(number: number, unit: symbol, first: i, last: last, unitLast: last, qualifiers: [], subtype: nil, cued: false)
    }

    /// Adds the trailing qualifier ("or so") and the subtype.
    private func finish(_ sentence: SentenceText, number: NumberSpan, unit: String, first: Int, unitLast: Int,
                        qualifiers qualifierList: [Qualifier]) -> Found {
        var list = qualifierList
        var last = unitLast
        if let q = qualifiers.qualifier(after: unitLast, in: sentence) {
            list.append(Qualifier(rawValue: q.name))
            last = q.last
        }
        let dimension = catalog.units[unit]?.dimension ?? ""
        let cue = measure(sentence, first: first, last: last, dimension: dimension)
        return Found(number: number, unit: unit, first: first, last: last, unitLast: unitLast,
                     qualifiers: list, subtype: cue ?? catalog.unitSubtypes[unit] ?? catalog.defaultSubtypes[dimension], cued: cue != nil)
    }

    /// The nearest measure cue within the window before `first` or after `last`.
    private func measure(_ sentence: SentenceText, first: Int, last: Int, dimension: String) -> String? {
        let tokens = sentence.tokens
        var beforeOpen = true, afterOpen = true
        for distance in 0..<catalog.window {
            // Another number closes a direction: its cues are its own.
            let before = first - 1 - distance
            if before < 0 || tokens[before].kind == .number { beforeOpen = false }
            if beforeOpen, let cue = catalog.measuresBefore.match(tokens, endingAt: before),
               cue.payload.dimensions.contains(dimension) {
                return cue.payload.subtype
            }
            let after = last + 1 + distance
            if after >= tokens.count || tokens[after].kind == .number { afterOpen = false }
            if afterOpen, let cue = catalog.measuresAfter.match(tokens, from: after),
               cue.payload.dimensions.contains(dimension) {
                return cue.payload.subtype
            }
        }
        return nil
    }

    /// "44 miles (71 kilometres)": a quantity and its parenthesised conversion share the
    /// subtype found for either.
    private func shareParenthesised(_ found: inout [Found], tokens: [Token]) {
        guard found.count > 1 else { return }
        for k in 1..<found.count {
            let outer = found[k - 1], inner = found[k]
            guard outer.last + 2 == inner.first, tokens[outer.last + 1].text == "(",
                  inner.last + 1 < tokens.count, tokens[inner.last + 1].text == ")",
                  catalog.units[outer.unit]?.dimension == catalog.units[inner.unit]?.dimension else { continue }
            if outer.cued && !inner.cued {
                found[k].subtype = outer.subtype
                found[k].cued = true
            } else if inner.cued && !outer.cued {
                found[k - 1].subtype = inner.subtype
                found[k - 1].cued = true
            }
        }
    }
}
