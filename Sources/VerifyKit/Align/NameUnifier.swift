/// Makes one person of the spellings of one name within a story: people found by their
/// role, not listed in a gazetteer, get an id from their romanised name, so "Evdokimov"
/// and "Yevdokimov" differ; names whose phonetic keys match (PhoneticKey) become the most
/// written id, and a surname alone joins the one full name in the story that ends with it.
/// Likewise a national body named without its country ("MFA", "the foreign ministry")
/// joins the one country's body of that kind the story names
/// (`organisation:foreign-ministry/az`).
enum NameUnifier {
    static func unify(_ records: [ClaimRecord], storyOf: [Int]) -> [ClaimRecord] {
        scopeOrganisations(unifyPeople(records, storyOf: storyOf), storyOf: storyOf)
    }

    /// `organisation:foreign-ministry` → `organisation:foreign-ministry/az` when the story
    /// names exactly one country's foreign ministry.
    private static func scopeOrganisations(_ records: [ClaimRecord], storyOf: [Int]) -> [ClaimRecord] {
        var scoped: [String: Set<String>] = [:]   // "story|unscoped value" → scoped values
        for record in records where record.slot == "organisation" {
            let value = record.mention.value
            guard let slash = value.firstIndex(of: "/") else { continue }
            scoped["\(storyOf[record.document])|\(value[..<slash])", default: []].insert(value)
        }
        return records.map { record in
            guard record.slot == "organisation", !record.mention.value.contains("/"),
                  let candidates = scoped["\(storyOf[record.document])|\(record.mention.value)"], candidates.count == 1 else { return record }
            var copy = record
            copy.mention.value = candidates.first!
            copy.key = copy.mention.value
            return copy
        }
    }

    private static func unifyPeople(_ records: [ClaimRecord], storyOf: [Int]) -> [ClaimRecord] {
        var byKey: [String: [String: Int]] = [:]   // "story|key" → value → count
        for record in records where record.slot == "person" {
            byKey["\(storyOf[record.document])|\(key(record.mention.value))", default: [:]][record.mention.value, default: 0] += 1
        }
        var canonical: [String: String] = [:]      // "story|value" → value
        var fullNames: [Int: [String]] = [:]
        for (group, values) in byKey.sorted(by: { $0.key < $1.key }) {
            let story = group.split(separator: "|")[0]
            let best = values.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
            for value in values.keys { canonical["\(story)|\(value)"] = best }
            if best.contains("-") { fullNames[Int(story)!, default: []].append(best) }
        }
        return records.map { record in
            guard record.slot == "person" else { return record }
            let story = storyOf[record.document]
            var value = canonical["\(story)|\(record.mention.value)"] ?? record.mention.value
            if record.mention.qualifiers.contains(.surnameOnly) {
                let surname = key(value)
                let matches = (fullNames[story] ?? []).filter { key(String($0.split(separator: "-").last ?? "")) == surname }
                if Set(matches).count == 1 { value = matches[0] }
            }
            var copy = record
            copy.mention.value = value
            copy.key = value
            return copy
        }
    }

    /// The phonetic key of an id such as `person:mikhail-evdokimov`.
    private static func key(_ value: String) -> String {
        let name = EntityRef(value)?.id ?? value
        return name.split(separator: "-").map { PhoneticKey.make(String($0)) }.joined(separator: " ")
    }
}
