import Foundation

/// Times written as local are local to the event's place: the zone most of the event's
/// places lie in — a place's own zone from the place index (Baltimore: America/New_York),
/// else its country's (`countryZones` in datelines.yaml) — at the event's date. Without
/// places, the source's own publication offset stands in.
enum EventZones {
    static func localise(_ records: [ClaimRecord], storyOf: [Int], countryZones: [String: String]) -> [ClaimRecord] {
        var zones: [String: [String: Int]] = [:]
        for record in records where record.slot == "place" {
            guard let zone = record.mention.zone ?? record.mention.country.flatMap({ countryZones[$0] }) else { continue }
            zones["\(storyOf[record.document])|\(record.eventDate)", default: [:]][zone, default: 0] += 1
        }
        var offsets: [String: Int?] = [:]
        return records.map { record in
            guard record.slot == "time" else { return record }
            let key = "\(storyOf[record.document])|\(record.eventDate)"
            if offsets[key] == nil { offsets[key] = offset(zones: zones[key] ?? [:], date: record.eventDate) }
            var copy = record
            if let offset = offsets[key] ?? nil { copy.offset = offset }
            return copy
        }
    }

    /// The offset of the most named zone at noon on `date`.
    private static func offset(zones: [String: Int], date: String) -> Int? {
        guard let identifier = zones.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key,
              let zone = TimeZone(identifier: identifier) else { return nil }
        let parts = date.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let day = calendar.date(from: DateComponents(year: parts.first ?? 2000, month: parts.count > 1 ? parts[1] : 6,
                                                     day: parts.count > 2 ? parts[2] : 15, hour: 12)) ?? Date()
        return zone.secondsFromGMT(for: day)
    }
}
