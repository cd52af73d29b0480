/// Makes one thing of the spellings of one name within a story, in five steps:
///
/// 1. A surname alone ("Moore said", `surname-only`) joins the one full name ending with
///    it that the same document states before it: a person claim, or a name the
///    proper-name finder read ("Александр Бастрыкин … Бастрыкин заявил").
/// 2. An index place whose form another report of the story types from its context
///    ("the cargo ship Dali") takes that type (``ContextTypedNames``).
/// 3. The values of each named-thing slot of a story (people, places, organisations,
///    weapons, aircraft, vehicles, names) are grouped by ``NameClusters`` with the rule of
///    ``NameIdentity`` and take their group's canonical value: Shoigu/Shoygu/Шойгу,
///    Gaddafi/Qaddafi/Kadhafi, X-38/Kh-38 become one fact, whose forms ``VariantFinder``
///    reports.
/// 4. An untyped name (`name:…`) that is the same thing as one typed name of its story
///    takes its slot and value (``UntypedNames``).
/// 5. A surname still alone joins the one full name of the story that ends with it.
///
/// Likewise a national body named without its country ("MFA", "the foreign ministry")
/// joins the one country's body of that kind the story names
/// (`organisation:foreign-ministry/az`).
enum NameUnifier {
    /// Slots whose values are names of things.
    static let nameSlots: Set<Slot> = ["person", "place", "organisation", "weapon", "aircraft", "vehicle", "name"]

    /// The records with each name's canonical value (and key, where the key is the value).
    /// `documents` give the names that are not claims, for surnames (step 1).
    static func unify(_ records: [ClaimRecord], storyOf: [Int], documents: [ExtractedDocument] = []) -> [ClaimRecord] {
        let keys = NameKeyMaker()
        var records = records
        let joined = SurnameJoiner(keys: keys).joinInDocuments(&records, documents: documents)
        records = ContextTypedNames.retyped(records, storyOf: storyOf, keys: keys)
        records = unifyNames(records, storyOf: storyOf, keys: keys)
        records = UntypedNames.typed(records, storyOf: storyOf, keys: keys)
        SurnameJoiner(keys: keys).joinInStories(&records, storyOf: storyOf, skipping: joined)
        return scopeOrganisations(records, storyOf: storyOf)
    }

    /// Step 2: every value of a name slot replaced by its group's canonical value.
    private static func unifyNames(_ records: [ClaimRecord], storyOf: [Int], keys: NameKeyMaker) -> [ClaimRecord] {
        var candidates: [String: [String: NameCandidate]] = [:]   // "story|slot" → value → candidate
        for record in records where nameSlots.contains(record.slot) && record.mention.type == .entity {
            let group = "\(storyOf[record.document])|\(record.slot)"
            let value = record.mention.value
            var candidate = candidates[group]?[value]
                ?? NameCandidate(value: value, slot: record.slot, key: keys.key(value: value), listed: false, country: nil, count: 0)
            candidate.count += 1
            candidate.listed = candidate.listed || NameCandidate.isListed(rule: record.mention.rule)
            if let country = record.mention.country, candidate.country.map({ country < $0 }) ?? true { candidate.country = country }
            candidates[group, default: [:]][value] = candidate
        }
        var canonical: [String: String] = [:]   // "story|slot|value" → value
        for (group, values) in candidates {
            for (value, best) in NameClusters.canonical(Array(values.values)) where value != best {
                canonical["\(group)|\(value)"] = best
            }
        }
        guard !canonical.isEmpty else { return records }
        return records.map { record in
            guard let best = canonical["\(storyOf[record.document])|\(record.slot)|\(record.mention.value)"] else { return record }
            return renamed(record, to: best)
        }
    }

    /// `record` naming `value`; its key follows when the key was the value.
    static func renamed(_ record: ClaimRecord, to value: String) -> ClaimRecord {
        var copy = record
        if copy.key == copy.mention.value { copy.key = value }
        copy.mention.value = value
        return copy
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
}
