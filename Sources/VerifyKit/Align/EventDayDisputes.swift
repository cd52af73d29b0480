/// The day of the event, when a report gives another than its story: a report that dates
/// the happening itself ("the floods that struck the region on October 30", a date an event
/// cue governs, ``EventDays``) a day off the story's main date, and never writes that main
/// date, contradicts the reports that do. One conflict per report that is off, at warning
/// level: a day either side may also be a clock read in another zone, and the finding
/// shows each side's words so that the reader can tell.
///
/// Only explicit dates count on the side that is off ("October 30", not "Wednesday", which
/// depends on when the report was written); the other side is each other report's first
/// mention of the main date, governed by a cue when it has one.
enum EventDayDisputes {
    /// Slot of the findings.
    static let slot: Slot = "date"

    /// A conflict per story and report that dates the main event otherwise.
    static func findings(context: AlignmentContext) -> [Finding] {
        var byStory: [Int: [ClaimRecord]] = [:]
        for record in context.records where record.slot == slot && EventDays.isDay(record.mention) {
            byStory[context.storyOf[record.document], default: []].append(record)
        }
        return byStory.keys.sorted().flatMap { story in
            findings(story: story, records: byStory[story]!, context: context)
        }
    }

    private static func findings(story: Int, records: [ClaimRecord], context: AlignmentContext) -> [Finding] {
        let main = context.storyMain[story]
        guard DatePrecision(of: main) == .day else { return [] }
        let inMain = records.filter { $0.eventDate == main }
        var byDocument: [Int: [ClaimRecord]] = [:]
        for record in inMain { byDocument[record.document, default: []].append(record) }
        // Each report that writes the main date, by its first mention (a cue's first).
        let supporting = byDocument.keys.sorted().compactMap { document -> ClaimRecord? in
            let mainDays = byDocument[document]!.filter { $0.mention.value == main }
            return mainDays.first { $0.mention.qualifiers.contains(.eventDay) } ?? mainDays.first
        }.sorted { context.sourceID($0.document) < context.sourceID($1.document) }
        return byDocument.keys.sorted().compactMap { document -> Finding? in
            let own = byDocument[document]!
            guard !own.contains(where: { $0.mention.value == main }),
                  let off = own.first(where: { $0.mention.qualifiers.contains(.eventDay) && !$0.mention.qualifiers.contains(.relative) })
            else { return nil }
            let others = supporting.filter { context.voiceOf[$0.document] != context.voiceOf[document] }
            guard !others.isEmpty else { return nil }
            let event = context.eventID(story: story, date: main)
            let source = context.sourceID(document)
            let them = others.map { "\(context.sourceID($0.document)) \($0.mention.text.quotedForMessage)" }
            let message = "\(source) dates the event \(off.mention.text.quotedForMessage) (\(off.mention.value)), where "
                + "\(them.joined(separator: ", ")) give \(main); \(source) never writes \(main). A day apart may also be "
                + "one clock read in another zone: check the report's own account."
            return Finding(id: Fingerprint.make(kind: .conflict, event: event, slot: slot.rawValue, key: "event day",
                                                values: [off.mention.value + "@" + source, main]),
                           kind: .conflict, severity: .warning, event: event, slot: slot.rawValue, message: message,
                           claims: [context.claim(off)] + others.map(context.claim), missingFrom: [],
                           groups: [[source], others.map { context.sourceID($0.document) }])
        }
    }
}
