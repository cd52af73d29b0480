/// Finds times of day: `01:00`, `around 01:00 AM`, `1:00 a.m.`, `3 a.m.`, `11pm`,
/// `14:40 GMT`, `15:40 local time`, `2211 GMT`, `около 01:00`. The value is `HH:MM`, with
/// `Z` or `+HH:MM` when a zone is written; qualifiers say `about`, `after`, `before`, `local`.
struct TimeExtractor: MentionExtractor {
    /// The rules of `times.yaml`.
    struct Rules: Decodable, Sendable {
        var localTime: [String]
        var qualifiers: [String: [String]]
        /// Clock words per language.
        var clock: [String: ClockWords]?
        /// Phrases that put a time on a named place's clock ("Japan time").
        var placeClock: PlaceClockTimes.Phrases?
        /// "not … until 8 p.m.": the words of a cut-off that a negation earlier in the
        /// clause turns into the time the thing happened.
        var notUntil: NotUntil?
    }

    /// `notUntil` of `times.yaml`.
    struct NotUntil: Decodable, Sendable {
        /// Cut-off words ("until", "till") that a negation before them makes a time of the event.
        var until: [String]
        /// Negating words ("not", "never", "didn't").
        var negations: [String]
    }

    let rules: Rules
    /// Zone abbreviations and their offsets in hours, shared with the dateline reader.
    private let zones: [String: Double]
    /// Qualifier phrases as lower-case word lists, longest first.
    private let qualifierPhrases: [(words: [String], name: String)]
    private let localPhrases: [[String]]
    private let untilWords: Set<String>
    private let negations: Set<String>

    /// An extractor over a rule set's time words and the dateline reader's zones.
    /// Clock words per language, compiled.
    private let clockTables: [String: ClockTables]
    /// Number words through ICU, for hours written as words.
    private let spelled = SpelledNumbers()

    init(rules ruleSet: RuleSet) {
        rules = ruleSet.times
        clockTables = (ruleSet.times.clock ?? [:]).reduce(into: [:]) { $0[$1.key] = ClockTables(language: $1.key, words: $1.value) }
        zones = ruleSet.datelines.rules.zoneAbbreviations
        qualifierPhrases = rules.qualifiers.sorted { $0.key < $1.key }
            .flatMap { name, phrases in phrases.map { ($0.lowercased().split(separator: " ").map(String.init), name) } }
            .sorted { $0.words.count > $1.words.count }
        untilWords = Set((rules.notUntil?.until ?? []).map { $0.lowercased() })
        negations = Set((rules.notUntil?.negations ?? []).map { $0.lowercased() })
        localPhrases = rules.localTime.map { $0.lowercased().split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
    }

    func mentions(in sentence: SentenceText, context: ExtractionContext) -> [Mention] {
        var t = sentence.tokens
        // Outside English "am" before a word is a word ("um 8 Uhr am Abend"), not a.m.
        if context.language != "en" {
            for k in t.indices.dropLast() where t[k].lower == "am" && t[k + 1].kind == .word && t[k + 1].spaceBefore { t[k].lower = "am-word" }
        }
        var found: [Mention] = []
        var i = 0
        let reader = ClockReader(tables: (context.language == "en" ? ["en"] : [context.language, "en"]).compactMap { clockTables[$0] },
                                 spelled: spelled, t: sentence.tokens)
        while i < t.count {
            // "3-4pm", "from 10 to 11 a.m.", "von 15 bis 16 Uhr": the start takes the end's half of the day.
            if let range = rangeStart(t, i, reader: reader) {
                let span = sentence.span(range.first, i)
                found.append(Mention(type: .time, range: span.range, text: span.text,
                                     value: String(format: "%02d:%02d", range.hour, range.minute),
                                     qualifiers: [], subtype: nil, rule: "times.yaml: start of a range"))
                i = range.end
                continue
            }
            guard let read = reading(t, i, reader: reader) else { i += 1; continue }
            let (hour, minute, last, rule) = (read.hour, read.minute, read.last, read.rule)
            var end = last
            var qualifiers: [Qualifier] = []
            var suffix = ""
            if end + 1 < t.count, t[end + 1].spaceBefore || t[end + 1].text == "(", let hours = zones[t[end + 1].text] {
                suffix = hours == 0 ? "Z" : offsetText(hours)
                end += 1
            } else if let local = matchForward(localPhrases, t, end + 1) {
                qualifiers.append("local")
                end = local
            }
            var start = i
            if let (first, name) = qualifierBefore(t, i) {
                if !(Qualifier(rawValue: name) == .asOf && negatedUntil(t, first)) { qualifiers.insert(Qualifier(rawValue: name), at: 0) }
                start = first
            }
            let span = sentence.span(start, end)
            let seconds = Self.seconds(t, i).map { String(format: ":%02d", $0) } ?? ""
            found.append(Mention(type: .time, range: span.range, text: span.text,
                                 value: String(format: "%02d:%02d", hour, minute) + seconds + suffix,
                                 qualifiers: qualifiers, subtype: nil, rule: "times.yaml: \(rule)"))
            i = end + 1
        }
        return found
    }

    /// A clock reading at `i`: H:MM [a.m./p.m.], H a.m./p.m., HMM a.m./p.m., 11pm, HHMM before a zone.
    private func clock(_ t: [Token], _ i: Int) -> (Int, Int, Int, String)? {
        let text = t[i].lower
        // 11pm, 1am (one token)
        for marker in ["pm", "am", "p.m", "a.m"] where text.hasSuffix(marker) {
            let digits = text.dropLast(marker.count)
            // "11p.m." takes its closing period; "11pm." leaves the sentence's.
            let last = marker.contains(".") && i + 1 < t.count && t[i + 1].text == "." && !t[i + 1].spaceBefore ? i + 1 : i
            if (1...2).contains(digits.count), let hour = Int(digits), (1...12).contains(hour) {
                return (to24(hour, pm: marker.hasPrefix("p")), 0, last, "hour with a.m./p.m.")
            }
            // 1015pm
            if (3...4).contains(digits.count), digits.allSatisfy(\.isNumber), let value = Int(digits),
               (1...12).contains(value / 100), value % 100 < 60 {
                return (to24(value / 100, pm: marker.hasPrefix("p")), value % 100, last, "HMM with a.m./p.m.")
            }
            // 1.30pm (one word)
            if let dot = digits.firstIndex(of: "."), let hour = Int(digits[..<dot]), (1...12).contains(hour),
               digits[digits.index(after: dot)...].count == 2, let minute = Int(digits[digits.index(after: dot)...]), minute < 60 {
                return (to24(hour, pm: marker.hasPrefix("p")), minute, last, "H.MM with a.m./p.m.")
            }
        }
        // 1.30pm, 1.30 p.m. (British): an hour, a dot and two digits of minutes, then a.m./p.m.
        if t[i].kind == .number, let dot = t[i].text.firstIndex(of: "."), let hour = Int(t[i].text[..<dot]), (1...12).contains(hour),
           t[i].text[t[i].text.index(after: dot)...].count == 2, let minute = Int(t[i].text[t[i].text.index(after: dot)...]), minute < 60,
           let (pm, last) = meridiem(t, i + 1) {
            return (to24(hour, pm: pm), minute, last, "H.MM with a.m./p.m.")
        }
        if t[i].kind == .number, t[i].text.count <= 2, let hour = Int(t[i].text), (1...12).contains(hour), i + 2 < t.count,
           t[i + 1].text == ".", !t[i + 1].spaceBefore, !t[i + 2].spaceBefore, let (minute, pm) = Self.gluedMeridiem(t[i + 2].lower) {
            let last = i + 3 < t.count && t[i + 3].text == "." && !t[i + 3].spaceBefore && t[i + 2].lower.contains(".") ? i + 3 : i + 2
            return (to24(hour, pm: pm), minute, last, "H.MM with a.m./p.m.")
        }
        guard t[i].kind == .number, t[i].text.allSatisfy(\.isASCII), let value = Int(t[i].text) else { return nil }
        if i > 0, t[i - 1].text == ":" || t[i - 1].text == "-", !t[i].spaceBefore { return nil }
        // H:MM
        if t[i].text.count <= 2, i + 2 < t.count, t[i + 1].text == ":", !t[i + 1].spaceBefore, !t[i + 2].spaceBefore,
           t[i + 2].kind == .number, t[i + 2].text.count == 2, let minute = Int(t[i + 2].text), value <= 24, minute < 60 {
            var last = i + 2
            if Self.seconds(t, i) != nil { last += 2 }
            var hour = value
            if let (pm, markerLast) = meridiem(t, last + 1) {
                guard (1...12).contains(hour) else { return nil }
                hour = to24(hour, pm: pm)
                last = markerLast
            }
            return (hour % 24, minute, last, "H:MM")
        }
        // 7:56pm (the minutes and the marker are one word)
        if t[i].text.count <= 2, (1...12).contains(value), i + 2 < t.count, t[i + 1].text == ":", !t[i + 1].spaceBefore,
           !t[i + 2].spaceBefore, t[i + 2].kind == .word, let (minute, pm) = Self.gluedMeridiem(t[i + 2].lower) {
            let last = i + 3 < t.count && t[i + 3].text == "." && !t[i + 3].spaceBefore && t[i + 2].lower.contains(".") ? i + 3 : i + 2
            return (to24(value, pm: pm), minute, last, "H:MM with a.m./p.m.")
        }
        // 3 a.m.
        if t[i].text.count <= 2, (1...12).contains(value), let (pm, last) = meridiem(t, i + 1) {
            return (to24(value, pm: pm), 0, last, "hour with a.m./p.m.")
        }
        // 330 p.m., 1030pm: hour and minutes run together before a.m./p.m.
        if (3...4).contains(t[i].text.count), value / 100 >= 1, value / 100 <= 12, value % 100 < 60, let (pm, last) = meridiem(t, i + 1) {
            return (to24(value / 100, pm: pm), value % 100, last, "HMM with a.m./p.m.")
        }
        // 2211 GMT
        if t[i].text.count == 4, i + 1 < t.count, zones[t[i + 1].text] != nil, value / 100 < 24, value % 100 < 60 {
            return (value / 100, value % 100, i, "HHMM with a zone")
        }
        return nil
    }

    /// The seconds of an H:MM:SS reading starting at `i` ("7:56:30 pm", "23:45:10 Uhr"):
    /// two digits under 60 after a second colon, written close.
    static func seconds(_ t: [Token], _ i: Int) -> Int? {
        guard i + 4 < t.count, t[i].kind == .number, t[i + 1].text == ":", t[i + 2].kind == .number, t[i + 3].text == ":",
              !t[i + 3].spaceBefore, !t[i + 4].spaceBefore, t[i + 4].kind == .number, t[i + 4].text.count == 2,
              let second = Int(t[i + 4].text), second < 60 else { return nil }
        return second
    }

    /// A time at `i` read by the clock forms or the clock words, with its a.m./p.m. or part
    /// of the day ("8 in the evening", "tonight at 8") applied: hour, minute, last token,
    /// rule, and whether the reading says its half of the day.
    private func reading(_ t: [Token], _ i: Int, reader: ClockReader)
        -> (hour: Int, minute: Int, last: Int, rule: String, halfOfDay: Bool)? {
        var reading = clock(t, i)
        if reading == nil, var words = reader.read(at: i, meridiem: { meridiem(t, $0) }) {
            if let (pm, markerLast) = meridiem(t, words.last + 1), (1...12).contains(words.hour) {
                words.hour = to24(words.hour, pm: pm)
                words.last = markerLast
                words.rule += " and a.m./p.m."
            }
            reading = (words.hour, words.minute, words.last, words.rule)
        }
        guard let read = reading else { return nil }
        let (minute, rule) = (read.1, read.3)
        var (hour, last) = (read.0, read.2)
        var halfOfDay = rule.contains("a.m./p.m.")
        // "8:30 Uhr", then a part of the day: "8 in the evening", "8 de la tarde".
        if reader.isHourWord(last + 1) { last += 1 }
        if !halfOfDay, let part = reader.dayPart(after: last) {
            if part.pm, (1...11).contains(hour) { hour += 12 } else if !part.pm, hour == 12 { hour = 0 }
            last = part.last
            halfOfDay = true
        } else if !halfOfDay, (1...11).contains(hour), reader.dayPart(endingBefore: i)?.pm == true {
            hour += 12   // "tonight at 8", "this afternoon at 3:20"
            halfOfDay = true
        }
        return (hour, minute, last, rule, halfOfDay)
    }

    /// The start of a time range at `i`: a bare hour (or H:MM) before a dash and a reading
    /// that says its half of the day ("3-4pm", "10:30-11am"), or after one of the
    /// language's range openers and before a joiner and any clock reading ("from 10 to 11
    /// a.m.", "between 9 and 11:30", "von 15 bis 16 Uhr", "de 3 a 4 de la tarde"). The
    /// start's hour takes the end's half of the day unless it is later than the end's hour
    /// ("11-1pm" starts at 11:00). Its first token (the opening word included), hour,
    /// minute, and the index of the end's first token.
    private func rangeStart(_ t: [Token], _ i: Int, reader: ClockReader) -> (first: Int, hour: Int, minute: Int, end: Int)? {
        guard t[i].kind == .number, t[i].text.count <= 2, let value = Int(t[i].text), value <= 23 else { return nil }
        var hour = value, minute = 0, k = i + 1
        if k + 1 < t.count, t[k].text == ":", !t[k].spaceBefore, t[k + 1].text.count == 2, let mm = Int(t[k + 1].text), mm < 60 {
            minute = mm
            k += 2
        }
        guard k + 1 < t.count else { return nil }
        let opened = i > 0 && reader.tables.contains { $0.rangeOpeners.contains(t[i - 1].lower) }
        let dash = ["-", "–"].contains(t[k].text) && !t[k].spaceBefore && !t[k + 1].spaceBefore
        let joined = opened && (["-", "–"].contains(t[k].text) || reader.tables.contains { $0.rangeJoiners.contains(t[k].lower) })
        guard dash || joined, let end = reading(t, k + 1, reader: reader) else { return nil }
        if end.halfOfDay {
            guard (1...12).contains(hour) else { return nil }
            let endPM = end.hour >= 12
            hour = to24(hour, pm: hour % 12 <= end.hour % 12 ? endPM : !endPM)
        } else {
            // Without a half of the day both ends are 24-hour readings, and the range needs
            // its opening word ("between 9 and 11:30"; "3-4" alone is a score).
            guard opened, end.hour <= 23 else { return nil }
        }
        return (opened ? i - 1 : i, hour, minute, k + 1)
    }

    /// `a.m.`, `am`, `p.m.`, `PM` starting at `i`: whether it is p.m., and its last token.
    private func meridiem(_ t: [Token], _ i: Int) -> (Bool, Int)? {
        guard i < t.count else { return nil }
        var joined = ""
        var k = i
        while k < t.count, k < i + 4, k == i || !t[k].spaceBefore {
            joined += t[k].lower
            for (marker, pm) in [("a.m.", false), ("p.m.", true)] where joined == marker { return (pm, k) }
            // "pm." at the end of a sentence: the period is the sentence's.
            if joined == "am" || joined == "pm" { return (joined == "pm", k) }
            if ["a.m", "p.m"].contains(joined), k + 1 >= t.count || t[k + 1].text != "." || t[k + 1].spaceBefore {
                return (joined.hasPrefix("p"), k)
            }
            k += 1
        }
        return nil
    }

    private func to24(_ hour: Int, pm: Bool) -> Int { pm ? (hour % 12) + 12 : hour % 12 }

    /// `56pm`, `05am`, `30p.m`: two digits of minutes glued to a.m./p.m.
    private static func gluedMeridiem(_ word: String) -> (minute: Int, pm: Bool)? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 2, let minute = Int(digits), minute < 60 else { return nil }
        switch word.dropFirst(2) {
        case "am", "a.m": return (minute, false)
        case "pm", "p.m": return (minute, true)
        default: return nil
        }
    }

    private func offsetText(_ hours: Double) -> String {
        let minutes = Int((abs(hours) * 60).rounded())
        return String(format: "%@%02d:%02d", hours < 0 ? "-" : "+", minutes / 60, minutes % 60)
    }

    private func matchForward(_ phrases: [[String]], _ t: [Token], _ i: Int) -> Int? {
        for words in phrases where i + words.count <= t.count {
            if zip(t[i..<i + words.count], words).allSatisfy({ $0.lower == $1 }) { return i + words.count - 1 }
        }
        return nil
    }

    /// Whether the cut-off word at `k` is an "until" that a negation earlier in its clause
    /// makes the time the thing happened ("not sending warnings until 8 p.m.").
    private func negatedUntil(_ t: [Token], _ k: Int) -> Bool {
        guard untilWords.contains(t[k].lower) else { return false }
        var j = k - 1
        while j >= 0, t[j].kind != .punctuation || t[j].text == "'" || t[j].text == "’" {
            if negations.contains(t[j].lower) { return true }
            j -= 1
        }
        return false
    }

    /// A qualifier phrase ending just before `i` (an "at" between them is allowed).
    private func qualifierBefore(_ t: [Token], _ i: Int) -> (Int, String)? {
        var end = i
        if end > 0, t[end - 1].lower == "at" || t[end - 1].lower == "в" || t[end - 1].lower == "о" { end -= 1 }
        for (words, name) in qualifierPhrases where end - words.count >= 0 {
            let start = end - words.count
            if zip(t[start..<end], words).allSatisfy({ $0.lower == $1 }) { return (start, name) }
        }
        return nil
    }
}
