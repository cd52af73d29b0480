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
            // "les 3 derniers jours": a window word between the number and its unit.
            let between = k >= 2 && !hyphen ? table.windowBetween[t[k - 1].lower] : nil
            guard let count = number(endingAt: hyphen || between != nil ? k - 2 : k - 1) else { continue }
            // "2024 года" is the year 2024, not 2024 years.
            if unit == .year, year(count.first) != nil, count.first == k - 1, Self.yearMarkers.contains(t[k].lower) { continue }
            // An age: "de 26 años", "a 38-year-old", "35 years old".
            if unit == .year {
                let next = k + 1 < t.count ? t[k + 1].lower : ""
                let glued = k + 2 < t.count && next == "-" && !t[k + 1].spaceBefore ? "-" + t[k + 2].lower : next
                if (count.first > 0 && table.ageBefore.contains(t[count.first - 1].lower)) || table.ageAfter.contains(next)
                    || table.ageAfter.contains(glued) { continue }
            }
            // "the last 3 days", "3 prochains jours", "2 semaines passées": whole units
            // before or after the current one ("of" after the unit makes them the last days
            // of something else: "the last two days of the trial").
            let blockedWindow = k + 1 < t.count && table.durationBefore.contains(t[k + 1].lower)
            if !blockedWindow, let (direction, first, last) = window(table, count: count, unitAt: k, between: between),
               !used[first...last].contains(true), window(direction, count.value, unit, first: first, last: last) {
                if !count.weak { emit(.duration, count.first, k, value: unit.duration(count.value), subtype: unit.rawValue, rule: "duration") }
                continue
            }
            guard between == nil else { continue }
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

    /// The window word around a number and its unit at `k`: its direction and the span.
    func window(_ table: DateLanguageTables, count: (value: Int, first: Int, weak: Bool), unitAt k: Int,
                between: OffsetDirection?) -> (OffsetDirection, first: Int, last: Int)? {
        if let between { return (between, count.first, k) }
        if let before = table.windowBefore.match(t, endingAt: count.first - 1) { return (before.payload, before.first, k) }
        if let after = table.windowAfter.match(t, from: k + 1) { return (after.payload, count.first, after.last) }
        return nil
    }

    /// Emits the interval of the `count` whole units before the current one (`ago`) or
    /// after it (`ahead`): "the last 2 days" on 12 February are 10–11 February, "the next 3
    /// months" in February are March to May. False for a unit with no calendar interval
    /// here (hours, minutes, decades) or without a publication date.
    mutating func window(_ direction: OffsetDirection, _ count: Int, _ unit: OffsetUnit, first: Int, last: Int) -> Bool {
        guard let (y, m, d) = publishedDay, direction == .ago || direction == .ahead else { return false }
        let past = direction == .ago
        let value: String
        switch unit {
        case .day:
            let from = CalendarDate.adding(days: past ? -count : 1, to: y, m, d)
            let to = CalendarDate.adding(days: past ? -1 : count, to: y, m, d)
            value = CalendarDate.iso(from.0, from.1, from.2) + "/" + CalendarDate.iso(to.0, to.1, to.2)
        case .week, .fortnight:
            let weeks = unit == .week ? count : 2 * count
            let from = CalendarDate.adding(days: 7 * (past ? -weeks : 1), to: y, m, d)
            let to = CalendarDate.adding(days: 7 * (past ? -1 : weeks), to: y, m, d)
            value = CalendarDate.isoWeek(from.0, from.1, from.2) + "/" + CalendarDate.isoWeek(to.0, to.1, to.2)
        case .month:
            let from = CalendarDate.adding(months: past ? -count : 1, to: y, m)
            let to = CalendarDate.adding(months: past ? -1 : count, to: y, m)
            value = CalendarDate.iso(from.0, from.1) + "/" + CalendarDate.iso(to.0, to.1)
        case .year:
            value = past ? "\(y - count)/\(y - 1)" : "\(y + 1)/\(y + count)"
        case .minute, .hour, .decade:
            return false
        }
        emit(.date, first, last, value: value, subtype: "interval", qualifiers: relativeQualifiers, rule: "window of whole units")
        return true
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
