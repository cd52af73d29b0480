/// Distances written without the places they are measured between ("a village of about
/// 400 people … about 300 metres from a housing estate") cannot contradict each other:
/// they are grouped by compatible value instead, each group a fact of its own, so that
/// "about 6 km" and "about four miles" agree (and read as a variant) while 300 m and 500 m
/// simply stand apart. Durations are alike: "eight hours" (of rain), "dos horas" (of
/// warning) and "24 horas" (of a red alert) are spans of different things, not rival
/// figures, while "eight hours" and "ocho horas" still agree. Rainfall totals too: a
/// report gives one per station and window ("491 l/m² in one town, 415 in the next", a
/// forecast of 150 to 180, a record of decades ago), and "491,2" and "491 litros" still agree.
enum UnanchoredMeasures {
    /// Slots whose unkeyed values are grouped by compatible value.
    static let slots: Set<Slot> = ["distance", "duration", "rainfall"]

    static func cluster(_ records: [ClaimRecord], storyOf: [Int]) -> [ClaimRecord] {
        var clusters: [String: [(lead: Mention, key: String)]] = [:]   // "story|event" → clusters
        return records.map { record in
            guard slots.contains(record.slot), record.key == nil, let mine = ValueInterval.quantity(record.mention) else { return record }
            let scope = "\(storyOf[record.document])|\(record.eventDate)"
            var copy = record
            if let found = clusters[scope]?.first(where: { candidate in
                guard let theirs = ValueInterval.quantity(candidate.lead) else { return false }
                return theirs.dimension == mine.dimension && theirs.interval.meets(mine.interval)
            }) {
                copy.key = found.key
            } else {
                let key = "≈" + record.mention.value
                clusters[scope, default: []].append((record.mention, key))
                copy.key = key
            }
            return copy
        }
    }
}
