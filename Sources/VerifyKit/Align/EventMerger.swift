/// Joins partial event dates to the events they name, within a story:
/// - a day next to the story's main date is the main event (the quake on Friday night,
///   its toll on Saturday);
/// - a month or a year with a single day-level event in it joins that event ("January
///   2024" and "January 2, 2024" are one strike);
/// - a month with several joins the one whose sentences share most event cues and named
///   things with it ("a strike in August 2025" → the 28 August strike, not the 8 August
///   drone attack), when one stands out;
/// - a year with a single month-level event in it joins that month.
struct EventMerger {
    let documents: [ExtractedDocument]
    let storyOf: [Int]
    let storyMain: [String]

    /// Merges in two passes, so that what the first pass joins to an event helps place the rest.
    func merge(_ records: [ClaimRecord]) -> [ClaimRecord] {
        let merged = pass(pass(records, breakTies: false), breakTies: true)
        // A date stated less precisely than its event ("August 2025" of the 28 August
        // strike) is the event's date, not another one.
        return merged.map { record in
            guard record.slot == "date", let stated = record.mention.date, let event = DateValue(record.eventDate),
                  event.precision > stated.precision, event.isCompatible(with: stated) else { return record }
            var copy = record
            copy.key = record.eventDate
            return copy
        }
    }

    /// One pass; ties between candidate events are left for the second pass, when more
    /// claims have been placed, and only then go to the larger event.
    private func pass(_ records: [ClaimRecord], breakTies: Bool) -> [ClaimRecord] {
        var near = NearMainCache(storyMain: storyMain)
        var size: [EventRef: Int] = [:]
        var days: [Int: Set<String>] = [:]
        var months: [Int: Set<String>] = [:]
        var profile: [EventRef: Set<String>] = [:]
        var profiled = Set<SentenceRef>()
        for record in records {
            let story = storyOf[record.document]
            let date = DatePrecision(of: record.eventDate) == .day ? near.date(record.eventDate, story: story) : record.eventDate
            let event = EventRef(story: story, date: date)
            size[event, default: 0] += 1
            if DatePrecision(of: date) == .day { days[story, default: []].insert(date) }
            if DatePrecision(of: date) == .month { months[story, default: []].insert(date) }
            if profiled.insert(SentenceRef(document: record.document, sentence: record.sentence, date: date)).inserted {
                profile[event, default: []].formUnion(features(record))
            }
        }
        return records.map { record in
            var copy = record
            let story = storyOf[record.document]
            let precision = DatePrecision(of: record.eventDate)
            if precision == .day {
                copy.eventDate = near.date(record.eventDate, story: story)
                return copy
            }
            guard precision == .month || precision == .year else { return copy }
            let inside = (days[story] ?? []).filter { $0.hasPrefix(record.eventDate) }.sorted()
            if inside.count == 1 {
                copy.eventDate = inside[0]
            } else if inside.count > 1, precision == .month {
                let mine = features(record)
                let scored = inside.map { day in (day, mine.intersection(profile[EventRef(story: story, date: day)] ?? []).count) }
                let best = scored.map(\.1).max() ?? 0
                // Equal scores go to the event with most claims (a date named only in passing
                // beside the main one, as in "August 8 and 18", is not an event of its own).
                let winners = scored.filter { $0.1 == best }.map { ($0.0, size[EventRef(story: story, date: $0.0)] ?? 0) }
                let most = winners.map(\.1).max() ?? 0
                let top = winners.filter { $0.1 == most }
                if best > 0, winners.count == 1 || (breakTies && top.count == 1) { copy.eventDate = top[0].0 }
            } else if inside.isEmpty, precision == .year {
                let monthsInside = (months[story] ?? []).filter { $0.hasPrefix(record.eventDate) }
                if monthsInside.count == 1 { copy.eventDate = monthsInside.first! }
            }
            return copy
        }
    }

    /// The cue kinds and named things of a claim's sentence.
    private func features(_ record: ClaimRecord) -> Set<String> {
        let sentence = documents[record.document].sentences[record.sentence]
        var result = Set(sentence.cues.map { "cue:" + $0.kind })
        for mention in sentence.mentions where mention.type == .entity && mention.subtype != "country" { result.insert(mention.value) }
        return result
    }
}

/// An event of a story, by date.
private struct EventRef: Hashable {
    var story: Int
    var date: String
}

/// A sentence placed in an event.
private struct SentenceRef: Hashable {
    var document: Int
    var sentence: Int
    var date: String
}

/// The story's main date for a day next to it, else the day itself; computed once per
/// distinct day (calendar arithmetic is not free).
private struct NearMainCache {
    let storyMain: [String]
    private var cache: [EventRef: String] = [:]

    init(storyMain: [String]) { self.storyMain = storyMain }

    mutating func date(_ date: String, story: Int) -> String {
        let key = EventRef(story: story, date: date)
        if let known = cache[key] { return known }
        var result = date
        if let gap = CalendarDate.days(between: date, and: storyMain[story]), abs(gap) <= 1 { result = storyMain[story] }
        cache[key] = result
        return result
    }
}

/// How much of the calendar an event's date key names: `2025-11-14`, `2025-11`, `2025`,
/// or something else (a week, a relative phrase, no date).
enum DatePrecision: Sendable {
    case day, month, year, other

    /// The precision of an ISO date key.
    init(of key: String) {
        let bytes = Array(key.utf8)
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 } }
        switch bytes.count {
        case 10 where digits(0..<4) && bytes[4] == 0x2D && digits(5..<7) && bytes[7] == 0x2D && digits(8..<10): self = .day
        case 7 where digits(0..<4) && bytes[4] == 0x2D && digits(5..<7): self = .month
        case 4 where digits(0..<4): self = .year
        default: self = .other
        }
    }
}
