import VerifyICU

/// Reads numbers at a token of a sentence: digits with the language's separators
/// (`2,012`, `18.5`, `1 404`, `6,8` in Russian), digits glued to a unit (`75km`), scale
/// words (`5 million`), spelled-out numbers through ICU (`thirty-five`, `тридцать пять`),
/// extra number words from `units.yaml` (`a dozen`, `двое`) and vague plurals (`dozens`),
/// and ranges (`100-300`, `between 100 and 300`, `from 5 to 10`).
///
/// Leaves alone what only looks like a number: model names and codes (`S-300`, `Kh-101`,
/// `J2-8243`, `COP30`), times (`01:00`), dotted dates (`02.01.2024`), ordinals
/// (`first`, `8th`) and money (`$5`). Not thread-safe (it owns ICU parsers and a cache):
/// one per extractor.
final class NumberReader {
    /// Per-language tables derived from `units.yaml`, with the cache of ICU readings
    /// (a class so that the cache is updated in place, never copied).
    private final class Language {
        /// ICU spell-out parser (nil if ICU lacks the locale).
        var parser: SpelloutParser?
        /// Extra number words and vague plurals.
        var extras: PhraseTable<(value: Double, vague: Bool)>
        /// Multipliers after a number.
        var scales: [String: Double]
        /// Words joining number words.
        var connectors: Set<String>
        /// Words ICU reads that are not cardinals.
        var notNumbers: Set<String>
        /// Endings of ordinals.
        var notSuffixes: [String]
        /// Cardinals with ordinal-looking endings.
        var exceptions: Set<String>
        /// Whether the language writes a decimal comma.
        var decimalComma: Bool
        /// How number words begin (nil: see ``openings``).
        var stems: [String]?
        /// Without `stems`: the first one to three letters of every word ICU writes when
        /// it spells out numbers in this language, so that only words that begin like one
        /// are handed to ICU's (slow) lenient parser.
        var openings: Set<String> = []
        /// Powers that the language writes glued to their multiplier, each with its "one"
        /// ("hundert": "ein", from ICU's "einhundert"), so that "hunderttausend" and
        /// "tausendachthundert", which ICU does not read, are read as "ein…".
        var gluedPowers: [(ending: String, one: String)] = []
        /// ICU's number words by their spelling without accents ("osiemdziesiat" →
        /// "osiemdziesiąt"; "trés" folds to "tres"), for numbers written without them or
        /// with stray ones.
        var unaccented: [String: String] = [:]
        /// Multipliers glued to digits, case-sensitive (`1.8M`).
        var suffixes: [String: Double] = [:]
        /// Multipliers after an amount of money (`$5m`).
        var moneyScales: [String: Double] = [:]
        /// Fractions after a whole number ("and a half").
        var fractions = PhraseTable<Double>()
        /// Words after a tens word that make it an ordinal ("twenty second").
        var ordinals: Set<String> = []
        /// Words that make the number after them negative ("minus 5").
        var negatives: Set<String> = []
        /// Words after which a negative word is none ("au moins 5", "al menos 5").
        var negativesNotAfter: Set<String> = []
        /// Words for the decimal mark between two numbers ("1 point 5").
        var decimalWords: Set<String> = []
        /// Phrases ending in a decimal word that are no number ("at one point").
        var decimalIdioms = PhraseTable<Bool>()
        /// Words ICU read as numbers.
        var wordCache: [String: Double] = [:]
        /// Words ICU did not read as numbers.
        var nonWords: Set<String> = []
        /// ICU's readings of runs of number words (nil: not a number), so that a run is
        /// handed to ICU once however often it is written.
        var runCache: [String: Double?] = [:]

        /// Tables for one language.
        init(parser: SpelloutParser?, extras: PhraseTable<(value: Double, vague: Bool)>, scales: [String: Double],
             connectors: Set<String>, notNumbers: Set<String>, notSuffixes: [String], exceptions: Set<String>, decimalComma: Bool, stems: [String]?) {
            self.stems = stems
            self.parser = parser
            self.extras = extras
            self.scales = scales
            self.connectors = connectors
            self.notNumbers = notNumbers
            self.notSuffixes = notSuffixes
            self.exceptions = exceptions
            self.decimalComma = decimalComma
        }
    }

    /// Marks that make a glued number part of a code or time (`11:11`, `1/2`, `#5`).
    private static let codeJoiners: Set<String> = [":", "/", "#", "№"]
    /// Currency signs: money is not read.
    private static let currencies: Set<String> = ["$", "€", "£", "¥", "₽", "₴", "₼"]

    /// Units and number conventions.
    private let catalog: UnitCatalog
    /// Range words and dashes.
    private let qualifiers: QualifierRules
    /// Tables by language, built on first use.
    private var languages: [String: Language] = [:]

    /// A reader over a rule set's units and qualifiers.
    init(catalog: UnitCatalog, qualifiers: QualifierRules) {
        self.catalog = catalog
        self.qualifiers = qualifiers
    }

    /// A number, or a range of two, starting at token `index` (a range may also start
    /// at an opening word such as "between" or "from" at `index`).
    /// `money`: the number follows a currency sign (`$5m`: `m` is a million, not metres).
    func readAmount(_ sentence: SentenceText, at index: Int, money: Bool = false) -> NumberSpan? {
        let tokens = sentence.tokens
        var opener: Int?
        var startAt = index
        if qualifiers.rangeStart.contains(tokens[index].lower), index + 1 < tokens.count {
            opener = index
            startAt = index + 1
        }
        guard var low = read(sentence, at: startAt, guarded: true, money: money) else { return nil }
        restated(sentence, &low)
        let next = low.last + 1
        if low.gluedUnit == nil, next + 1 < tokens.count {
            let link = tokens[next]
            let isDash = qualifiers.dashes.contains(link.lower)
            let isJoin = !isDash && qualifiers.rangeJoin.contains(link.lower)
                && (opener != nil || !qualifiers.openedJoin.contains(link.lower))
            // "2 - ~7": an approximation sign before the upper end.
            let highAt = next + 2 < tokens.count && tokens[next + 1].text == "~" && !tokens[next + 2].spaceBefore ? next + 2 : next + 1
            if isDash || isJoin, let high = read(sentence, at: highAt, guarded: false, money: money), high.value > low.value,
               !(isDash && low.isWord != high.isWord) {
                low.high = high.value
                low.last = high.last
                low.gluedUnit = high.gluedUnit
                low.vague = low.vague || high.vague
                if let opener { low.first = opener }
                return low
            }
        }
        return opener == nil ? low : nil
    }

    /// A single number at token `index`. `guarded` rejects numbers that belong to codes
    /// (glued after a letter and a dash), times and (unless `money`) amounts after a
    /// currency sign.
    func read(_ sentence: SentenceText, at index: Int, guarded: Bool, money: Bool = false) -> NumberSpan? {
        let tokens = sentence.tokens
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if guarded, index > 0 {
            let previous = tokens[index - 1]
            if !token.spaceBefore {
                if Self.codeJoiners.contains(previous.text) { return nil }
                // "S-300", "J2-8243" are codes; "3km-5km" is a range of two amounts.
                if qualifiers.dashes.contains(previous.text), index > 1, !previous.spaceBefore, tokens[index - 2].kind != .punctuation,
                   !(tokens[index - 2].kind == .word && tokens[index - 2].text.first.map { $0.isASCII && $0.isNumber } == true) { return nil }
                if previous.text == "." || previous.text == "," { return nil }
            }
            if !money, Self.currencies.contains(previous.text) { return nil }
        }
        if index + 2 < tokens.count, tokens[index + 1].text == ":", !tokens[index + 1].spaceBefore,
           tokens[index + 2].kind == .number { return nil }
        let language = table(for: sentence.language)
        switch token.kind {
        case .number:
            if let fraction = fraction(sentence, at: index) {
                var found = fraction
                scale(sentence, &found, language: language, money: money)
                return found
            }
            guard var value = Self.digits(token.text, decimalComma: language.decimalComma) else { return nil }
            var last = index
            // Thousands grouped by (non-breaking) spaces: "1 404".
            while value == value.rounded(), last + 1 < tokens.count, tokens[last + 1].kind == .number,
                  tokens[last + 1].text.utf8.count == 3, tokens[last + 1].text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                  groupingGap(sentence, from: last, language: language), last == index ? token.text.utf8.count <= 3 : true {
                value = value * 1000 + Double(tokens[last + 1].text)!
                last += 1
            }
            // "6 700,54": the last group of a space-grouped number may carry the decimals.
            if language.decimalComma, value == value.rounded(), last + 1 < tokens.count, tokens[last + 1].kind == .number,
               last == index ? token.text.utf8.count <= 3 : true, groupingGap(sentence, from: last, language: language),
               let tail = Self.groupWithDecimals(tokens[last + 1].text) {
                value = value * 1000 + tail
                last += 1
            }
            // "1½", "1 ½": a vulgar fraction after a whole number.
            if value == value.rounded(), last + 1 < tokens.count, let fraction = Self.vulgarFraction(tokens[last + 1].text) {
                value += fraction
                last += 1
            }
            var found = NumberSpan(first: index, last: last, value: value, high: nil, isWord: false, vague: false, gluedUnit: nil)
            addFraction(sentence, to: &found, language: language)
            decimal(sentence, &found, language: language)
            scale(sentence, &found, language: language, money: money)
            return found
        case .word where language.negatives.contains(token.lower):
            // Not "au moins 5", "por lo menos 5", nor "ocho menos cinco" (a number before).
            if index > 0 {
                let previous = tokens[index - 1]
                if language.negativesNotAfter.contains(previous.lower) || previous.kind == .number
                    || previous.kind == .word && isNumberWord(previous.lower, language: language) { return nil }
            }
            return negative(sentence, at: index, money: money)
        case .word:
            if let first = token.text.unicodeScalars.first, first.properties.numericType != nil {
                guard var found = glued(token, at: index, language: language, money: money) else { return nil }
                if found.gluedUnit == nil { scale(sentence, &found, language: language, money: money) }
                return found
            }
            return words(sentence, at: index, language: language, money: money)
        case .punctuation where Self.minusSigns.contains(token.text):
            // "-2 °C", "-1.2M": a minus glued to the digits and set apart from what stands before it.
            guard index == 0 || token.spaceBefore, index + 1 < tokens.count, !tokens[index + 1].spaceBefore,
                  tokens[index + 1].kind == .number || tokens[index + 1].text.unicodeScalars.first.map({ $0.isASCII && $0.properties.numericType != nil }) == true
            else { return nil }
            return negative(sentence, at: index, money: money)
        case .punctuation where token.text == (language.decimalComma ? "," : "."):
            // ".75", ",77": a decimal mark glued before digits and set apart from what stands before it.
            guard index == 0 || token.spaceBefore, index + 1 < tokens.count, !tokens[index + 1].spaceBefore,
                  tokens[index + 1].kind == .number, tokens[index + 1].text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                  let value = Double("0." + tokens[index + 1].text) else { return nil }
            var found = NumberSpan(first: index, last: index + 1, value: value, high: nil, isWord: false, vague: false, gluedUnit: nil)
            scale(sentence, &found, language: language, money: money)
            return found
        case .punctuation:
            guard let fraction = Self.vulgarFraction(token.text) else { return nil }
            return NumberSpan(first: index, last: index, value: fraction, high: nil, isWord: false, vague: false, gluedUnit: nil)
        }
    }

    /// Digits glued to a unit symbol (`75km`), a multiplier (`1.8M`, `10K`; `5m` after a
    /// currency sign) or a vulgar fraction (`1½`, `½`) in one token.
    private func glued(_ token: Token, at index: Int, language: Language, money: Bool) -> NumberSpan? {
        let digits = token.text.prefix { ($0.isNumber && $0.isASCII) || $0 == "." || $0 == "," }
        let rest = String(token.text.dropFirst(digits.count))
        var value = digits.isEmpty ? 0 : Self.digits(String(digits), decimalComma: language.decimalComma)
        if let fraction = Self.vulgarFraction(rest) {
            guard let whole = value else { return nil }
            value = whole + fraction
            return NumberSpan(first: index, last: index, value: value!, high: nil, isWord: false, vague: false, gluedUnit: nil)
        }
        guard let value, !digits.isEmpty else { return nil }
        if let multiplier = language.suffixes[rest] ?? (money ? language.moneyScales[rest.lowercased()] : nil) {
            return NumberSpan(first: index, last: index, value: value * multiplier, high: nil, isWord: false, vague: false, gluedUnit: nil)
        }
        guard let unit = catalog.glued[rest.lowercased()],
              !catalog.caseSensitive.contains(rest.lowercased()) || rest == rest.lowercased() else { return nil }
        return NumberSpan(first: index, last: index, value: value, high: nil, isWord: false, vague: false, gluedUnit: unit)
    }

    /// "3/4", "2/1000": a fraction of digits, not part of a date such as 1/2/2024 (a third
    /// number glued after it).
    private func fraction(_ sentence: SentenceText, at i: Int) -> NumberSpan? {
        let tokens = sentence.tokens
        func isDigits(_ token: Token) -> Bool { token.kind == .number && token.text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
        guard i + 2 < tokens.count, isDigits(tokens[i]), tokens[i + 1].text == "/", !tokens[i + 1].spaceBefore,
              isDigits(tokens[i + 2]), !tokens[i + 2].spaceBefore,
              i + 3 >= tokens.count || tokens[i + 3].spaceBefore || !["/", ".", "-"].contains(tokens[i + 3].text),
              let numerator = Double(tokens[i].text), let denominator = Double(tokens[i + 2].text), denominator > 0 else { return nil }
        return NumberSpan(first: i, last: i + 2, value: numerator / denominator, high: nil, isWord: false, vague: false, gluedUnit: nil)
    }

    /// "forty-five (45)", "45 (forty-five)": a number restated in brackets, in words for
    /// digits or digits for words, is one number.
    private func restated(_ sentence: SentenceText, _ found: inout NumberSpan) {
        let tokens = sentence.tokens
        let open = found.last + 1
        guard found.high == nil, !found.vague, open + 2 < tokens.count, tokens[open].text == "(",
              let inner = read(sentence, at: open + 1, guarded: false), inner.value == found.value, inner.isWord != found.isWord,
              inner.high == nil, inner.last + 1 < tokens.count, tokens[inner.last + 1].text == ")" else { return }
        found.last = inner.last + 1
    }

    /// Signs that make the digits glued after them negative.
    private static let minusSigns: Set<String> = ["-", "−"]

    /// The number after a minus sign or word at `index`, negated, its span from `index`.
    private func negative(_ sentence: SentenceText, at index: Int, money: Bool) -> NumberSpan? {
        guard var found = read(sentence, at: index + 1, guarded: false, money: money), !found.vague else { return nil }
        found.value = -found.value
        found.first = index
        return found
    }

    /// The value of a vulgar fraction character (`½` → 0.5), from its Unicode numeric value.
    private static func vulgarFraction(_ text: String) -> Double? {
        guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first,
              scalar.properties.numericType == .numeric, let value = scalar.properties.numericValue, value < 1 else { return nil }
        return value
    }

    /// A multiplier word after the number ("5 million", "2,3 millones"; "$5 m" for money).
    private func scale(_ sentence: SentenceText, _ found: inout NumberSpan, language: Language, money: Bool) {
        let tokens = sentence.tokens
        guard !found.vague, found.last + 1 < tokens.count else { return }
        let word = tokens[found.last + 1].lower
        if let multiplier = language.scales[word] ?? (money ? language.moneyScales[word] : nil) {
            found.value *= multiplier
            found.last += 1
            found.scaled = true
        }
    }

    /// "1 point 5", "two point two million", "uno coma cinco": a decimal word between a
    /// whole number and the digits (or a whole number in words) of its fraction. Not in
    /// the language's idioms ("at one point two men...").
    private func decimal(_ sentence: SentenceText, _ found: inout NumberSpan, language: Language) {
        let tokens = sentence.tokens
        let mark = found.last + 1
        guard !found.vague, found.high == nil, found.value == found.value.rounded(), mark + 1 < tokens.count,
              language.decimalWords.contains(tokens[mark].lower),
              language.decimalIdioms.match(tokens, endingAt: mark) == nil else { return }
        let next = tokens[mark + 1]
        if next.kind == .number, next.text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let fraction = Double("0." + next.text) {
            found.value += fraction
            found.last = mark + 1
        } else if next.kind == .word, let part = words(sentence, at: mark + 1, language: language, money: false, scaled: false),
                  !part.vague, part.value >= 1, part.value == part.value.rounded(), part.value < 1e6 {
            found.value += part.value / Self.pow10(String(Int(part.value)).count)
            found.last = part.last
        }
    }

    /// "veinte y uno", "тридцати три", "пятьсот двадцати пять": number words that ICU does
    /// not read as one (a form it does not write) but that add up place by place, each
    /// smaller than the lowest place the number before leaves empty (20 + 1, 500 + 20 + 5,
    /// "three crore twelve lakh": 3·10⁷ + 1.2·10⁶), across one of the language's connectors.
    private func addPlaces(_ sentence: SentenceText, to found: inout NumberSpan, language: Language) {
        let tokens = sentence.tokens
        while found.value >= 10, found.value == found.value.rounded(), found.value < 1e18 {
            var place = 1.0
            while (found.value / (place * 10)).rounded() == found.value / (place * 10) { place *= 10 }
            var next = found.last + 1
            if next < tokens.count, language.connectors.contains(tokens[next].lower) { next += 1 }
            // "treinta y 3", "trente 3": a digit completes a number in words (not the "5" of "5-year-olds").
            if found.isWord, next < tokens.count, tokens[next].kind == .number, tokens[next].text.utf8.count == 1,
               next + 1 >= tokens.count || tokens[next + 1].spaceBefore || tokens[next + 1].kind == .punctuation && !qualifiers.dashes.contains(tokens[next + 1].text),
               let digit = Double(tokens[next].text), digit >= 1, digit < place {
                found.value += digit
                found.last = next
                return
            }
            guard next < tokens.count, tokens[next].kind == .word,
                  let part = words(sentence, at: next, language: language, money: false, places: false),
                  !part.vague, part.value >= 1, part.value < place, part.value == part.value.rounded(),
                  !isOrdinal(sentence, after: part, language: language) else { return }
            found.value += part.value
            found.last = part.last
        }
    }

    /// "one and a half", "2 and a half", "dos y medio": a fraction phrase after a whole number.
    private func addFraction(_ sentence: SentenceText, to found: inout NumberSpan, language: Language) {
        guard found.value == found.value.rounded(), let fraction = language.fractions.match(sentence.tokens, from: found.last + 1) else { return }
        found.value += fraction.payload
        found.last = fraction.last
    }

    /// A spelled-out number starting at `index`: the longest of the extra words and the
    /// longest run of words (up to twelve, the first a number word) that ICU reads as a whole.
    ///
    /// - Complexity: ICU is asked once per distinct word and once per distinct run; a run
    ///   holds only words that are numbers themselves (or begin like one, where the
    ///   language lists `stems`) or scale words, so other words never reach ICU.
    /// `scaled`: a scale word in or after it multiplies it ("two million"); `places`: number
    /// words after it may add up with it (``addPlaces(_:to:language:)``).
    private func words(_ sentence: SentenceText, at index: Int, language: Language, money: Bool,
                       scaled: Bool = true, places: Bool = true) -> NumberSpan? {
        let tokens = sentence.tokens
        var best: NumberSpan?
        if let extra = language.extras.match(tokens, from: index) {
            best = NumberSpan(first: index, last: extra.last, value: extra.payload.value, high: nil,
                              isWord: true, vague: extra.payload.vague, gluedUnit: nil)
        }
        // The run: number words, joined by hyphens or connectors (after an extra word
        // such as "cento", only the places that add up to it: addPlaces).
        if isNumberWord(tokens[index].lower, language: language) {
            var candidates: [Int] = [index]
            var j = index + 1
            var words = 1
            while j < tokens.count, words < 12 {
                let token = tokens[j]
                if (qualifiers.dashes.contains(token.text) && !token.spaceBefore) || language.connectors.contains(token.lower) {
                    j += 1
                    continue
                }
                // Words that do not parse alone ("hundred") may still complete a number, if
                // they begin like number words.
                guard token.kind == .word, !language.notNumbers.contains(token.lower), scaled || language.scales[token.lower] == nil,
                      language.stems.map({ stems in stems.contains { token.lower.hasPrefix($0) } })
                        ?? (language.scales[token.lower] != nil || isNumberWord(token.lower, language: language)) else { break }
                // "five six": two digits in a row are two numbers (ICU would read 506), or a
                // string of digits ("zero four two").
                if digitValue(tokens[candidates[candidates.count - 1]].lower, language: language) != nil,
                   digitValue(token.lower, language: language) != nil { break }
                candidates.append(j)
                words += 1
                j += 1
            }
            for end in candidates.reversed() {
                if let best, best.last >= end { break }
                let value = end == index ? language.wordCache[tokens[index].lower] : run(sentence.span(index, end).text, language: language)
                if let value {
                    best = NumberSpan(first: index, last: end, value: value, high: nil, isWord: true, vague: false, gluedUnit: nil)
                    break
                }
            }
        }
        guard var found = best else { return nil }
        // "cero cinco", "zero one two": a zero word leading digit words is a string of digits.
        if found.value == 0, !found.vague, found.first == found.last {
            var digits = ""
            var next = found.last + 1
            while next < tokens.count, tokens[next].kind == .word, let digit = digitValue(tokens[next].lower, language: language) {
                digits += String(digit)
                next += 1
            }
            if !digits.isEmpty, let value = Double(digits) {
                found.value = value
                found.last = next - 1
                return found
            }
        }
        if !found.vague, isOrdinal(sentence, after: found, language: language) { return nil }
        if !found.vague, places { addPlaces(sentence, to: &found, language: language) }
        if !found.vague, scaled { addFraction(sentence, to: &found, language: language) }
        if scaled {
            decimal(sentence, &found, language: language)
            scale(sentence, &found, language: language, money: money)
            // "zwei Billiarden siebenhunderteinundsiebzig Billionen": places after a scale.
            if found.scaled, places { addPlaces(sentence, to: &found, language: language) }
        }
        return found
    }

    /// "twenty second", "thirty-first": a tens word followed by an ordinal word is one ordinal.
    private func isOrdinal(_ sentence: SentenceText, after found: NumberSpan, language: Language) -> Bool {
        let tokens = sentence.tokens
        guard found.value >= 20, found.value.truncatingRemainder(dividingBy: 10) == 0, found.value < 100 else { return false }
        var next = found.last + 1
        if next < tokens.count, qualifiers.dashes.contains(tokens[next].text), !tokens[next].spaceBefore { next += 1 }
        return next < tokens.count && language.ordinals.contains(tokens[next].lower)
    }

    /// ICU's reading of a run of words, cached per language.
    private func run(_ text: String, language: Language) -> Double? {
        if let known = language.runCache[text] { return known }
        let value = parse(text, language: language)
        if language.runCache.count > 100_000 { language.runCache.removeAll(keepingCapacity: true) }
        language.runCache[text] = value
        return value
    }

    /// The digit (zero to nine) this one word is, if it is one.
    private func digitValue(_ lower: String, language: Language) -> Int? {
        guard isNumberWord(lower, language: language), let value = language.wordCache[lower],
              value >= 0, value <= 9, value == value.rounded() else { return nil }
        return Int(value)
    }

    /// Whether ICU reads this one word as a cardinal (cached per language).
    private func isNumberWord(_ lower: String, language: Language) -> Bool {
        if language.wordCache[lower] != nil { return true }
        if language.nonWords.contains(lower) { return false }
        var value: Double?
        let excluded = !language.exceptions.contains(lower)
            && (language.notNumbers.contains(lower) || language.notSuffixes.contains { lower.hasSuffix($0) })
            || language.stems.map { stems in !stems.contains { lower.hasPrefix($0) } } == true
            || language.stems == nil && !language.openings.contains(String(lower.prefix(3)))
                && !language.openings.contains(String(DateFolding.fold(lower).prefix(3)))
        if !excluded { value = parse(lower, language: language) }
        if language.wordCache.count + language.nonWords.count > 200_000 {
            language.wordCache.removeAll(keepingCapacity: true)
            language.nonWords.removeAll(keepingCapacity: true)
        }
        if let value { language.wordCache[lower] = value } else { language.nonWords.insert(lower) }
        return value != nil
    }

    /// ICU's reading of a spelled-out number (apostrophes unified for Ukrainian).
    private func parse(_ text: String, language: Language) -> Double? {
        guard let parser = language.parser else { return nil }
        var text = text.lowercased()
        if text.contains("'") || text.contains("’") {
            text = String(text.map { $0 == "'" || $0 == "’" ? "ʼ" : $0 })
        }
        var value = parser.parse(text)
        if value == nil, !language.unaccented.isEmpty {
            // Written without (or with stray) accents: each word as ICU spells it.
            let words = text.split(separator: " ").map(String.init)
            let spelled = words.map { language.unaccented[DateFolding.fold($0)] ?? $0 }
            if spelled != words { value = parser.parse(spelled.joined(separator: " ")) }
        }
        if value == nil, let power = language.gluedPowers.first(where: { text.hasPrefix($0.ending) }) {
            value = parser.parse(power.one + text)
        }
        guard let value, value >= 0, value.isFinite else { return nil }
        return value
    }

    /// Whether the gap after token `index` is a thousands separator: a non-breaking or
    /// thin space, or (in decimal-comma languages) one plain space.
    private func groupingGap(_ sentence: SentenceText, from index: Int, language: Language) -> Bool {
        let gap = sentence.slice(sentence.tokens[index].range.upperBound..<sentence.tokens[index + 1].range.lowerBound)
        if gap == "\u{00A0}" || gap == "\u{202F}" || gap == "\u{2009}" { return true }
        return language.decimalComma && gap == " "
    }

    /// The value of a digit string with separators: `2,012` → 2012, `18.5` → 18.5,
    /// `6,8` → 6.8 and `1.404` → 1404 with a decimal comma; nil for `02.01.2024`.
    static func digits(_ text: String, decimalComma: Bool) -> Double? {
        let bytes = Array(text.utf8)
        guard let firstByte = bytes.first, let lastByte = bytes.last,
              firstByte >= 48, firstByte <= 57, lastByte >= 48, lastByte <= 57 else { return nil }
        var groups: [[UInt8]] = [[]]
        var separators: [UInt8] = []
        for byte in bytes {
            if byte >= 48 && byte <= 57 {
                groups[groups.count - 1].append(byte)
            } else if byte == 44 || byte == 46 {
                separators.append(byte)
                groups.append([])
            } else {
                return nil
            }
        }
        func number(_ digits: [[UInt8]]) -> Double? { Double(String(decoding: digits.joined(), as: UTF8.self)) }
        if separators.isEmpty { return number(groups) }
        let grouped = groups.dropFirst().allSatisfy { $0.count == 3 } && groups[0].count <= 3 && groups[0] != [48]
        let decimalMark: UInt8 = decimalComma ? 44 : 46
        let kinds = Set(separators)
        if kinds.count == 2 {
            // "1,234.5" or "1.234,5": the last separator is the decimal mark.
            let mark = separators[separators.count - 1]
            guard separators.dropLast().allSatisfy({ $0 != mark }),
                  groups.dropFirst().dropLast().allSatisfy({ $0.count == 3 }), groups[0].count <= 3,
                  let whole = number(Array(groups.dropLast())), let fraction = number([groups[groups.count - 1]]) else { return nil }
            return whole + fraction / pow10(groups[groups.count - 1].count)
        }
        if separators.count > 1 { return grouped ? number(groups) : nil }
        // One separator: the decimal mark unless it groups thousands in this language, or
        // unless three zeros follow it ("100,000" in Polish, "100.000" in English): decimals
        // of ",000" are written by no one, thousands so grouped by many.
        if separators[0] != decimalMark, grouped { return number(groups) }
        if grouped, groups[1] == [48, 48, 48] { return number(groups) }
        if separators[0] == decimalMark || !grouped {
            guard let whole = number([groups[0]]), let fraction = number([groups[1]]) else { return nil }
            return whole + fraction / pow10(groups[1].count)
        }
        return number(groups)
    }

    /// The value of a last thousands group carrying decimals (`700,54` → 700.54), or nil.
    private static func groupWithDecimals(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        guard bytes.count > 4, bytes[3] == 44, bytes[0..<3].allSatisfy({ $0 >= 48 && $0 <= 57 }),
              bytes[4...].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return digits(text, decimalComma: true)
    }

    /// 10 to the power `n`.
    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { value, _ in value * 10 } }

    /// Powers (100, 1000) that ICU writes glued to their multiplier ("einhundert",
    /// "zweihundert": ending "hundert", one "ein"); none where it writes a space ("one
    /// hundred").
    private static func gluedPowers(_ parser: SpelloutParser) -> [(ending: String, one: String)] {
        var result: [(ending: String, one: String)] = []
        for power in [100.0, 1000] {
            // Soft hyphens (German "ein\u{AD}hundert") left out.
            guard let one = parser.format(power)?.lowercased().filter({ $0 != "\u{00AD}" }),
                  let two = parser.format(2 * power)?.lowercased().filter({ $0 != "\u{00AD}" }) else { continue }
            let ending = String(zip(one.reversed(), two.reversed()).prefix { $0 == $1 }.map(\.0).reversed())
            guard ending.count >= 3, ending.count < one.count, !ending.contains(where: \.isWhitespace),
                  !one.dropLast(ending.count).contains(where: { $0.isWhitespace || $0 == "-" }) else { continue }
            result.append((ending, String(one.dropLast(ending.count))))
        }
        return result
    }

    /// How spelled-out numbers begin in a language: the prefixes of one to three letters
    /// of every word of ICU's spelling of 0–100, the hundreds, and the powers of ten up to
    /// a trillion (with their plurals: "zwei Millionen").
    /// ICU's words for 0-100, the hundreds and the powers of ten, by their folded spelling
    /// ("dziewięćdziesiąt" under "dziewiecdziesiat", "tres" for a stray "trés").
    private static func unaccented(_ parser: SpelloutParser) -> [String: String] {
        var values = (0...100).map(Double.init) + stride(from: 200.0, through: 1000, by: 100)
        for power in [1e3, 1e6, 1e9] { values += [power, 2 * power, 5 * power] }
        var result: [String: String] = [:]
        for value in values {
            guard let text = parser.format(value)?.lowercased() else { continue }
            for word in text.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "\u{00AD}" }) {
                let folded = DateFolding.fold(String(word))
                if result[folded] == nil { result[folded] = String(word) }
            }
        }
        return result
    }

    private static func openings(_ parser: SpelloutParser) -> Set<String> {
        var values = (0...100).map(Double.init) + stride(from: 200.0, through: 1000, by: 100)
        for power in [1e3, 1e4, 1e5, 1e6, 1e9, 1e12] { values += [power, 2 * power] }
        var result: Set<String> = []
        for (ending, _) in gluedPowers(parser) { for length in 1...3 { result.insert(String(ending.prefix(length))) } }
        for value in values {
            guard let text = parser.format(value)?.lowercased() else { continue }
            for word in text.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "\u{00AD}" }) {
                for length in 1...3 { result.insert(String(word.prefix(length))) }
            }
        }
        return result
    }

    /// The tables of a language, built on first use.
    private func table(for code: String) -> Language {
        if let known = languages[code] { return known }
        let numbers = catalog.numbers
        var extras = PhraseTable<(value: Double, vague: Bool)>()
        for (phrase, value) in (numbers.words[code] ?? [:]).sorted(by: { $0.key < $1.key }) { extras.add(phrase, (value, false)) }
        for (phrase, value) in (numbers.vague[code] ?? [:]).sorted(by: { $0.key < $1.key }) { extras.add(phrase, (value, true)) }
        let excluded = numbers.notNumbers[code] ?? []
        let made = Language(parser: try? SpelloutParser(locale: code),
                            extras: extras,
                            scales: numbers.scales[code] ?? [:],
                            connectors: Set(numbers.connectors[code] ?? []),
                            notNumbers: Set(excluded.filter { !$0.hasPrefix("*") }),
                            notSuffixes: excluded.filter { $0.hasPrefix("*") }.map { String($0.dropFirst()) },
                            exceptions: Set(numbers.cardinalExceptions[code] ?? []),
                            decimalComma: numbers.decimalComma.contains(code),
                            stems: numbers.stems[code])
        if let parser = made.parser { made.gluedPowers = Self.gluedPowers(parser) }
        if let parser = made.parser { made.unaccented = Self.unaccented(parser) }
        if made.stems == nil, let parser = made.parser {
            made.openings = Self.openings(parser)
            // Unaccented spellings open as their accented ones fold.
            for word in made.unaccented.keys { for length in 1...3 { made.openings.insert(String(word.prefix(length))) } }
        }
        made.suffixes = numbers.suffixes?[code] ?? [:]
        made.moneyScales = numbers.moneyScales?[code] ?? [:]
        for (phrase, value) in (numbers.fractions?[code] ?? [:]).sorted(by: { $0.key < $1.key }) { made.fractions.add(phrase, value) }
        made.ordinals = Set(numbers.ordinals?[code] ?? [])
        made.negatives = Set(numbers.negatives?[code] ?? [])
        made.negativesNotAfter = Set(numbers.negativesNotAfter?[code] ?? [])
        made.decimalWords = Set(numbers.decimalWords?[code] ?? [])
        for phrase in numbers.decimalIdioms?[code] ?? [] { made.decimalIdioms.add(phrase, true) }
        languages[code] = made
        return made
    }
}
