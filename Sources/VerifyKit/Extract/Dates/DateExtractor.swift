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
    /// Relative phrases per language, indexed by first word.
    private let phrases: [String: PhraseTable<DateRules.Relative>]
    /// Words between a day, its month and its year, shared with the dateline reader.
    private let connectors: Set<String>

    /// An extractor over a rule set's date rules and calendar names.
    init(rules ruleSet: RuleSet) {
        rules = ruleSet.dates
        lexicons = ruleSet.datelines.lexicons
        connectors = Set(ruleSet.datelines.rules.dateParticles)
        phrases = rules.relative.mapValues { list in PhraseTable(list.map { ($0.phrase, $0) }) }
    }

    func mentions(in sentence: SentenceText, context: ExtractionContext) -> [Mention] {
        let languages = context.language == "en" ? ["en"] : [context.language, "en"]
        var scan = DateScan(sentence: sentence, context: context, rules: rules,
                            lexicons: CalendarLexicon.forLanguage(context.language, in: lexicons),
                            phrases: languages.compactMap { phrases[$0] }, connectors: connectors)
        scan.run()
        return scan.found
    }
}

/// One pass of the date rules over a sentence's tokens.
private struct DateScan {
    let sentence: SentenceText
    let context: ExtractionContext
    let rules: DateRules
    let lexicons: [CalendarLexicon]
    let phrases: [PhraseTable<DateRules.Relative>]
    /// Words between a day, its month and its year (`dateParticles` of datelines.yaml).
    let connectors: Set<String>
    /// The month each token names, looked up once per token.
    let monthAt: [Int?]
    var used: [Bool]
    var found: [Mention] = []

    init(sentence: SentenceText, context: ExtractionContext, rules: DateRules, lexicons: [CalendarLexicon],
         phrases: [PhraseTable<DateRules.Relative>], connectors: Set<String>) {
        self.sentence = sentence
        self.connectors = connectors
        self.context = context
        self.rules = rules
        self.lexicons = lexicons
        self.phrases = phrases
        monthAt = sentence.tokens.map { token in
            token.kind == .word ? lexicons.lazy.compactMap { $0.month(token.lower) }.first : nil
        }
        used = Array(repeating: false, count: sentence.tokens.count)
    }

    var t: [Token] { sentence.tokens }

    mutating func run() {
        relativePhrases()
        var i = 0
        while i < t.count {
            if !used[i], let next = iso(i) ?? dotted(i) ?? monthFirst(i) ?? dayFirst(i) ?? monthYear(i) {
                i = next
            } else {
                i += 1
            }
        }
        for i in t.indices where !used[i] { _ = bareMonth(i) || weekday(i) || bareYear(i) }
    }

    // MARK: Token tests

    func month(_ i: Int) -> Int? {
        i < monthAt.count ? monthAt[i] : nil
    }

    /// A day number at `i` (`14`, `12th`, `12` `th`) and the last token it uses.
    func day(_ i: Int) -> (day: Int, last: Int)? {
        guard i < t.count else { return nil }
        let text = t[i].lower
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let value = Int(digits), (1...31).contains(value) else { return nil }
        let rest = text.dropFirst(digits.count)
        if rest.isEmpty {
            if i + 1 < t.count, !t[i + 1].spaceBefore, ["st", "nd", "rd", "th"].contains(t[i + 1].lower) { return (value, i + 1) }
            if i + 1 < t.count, t[i + 1].text == ":", !t[i + 1].spaceBefore { return nil }   // a time
            return (value, i)
        }
        return ["st", "nd", "rd", "th"].contains(String(rest)) ? (value, i) : nil
    }

    func year(_ i: Int) -> Int? {
        guard i < t.count, t[i].kind == .number, t[i].text.count == 4, let value = Int(t[i].text), (1900...2100).contains(value) else { return nil }
        return value
    }

    /// A year after `i` (optionally after a comma), with a trailing "года"/"г"/"року"/"il".
    func yearAfter(_ i: Int) -> (year: Int, last: Int)? {
        var k = i + 1
        if k < t.count, t[k].text == "," || connectors.contains(t[k].lower) { k += 1 }
        guard let value = year(k) else { return nil }
        if k + 1 < t.count, ["года", "г", "году", "року", "р", "il", "ilin"].contains(t[k + 1].lower) { return (value, k + 1) }
        return (value, k)
    }

    func isCoordinator(_ i: Int) -> Bool { i < t.count && rules.coordinators.contains(t[i].lower) }

    // MARK: Emitting

    mutating func emit(_ first: Int, _ last: Int, value: String, granularity: String, qualifiers: [Qualifier], rule: String) {
        let span = sentence.span(first, last)
        found.append(Mention(type: .date, range: span.range, text: span.text, value: value,
                             qualifiers: qualifiers, subtype: granularity, rule: "dates.yaml: \(rule)"))
        for k in first...last { used[k] = true }
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
        var chosen = year
        if CalendarDate.isValid(year, month, day),
           CalendarDate.days(from: (year, published.month, published.day), to: (year, month, day)) > 2 {
            chosen -= 1
        }
        guard CalendarDate.isValid(chosen, month, day) else { return (String(format: "--%02d-%02d", month, day), ["year unknown"]) }
        return (CalendarDate.iso(chosen, month, day), [.inferred])
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
              t[i + 2].text.count == 2, t[i + 4].text.count == 2,
              let m = Int(t[i + 2].text), let d = Int(t[i + 4].text), CalendarDate.isValid(y, m, d) else { return nil }
        emit(i, i + 4, value: CalendarDate.iso(y, m, d), granularity: "day", qualifiers: [], rule: "ISO date")
        return i + 5
    }

    /// 02.01.2024 (day first, as Europe writes it)
    mutating func dotted(_ i: Int) -> Int? {
        guard t[i].kind == .number else { return nil }
        let parts = t[i].text.split(separator: ".")
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), (1900...2100).contains(y),
              CalendarDate.isValid(y, m, d) else { return nil }
        emit(i, i, value: CalendarDate.iso(y, m, d), granularity: "day", qualifiers: [], rule: "day.month.year")
        return i + 1
    }

    /// August 8 and 18, 2025 / Jan. 2 / November 14, 2025
    mutating func monthFirst(_ i: Int) -> Int? {
        guard let m = month(i) else { return nil }
        var k = i + 1
        if k < t.count, t[k].text == ".", !t[k].spaceBefore { k += 1 }
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

    /// 2 January 2024 / 8 and 18 August 2025 / 14 ноября / 12th September, 2023
    mutating func dayFirst(_ i: Int) -> Int? {
        guard let coordinated = coordinatedDays(from: i) else { return nil }
        let days = coordinated.days
        var last = coordinated.last
        var k = last + 1
        if k < t.count, connectors.contains(t[k].lower) { k += 1 }
        guard let m = month(k) else { return nil }
        last = k
        let y = yearAfter(last)
        if let y { last = y.last }
        return emitDays(i, last, month: m, days: days, year: y?.year, rule: "day month year")
    }

    /// April 2022 / декабре 2024 года
    mutating func monthYear(_ i: Int) -> Int? {
        guard let m = month(i), let y = yearAfter(i), y.last == i + 1 || y.last == i + 2 else { return nil }
        emit(i, y.last, value: CalendarDate.iso(y.year, m), granularity: "month", qualifiers: [], rule: "month year")
        return y.last + 1
    }

    // MARK: Relative forms

    mutating func relativePhrases() {
        for matcher in phrases {
            for match in matcher.matches(in: t) where !used[match.first...match.last].contains(true) {
                resolve(match.payload, first: match.first, last: match.last)
            }
        }
    }

    mutating func resolve(_ phrase: DateRules.Relative, first: Int, last: Int) {
        var qualifiers: [Qualifier] = [.relative] + (phrase.note.map { [Qualifier(rawValue: $0)] } ?? [])
        guard let published = context.published, let year = published.year else {
            emit(first, last, value: "relative:" + phrase.phrase, granularity: "unresolved", qualifiers: qualifiers + ["unresolved"], rule: phrase.phrase)
            return
        }
        if context.publishedIsReference { qualifiers.append("reference date") }
        if context.published?.yearInferred == true { qualifiers.append(.yearFromText) }
        if let days = phrase.day {
            let (y, m, d) = CalendarDate.adding(days: days, to: year, published.month, published.day)
            emit(first, last, value: CalendarDate.iso(y, m, d), granularity: "day", qualifiers: qualifiers, rule: phrase.phrase)
        } else if let months = phrase.month {
            let total = year * 12 + (published.month - 1) + months
            emit(first, last, value: CalendarDate.iso(total / 12, total % 12 + 1), granularity: "month", qualifiers: qualifiers, rule: phrase.phrase)
        } else if let years = phrase.year {
            emit(first, last, value: CalendarDate.iso(year + years), granularity: "year", qualifiers: qualifiers, rule: phrase.phrase)
        }
    }

    /// "last December", "in August": the latest such month on or before publication
    /// ("last" excludes the current month).
    mutating func bareMonth(_ i: Int) -> Bool {
        guard i > 0, let m = month(i), rules.pastMarkers.contains(t[i - 1].lower),
              t[i].text.first?.isUppercase == true || !t[i].text.unicodeScalars.allSatisfy(\.isASCII),
              t[i].text.count >= 3 else { return false }
        guard let published = context.published, let year = published.year else { return false }
        let exclusive = ["last", "прошлом", "прошлого", "минулого"].contains(t[i - 1].lower)
        let y = m < published.month || (m == published.month && !exclusive) ? year : year - 1
        var qualifiers: [Qualifier] = [.relative]
        if context.publishedIsReference { qualifiers.append("reference date") }
        if context.published?.yearInferred == true { qualifiers.append(.yearFromText) }
        let start = exclusive ? i - 1 : i
        emit(start, i, value: CalendarDate.iso(y, m), granularity: "month", qualifiers: qualifiers, rule: "month before publication")
        return true
    }

    /// "on Friday", "Tuesday afternoon", "в пятницу": the latest such day on or before publication.
    mutating func weekday(_ i: Int) -> Bool {
        let lower = t[i].lower
        guard t[i].kind == .word, t[i].text.first?.isUppercase == true || !t[i].text.unicodeScalars.allSatisfy(\.isASCII),
              let w = lexicons.compactMap({ $0.weekday(lower) }).first else { return false }
        var k = i + 1
        if k < t.count, t[k].text == "," { k += 1 }
        if k < t.count, used[k] { return false }   // "Friday, November 14": the date says it
        guard let published = context.published, let year = published.year else { return false }
        let back = (CalendarDate.weekday(year, published.month, published.day) - w + 7) % 7
        let (y, m, d) = CalendarDate.adding(days: -back, to: year, published.month, published.day)
        var qualifiers: [Qualifier] = [.relative]
        if context.publishedIsReference { qualifiers.append("reference date") }
        if context.published?.yearInferred == true { qualifiers.append(.yearFromText) }
        emit(i, i, value: CalendarDate.iso(y, m, d), granularity: "day", qualifiers: qualifiers, rule: "weekday before publication")
        return true
    }

    /// "in 2004", "of 1980": a year after a preposition.
    mutating func bareYear(_ i: Int) -> Bool {
        guard i > 0, let y = year(i), rules.yearPrepositions.contains(t[i - 1].lower) else { return false }
        emit(i, i, value: CalendarDate.iso(y), granularity: "year", qualifiers: [], rule: "year after a preposition")
        return true
    }
}
