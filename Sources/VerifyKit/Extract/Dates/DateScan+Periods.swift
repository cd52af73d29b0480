/// Quarters ("the third quarter of 2016", "Q3 2016"), seasons ("summer 2016"), decades
/// ("the 1990s"), named days ("Christmas", "Easter 2024") and ranges ("from 3 until 12
/// September", "between 1994 and 1997") as intervals.
extension DateScan {
    /// The year written at `k` (after an optional "of"/"de"-like word), and its token.
    private func writtenYear(from k: Int) -> (year: Int, last: Int)? {
        if let y = year(k) { return (y, k) }
        if k < t.count, connectors.contains(t[k].lower) || t[k].lower == "of", let y = year(k + 1) { return (y, k + 1) }
        return nil
    }

    /// "Q3 2016", "third quarter of 2016", "el tercer trimestre de 2016".
    mutating func quarter(_ i: Int) -> Int? {
        var n: Int?
        var k = i + 1
        let lower = t[i].lower
        if lower.count == 2, lower.first == "q", let digit = Int(lower.dropFirst()), (1...4).contains(digit) {
            n = digit
        } else if k < t.count, tables.contains(where: { [next = t[k].lower] in $0.quarterWords.contains(next) }) {
            n = tables.lazy.compactMap { $0.quarterOrdinals[lower] }.first
            k += 1
        }
        guard let n else { return nil }
        var last = k - 1
        let y: Int
        var qualifiers: [Qualifier] = []
        if let written = writtenYear(from: k) {
            y = written.year
            last = written.last
        } else {
            guard lower.first != "q", let published = publishedDay else { return nil }
            y = published.0
            qualifiers = [.inferred]
        }
        emit(i, last, value: String(format: "%04d-Q%d", y, n), granularity: "quarter", qualifiers: qualifiers, rule: "quarter")
        return last + 1
    }

    /// "summer 2016", "summer of 2016", "verano de 2016": TIMEX3 season codes.
    mutating func season(_ i: Int) -> Int? {
        let word = t[i].lower
        guard let name = tables.lazy.compactMap({ $0.seasons[word] }).first, let written = writtenYear(from: i + 1) else { return nil }
        let code = ["spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"][name] ?? name
        emit(i, written.last, value: String(format: "%04d-%@", written.year, code), granularity: "season", qualifiers: [], rule: "season")
        return written.last + 1
    }

    /// "the 1990s", "1990s", "the 1800s": a decade as the interval of its years.
    mutating func decade(_ i: Int) -> Int? {
        let lower = t[i].lower
        var digits = ""
        var last = i
        if lower.count == 5, lower.hasSuffix("s"), let y = Int(lower.dropLast()), y % 10 == 0, (1000...2090).contains(y) {
            digits = String(y)
        } else if year(i) != nil, t[i].lower.hasSuffix("0"), i + 1 < t.count, !t[i + 1].spaceBefore, ["s", "'s", "’s"].contains(t[i + 1].lower) {
            digits = t[i].text
            last = i + 1
        }
        guard let start = Int(digits) else { return nil }
        // "the 1800s" is a century; "the 1990s", "the 2000s" decades.
        let century = start % 100 == 0 && start < 2000
        emit(.date, i, last, value: "\(start)/\(start + (century ? 99 : 9))", subtype: century ? "century" : "decade", rule: "decade")
        return last + 1
    }

    /// Named days of the language and English, with the year written after them or the
    /// nearest (by tense) to publication.
    mutating func holidays() {
        for table in tables {
            for match in table.holidays.matches(in: t) where !used[match.first...match.last].contains(true) {
                let holiday = match.payload
                func day(in year: Int) -> (Int, Int, Int)? {
                    if let offset = holiday.easter {
                        let (y, m, d) = CalendarDate.easter(year)
                        return CalendarDate.adding(days: offset, to: y, m, d)
                    }
                    if let rule = holiday.weekday { return CalendarDate.nthWeekday(rule, in: year) }
                    let parts = (holiday.date ?? "").split(separator: "-").compactMap { Int($0) }
                    guard parts.count == 2, CalendarDate.isValid(year, parts[0], parts[1]) else { return nil }
                    return (year, parts[0], parts[1])
                }
                var last = match.last
                var chosen: (Int, Int, Int)?
                var qualifiers: [Qualifier] = []
                if let written = writtenYear(from: match.last + 1) {
                    chosen = day(in: written.year)
                    last = written.last
                } else if let published = publishedDay {
                    chosen = Self.pick([published.0 - 1, published.0, published.0 + 1].compactMap(day(in:)), near: published, tense: tense)
                    qualifiers = relativeQualifiers
                }
                guard let (y, m, d) = chosen else { continue }
                emit(match.first, last, value: CalendarDate.iso(y, m, d), granularity: "day", qualifiers: qualifiers, rule: holiday.phrase)
            }
        }
    }

    /// Ranges between dates found: "from 3 until 12 September" (the first end takes the
    /// month and year of the second), "between March 3 and March 5", "between 1994 and 1997",
    /// "1994-1997". Each end stays a date; the range is one more, an interval `start/end`.
    mutating func ranges() {
        let joins = Set(tables.flatMap(\.rangeJoin)), opens = Set(tables.flatMap(\.rangeOpen))
        let spans = dateTokens
        for span in spans {
            let end = found[span.index]
            guard let endValue = DateValue(end.value), let y = endValue.year, let m = endValue.month, let d = endValue.day,
                  span.first >= 2 else { continue }
            // "to 15 July", "to the 15th of July"
            let joinAt = span.first >= 3 && t[span.first - 1].lower == "the" ? span.first - 2 : span.first - 1
            guard joins.contains(t[joinAt].lower) else { continue }
            let j = joinAt - 1
            var startValue: String?
            var first = j
            if let other = spans.first(where: { $0.last == j }) {
                startValue = found[other.index].value
                first = other.first
            } else if let start = [j - 1, j].first(where: { $0 >= 0 && !used[$0] && t[$0].text.first?.isNumber == true && self.day($0)?.last == j }),
                      let (day, _) = self.day(start), day < d, CalendarDate.isValid(y, m, day) {
                // The first end opens with a range word ("from 3", "from the 13th"), or
                // is an ordinal, or is joined by a bare dash ("3-12 September").
                var opener = start - 1
                if opener >= 0, t[opener].lower == "the" { opener -= 1 }
                let opened = opener >= 0 && opens.contains(t[opener].lower)
                let ordinal = j > start || t[start].lower != t[start].text.filter(\.isNumber).lowercased()
                let dashed = ["-", "–"].contains(t[joinAt].text)
                guard opened || ordinal || dashed else { continue }
                startValue = CalendarDate.iso(y, m, day)
                emit(start, j, value: startValue!, granularity: "day", qualifiers: end.qualifiers, rule: "range start")
                first = opened ? opener : start
            }
            guard let startValue, startValue < end.value else { continue }
            if first > 0, opens.contains(t[first - 1].lower) { first -= 1 }
            if first > 1, t[first - 1].lower == "the", opens.contains(t[first - 2].lower) { first -= 2 }
            emit(.date, first, span.last, value: startValue + "/" + end.value, subtype: "interval", qualifiers: [.range], rule: "date range")
        }
        // Years: "between 1994 and 1997", "from 1994 to 1997", "1994-1997".
        var i = 0
        while i + 2 < t.count {
            defer { i += 1 }
            guard !used[i], let a = year(i), joins.contains(t[i + 1].lower), !used[i + 2], let b = year(i + 2), a < b else { continue }
            let dashed = t[i + 1].text == "-" && !t[i + 1].spaceBefore && !t[i + 2].spaceBefore
            guard dashed || (i > 0 && opens.contains(t[i - 1].lower)) else { continue }
            emit(i, i, value: CalendarDate.iso(a), granularity: "year", qualifiers: [], rule: "range start")
            emit(i + 2, i + 2, value: CalendarDate.iso(b), granularity: "year", qualifiers: [], rule: "range end")
            emit(.date, dashed ? i : i - 1, i + 2, value: "\(a)/\(b)", subtype: "interval", qualifiers: [.range], rule: "year range")
            i += 2
        }
    }
}
