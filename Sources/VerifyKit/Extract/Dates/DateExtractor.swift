/// Finds dates: absolute (`January 2, 2024`, `2 January 2024`, `Jan. 2`, `02.01.2024`,
/// `2024-01-02`, `14 ноября`), coordinated (`August 8 and 18, 2025` gives two), month and
/// year (`April 2022`), bare years after a preposition (`in 2004`), and expressions relative
/// to the publication time (`last night`, `yesterday`, `on Friday`, `last December`).
/// Values are ISO at the granularity written (`2022-04`); a completed year is marked
/// `inferred`, a relative expression `relative`.
struct DateExtractor: MentionExtractor {
    let rules: DateRules
    /// Month and weekday names by locale.
    private let lexicons: [String: CalendarLexicon]
    /// Date words per language, compiled.
    private let tables: [String: DateLanguageTables]
    /// Number words read through ICU.
    private let spelled = SpelledNumbers()
    /// Words between a day, its month and its year, shared with the dateline reader.
    private let connectors: Set<String>
    /// Ordinal suffixes and day articles of each language with English's, built once.
    private let wordSets: [String: DayWordSets]

    /// An extractor over a rule set's date rules and calendar names.
    init(rules ruleSet: RuleSet) {
        rules = ruleSet.dates
        lexicons = ruleSet.datelines.lexicons
        connectors = Set(ruleSet.datelines.rules.dateParticles)
        let rules = ruleSet.dates
        var tables: [String: DateLanguageTables] = [:]
        for language in Set(rules.relative.keys).union(rules.offsets.keys) {
            tables[language] = DateLanguageTables(language: language, rules: rules)
        }
        self.tables = tables
        var wordSets: [String: DayWordSets] = [:]
        for language in Set(tables.keys).union(rules.ordinalSuffixes.keys).union(rules.dayArticles.keys).union(["en"]) {
            wordSets[language] = DayWordSets(languages: [language, "en"].filter { tables[$0] != nil }, rules: rules)
        }
        self.wordSets = wordSets
    }

    /// Future or past, from the sentence's cue words (`dates.yaml: futureCues, pastCues`),
    /// as the date rules read it.
    func tense(of sentence: SentenceText, language: String) -> Tense {
        let languages = language == "en" ? ["en"] : [language, "en"]
        return Tense.of(sentence.tokens, tables: languages.compactMap { tables[$0] })
    }

    func mentions(in sentence: SentenceText, context: ExtractionContext) -> [Mention] {
        let languages = context.language == "en" ? ["en"] : [context.language, "en"]
        var scan = DateScan(sentence: sentence, context: context, rules: rules,
                            lexicons: CalendarLexicon.forLanguage(context.language, in: lexicons),
                            tables: languages.compactMap { tables[$0] }, connectors: connectors, spelled: spelled,
                            words: wordSets[context.language] ?? DayWordSets(languages: languages.filter { tables[$0] != nil }, rules: rules))
        scan.run()
        return scan.found
    }
}

/// One pass of the date rules over a sentence's tokens (absolute forms here; offsets,
/// numeric forms, periods and weekdays in the extensions beside this file).
struct DateScan {
    let sentence: SentenceText
    let context: ExtractionContext
    let rules: DateRules
    let lexicons: [CalendarLexicon]
    /// The date words of the sentence's language, then English.
    let tables: [DateLanguageTables]
    /// Number words through ICU.
    let spelled: SpelledNumbers
    /// Future or past, from the sentence's cue words.
    let tense: Tense
    /// Words between a day, its month and its year (`dateParticles` of datelines.yaml).
    let connectors: Set<String>
    /// The month each token names, looked up once per token.
    let monthAt: [Int?]
    /// Ordinal endings of a day number in the sentence's language and English.
    let ordinalSuffixes: Set<String>
    /// Words between a month and its day ("the").
    let dayArticles: Set<String>
    var used: [Bool]
    var found: [Mention] = []
    /// Day-level dates written in the sentence, with the token each ends at: the anchor of
    /// "the next day", "two days later".
    var writtenDays: [(last: Int, date: (Int, Int, Int))] = []
    /// Tokens of each date mention in `found` (same order), for ranges.
    var dateTokens: [(first: Int, last: Int, index: Int)] = []

    init(sentence: SentenceText, context: ExtractionContext, rules: DateRules, lexicons: [CalendarLexicon],
         tables: [DateLanguageTables], connectors: Set<String>, spelled: SpelledNumbers, words: DayWordSets) {
        self.sentence = sentence
        self.connectors = connectors
        self.context = context
        self.rules = rules
        self.lexicons = lexicons
        self.tables = tables
        self.spelled = spelled
        t = sentence.tokens.map { token in
            guard token.kind == .word, token.lower.hasSuffix("s"), token.lower.hasSuffix("'s") || token.lower.hasSuffix("’s"),
                  token.lower.count > 4 else { return token }
            var plain = token
            plain.lower = String(token.lower.dropLast(2))
            return plain
        }
        tense = Tense.of(sentence.tokens, tables: tables)
        monthAt = t.map { token in
            token.kind == .word ? lexicons.lazy.compactMap { $0.month(token.lower) }.first : nil
        }
        used = Array(repeating: false, count: sentence.tokens.count)
        ordinalSuffixes = words.ordinalSuffixes
        dayArticles = words.dayArticles
    }

    /// The sentence's tokens, a possessive ending taken off for matching ("Wednesday's",
    /// "last year's" read as "Wednesday", "last year"; spans keep it).
    let t: [Token]

    mutating func run() {
        var i = 0
        while i < t.count {
            if !used[i], let next = iso(i) ?? dotted(i) ?? numeric(i) ?? monthFirst(i) ?? dayFirst(i) ?? monthYear(i)
                ?? quarter(i) ?? season(i) ?? decade(i) {
                i = next
            } else {
                i += 1
            }
        }
        ranges()
        relativePhrases()
        holidays()
        offsets()
        for i in t.indices where !used[i] { _ = bareMonth(i) || weekday(i) || bareYear(i) || ordinalDay(i) }
        parts()
    }

    // MARK: Token tests

    func month(_ i: Int) -> Int? {
        i < monthAt.count ? monthAt[i] : nil
    }

    /// A day number at `i` (`14`, `12th`, `12` `th`, `1er`, `18-е`) and the last token it uses.
    func day(_ i: Int) -> (day: Int, last: Int)? {
        guard i >= 0, i < t.count else { return nil }
        let text = t[i].lower
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let value = Int(digits), (1...31).contains(value) else { return nil }
        let rest = text.dropFirst(digits.count)
        if rest.isEmpty {
            if i + 1 < t.count, !t[i + 1].spaceBefore, ordinalSuffixes.contains(t[i + 1].lower) { return (value, i + 1) }
            if i + 2 < t.count, t[i + 1].text == "-", !t[i + 1].spaceBefore, !t[i + 2].spaceBefore,
               ordinalSuffixes.contains(t[i + 2].lower) { return (value, i + 2) }   // "18-е", "24-ого"
            if i + 1 < t.count, t[i + 1].text == ":", !t[i + 1].spaceBefore { return nil }   // a time
            return (value, i)
        }
        return ordinalSuffixes.contains(String(rest)) ? (value, i) : nil
    }

    /// A day of the month written as a word at `i` ("third", "premier", "cinco",
    /// "восемнадцатого"): its number and whether the word is an ordinal. ICU is asked only
    /// when `i` stands next to a month, so not about every word.
    func spelledDay(_ i: Int) -> (day: Int, ordinal: Bool)? {
        guard i >= 0, i < t.count, t[i].kind == .word, t[i].lower.count >= 2 else { return nil }
        let word = t[i].lower
        for table in tables {
            if let value = table.ordinalWords[word] { return (value, true) }
            if let value = spelled.value(of: word, language: table.language), (1...31).contains(value) {
                return (value, table.isOrdinal(word))
            }
        }
        return nil
    }

    func year(_ i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .number, t[i].text.count == 4, let value = Int(t[i].text),
              (1000...2100).contains(value) else { return nil }
        return value
    }

    /// A year after `i` (optionally after a comma), with a trailing "года"/"г"/"року"/"il".
    func yearAfter(_ i: Int) -> (year: Int, last: Int)? {
        var k = i + 1
        if k < t.count, t[k].text == "," || connectors.contains(t[k].lower) { k += 1 }
        guard let value = year(k) else { return nil }
        if k + 1 < t.count, Self.yearMarkers.contains(t[k + 1].lower) { return (value, k + 1) }
        return (value, k)
    }

    /// Words after a year that say it is one ("2024 года", "2024 року", "2024-il").
    static let yearMarkers: Set<String> = ["года", "г", "году", "року", "р", "il", "ilin"]

    func isCoordinator(_ i: Int) -> Bool { i < t.count && rules.coordinators.contains(t[i].lower) }

    // MARK: Emitting

    mutating func emit(_ first: Int, _ last: Int, value: String, granularity: String, qualifiers: [Qualifier], rule: String) {
        let span = sentence.span(first, last)
        dateTokens.append((first, last, found.count))
        found.append(Mention(type: .date, range: span.range, text: span.text, value: value,
                             qualifiers: qualifiers, subtype: granularity, rule: "dates.yaml: \(rule)"))
        for k in first...last { used[k] = true }
        if granularity == "day", !qualifiers.contains(.relative), let parsed = DateValue(value),
           let y = parsed.year, let m = parsed.month, let d = parsed.day {
            writtenDays.append((last, (y, m, d)))
        }
    }

    /// A mention of another kind (duration, recurrence, interval) over tokens first...last.
    mutating func emit(_ kind: Mention.Kind, _ first: Int, _ last: Int, value: String, subtype: String?,
                       qualifiers: [Qualifier] = [], rule: String) {
        let span = sentence.span(first, last)
        found.append(Mention(type: kind, range: span.range, text: span.text, value: value,
                             qualifiers: qualifiers, subtype: subtype, rule: "dates.yaml: \(rule)"))
        for k in first...last { used[k] = true }
    }

    /// Qualifiers of a date resolved against the publication time.
    var relativeQualifiers: [Qualifier] {
        var qualifiers: [Qualifier] = [.relative]
        if context.publishedIsReference { qualifiers.append("reference date") }
        if context.published?.yearInferred == true { qualifiers.append(.yearFromText) }
        return qualifiers
    }

    /// The publication date as (year, month, day), when it has a year.
    var publishedDay: (Int, Int, Int)? {
        guard let published = context.published, let year = published.year else { return nil }
        return (year, published.month, published.day)
    }

    /// The last day-level date written before token `i` in the sentence, else the last one
    /// of the sentences before it in its paragraph (``ExtractionContext/narrativeDay``); in a
    /// sentence about the future, else the publication date; whether it was written.
    func anchor(before i: Int) -> (date: (Int, Int, Int), written: Bool)? {
        // "The next day", "two days later", "a week earlier" count from a day of the story
        // (a narrative anchor), not from the day of writing as "tomorrow" does: with no day
        // written before them in the sentence they are read from publication only in a
        // sentence about what is to come ("the verdict will follow two days later"), else
        // not at all ("six fell into the river and were presumed dead the following day"
        // in an April follow-up is no 6 April).
        if let written = writtenDays.last(where: { $0.last < i }) { return (written.date, true) }
        // Else the last day its paragraph wrote before it: a narrative goes on across sentences
        // ("The dam failed on 3 May. Two days later the army arrived."), unless the sentence
        // names a weekday or a month before it, a day of its own that the narrative's would
        // override ("It collapsed on Tuesday and they were found the next day").
        if let day = context.narrativeDay, !(0..<i).contains(where: { used[$0] || weekdayAt($0) != nil || month($0) != nil }) {
            return ((day.year, day.month, day.day), true)
        }
        return tense == .future ? publishedDay.map { ($0, false) } : nil
    }

    /// A day and month whose year was not written, completed from the publication date:
    /// the latest such date no more than two days after publication.
    func completed(month: Int, day: Int) -> (String, [Qualifier]) {
        guard let published = context.published, let year = published.year else {
            if let hint = context.yearHint, CalendarDate.isValid(hint, month, day) {
                return (CalendarDate.iso(hint, month, day), [.inferred, .yearFromText])
            }
            return (String(format: "--%02d-%02d", month, day), ["year unknown"])
        }
        let chosen = Self.pick([year - 1, year, year + 1].filter { CalendarDate.isValid($0, month, day) }.map { ($0, month, day) },
                               near: (year, published.month, published.day), tense: tense)?.0 ?? year
        guard CalendarDate.isValid(chosen, month, day) else { return (String(format: "--%02d-%02d", month, day), ["year unknown"]) }
        return (CalendarDate.iso(chosen, month, day), [.inferred])
    }

    /// Of candidate dates in order (a day and month in three years, a holiday, a day of
    /// three months), the one meant: in a past sentence the latest no more than two days
    /// after publication, in a future one the first on or after it, else the nearest.
    static func pick(_ candidates: [(Int, Int, Int)], near published: (Int, Int, Int), tense: Tense) -> (Int, Int, Int)? {
        let offsets = candidates.map { ($0, CalendarDate.days(from: published, to: $0)) }
        switch tense {
        case .past: return offsets.last { $0.1 <= 2 }?.0
        case .future: return offsets.first { $0.1 >= 0 }?.0
        case .unknown: return offsets.min { (abs($0.1), $0.1) < (abs($1.1), $1.1) }?.0
        }
    }

    mutating func emitDays(_ first: Int, _ last: Int, month: Int, days: [Int], year: Int?, rule: String) -> Int? {
        if let year {
            guard days.allSatisfy({ CalendarDate.isValid(year, month, $0) }) else { return nil }
            for day in days { emit(first, last, value: CalendarDate.iso(year, month, day), granularity: "day", qualifiers: [], rule: rule) }
        } else {
            // A day no year has (Feb 30, April 31) is not a date; Feb 29 is, in a leap year.
            guard days.allSatisfy({ CalendarDate.isValid(2024, month, $0) }) else { return nil }
            for day in days {
                let (value, qualifiers) = completed(month: month, day: day)
                emit(first, last, value: value, granularity: "day", qualifiers: qualifiers, rule: rule)
            }
        }
        return last + 1
    }

    // MARK: Absolute forms

    /// 2024-01-02
    mutating func iso(_ i: Int) -> Int? {
        guard let y = year(i), i + 4 < t.count, t[i + 1].text == "-", t[i + 3].text == "-",
              !t[i + 1].spaceBefore, !t[i + 2].spaceBefore, !t[i + 3].spaceBefore, !t[i + 4].spaceBefore,
              (1...2).contains(t[i + 2].text.count), (1...2).contains(t[i + 4].text.count),
              let m = Int(t[i + 2].text), let d = Int(t[i + 4].text), CalendarDate.isValid(y, m, d) else { return nil }
        emit(i, i + 4, value: CalendarDate.iso(y, m, d), granularity: "day", qualifiers: [], rule: "ISO date")
        return i + 5
    }

    /// 02.01.2024, 18.07.14 (day first, as Europe writes it; month first when the day
    /// cannot be a month: 10.31.1974), and 14.10. with its closing dot in a language that
    /// writes the day first.
    mutating func dotted(_ i: Int) -> Int? {
        guard t[i].kind == .number else { return nil }
        let parts = t[i].text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count <= 2, parts[1].count <= 2,
              var d = Int(parts[0]), var m = Int(parts[1]) else { return nil }
        if m > 12, d <= 12 { swap(&d, &m) }
        var last = i
        let y: Int?
        if parts.count == 3 {
            guard [2, 4].contains(parts[2].count), let written = Int(parts[2]) else { return nil }
            y = parts[2].count == 4 ? written : CalendarDate.fullYear(twoDigits: written, near: publishedDay?.0 ?? 2025)
            guard (1000...2100).contains(y!) else { return nil }
        } else {
            // "14.10." : the closing dot glued, two digits of month, a day-first language.
            guard rules.numericOrder[context.language] == "dmy", parts[1].count == 2, i + 1 < t.count,
                  t[i + 1].text == ".", !t[i + 1].spaceBefore else { return nil }
            if i + 2 < t.count, !t[i + 2].spaceBefore, t[i + 2].kind == .number { return nil }
            y = nil
            last = i + 1
        }
        if let y {
            guard CalendarDate.isValid(y, m, d) else { return nil }
            emit(i, last, value: CalendarDate.iso(y, m, d), granularity: "day", qualifiers: [], rule: "day.month.year")
        } else {
            guard CalendarDate.isValid(2024, m, d) else { return nil }
            let (value, qualifiers) = completed(month: m, day: d)
            emit(i, last, value: value, granularity: "day", qualifiers: qualifiers, rule: "day.month.")
        }
        return last + 1
    }

    /// August 8 and 18, 2025 / Jan. 2 / November 14, 2025 / February the 15th / March third
    mutating func monthFirst(_ i: Int) -> Int? {
        guard let m = month(i) else { return nil }
        var k = i + 1
        if k < t.count, t[k].text == ".", !t[k].spaceBefore { k += 1 }
        if k + 1 < t.count, dayArticles.contains(t[k].lower), day(k + 1) != nil || spelledDay(k + 1)?.ordinal == true { k += 1 }
        if day(k) == nil, let spelled = spelledDay(k), spelled.ordinal {
            // "March third": only an ordinal word ("in March two people died" is no day).
            var last = k
            let y = yearAfter(last)
            if let y { last = y.last }
            return emitDays(i, last, month: m, days: [spelled.day], year: y?.year, rule: "month and ordinal word")
        }
        guard let coordinated = coordinatedDays(from: k) else { return nil }
        let days = coordinated.days
        var last = coordinated.last
        let y = yearAfter(last)
        if let y { last = y.last }
        return emitDays(i, last, month: m, days: days, year: y?.year, rule: "month day year")
    }

    /// A day number at `k` and the ones coordinated with it ("8 and 18"), with the last token used.
    func coordinatedDays(from k: Int) -> (days: [Int], last: Int)? {
        guard let first = day(k) else { return nil }
        var days = [first.day]
        var last = first.last
        while isCoordinator(last + 1), let next = day(last + 2) {
            days.append(next.day)
            last = next.last
        }
        return (days, last)
    }

    /// 2 January 2024 / 8 and 18 August 2025 / 14 ноября / 12th September, 2023 /
    /// the third of March / premier mars / el cinco de mayo
    mutating func dayFirst(_ i: Int) -> Int? {
        if day(i) == nil { return spelledDayFirst(i) }
        guard let coordinated = coordinatedDays(from: i) else { return nil }
        let days = coordinated.days
        var last = coordinated.last
        var k = last + 1
        // "15. Februar": the ordinal dot of languages that write one.
        if k < t.count, t[k].text == ".", !t[k].spaceBefore, last == i, t[i].kind == .number { k += 1 }
        if k < t.count, connectors.contains(t[k].lower) { k += 1 }
        guard let m = month(k) else { return nil }
        last = k
        let y = yearAfter(last)
        if let y { last = y.last }
        return emitDays(i, last, month: m, days: days, year: y?.year, rule: "day month year")
    }

    /// A day written as a word before its month: an ordinal ("the first of March",
    /// "premier mars", "восемнадцатого февраля"), or a cardinal joined to the month by a
    /// particle ("el cinco de mayo"); "three May protesters" is no date.
    mutating func spelledDayFirst(_ i: Int) -> Int? {
        guard i + 1 < t.count, t[i].kind == .word else { return nil }
        var k = i + 1
        let joined = connectors.contains(t[k].lower)
        if joined { k += 1 }
        guard let m = month(k), let spelled = spelledDay(i), spelled.ordinal || joined else { return nil }
        var last = k
        let y = yearAfter(last)
        if let y { last = y.last }
        return emitDays(i, last, month: m, days: [spelled.day], year: y?.year, rule: "day word month year")
    }

    /// April 2022 / декабре 2024 года
    mutating func monthYear(_ i: Int) -> Int? {
        guard let m = month(i), let y = yearAfter(i), y.last == i + 1 || y.last == i + 2 else { return nil }
        emit(i, y.last, value: CalendarDate.iso(y.year, m), granularity: "month", qualifiers: [], rule: "month year")
        return y.last + 1
    }

    /// "in 2004", "of 1980": a year after a preposition; "2024 года": before a year word;
    /// "the 1996 bombing": a year from
    /// 1900 to publication, no round hundred, between a determiner and a word.
    mutating func bareYear(_ i: Int) -> Bool {
        guard i > 0, let y = year(i) else { return false }
        if i + 1 < t.count, Self.yearMarkers.contains(t[i + 1].lower) {
            // "в начале 2024 года": the year word says it.
            emit(i, i + 1, value: CalendarDate.iso(y), granularity: "year", qualifiers: [], rule: "year before a year word")
            return true
        }
        if rules.yearPrepositions.contains(t[i - 1].lower) {
            emit(i, i, value: CalendarDate.iso(y), granularity: "year", qualifiers: [], rule: "year after a preposition")
            return true
        }
        guard rules.yearDeterminers.contains(t[i - 1].lower), y >= 1900, y % 100 != 0, y <= (publishedDay?.0 ?? 2100),
              i + 1 < t.count, t[i + 1].kind == .word else { return false }
        emit(i, i, value: CalendarDate.iso(y), granularity: "year", qualifiers: [], rule: "year before a noun")
        return true
    }
}

/// The ordinal suffixes ("th", "-е") and day articles ("le", "el") a sentence of one
/// language reads, with English's (``DateLanguageTables/language`` of its tables): built once
/// per language, not per sentence.
struct DayWordSets: Sendable {
    /// Suffixes that make a day number an ordinal.
    let ordinalSuffixes: Set<String>
    /// Articles before a day number.
    let dayArticles: Set<String>

    /// The sets of `languages` (a sentence's language and English, those with date tables).
    init(languages: [String], rules: DateRules) {
        ordinalSuffixes = Set(languages.flatMap { rules.ordinalSuffixes[$0] ?? [] })
        dayArticles = Set(languages.flatMap { rules.dayArticles[$0] ?? [] })
    }
}
