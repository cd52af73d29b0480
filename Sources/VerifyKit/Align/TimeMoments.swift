/// Clock times of one event that lie hours apart are times of different moments (the ship
/// left at 1 a.m., divers found a truck at 10 a.m., officials briefed at 1 p.m.), not
/// rival statements of one: within each story and event date, times are grouped on the
/// UTC instant they name (their own zone, else the event's zone from ``EventZones``, else
/// as written) by single link with gaps of at most ``window`` minutes, and each group is a
/// fact of its own. Conflicts are sought inside a group ("1:27" against "1:28"), never
/// across groups. The grouping depends on the values only, not on the order of sources.
enum TimeMoments {
    /// Largest gap, in minutes, between two times of one moment.
    static let window = 120

    static func cluster(_ records: [ClaimRecord], storyOf: [Int]) -> [ClaimRecord] {
        var minutes: [Int: Int] = [:]          // record index → UTC minute of day
        var scopes: [String: [Int]] = [:]      // "story|event" → record indices
        for (index, record) in records.enumerated() where record.slot == "time" && record.key == nil {
            guard let time = TimeValue(record.mention.value) else { continue }
            let offset = time.utcOffsetMinutes ?? record.offset.map { $0 / 60 } ?? 0
            minutes[index] = ((time.hour * 60 + time.minute - offset) % 1440 + 1440) % 1440
            scopes["\(storyOf[record.document])|\(record.eventDate)", default: []].append(index)
        }
        var keys: [Int: String] = [:]
        for (_, members) in scopes {
            // Times on a 24-hour circle: the groups start after the widest gap, so that
            // 22:11 and 00:11 are one moment.
            let sorted = members.sorted { (minutes[$0] ?? 0, $0) < (minutes[$1] ?? 0, $1) }
            let values = sorted.map { minutes[$0] ?? 0 }
            var widest = 0, widestGap = -1
            for k in values.indices {
                let next = k + 1 < values.count ? values[k + 1] : values[0] + 1440
                if next - values[k] > widestGap { widestGap = next - values[k]; widest = (k + 1) % values.count }
            }
            let rotated = Array(sorted[widest...] + sorted[..<widest])
            var start = minutes[rotated[0]] ?? 0
            var previous = start
            for index in rotated {
                let minute = minutes[index] ?? 0
                if ((minute - previous) % 1440 + 1440) % 1440 > window { start = minute }
                keys[index] = String(format: "~%02d:%02dZ", start / 60, start % 60)
                previous = minute
            }
        }
        // One moment only: no key, as before (the fact reads as the event's time).
        var momentsPerScope: [String: Set<String>] = [:]
        for (index, key) in keys { momentsPerScope["\(storyOf[records[index].document])|\(records[index].eventDate)", default: []].insert(key) }
        return records.enumerated().map { index, record in
            guard let key = keys[index], (momentsPerScope["\(storyOf[record.document])|\(record.eventDate)"]?.count ?? 0) > 1 else { return record }
            var copy = record
            copy.key = key
            return copy
        }
    }
}
