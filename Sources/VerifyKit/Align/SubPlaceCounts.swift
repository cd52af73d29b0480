/// Counts given for one town of a wider story ("Imola, in the suburbs, was devastated,
/// with about 40 people dead"; "the mayor of Imola said: now 70") are facts of that town,
/// not of the story's total. ``SlotRules`` keys a count by a place written right
/// after it ("1,200 deaths in the province of Teruel"); this pass, which needs the story, keys by the
/// place named before it:
///
/// a count with no place in its key, in a sentence that names exactly one place, before
/// the count, is keyed by that place when the place is a city or town of the same country
/// as the story's leading place (the place the most of the story's reports name, one
/// alone), is not that place, and is named by fewer of the story's reports. The story's
/// own place, or a place as widely named as it, keeps the total ("In Kyiv, 6 died" in a
/// story about Kyiv), and so does a count keyed by the leading place written after it
/// ("80 died in the floods around Kyiv"), unless it is one line of a breakdown by place
/// (qualifier `list`: "202 in X, 2 in Y").
enum SubPlaceCounts {
    /// The records with counts of a town keyed by it (`place:imola`, after any group or predicate).
    static func keyed(_ records: [ClaimRecord], storyOf: [Int]) -> [ClaimRecord] {
        var places: [SentenceAddress: Set<String>] = [:]
        var firstPlace: [SentenceAddress: Int] = [:]
        var reports: [Int: [String: Set<Int>]] = [:]      // story → place → documents
        var kinds: [String: (entityClass: String?, country: String?)] = [:]
        for record in records where record.slot == "place" && record.mention.type == .entity {
            let ref = record.sentenceAddress
            places[ref, default: []].insert(record.mention.value)
            firstPlace[ref] = min(firstPlace[ref] ?? .max, record.mention.range.lowerBound)
            reports[storyOf[record.document], default: [:]][record.mention.value, default: []].insert(record.document)
            let known = kinds[record.mention.value]
            kinds[record.mention.value] = (known?.entityClass ?? record.mention.entityClass, known?.country ?? record.mention.country)
        }
        var leading: [Int: (place: String, reports: Int)] = [:]
        for (story, named) in reports {
            let most = named.values.map(\.count).max() ?? 0
            let top = named.filter { $0.value.count == most }
            if top.count == 1, let place = top.first?.key { leading[story] = (place, most) }
        }
        return records.map { record in
            guard record.mention.type == .count, let lead = leading[storyOf[record.document]] else { return record }
            if let key = record.key, key.contains("place:") {
                let parts = key.split(separator: " ").map(String.init)
                guard parts.contains(lead.place), !record.mention.qualifiers.contains(.list) else { return record }
                var copy = record
                let rest = parts.filter { $0 != lead.place }
                copy.key = rest.isEmpty ? nil : rest.joined(separator: " ")
                return copy
            }
            let ref = record.sentenceAddress
            guard let named = places[ref], named.count == 1, let place = named.first, place != lead.place,
                  let start = firstPlace[ref], start < record.mention.range.lowerBound,
                  kinds[place]?.entityClass == "city", let country = kinds[place]?.country, country == kinds[lead.place]?.country,
                  (reports[storyOf[record.document]]?[place]?.count ?? 0) < lead.reports else { return record }
            var copy = record
            copy.key = [record.key, place].compactMap { $0 }.joined(separator: " ")
            return copy
        }
    }
}
