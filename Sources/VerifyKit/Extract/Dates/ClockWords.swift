/// The clock words of one language from `times.yaml`.
struct ClockWords: Decodable, Sendable {
    /// Times with a name ("noon": `12:00`).
    var named: [String: String]?
    /// Words after an hour ("o'clock", "Uhr", "horas", "h").
    var hourAfter: [String]?
    /// Prepositions that make a bare hour a time ("a las", "alle", "às").
    var hourBefore: [String]?
    /// Hour words that also count hours ("horas", "часа").
    var ambiguousHourWords: [String]?
    /// Words before an hour that make such a word a clock reading ("a", "в").
    var hourWordPrepositions: [String]?
    /// Where a language says the hour with its article, the words before an hour that make
    /// an ambiguous hour word a clock reading instead ("a las 3 horas"; "de doce a 24
    /// horas" counts hours); `hourWordPrepositions` when absent.
    var ambiguousHourPrepositions: [String]?
    /// Words before an hour that set its minutes ("half past": 30, "quarter to": -15).
    var minutesBefore: [String: Int]?
    /// Words after an hour that set its minutes ("y media": 30).
    var minutesAfter: [String: Int]?
    /// Parts of the day after a time: `am` or `pm`.
    var dayParts: [String: String]?
    /// Words between a number of minutes and an hour: `1` after it ("twenty past three",
    /// "zwanzig nach drei"), `-1` before it ("ten to five", "zehn vor acht").
    var minutesRelative: [String: Int]?
    /// Words for minutes between the number and the relation word ("ten minutes to five").
    var minuteWords: [String]?
    /// Words that open a range of times ("from", "between", "de", "von") and join its
    /// ends ("to", "and", "a", "bis"): "from 10 to 11 a.m.", "von 15 bis 16 Uhr".
    var rangeOpeners: [String]?
    var rangeJoiners: [String]?
}

/// Clock words compiled into phrase tables (each also without its accents: "de la manana"),
/// and the reading of a time written with them. Immutable and shared (a class: looping
/// over a sentence's tables retains one reference each instead of copying every table).
final class ClockTables: Sendable {
    let language: String
    let named: PhraseTable<String>
    let hourAfter: Set<String>
    let ambiguousHourWords: Set<String>
    let hourWordPrepositions: Set<String>
    /// `ambiguousHourPrepositions`, else `hourWordPrepositions`.
    let ambiguousHourPrepositions: Set<String>
    let hourBefore: PhraseTable<Bool>
    let minutesBefore: PhraseTable<Int>
    let minutesAfter: PhraseTable<Int>
    /// Parts of the day: true for after noon.
    let dayParts: PhraseTable<Bool>
    /// Relation words of minutes to an hour (+1 past, -1 to) and minute words.
    let minutesRelative: [String: Int]
    let minuteWords: Set<String>
    /// Range words (see ``ClockWords``).
    let rangeOpeners: Set<String>
    let rangeJoiners: Set<String>

    init(language: String, words: ClockWords) {
        self.language = language
        named = PhraseTable(DateFolding.withFolded((words.named ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        hourAfter = Set(words.hourAfter ?? [])
        ambiguousHourWords = Set(words.ambiguousHourWords ?? [])
        hourWordPrepositions = Set(words.hourWordPrepositions ?? [])
        ambiguousHourPrepositions = Set(words.ambiguousHourPrepositions ?? words.hourWordPrepositions ?? [])
        hourBefore = PhraseTable(DateFolding.withFolded((words.hourBefore ?? []).sorted().map { ($0, true) }))
        minutesBefore = PhraseTable(DateFolding.withFolded((words.minutesBefore ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        minutesAfter = PhraseTable(DateFolding.withFolded((words.minutesAfter ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        dayParts = PhraseTable(DateFolding.withFolded((words.dayParts ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value == "pm") }))
        minutesRelative = words.minutesRelative ?? [:]
        minuteWords = Set(words.minuteWords ?? [])
        rangeOpeners = Set(words.rangeOpeners ?? [])
        rangeJoiners = Set(words.rangeJoiners ?? [])
    }
}

/// Reads times written with clock words at a token: "noon", "half past eight", "quarter
/// to nine", "halb neun", "8 o'clock", "8 Uhr 30", "23.45 Uhr", "20.11 horas", "23h45",
/// "a las ocho y media", "three am", "seven thirty p.m.".
struct ClockReader {
    let tables: [ClockTables]
    let spelled: SpelledNumbers
    let t: [Token]

    /// An hour 0–24 at `k`: digits or a number word of one of the languages.
    func hour(_ k: Int) -> Int? {
        guard k >= 0, k < t.count else { return nil }
        if t[k].kind == .number {
            guard t[k].text.count <= 2, let value = Int(t[k].text), value <= 24 else { return nil }
            return value
        }
        guard t[k].kind == .word else { return nil }
        for table in tables {
            if let value = spelled.value(of: t[k].lower, language: table.language), value <= 24 { return value }
        }
        return nil
    }

    /// Minutes 0–59 at `k`, as digits (two) or a word ("thirty").
    func minutes(_ k: Int) -> Int? {
        guard k >= 0, k < t.count else { return nil }
        if t[k].kind == .number { return t[k].text.count == 2 ? Int(t[k].text).flatMap { $0 < 60 ? $0 : nil } : nil }
        guard t[k].kind == .word else { return nil }
        for table in tables {
            if let value = spelled.value(of: t[k].lower, language: table.language), (10..<60).contains(value) { return value }
        }
        return nil
    }

    /// "3pm", "11am", or a named time ("noon") at `k`, as an hour 0–23.
    func meridiemHour(_ k: Int) -> Int? {
        guard k >= 0, k < t.count else { return nil }
        for table in tables {
            if let named = table.named.match(t, from: k), named.last == k, let hour = Int(named.payload.prefix(2)) { return hour }
        }
        let text = t[k].lower
        for (marker, pm) in [("pm", true), ("am", false)] where text.hasSuffix(marker) {
            guard let hour = Int(text.dropLast(2)), (1...12).contains(hour) else { return nil }
            return pm ? hour % 12 + 12 : hour % 12
        }
        return nil
    }

    func isHourWord(_ k: Int) -> Bool {
        k >= 0 && k < t.count && tables.contains { $0.hourAfter.contains(t[k].lower) }
    }

    /// "23h45", "16h", "8h30": one token.
    func glued(_ k: Int) -> (hour: Int, minute: Int)? {
        let text = t[k].lower
        guard let h = text.firstIndex(of: "h"), h != text.startIndex, let hour = Int(text[..<h]), hour <= 24 else { return nil }
        let rest = text[text.index(after: h)...]
        if rest.isEmpty { return (hour, 0) }
        guard rest.count == 2, let minute = Int(rest), minute < 60 else { return nil }
        return (hour, minute)
    }

    /// A time at `i` (hour, minute, last token, rule, whether a.m./p.m. or a part of the day
    /// is still open), or nil.
    func read(at i: Int, meridiem: (Int) -> (Bool, Int)?) -> (hour: Int, minute: Int, last: Int, rule: String)? {
        for table in tables {
            // "après-midi" is no "midi".
            if let named = table.named.match(t, from: i), !(i > 0 && !t[i].spaceBefore && t[i - 1].text == "-") {
                let parts = named.payload.split(separator: ":").compactMap { Int($0) }
                // "midi et quart", "midi moins le quart": minutes after the named time.
                for other in tables {
                    if let phrase = other.minutesAfter.match(t, from: named.last + 1) {
                        let total = (parts[0] * 60 + parts[1] + phrase.payload + 1440) % 1440
                        return (total / 60, total % 60, phrase.last, "named time and minutes")
                    }
                }
                return (parts[0], parts[1], named.last, "named time")
            }
        }
        // "half past eight", "quarter to nine", "halb neun"
        for table in tables {
            if let phrase = table.minutesBefore.match(t, from: i), let h = hour(phrase.last + 1) ?? meridiemHour(phrase.last + 1) {
                var last = phrase.last + 1
                if isHourWord(last + 1) { last += 1 }
                let total = (h * 60 + phrase.payload + 1440) % 1440
                return (total / 60, total % 60, last, "minutes before an hour")
            }
        }
        if let relative = minutesRelativeToHour(at: i) { return relative }
        var start = i
        var prepared = false
        for table in tables {
            if let phrase = table.hourBefore.match(t, from: i), phrase.last + 1 < t.count {
                start = phrase.last + 1
                prepared = true
                break
            }
        }
        var h: Int
        var m = 0
        var last: Int
        if let (gh, gm) = glued(start) {
            (h, m, last) = (gh, gm, start)
        } else if t[start].kind == .number, let dot = t[start].text.firstIndex(of: "."), isHourWord(start + 1),
                  let hh = Int(t[start].text[..<dot]), hh <= 24, t[start].text[t[start].text.index(after: dot)...].count == 2,
                  let mm = Int(t[start].text[t[start].text.index(after: dot)...]), mm < 60 {
            (h, m, last) = (hh, mm, start + 1)   // "23.45 Uhr", "20.11 horas"
        } else if t[start].kind == .number || prepared || isHourWord(start + 1) || meridiem(start + 1) != nil || meridiem(start + 2) != nil,
                  let hh = hour(start) {
            // (A word is read as a number only before a clock word: ICU is not asked about every word.)
            h = hh
            last = start
            if start + 2 < t.count, t[start].kind == .number, t[start + 1].text == ":", !t[start + 1].spaceBefore,
               !t[start + 2].spaceBefore, t[start + 2].kind == .number, t[start + 2].text.count == 2 {
                // "a las 11:06 horas": the minutes belong to the hour, never dropped.
                guard let mm = Int(t[start + 2].text), mm < 60 else { return nil }
                m = mm
                last = start + 2
                if isHourWord(last + 1) { last += 1 }
            } else if start + 2 < t.count, t[start + 1].text == "h", !t[start + 1].spaceBefore {   // "8 h 30" split by the segmenter
                last = start + 1
                if !t[start + 2].spaceBefore, let mm = minutes(start + 2) { m = mm; last = start + 2 }
            } else if isHourWord(start + 1) {
                last = start + 1
                // "à 15 heures 30"; minutes in words only after a preposition ("à quinze heures trente").
                let introduced = prepared || (start > 0 && tables.contains { $0.hourWordPrepositions.contains(t[start - 1].lower) })
                if let mm = minutes(start + 2), t[start + 2].kind == .number || introduced { m = mm; last = start + 2 }
                // "3 horas" counts hours unless something makes it a clock reading.
                let word = t[start + 1].lower
                if last == start + 1, !prepared, tables.contains(where: { $0.ambiguousHourWords.contains(word) }),
                   !(start > 0 && tables.contains { $0.ambiguousHourPrepositions.contains(t[start - 1].lower) }),
                   dayPart(after: last) == nil {
                    return nil
                }
            } else if t[start].kind == .word, let mm = minutes(start + 1), meridiem(start + 2) != nil {
                m = mm   // "seven thirty p.m."
                last = start + 1
            } else if t[start].kind == .word, meridiem(start + 1) != nil {
                // "three am"
            } else if !prepared {
                // "в 4 утра", "à 5 du matin": a bare hour after a preposition, then a part of the day.
                let after = start > 0 && tables.contains { $0.hourWordPrepositions.contains(t[start - 1].lower) }
                // "tonight at 8": a bare hour right after a part of the day.
                let partBefore = t[start].kind == .number && (1...12).contains(hh) && dayPart(endingBefore: start) != nil
                guard partBefore || (after && t[start].kind == .number && dayPart(after: start) != nil) else { return nil }
            }
        } else {
            return nil
        }
        for table in tables {
            if let phrase = table.minutesAfter.match(t, from: last + 1) {
                m = (m + phrase.payload + 60) % 60
                if phrase.payload < 0 { h = (h + 23) % 24 }
                last = phrase.last
                break
            }
        }
        return (h % 24, m, last, prepared ? "hour after a preposition" : "hour with a clock word")
    }

    /// "twenty past three", "ten minutes to five", "um 20 nach 3": minutes (digits or a word,
    /// optionally with a minute word), a relation word, an hour (digits, a word, "3pm",
    /// "noon"). The hour must end the phrase or be followed by a clock word, a.m./p.m. or a
    /// part of the day ("10 to 5 people" is no time), unless a preposition introduces the
    /// minutes ("um zwanzig nach 3 ab"); minutes *to* an hour also need a
    /// minute word, a preposition before them or a clock word after the hour, since "voted
    /// 7 to 2." is a score.
    func minutesRelativeToHour(at i: Int) -> (hour: Int, minute: Int, last: Int, rule: String)? {
        guard i + 2 < t.count, t[i].kind == .number || t[i].kind == .word else { return nil }
        var k = i + 1
        let minuteWord = tables.contains { $0.minuteWords.contains(t[k].lower) }
        if minuteWord { k += 1 }
        guard k + 1 < t.count, let relation = tables.lazy.compactMap({ $0.minutesRelative[self.t[k].lower] }).first else { return nil }
        let count: Int?
        if t[i].kind == .number {
            count = t[i].text.count <= 2 ? Int(t[i].text) : nil
        } else {
            count = tables.lazy.compactMap { self.spelled.value(of: self.t[i].lower, language: $0.language) }.first
        }
        guard let minutes = count, (1...59).contains(minutes), let h = hour(k + 1) ?? meridiemHour(k + 1), h <= 24 else { return nil }
        let hourAt = k + 1
        let after = hourAt + 1
        let clockAfter = after < t.count && (isHourWord(after) || dayPart(after: hourAt) != nil
            || ["am", "pm", "a.m", "p.m", "a"].contains(t[after].lower) || meridiemHour(hourAt) != nil)
        let ends = after >= t.count || (t[after].kind != .word && t[after].kind != .number) || clockAfter
        let introduced = i > 0 && tables.contains { $0.hourWordPrepositions.contains(t[i - 1].lower) }
        guard ends || introduced else { return nil }   // "um zwanzig nach 3 ab"
        if relation < 0 { guard minuteWord || introduced || clockAfter else { return nil } }
        var last = hourAt
        if isHourWord(last + 1) { last += 1 }
        let total = ((h % 24) * 60 + relation * minutes + 1440) % 1440
        return (total / 60, total % 60, last, "minutes and an hour")
    }

    /// A part of the day just before token `i`, an "at"-like word between them allowed
    /// ("tonight at 8", "this afternoon 3:20").
    func dayPart(endingBefore i: Int) -> (pm: Bool, first: Int)? {
        for end in [i - 1, i - 2] where end >= 0 {
            if end == i - 2, t[i - 1].kind != .word || t[i - 1].text.count > 3 { continue }
            for table in tables {
                if let part = table.dayParts.match(t, endingAt: end) { return (part.payload, part.first) }
            }
        }
        return nil
    }

    /// A part of the day right after `k` ("in the evening", "de la tarde"): after noon or
    /// not, and its last token.
    func dayPart(after k: Int) -> (pm: Bool, last: Int)? {
        for table in tables {
            if let part = table.dayParts.match(t, from: k + 1) { return (part.payload, part.last) }
        }
        return nil
    }
}
