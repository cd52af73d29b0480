import Foundation
import VerifyICU

/// A date, and the time when stated with it, read from a dateline or similar short line.
struct DatelineReading: Sendable, Hashable {
    var year: Int?
    var month: Int
    var day: Int
    var hour: Int?
    var minute: Int?
    /// Offset from UTC in seconds when a zone was written (`GMT`, `11:20 GST`, `(Kyiv time)`).
    var utcOffset: Int?
    /// An IANA zone named by the line (a dateline city or "Kyiv time"), used when no offset was written.
    var zoneIdentifier: String?
    /// Words of the line that were not part of the date, time, zone or a published cue.
    var otherWords: Int
}

/// Reads datelines such as `14 November, 2025 • 16:38`, `date 2025-11-14`,
/// `BAKU, Nov 14 (Reuters) -`, `Published 08.07.2024 14:35`, `16 ноября 2025, 11:20`,
/// `RABAT, 12th September, 2023 (WAM) -- 11:20 GST`. Month names come from ICU locale data.
struct DatelineParser: Sendable {
    struct Rules: Decodable, Sendable {
        var calendarLocales: [String]
        var zoneAbbreviations: [String: Double]
        /// Abbreviations that newsrooms write for a region's local time whatever the season
        /// ("8:20 p.m. EST" in March): read as that IANA zone, the offset taken for the date.
        var localTimeAbbreviations: [String: String]?
        var cities: [String: String]
        var publishedCues: [String]
        var countryZones: [String: String]
        /// Short words that may stand between a day, its month and its year (`30 de octubre de 2024`).
        var dateParticles: [String]
        /// Last letters of inflected weekday names by locale ("пятницу", "среды"); a
        /// locale without a list reads weekday names only as ICU writes them.
        var weekdayEndings: [String: [String]]?
        /// Parts of the day glued to a weekday by locale ("Donnerstagabend", "Freitagmorgen"):
        /// the compound names the weekday.
        var weekdayCompounds: [String: [String]]?
    }

    let rules: Rules
    /// Month and weekday names of each locale in `calendarLocales` (ICU data).
    let lexicons: [String: CalendarLexicon]
    /// Lower-case month names and unambiguous prefixes (3+ letters) of every locale → month number.
    let months: [String: Int]

    init(rules: Rules) {
        self.rules = rules
        var lexicons: [String: CalendarLexicon] = [:]
        for locale in rules.calendarLocales {
            if let names = try? CalendarNames(locale: locale) {
                lexicons[locale] = CalendarLexicon(names, weekdayEndings: rules.weekdayEndings?[locale] ?? [],
                                                   weekdayCompounds: rules.weekdayCompounds?[locale] ?? [])
            }
        }
        self.lexicons = lexicons
        // A dateline may be in any of the locales: a name or prefix counts when the locales
        // that know it agree on the month.
        var candidates: [String: Set<Int>] = [:]
        for lexicon in lexicons.values {
            for (name, month) in lexicon.months { candidates[name, default: []].insert(month) }
        }
        months = candidates.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The first date in `line`, with a time and zone when the line states them.
    func read(_ line: String) -> DatelineReading? {
        let tokens = DateToken.tokenize(line)
        var used = Set<Int>()
        var reading: DatelineReading?
        var index = 0
        while index < tokens.count, reading == nil {
            if let (found, span) = date(at: index, in: tokens) {
                reading = found
                used.formUnion(span)
            }
            index += 1
        }
        guard var result = reading else { return nil }
        if let (hour, minute, offset, zone, span) = time(in: tokens, excluding: used) {
            result.hour = hour
            result.minute = minute
            result.utcOffset = offset
            if let zone { result.zoneIdentifier = zone }
            used.formUnion(span)
        }
        if result.zoneIdentifier == nil, let city = datelineCity(tokens) {
            result.zoneIdentifier = rules.cities[city.name]
            used.formUnion(city.span)
        }
        let cues = Set(rules.publishedCues)
        result.otherWords = tokens.indices.filter {
            tokens[$0].kind == .word && !used.contains($0) && !cues.contains(tokens[$0].text.lowercased())
        }.count
        return result
    }

    /// The latest year of a date written in full in `text`: a day, month and year in any
    /// of the forms a dateline takes (`14 November 2024`, `Nov 14, 2024`, `2024-11-14`,
    /// `14.11.2024`), or a month name followed by a year (`November 2024`). A bare year
    /// ("since 2014") does not count: it dates a background fact more often than the story.
    func latestYear(in text: String) -> Int? {
        let tokens = DateToken.tokenize(text)
        var latest: Int?
        for index in tokens.indices {
            var year = date(at: index, in: tokens)?.0.year
            if year == nil, tokens[index].kind == .word, months[tokens[index].text.lowercased()] != nil {
                var span = Set<Int>()
                year = self.year(after: index, in: tokens, span: &span)
            }
            if let year { latest = max(latest ?? year, year) }
        }
        return latest
    }

    /// A time alone (`• 16:38`, `11:20 GST`) with its zone, for a line that holds only a time.
    func readTime(_ line: String) -> (hour: Int, minute: Int, utcOffset: Int?, zone: String?, otherWords: Int)? {
        let tokens = DateToken.tokenize(line)
        guard let (hour, minute, offset, zone, span) = time(in: tokens, excluding: []) else { return nil }
        let other = tokens.indices.filter { tokens[$0].kind == .word && !span.contains($0) }.count
        return (hour, minute, offset, zone, other)
    }

    /// The UTC offset, in seconds, of `reading`'s zone at its date and time.
    func offset(of reading: DatelineReading, year: Int) -> Int? {
        if let offset = reading.utcOffset { return offset }
        guard let identifier = reading.zoneIdentifier, let zone = TimeZone(identifier: identifier) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: reading.month, day: reading.day,
                                        hour: reading.hour ?? 12, minute: reading.minute ?? 0)
        guard let date = calendar.date(from: components) else { return nil }
        return zone.secondsFromGMT(for: date)
    }

    // MARK: - Dates

    private func date(at i: Int, in t: [DateToken]) -> (DatelineReading, Set<Int>)? {
        func reading(_ year: Int?, _ month: Int, _ day: Int) -> DatelineReading? {
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            if let year, !(1900...2100).contains(year) { return nil }
            return DatelineReading(year: year, month: month, day: day, otherWords: 0)
        }
        // 2025-11-14
        if t[i].kind == .number, t[i].text.count == 4, i + 4 < t.count, t[i + 1].text == "-", t[i + 3].text == "-",
           !t[i + 1].spaceBefore, !t[i + 2].spaceBefore, let month = t[i + 2].number, let day = t[i + 4].number,
           let found = reading(t[i].number, month, day) {
            return (found, Set(i...i + 4))
        }
        // 14.11.2025
        if t[i].kind == .number, t[i].text.count <= 2, i + 4 < t.count, t[i + 1].text == ".", t[i + 3].text == ".",
           !t[i + 2].spaceBefore, !t[i + 4].spaceBefore, t[i + 4].text.count == 4,
           let day = t[i].number, let month = t[i + 2].number, let found = reading(t[i + 4].number, month, day) {
            return (found, Set(i...i + 4))
        }
        // 14 November, 2025 / 12th September 2023 / 16 ноября 2025
        if t[i].kind == .number, t[i].text.count <= 2, let day = t[i].number {
            var j = i + 1
            if j < t.count, t[j].kind == .word, ["st", "nd", "rd", "th"].contains(t[j].text.lowercased()), !t[j].spaceBefore { j += 1 }
            if j + 1 < t.count, isParticle(t[j]) { j += 1 }
            if j < t.count, t[j].kind == .word, let month = months[t[j].text.lowercased()] {
                var span = Set(i...j)
                let year = year(after: j, in: t, span: &span)
                if let found = reading(year, month, day) { return (found, span) }
            }
        }
        // Nov 14, 2025 / Nov. 16, 2022 / Sept 9
        if t[i].kind == .word, let month = months[t[i].text.lowercased()] {
            var j = i + 1
            if j < t.count, t[j].text == "." { j += 1 }
            if j < t.count, t[j].kind == .number, t[j].text.count <= 2, let day = t[j].number {
                var span = Set(i...j)
                if j + 1 < t.count, t[j + 1].kind == .word, ["st", "nd", "rd", "th"].contains(t[j + 1].text.lowercased()) {
                    span.insert(j + 1)
                    j += 1
                }
                let year = year(after: j, in: t, span: &span)
                if let found = reading(year, month, day) { return (found, span) }
            }
        }
        return nil
    }

    private func isParticle(_ token: DateToken) -> Bool {
        token.kind == .word && rules.dateParticles.contains(token.text.lowercased())
    }

    private func year(after j: Int, in t: [DateToken], span: inout Set<Int>) -> Int? {
        var k = j + 1
        if k < t.count, t[k].text == "." || t[k].text == "," || isParticle(t[k]) { k += 1 }
        if k < t.count, t[k].kind == .number, t[k].text.count == 4, let year = t[k].number, (1900...2100).contains(year) {
            span.formUnion(j + 1...k)
            if k + 1 < t.count, ["г", "року", "il"].contains(t[k + 1].text.lowercased()) { span.insert(k + 1) }
            return year
        }
        return nil
    }

    // MARK: - Times

    private func time(in t: [DateToken], excluding used: Set<Int>)
        -> (Int, Int, Int?, String?, Set<Int>)? {
        for i in t.indices where !used.contains(i) && t[i].kind == .number && t[i].text.count <= 2 {
            guard i + 2 < t.count, t[i + 1].text == ":", !t[i + 1].spaceBefore, !t[i + 2].spaceBefore,
                  t[i + 2].kind == .number, t[i + 2].text.count == 2,
                  var hour = t[i].number, let minute = t[i + 2].number, hour < 24, minute < 60 else { continue }
            var span = Set(i...i + 2)
            var k = i + 3
            // a.m. / p.m. / am / pm
            let rest = t[k...].prefix(4).map { $0.text.lowercased() }.joined()
            for (marker, isPM) in [("a.m.", false), ("p.m.", true), ("am", false), ("pm", true)] where rest.hasPrefix(marker) {
                if isPM, hour < 12 { hour += 12 }
                if !isPM, hour == 12 { hour = 0 }
                let count = marker.count == 4 ? 4 : 1
                span.formUnion(k..<min(k + count, t.count))
                k += count
                break
            }
            var offset: Int?
            var zone: String?
            if k < t.count, t[k].kind == .word, let identifier = rules.localTimeAbbreviations?[t[k].text] {
                zone = identifier
                span.insert(k)
                k += 1
            } else if k < t.count, t[k].kind == .word, let hours = rules.zoneAbbreviations[t[k].text] {
                offset = Int(hours * 3600)
                span.insert(k)
                k += 1
            }
            // "(Kyiv time)" or "Kyiv time"
            var m = k
            if m < t.count, t[m].text == "(" { m += 1 }
            if m + 1 < t.count, t[m].kind == .word, t[m + 1].text.lowercased() == "time",
               let identifier = rules.cities[t[m].text.lowercased()] {
                zone = identifier
                span.formUnion(k...m + 1)
            }
            return (hour, minute, offset, zone, span)
        }
        return nil
    }

    /// An upper-case place at the start of a dateline (`BAKU,` `KYIV,` `NEW YORK,`).
    private func datelineCity(_ t: [DateToken]) -> (name: String, span: Set<Int>)? {
        var words: [String] = []
        var index = 0
        while index < t.count, t[index].kind == .word, t[index].text.count >= 2,
              t[index].text == t[index].text.uppercased() {
            words.append(t[index].text.lowercased())
            index += 1
        }
        guard !words.isEmpty, index < t.count, t[index].text == "," || t[index].text == "(" else { return nil }
        let name = words.joined(separator: " ")
        guard rules.cities[name] != nil else { return nil }
        return (name, Set(0..<index))
    }
}
