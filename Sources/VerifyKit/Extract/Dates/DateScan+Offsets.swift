/// Offsets, durations and recurrences: a number and a unit ("two days later", "in 3 weeks",
/// "hace dos años", "3 дня назад", "48 hours", "every 2 weeks", "daily").
extension DateScan {
    /// A number ending at token `j`: digits, a number phrase of the rules (weak: "a",
    /// "a couple of") or a word ICU spells out; its first token and whether it is weak.
    func number(endingAt j: Int) -> (value: Int, first: Int, weak: Bool)? {
        guard j >= 0, j < t.count, !used[j] else { return nil }
        if t[j].kind == .number {
            guard t[j].text.count <= 4, t[j].text.allSatisfy(\.isASCII), let value = Int(t[j].text), value > 0 else { return nil }
            if j > 0, !t[j].spaceBefore, [":", "/", "-", ".", ","].contains(t[j - 1].text) { return nil }
            return (value, j, false)
        }
        guard t[j].kind == .word else { return nil }
        for table in tables {
            if let phrase = table.numbers.match(t, endingAt: j), !used[phrase.first...j].contains(true) {
                return (phrase.payload, phrase.first, true)
            }
        }
        for table in tables where !table.isOrdinal(t[j].lower) {
            if let value = spelled.value(of: t[j].lower, language: table.language), value > 0 { return (value, j, false) }
        }
        return nil
    }

    mutating func offsets() {
        for table in tables {
            for match in table.recurrences.matches(in: t) where !used[match.first...match.last].contains(true) {
                emit(.duration, match.first, match.last, value: "R/" + match.payload.duration(1), subtype: "recurrence",
                     rule: "recurrence")
            }
        }
        let tokens = t, languages = tables
        for k in t.indices where !used[k] && t[k].kind == .word {
            guard let (table, unit) = languages.lazy.compactMap({ table in table.units[tokens[k].lower].map { (table, $0) } }).first else { continue }
            // "48-hour": a number glued to the unit by a hyphen.
            let hyphen = k >= 2 && t[k - 1].text == "-" && !t[k - 1].spaceBefore && !t[k].spaceBefore
            guard let count = number(endingAt: hyphen ? k - 2 : k - 1) else { continue }
            // An age: "de 26 años", "a 38-year-old", "35 years old".
            if unit == .year {
                let next = k + 1 < t.count ? t[k + 1].lower : ""
                let glued = k + 2 < t.count && next == "-" && !t[k + 1].spaceBefore ? "-" + t[k + 2].lower : next
                if (count.first > 0 && table.ageBefore.contains(t[count.first - 1].lower)) || table.ageAfter.contains(next)
                    || table.ageAfter.contains(glued) { continue }
            }
            let before = languages.lazy.compactMap { $0.before.match(tokens, endingAt: count.first - 1) }.first
            let after = languages.lazy.compactMap { $0.after.match(tokens, from: k + 1) }.first
            var direction = before?.payload ?? after?.payload
            // "fell in eight hours", "killed in three days": "in" counts from publication
            // only where the sentence looks ahead (hours), or at least not back (days on).
            if before?.payload == .ahead, after == nil, tense == .past || (tense != .future && [.hour, .minute].contains(unit)) {
                direction = nil
            }
            let first = before.map { $0.first } ?? count.first
            let last = after?.last ?? k
            guard !used[first...last].contains(true) else { continue }
            // "in three days of talks": a duration, not a date.
            let blocked = k + 1 < t.count && table.durationBefore.contains(t[k + 1].lower)
            switch direction {
            case .every?:
                emit(.duration, first, k, value: "R/" + unit.duration(count.value), subtype: "recurrence", rule: "recurrence")
            case let direction? where !blocked || after != nil:
                if !offset(direction, count.value, unit, first: first, last: last) {
                    if !count.weak { emit(.duration, count.first, k, value: unit.duration(count.value), subtype: unit.rawValue, rule: "duration") }
                }
            default:
                if !count.weak { emit(.duration, count.first, k, value: unit.duration(count.value), subtype: unit.rawValue, rule: "duration") }
            }
        }
    }

    /// Emits the date (or time) `count` units away in `direction`; false when it cannot be
    /// placed (no publication time, or a clock offset without a publication time of day).
    mutating func offset(_ direction: OffsetDirection, _ count: Int, _ unit: OffsetUnit, first: Int, last: Int) -> Bool {
        let sign = direction == .ago || direction == .earlier ? -1 : 1
        let anchored = direction == .later || direction == .earlier
        guard let (origin, written) = anchored ? anchor(before: first) : publishedDay.map({ ($0, false) }) else { return false }
        var qualifiers = written ? [Qualifier.relative, "anchored"] : relativeQualifiers
        let (y, m, d) = origin
        switch unit {
        case .day, .week, .fortnight:
            let days = sign * count * (unit == .day ? 1 : unit == .week ? 7 : 14)
            let (yy, mm, dd) = CalendarDate.adding(days: days, to: y, m, d)
            emit(first, last, value: CalendarDate.iso(yy, mm, dd), granularity: "day", qualifiers: qualifiers, rule: "offset in days")
        case .month:
            let (yy, mm) = CalendarDate.adding(months: sign * count, to: y, m)
            emit(first, last, value: CalendarDate.iso(yy, mm), granularity: "month", qualifiers: qualifiers, rule: "offset in months")
        case .year, .decade:
            emit(first, last, value: CalendarDate.iso(y + sign * count * (unit == .year ? 1 : 10)), granularity: "year",
                 qualifiers: qualifiers, rule: "offset in years")
        case .hour, .minute:
            guard !anchored, let published = context.published, let hour = published.hour, let minute = published.minute else { return false }
            let total = hour * 60 + minute + sign * count * (unit == .hour ? 60 : 1)
            let days = Int((Double(total) / 1440).rounded(.down))
            let clock = total - days * 1440
            if days != 0 {
                let (yy, mm, dd) = CalendarDate.adding(days: days, to: y, m, d)
                qualifiers.append(Qualifier(rawValue: "day " + CalendarDate.iso(yy, mm, dd)))
            }
            emit(.time, first, last, value: String(format: "%02d:%02d", clock / 60, clock % 60), subtype: nil,
                 qualifiers: qualifiers, rule: "offset in hours")
        }
        return true
    }
}
