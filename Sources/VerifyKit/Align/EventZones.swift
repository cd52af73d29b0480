import Foundation

/// Times written as local are local to the event's place: the zone of the country most of
/// the event's places belong to (`countryZones` in datelines.yaml), at the event's date.
/// Without places, the source's own publication offset stands in.
enum EventZones {
    static func localise(_ records: [ClaimRecord], storyOf: [Int], countryZones: [String: String]) -> [ClaimRecord] {
        var countries: [String: [String: Int]] = [:]
        for record in records where record.slot == "place" {
            guard let country = record.mention.country else { continue }
            countries["\(storyOf[record.document])|\(record.eventDate)", default: [:]][country, default: 0] += 1
        }
        var offsets: [String: Int?] = [:]
        return records.map { record in
            guard record.slot == "time" else { return record }
            let key = "\(storyOf[record.document])|\(record.eventDate)"
            if offsets[key] == nil { offsets[key] = offset(countries: countries[key] ?? [:], date: record.eventDate, zones: countryZones) }
            var copy = record
            if let offset = offsets[key] ?? nil { copy.offset = offset }
            return copy
        }
    }

    /// The offset of the most named country's zone at noon on `date`.
    private static func offset(countries: [String: Int], date: String, zones: [String: String]) -> Int? {
        guard let country = countries.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key,
              let identifier = zones[country], let zone = TimeZone(identifier: identifier) else { return nil }
        let parts = date.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let day = calendar.date(from: DateComponents(year: parts.first ?? 2000, month: parts.count > 1 ? parts[1] : 6,
                                                     day: parts.count > 2 ? parts[2] : 15, hour: 12)) ?? Date()
        return zone.secondsFromGMT(for: day)
    }
}
