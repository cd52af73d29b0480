/// The day people were declared dead or missing, when reports of a story give different
/// ones (``DeclarationDays``): a declaration happens once for a group, so "presumed dead
/// later that day" (the day of the collapse) and "presumed dead the following day"
/// contradict each other. One conflict per story and declaration, at warning level, its
/// groups the reports of each day.
///
/// A relative day its report left unresolved ("presumed dead the following day" in a
/// paragraph that writes no day) counts from the story's main event when its paragraph
/// tells of a happening (an event cue other than a casualty word) and names no date before
/// it: a background paragraph of a follow-up retells the event. Its claim says so.
enum DeclarationDisputes {
    /// Slot of the findings.
    static let slot: Slot = "date"
    /// The qualifier prefix of a declared day.
    static let prefix = Qualifier.declared("").rawValue
    /// The qualifier prefix of a day counted from the story's event.
    static let countedPrefix = "counted from the event of "

    /// The conflicts of every story.
    static func findings(context: AlignmentContext) -> [Finding] {
        var days: [Int: [String: [ClaimRecord]]] = [:]   // story → declaration → records
        for record in context.records where record.slot == slot {
            guard let name = declaration(of: record.mention), record.mention.date?.isFullDay == true else { continue }
            days[context.storyOf[record.document], default: [:]][name, default: []].append(record)
        }
        for record in resolvedFromTheEvent(context: context) {
            guard let name = declaration(of: record.mention) else { continue }
            days[context.storyOf[record.document], default: [:]][name, default: []].append(record)
        }
        var findings: [Finding] = []
        for story in days.keys.sorted() {
            for name in days[story]!.keys.sorted() {
                if let finding = finding(story: story, declaration: name, records: days[story]![name]!, context: context) {
                    findings.append(finding)
                }
            }
        }
        return findings
    }

    /// The declaration a date mention is the day of, if any.
    static func declaration(of mention: Mention) -> String? {
        mention.qualifiers.first { $0.rawValue.hasPrefix(prefix) }.map { String($0.rawValue.dropFirst(prefix.count)) }
    }

    private static func finding(story: Int, declaration: String, records: [ClaimRecord], context: AlignmentContext) -> Finding? {
        // Each report's first day (a report repeating it adds nothing).
        var first: [Int: ClaimRecord] = [:]
        for record in records.sorted(by: { ($0.document, $0.sentence, $0.mention.range.lowerBound) < ($1.document, $1.sentence, $1.mention.range.lowerBound) })
        where first[record.document] == nil {
            first[record.document] = record
        }
        let byDay = Dictionary(grouping: first.values, by: \.mention.value)
        guard byDay.count >= 2, context.voices(first.keys) >= 2 else { return nil }
        let ordered = byDay.keys.sorted()
        let groups = ordered.map { day in byDay[day]!.map { context.sourceID($0.document) }.sorted() }
        let sides = ordered.map { day -> String in
            let quoted = byDay[day]!.sorted { context.sourceID($0.document) < context.sourceID($1.document) }
                .map { record -> String in
                    let counted = record.mention.qualifiers.contains { $0.rawValue.hasPrefix(countedPrefix) } ? ", counted from the event" : ""
                    return "\(context.sourceID(record.document)) \(record.mention.text.quotedForMessage)\(counted)"
                }
            return "\(day) (\(quoted.joined(separator: ", ")))"
        }
        let main = context.storyMain[story]
        let event = context.eventID(story: story, date: DatePrecision(of: main) == .day ? main : ordered[0])
        let message = "The day people were \(declaration) differs between reports: \(sides.joined(separator: " vs ")). "
            + "A declaration is made once: check which day the authorities gave."
        let claims = ordered.flatMap { byDay[$0]!.sorted { context.sourceID($0.document) < context.sourceID($1.document) } }.map(context.claim)
        return Finding(id: Fingerprint.make(kind: .conflict, event: event, slot: slot.rawValue, key: "declared " + declaration, values: ordered),
                       kind: .conflict, severity: .warning, event: event, slot: slot.rawValue, message: message,
                       claims: claims, missingFrom: [], groups: groups)
    }

    /// The declared days left unresolved, counted from their story's main event where their
    /// paragraph retells it, as records of the main event.
    static func resolvedFromTheEvent(context: AlignmentContext) -> [ClaimRecord] {
        var found: [ClaimRecord] = []
        for (index, document) in context.documents.enumerated() {
            let main = context.storyMain[context.storyOf[index]]
            guard let day = DateValue(main), day.isFullDay, let y = day.year, let m = day.month, let d = day.day else { continue }
            for (s, sentence) in document.sentences.enumerated() {
                for mention in sentence.mentions where mention.type == .date {
                    guard let phrase = mention.date?.unresolved, declaration(of: mention) != nil,
                          let offset = context.rules.anchoredDays[phrase.lowercased()],
                          retellsTheEvent(document, sentence: s, before: mention) else { continue }
                    var resolved = mention
                    let (yy, mm, dd) = CalendarDate.adding(days: offset, to: y, m, d)
                    resolved.value = CalendarDate.iso(yy, mm, dd)
                    resolved.qualifiers.removeAll { $0.rawValue == "unresolved" }
                    resolved.qualifiers.append(Qualifier(rawValue: countedPrefix + main))
                    found.append(ClaimRecord(document: index, sentence: s, mention: resolved, eventDate: main, slot: slot,
                                             key: resolved.value, offset: document.published?.utcOffset))
                }
            }
        }
        return found
    }

    /// Whether the paragraph of sentence `s`, up to `mention`, tells of a happening and
    /// writes no date before it.
    private static func retellsTheEvent(_ document: ExtractedDocument, sentence s: Int, before mention: Mention) -> Bool {
        let block = document.sentences[s].sentence.block
        var k = s
        var happening = false
        while k >= 0, document.sentences[k].sentence.block == block {
            let sentence = document.sentences[k]
            if sentence.mentions.contains(where: { $0.type == .date && $0.range.lowerBound < mention.range.lowerBound && $0 != mention }) { return false }
            if sentence.cues.contains(where: { !EventDays.outcomeKinds.contains($0.kind) }) { happening = true }
            k -= 1
        }
        return happening
    }
}
