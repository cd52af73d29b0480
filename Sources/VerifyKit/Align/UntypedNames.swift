/// Types the names the proper-name finder could not type from their context.
enum UntypedNames {
    /// An untyped name (`name:…`, slot `name`) that is the same thing (``NameIdentity``) as
    /// the typed names of exactly one slot and value of its story takes that slot and value:
    /// "Maynor Suazo" in one report is the person "Maynor Suazo Sandoval, 38," of another.
    /// An untyped agent of a cause ("Islamic State claims responsibility", `name:islamic-state`)
    /// takes the typed value too, staying a cause: one agent is not two sides of a dispute.
    static func typed(_ records: [ClaimRecord], storyOf: [Int], keys: NameKeyMaker) -> [ClaimRecord] {
        var typed: [Int: [Slot: Set<String>]] = [:]   // story → slot → values
        var untyped: [Int: Set<String>] = [:]
        for record in records where isUntypedAgent(record) {
            untyped[storyOf[record.document], default: []].insert(record.mention.value)
        }
        for record in records where NameUnifier.nameSlots.contains(record.slot) && record.mention.type == .entity {
            if record.slot == "name" {
                untyped[storyOf[record.document], default: []].insert(record.mention.value)
            } else if record.slot != "weapon" {
                typed[storyOf[record.document], default: [:]][record.slot, default: []].insert(record.mention.value)
            }
        }
        var adopted: [String: (slot: Slot, value: String)] = [:]   // "story|value" → typed slot and value
        for (story, values) in untyped {
            for value in values {
                var matches: [(slot: Slot, value: String)] = []
                for (slot, typedValues) in typed[story] ?? [:] {
                    let name = NameCandidate(value: value, slot: slot, key: keys.key(value: value), listed: false, country: nil, count: 1)
                    for other in typedValues {
                        let candidate = NameCandidate(value: other, slot: slot, key: keys.key(value: other), listed: false, country: nil, count: 1)
                        if NameIdentity.same(name, candidate) { matches.append((slot, other)) }
                    }
                }
                if matches.count == 1 { adopted["\(story)|\(value)"] = matches[0] }
            }
        }
        guard !adopted.isEmpty else { return records }
        return records.map { record in
            guard record.slot == "name" || isUntypedAgent(record),
                  let target = adopted["\(storyOf[record.document])|\(record.mention.value)"] else { return record }
            var copy = NameUnifier.renamed(record, to: target.value)
            if record.slot == "name" { copy.slot = target.slot }
            return copy
        }
    }

    /// Whether `record` is a cause whose agent is an untyped name.
    private static func isUntypedAgent(_ record: ClaimRecord) -> Bool {
        record.slot == "cause" && record.mention.value.hasPrefix("name:")
    }
}
