/// Ages and roles as facts of the person they are said of (``AgeFinder`` gives each age,
/// and the entity extractor each role phrase, the span of its person's name as
/// ``Mention/subject``), in two steps around name unification:
///
/// 1. ``typeSubjects(_:)``, before: an untyped name that an age is said of is a person
///    ("38-year-old Maynor Yasir Suazo-Sandoval"), so that it meets the other spellings of
///    that person.
/// 2. ``attach(_:storyOf:storyMain:)``, after: each age is keyed by its person's canonical
///    value and filed under the story's main event, since a person's age does not change
///    from one event of a story to the next ("Bogusław W., 62" in a follow-up against
///    "Bogusław W., 60" in the first report is a conflict). An age or role whose person is
///    no claim is left out. A role is one person's job as each source words it: "foreman"
///    against "warehouse manager" is a variant, never a conflict (``Statement``).
enum PersonAges {
    /// Slot of an age.
    static let slot: Slot = "age"
    /// Slot of a role.
    static let roleSlot: Slot = "role"
    /// The slots of facts of a person.
    static let slots: Set<Slot> = [slot, roleSlot]

    /// Step 1: the untyped names that ages are said of, typed as people.
    static func typeSubjects(_ records: [ClaimRecord]) -> [ClaimRecord] {
        let subjects = Set(records.compactMap { record in
            slots.contains(record.slot) ? record.mention.subject.map { SpanKey(document: record.document, start: $0.lowerBound) } : nil
        })
        guard !subjects.isEmpty else { return records }
        return records.map { record in
            guard record.slot == "name", record.mention.type == .entity,
                  subjects.contains(SpanKey(document: record.document, start: record.mention.range.lowerBound)),
                  let colon = record.mention.value.firstIndex(of: ":") else { return record }
            var copy = NameUnifier.renamed(record, to: "person" + record.mention.value[colon...])
            copy.slot = "person"
            copy.mention.subtype = "person"
            return copy
        }
    }

    /// Step 2: each age keyed by its person and dated by its story's main event.
    static func attach(_ records: [ClaimRecord], storyOf: [Int], storyMain: [String]) -> [ClaimRecord] {
        guard records.contains(where: { slots.contains($0.slot) }) else { return records }
        var people: [SpanKey: String] = [:]
        for record in records where record.slot == "person" && record.mention.type == .entity {
            people[SpanKey(document: record.document, start: record.mention.range.lowerBound)] = record.mention.value
        }
        return records.compactMap { record in
            guard slots.contains(record.slot) else { return record }
            guard let subject = record.mention.subject,
                  let person = people[SpanKey(document: record.document, start: subject.lowerBound)] else { return nil }
            var copy = record
            copy.key = person
            let main = storyMain[storyOf[record.document]]
            if main != "undated" { copy.eventDate = main }
            return copy
        }
    }

    /// A name's place: its document and first byte.
    private struct SpanKey: Hashable {
        var document: Int
        var start: Int
    }
}
