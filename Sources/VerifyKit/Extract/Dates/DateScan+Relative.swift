/// Relative phrases, bare months and weekdays: dates resolved against the publication
/// time (or the sentence's own date), placed before or after it by the sentence's tense.
extension DateScan {
    mutating func relativePhrases() {
        for table in tables {
            for match in table.relative.matches(in: t) where !used[match.first...match.last].contains(true) {
                resolve(match.payload, first: match.first, last: match.last)
            }
        }
    }

    mutating func resolve(_ phrase: DateRules.Relative, first: Int, last: Int) {
        var qualifiers: [Qualifier] = [.relative] + (phrase.note.map { [Qualifier(rawValue: $0)] } ?? [])
        let rule = phrase.phrase
        if phrase.now == true {
            emit(first, last, value: "present", granularity: "reference", qualifiers: qualifiers, rule: rule)
            return
        }
        if phrase.recent == true {
            emit(first, last, value: "past", granularity: "reference", qualifiers: qualifiers, rule: rule)
            return
        }
        let base = phrase.anchored == true ? anchor(before: first) : publishedDay.map { ($0, false) }
        guard let (origin, written) = base else {
            emit(first, last, value: "relative:" + phrase.phrase, granularity: "unresolved", qualifiers: qualifiers + ["unresolved"], rule: rule)
            return
        }
        if !written {
            if context.publishedIsReference { qualifiers.append("reference date") }
            if context.published?.yearInferred == true { qualifiers.append(.yearFromText) }
        }
        let (year, month, day) = origin
        if let days = phrase.day {
            let (y, m, d) = CalendarDate.adding(days: days, to: year, month, day)
            emit(first, last, value: CalendarDate.iso(y, m, d), granularity: "day", qualifiers: qualifiers, rule: rule)
        } else if let weeks = phrase.week ?? phrase.weekend {
            let (y, m, d) = CalendarDate.adding(days: 7 * weeks, to: year, month, day)
            let week = CalendarDate.isoWeek(y, m, d)
            emit(first, last, value: phrase.weekend != nil ? week + "-WE" : week, granularity: phrase.weekend != nil ? "weekend" : "week",
                 qualifiers: qualifiers, rule: rule)
        } else if let months = phrase.month {
            let (y, m) = CalendarDate.adding(months: months, to: year, month)
            emit(first, last, value: CalendarDate.iso(y, m), granularity: "month", qualifiers: qualifiers, rule: rule)
        } else if let quarters = phrase.quarter {
            let (y, m) = CalendarDate.adding(months: 3 * quarters, to: year, month)
            emit(first, last, value: String(format: "%04d-Q%d", y, (m - 1) / 3 + 1), granularity: "quarter", qualifiers: qualifiers, rule: rule)
        } else if let years = phrase.year {
            emit(first, last, value: CalendarDate.iso(year + years), granularity: "year", qualifiers: qualifiers, rule: rule)
        }
    }

    /// Whether token `i`, a month name, may stand alone: capitalised, in a script without
    /// case, or a lower-case name that is not also a common word ("may", "march"); a name
    /// written without its accents never ("Marco" is a name before it is "março").
    func mayBeBareMonth(_ i: Int) -> Bool {
        let text = t[i].text
        guard text.count >= 3, !lexicons.contains(where: { $0.unaccentedMonths.contains(t[i].lower) }) else { return false }
        if text.first?.isUppercase == true || !text.unicodeScalars.allSatisfy(\.isASCII) { return true }
        return !tables.contains { $0.lowercaseWords.contains(t[i].lower) }
    }

    /// "last December", "in August", "I'll be out September.": the latest such month on or
    /// before publication ("last" excludes the current month); the next one in a future sentence.
    mutating func bareMonth(_ i: Int) -> Bool {
        guard let m = month(i), mayBeBareMonth(i), t[i].kind == .word else { return false }
        // "Feb 30": a day no month has is no date, and not the month alone either.
        if i + 1 < t.count, t[i + 1].kind == .number { return false }
        let marked = i > 0 && rules.pastMarkers.contains(t[i - 1].lower)
        // Without a marker, a capitalised name opening the sentence is left alone ("May God…").
        guard marked || (i > 0 && (tense == .future || t[i].text.first?.isUppercase == true)) else { return false }
        let previous = i > 0 ? t[i - 1].lower : ""
        let exclusive = ["last", "прошлом", "прошлого", "минулого"].contains(previous)
        guard let y = yearOfBareMonth(m, exclusive: exclusive) else { return false }
        let start = exclusive ? i - 1 : i
        emit(start, i, value: CalendarDate.iso(y, m), granularity: "month", qualifiers: relativeQualifiers, rule: "month before publication")
        return true
    }

    /// The year of a month named without one: its latest occurrence on or before
    /// publication (`exclusive`: before the publication's month), the next one in a future
    /// sentence; nil without a publication year.
    func yearOfBareMonth(_ m: Int, exclusive: Bool) -> Int? {
        guard let published = context.published, let year = published.year else { return nil }
        if tense == .future, !exclusive {
            return m >= published.month ? year : year + 1
        }
        return m < published.month || (m == published.month && !exclusive) ? year : year - 1
    }

    /// "Friday 13", "mercredi 13 à 11h", "Thu 15th": a weekday and a day of the month with no
    /// month written, the date nearest publication (by tense) whose day and weekday both
    /// agree. The day must end the phrase or be followed by a word that may follow a day
    /// ("at", "à"): "on Friday 3 people died" is a count.
    mutating func weekdayAndDay(_ i: Int, weekday w: Int, dayAt k: Int) -> Bool {
        guard k < t.count, !used[k], t[k].kind == .number || t[k].lower.first?.isNumber == true,
              let (value, last) = day(k), month(last + 1) == nil, let published = publishedDay else { return false }
        let ordinal = last > k || t[k].lower.count > t[k].text.filter(\.isNumber).count
        if !ordinal, last + 1 < t.count, t[last + 1].kind == .word,
           !tables.contains(where: { $0.dayContinuations.contains(t[last + 1].lower) }) { return false }
        let candidates = (-6...6).map { CalendarDate.adding(months: $0, to: published.0, published.1) }
            .filter { CalendarDate.isValid($0.0, $0.1, value) && CalendarDate.weekday($0.0, $0.1, value) == w }
            .map { ($0.0, $0.1, value) }
        guard let (y, m, d) = Self.pick(candidates, near: published, tense: tense) else { return false }
        emit(i, last, value: CalendarDate.iso(y, m, d), granularity: "day", qualifiers: relativeQualifiers, rule: "weekday and day")
        return true
    }

    /// The weekday token `i` names, in any case.
    /// An abbreviated name ("Thu", "lun.", "Di.") counts when a day or a date follows it
    /// ("Thu 15th", "Wed, Feb 13"), or when it is no common word of the language
    /// (`weekdayWords`: "sat", "mer", "so") and no capitalised word follows it ("Mon State").
    /// `dated`: the name is read only with the day or date after it.
    func weekdayAt(_ i: Int) -> (weekday: Int, dated: Bool)? {
        guard i >= 0, i < t.count, t[i].kind == .word else { return nil }
        let word = t[i].lower
        if let wide = lexicons.lazy.compactMap({ $0.weekday(word) }).first { return (wide, false) }
        guard let short = lexicons.lazy.compactMap({ $0.abbreviatedWeekdays[word] }).first else { return nil }
        if tables.contains(where: { $0.weekdayWords.contains(word) }) { return (short, true) }
        if i + 1 < t.count, t[i + 1].kind == .word, t[i + 1].text.first?.isUppercase == true { return nil }
        return (short, false)
    }

    /// The modifier ("last", "next", "this", "pasado") just before or after token `i`, with
    /// the token it stands at.
    func weekdayModifier(around i: Int) -> (WeekdayModifier, Int)? {
        for k in [i - 1, i + 1] where k >= 0 && k < t.count && !used[k] {
            if let modifier = tables.lazy.compactMap({ $0.modifiers[self.t[k].lower] }).first { return (modifier, k) }
        }
        return nil
    }

    /// "on Friday", "last friday", "next Tuesday", "el viernes pasado", "в пятницу": the
    /// latest such day on or before publication; the first after it for `next` or in a
    /// future sentence; for `this` the coming one, today included.
    mutating func weekday(_ i: Int) -> Bool {
        guard let (w, dated) = weekdayAt(i) else { return false }
        var k = i + 1
        if k < t.count, t[k].text == ".", !t[k].spaceBefore, dated { k += 1 }   // "Sat., 16"
        if k < t.count, t[k].text == "," { k += 1 }
        if k < t.count, dateTokens.contains(where: { $0.first == k }) { return false }   // "Friday, November 14": the date says it
        if weekdayAndDay(i, weekday: w, dayAt: k) { return true }
        if dated { return false }
        guard let (year, month, day) = publishedDay else { return false }
        let today = CalendarDate.weekday(year, month, day)
        let modifier = weekdayModifier(around: i)
        let offset: Int
        switch modifier?.0 {
        case .last?: offset = -((today - w + 6) % 7 + 1)
        case .next?: offset = (w - today + 6) % 7 + 1
        case .this?:
            // "this Friday" is the coming one (today included), never the one just past.
            offset = (w - today + 7) % 7
        case nil: offset = tense == .future ? (w - today + 7) % 7 : -((today - w + 7) % 7)
        }
        let (y, m, d) = CalendarDate.adding(days: offset, to: year, month, day)
        let first = min(i, modifier?.1 ?? i), last = max(i, modifier?.1 ?? i)
        emit(first, last, value: CalendarDate.iso(y, m, d), granularity: "day", qualifiers: relativeQualifiers,
             rule: modifier == nil ? "weekday before publication" : "weekday with a modifier")
        return true
    }
}
