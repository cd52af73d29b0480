import Foundation

/// Turns extracted mentions into stories, events, facts, findings and scores.
struct Aligner {
    let documents: [SourceDocument]
    let extracted: [[ExtractedSentence]]

    func run(diagnostics: [Diagnostic]) -> VerificationResult {
        var records: [ClaimRecord] = []
        var mainDates: [String] = []
        var entities: [[String]] = []
        for (index, document) in documents.enumerated() {
            let sentences = extracted[index]
            let main = EventDating.mainDate(of: document, sentences: sentences)
            mainDates.append(main)
            let dates = EventDating.assign(document: document, sentences: sentences, mainDate: main)
            var counts: [String: Int] = [:]
            for (s, sentence) in sentences.enumerated() {
                let text = document.text
                for (m, mention) in sentence.mentions.enumerated() {
                    guard let (slot, key) = SlotRules.slot(of: mention, among: sentence.mentions, text: text) else { continue }
                    records.append(ClaimRecord(document: index, sentence: s, mention: mention, eventDate: dates[s][m],
                                               slot: slot, key: key, offset: document.metadata.published?.utcOffset))
                    if mention.type == .entity { counts[mention.value, default: 0] += 1 }
                }
            }
            entities.append(counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map(\.key))
        }
        let storyOf = StoryClusterer.stories(mainDates: mainDates, entities: entities)
        let storyIDs = Self.storyIDs(storyOf: storyOf, mainDates: mainDates)
        let storyMain = Self.storyMainDates(storyOf: storyOf, mainDates: mainDates)
        records = Self.mergeEventDates(records, storyOf: storyOf, storyMain: storyMain)
        records = EventZones.localise(records, storyOf: storyOf)
        let context = AlignmentContext(documents: documents, extracted: extracted, storyOf: storyOf,
                                       storyIDs: storyIDs, storyMain: storyMain, records: records)
        let built = FactBuilder(context: context).build()
        var findings = built.findings
        findings += OmissionFinder(context: context, facts: built.groups).findings()
        findings += VariantFinder(context: context).findings(factGroups: built.groups)
        findings.sort { ($0.kind.rank, $0.event, $0.slot, $0.id) < ($1.kind.rank, $1.event, $1.slot, $1.id) }
        let scores = ScoreCalculator(context: context, groups: built.groups).scores()
        return VerificationResult(sources: documents.map(SourceSummary.init), events: built.events, facts: built.facts,
                                  findings: findings, scores: scores, diagnostics: diagnostics)
    }

    /// `story-<main date>` (with `-2`, `-3`… when two stories share a main date).
    static func storyIDs(storyOf: [Int], mainDates: [String]) -> [String] {
        let mains = storyMainDates(storyOf: storyOf, mainDates: mainDates)
        var seen: [String: Int] = [:]
        return mains.map { date in
            seen[date, default: 0] += 1
            return seen[date]! == 1 ? "story-\(date)" : "story-\(date)-\(seen[date]!)"
        }
    }

    /// The most common main date of each story's documents (ties: the earliest date).
    static func storyMainDates(storyOf: [Int], mainDates: [String]) -> [String] {
        let count = (storyOf.max() ?? -1) + 1
        return (0..<count).map { story in
            var tally: [String: Int] = [:]
            for (document, s) in storyOf.enumerated() where s == story { tally[mainDates[document], default: 0] += 1 }
            return tally.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? "undated"
        }
    }

    /// A month- or year-level event date joins the story's only day-level event in that
    /// month or year ("January 2024" and "January 2, 2024" are one strike); a day next to
    /// the story's main date is the main event too (the quake on Friday night, its toll on
    /// Saturday).
    static func mergeEventDates(_ records: [ClaimRecord], storyOf: [Int], storyMain: [String]) -> [ClaimRecord] {
        var days: [Int: Set<String>] = [:]
        for record in records where record.eventDate.count == 10 { days[storyOf[record.document], default: []].insert(record.eventDate) }
        var months: [Int: Set<String>] = [:]
        for record in records where record.eventDate.count == 7 { months[storyOf[record.document], default: []].insert(record.eventDate) }
        return records.map { record in
            var copy = record
            let story = storyOf[record.document]
            let length = record.eventDate.count
            if length == 10, let gap = CalendarDate.days(between: record.eventDate, and: storyMain[story]), abs(gap) <= 1 {
                copy.eventDate = storyMain[story]
                return copy
            }
            guard length == 7 || length == 4 else { return copy }
            let inside = (days[story] ?? []).filter { $0.hasPrefix(record.eventDate) }
            if inside.count == 1 {
                copy.eventDate = inside.first!
            } else if inside.isEmpty, length == 4 {
                let monthsInside = (months[story] ?? []).filter { $0.hasPrefix(record.eventDate) }
                if monthsInside.count == 1 { copy.eventDate = monthsInside.first! }
            }
            return copy
        }
    }
}

/// What the finding builders share: the documents, their stories and the placed claims.
struct AlignmentContext {
    let documents: [SourceDocument]
    let extracted: [[ExtractedSentence]]
    let storyOf: [Int]
    let storyIDs: [String]
    let storyMain: [String]
    let records: [ClaimRecord]

    func eventID(story: Int, date: String) -> String { "\(storyIDs[story])/\(date)" }

    func sourceID(_ document: Int) -> String { documents[document].id }

    /// The public claim of a placed mention.
    func claim(_ record: ClaimRecord) -> Claim {
        let document = documents[record.document]
        let sentence = extracted[record.document][record.sentence].sentence
        return Claim(source: document.id, value: record.mention.text, normalized: record.mention.value,
                     quote: document.slice(sentence.range), location: document.location(of: record.mention.range),
                     qualifiers: record.mention.qualifiers, rule: record.mention.rule)
    }

    /// Publication instant of a document when stated to the minute with a zone.
    func published(_ document: Int) -> Double? {
        guard let time = documents[document].metadata.published, let year = time.year, let hour = time.hour,
              let offset = time.utcOffset else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offset) ?? TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: time.month, day: time.day, hour: hour,
                                                  minute: time.minute ?? 0))?.timeIntervalSince1970
    }

    /// Sources of a story, as document indices.
    func documents(inStory story: Int) -> [Int] { storyOf.indices.filter { storyOf[$0] == story } }
}
