/// Parts of a month or a year ("early March", "the end of the month", "mid-2013", "fin
/// mars", "en début d'année"): the first, middle or last third of it, as an interval
/// beside the month or year itself. A month's thirds are days 1–10, 11–20 and 21 to its
/// end; a year's are January–April, May–August and September–December.
extension DateScan {
    mutating func parts() {
        for table in tables {
            for match in table.partWords.matches(in: t) where match.last + 1 < t.count {
                let k = match.last + 1
                if let span = dateTokens.first(where: { $0.first == k }) {
                    // A month or year found there: "late March", "the end of last year".
                    let value = found[span.index].value
                    if value.count == 7, let y = Int(value.prefix(4)), let m = Int(value.suffix(2)) {
                        emitPart(match.payload, year: y, month: m, first: match.first, last: span.last)
                    } else if value.count == 4, let y = Int(value) {
                        emitPart(match.payload, year: y, month: nil, first: match.first, last: span.last)
                    }
                } else if used[k] {
                    continue
                } else if let y = year(k) {
                    emitPart(match.payload, year: y, month: nil, first: match.first, last: k)
                } else if let m = month(k), t[k].kind == .word, table.partLowercaseMonths || mayBeBareMonth(k),
                          let y = yearOfBareMonth(m, exclusive: false) {
                    // "fin mars": a month with no date of its own here.
                    emitPart(match.payload, year: y, month: m, first: match.first, last: k)
                } else if let current = table.partCurrent.match(t, from: k), let (y, m, _) = publishedDay,
                          !used[k...current.last].contains(true) {
                    // "the end of the month", "en fin d'année": the publication's.
                    emitPart(match.payload, year: y, month: current.payload == "month" ? m : nil, first: match.first, last: current.last)
                }
            }
        }
    }

    /// Emits the `part` (`start`, `middle`, `end`) of a month, or of a year when `month` is nil.
    private mutating func emitPart(_ part: String, year: Int, month: Int?, first: Int, last: Int) {
        guard let third = ["start": 0, "middle": 1, "end": 2][part] else { return }
        let value: String
        if let month {
            var lastDay = 31
            while !CalendarDate.isValid(year, month, lastDay) { lastDay -= 1 }
            let from = 1 + 10 * third, to = third == 2 ? lastDay : 10 * (third + 1)
            value = CalendarDate.iso(year, month, from) + "/" + CalendarDate.iso(year, month, to)
        } else {
            value = CalendarDate.iso(year, 1 + 4 * third) + "/" + CalendarDate.iso(year, 4 * (third + 1))
        }
        emit(.date, first, last, value: value, subtype: "interval", qualifiers: [Qualifier(rawValue: part)], rule: "part of a month or year")
    }
}
