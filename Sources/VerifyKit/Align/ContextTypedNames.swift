/// Gives a name the type its context gave it somewhere in the story: a form the place
/// index read as a place ("the Dali suffered a loss of propulsion": Dali, Yunnan) is the
/// vessel when another report of the story types the same form from its context ("the
/// cargo ship Dali", `names.yaml: vehicle cue`). Within one document ``PlaceDocumentResolver``
/// already does this; across documents it takes exactly one typed reading of the form in
/// the story (same identity key, ``NameKey``), and a place listed by hand is never retyped.
enum ContextTypedNames {
    /// Slots a name typed from its context can have.
    static let contextSlots: Set<Slot> = ["vehicle", "person", "organisation"]

    /// One typed reading of a form: its slot and value.
    private struct Reading: Hashable {
        var slot: Slot
        var value: String
    }

    /// The records with index places retyped where their story types the form otherwise.
    static func retyped(_ records: [ClaimRecord], storyOf: [Int], keys: NameKeyMaker) -> [ClaimRecord] {
        var typed: [String: Set<Reading>] = [:]   // "story|key" → readings
        for record in records where contextSlots.contains(record.slot) && record.mention.type == .entity
            && record.mention.rule.hasPrefix("names.yaml") {
            let key = keys.key(written: record.mention.text).text
            typed["\(storyOf[record.document])|\(key)", default: []].insert(Reading(slot: record.slot, value: record.mention.value))
        }
        guard !typed.isEmpty else { return records }
        return records.map { record in
            guard record.slot == "place", record.mention.type == .entity, record.mention.rule.hasPrefix("places.index"),
                  let readings = typed["\(storyOf[record.document])|\(keys.key(written: record.mention.text).text)"],
                  readings.count == 1, let reading = readings.first else { return record }
            var copy = NameUnifier.renamed(record, to: reading.value)
            copy.slot = reading.slot
            copy.mention.subtype = reading.slot.rawValue
            copy.mention.rule += "; typed \(reading.slot) by its context in another report of the story"
            return copy
        }
    }
}
