/// Numeric dates with slashes or dashes (`02/22/2016`, `22/02/2016`, `10-31-74`, `2/15`)
/// and a day written alone as an ordinal ("on the 27th").
extension DateScan {
    /// A one- or two-digit number token at `i`.
    private func small(_ i: Int) -> Int? {
        guard i < t.count, t[i].kind == .number, (1...2).contains(t[i].text.count), let value = Int(t[i].text) else { return nil }
        return value
    }

    /// The day-month order the language (or language-COUNTRY) writes, if fixed.
    private var numericOrder: String? { rules.numericOrder[context.language] }

    /// a/b/y, a-b-y, a/b: the order from the numbers when one exceeds 12, else from the
    /// language; an order neither decides gives both readings, marked `ambiguous order`.
    mutating func numeric(_ i: Int) -> Int? {
        guard let a = small(i), i + 2 < t.count, ["/", "-"].contains(t[i + 1].text), !t[i + 1].spaceBefore, !t[i + 2].spaceBefore,
              let b = small(i + 2) else { return nil }
        if i > 0, !t[i].spaceBefore, ["/", "-", ":", ".", ","].contains(t[i - 1].text) { return nil }
        let separator = t[i + 1].text
        var last = i + 2
        var year: Int?
        if last + 2 < t.count, t[last + 1].text == separator, !t[last + 1].spaceBefore, !t[last + 2].spaceBefore,
           t[last + 2].kind == .number, let y = Int(t[last + 2].text), [2, 4].contains(t[last + 2].text.count) {
            year = t[last + 2].text.count == 4 ? y : CalendarDate.fullYear(twoDigits: y, near: publishedDay?.0 ?? 2025)
            last += 2
        }
        if last + 2 < t.count, ["/", "-", ":"].contains(t[last + 1].text), !t[last + 1].spaceBefore, t[last + 2].kind == .number { return nil }
        if year == nil {
            // Without a year, "3-1" is a score and "2/3" a fraction: a date only after a
            // date preposition, or with a slash and a number above 12.
            // ("in 3/4 h" is a fraction: "in" is no date preposition here.)
            let marked = i > 0 && rules.pastMarkers.contains(t[i - 1].lower) && t[i - 1].lower != "in"
            guard marked || (separator == "/" && max(a, b) > 12) else { return nil }
        }
        var readings: [(month: Int, day: Int)] = []
        if a > 12, b <= 12 { readings = [(b, a)] }
        else if b > 12, a <= 12 { readings = [(a, b)] }
        else if a <= 12, b <= 12 {
            switch numericOrder {
            case "dmy"?: readings = [(b, a)]
            case "mdy"?: readings = [(a, b)]
            default: readings = a == b ? [(a, b)] : [(a, b), (b, a)]
            }
        }
        let valid = readings.filter { CalendarDate.isValid(year ?? 2024, $0.month, $0.day) }
        guard !valid.isEmpty else { return nil }
        let ambiguous = valid.count > 1
        for reading in valid {
            var value: String
            var qualifiers: [Qualifier]
            if let year {
                value = CalendarDate.iso(year, reading.month, reading.day)
                qualifiers = []
            } else {
                (value, qualifiers) = completed(month: reading.month, day: reading.day)
            }
            if ambiguous { qualifiers.append("ambiguous order") }
            emit(i, last, value: value, granularity: "day", qualifiers: qualifiers, rule: "numeric date")
        }
        return last + 1
    }

    /// "on the 27th", "on 24th", "el día 16": the nearest such day of the publication's
    /// month, the one before or the one after (by tense), after a day marker of the language.
    mutating func ordinalDay(_ i: Int) -> Bool {
        guard let (value, last) = day(i) else { return false }
        let ordinal = last > i || t[i].lower.count > t[i].text.filter(\.isNumber).count
        let tokens = t
        guard let (table, marker) = tables.lazy.compactMap({ table in table.dayMarkers.match(tokens, endingAt: i - 1).map { (table, $0) } }).first,
              ordinal || !table.dayNeedsOrdinal else { return false }
        if last + 1 < t.count, t[last + 1].kind == .word, !table.dayContinuations.contains(t[last + 1].lower) { return false }
        if last + 1 < t.count, t[last + 1].kind == .number { return false }   // "le 2 000 manifestants"
        guard let published = publishedDay else { return false }
        let candidates = [-1, 0, 1].map { CalendarDate.adding(months: $0, to: published.0, published.1) }
            .filter { CalendarDate.isValid($0.0, $0.1, value) }.map { ($0.0, $0.1, value) }
        guard let (y, m, d) = Self.pick(candidates, near: published, tense: tense) else { return false }
        // The span keeps an article of the marker ("the 27th"), not its preposition.
        let first = marker.first < i - 1 ? i - 1 : i
        emit(first, last, value: CalendarDate.iso(y, m, d), granularity: "day", qualifiers: relativeQualifiers, rule: "day alone")
        return true
    }
}
