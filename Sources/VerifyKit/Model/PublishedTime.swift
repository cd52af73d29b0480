import Foundation

/// When a source was published, as precisely as the source says, and where that was read.
public struct PublishedTime: Sendable, Hashable, Codable {
    /// Calendar year; nil when the source gives only day and month (`BAKU, Nov 14 (Reuters)`)
    /// and no `--reference-date` completes it.
    public var year: Int?
    /// Month, 1–12.
    public var month: Int
    /// Day of month.
    public var day: Int
    /// Hour and minute when stated.
    public var hour: Int?
    /// Minute when stated.
    public var minute: Int?
    /// Second when stated.
    public var second: Int?
    /// Offset from UTC in seconds when the source states or implies a zone.
    public var utcOffset: Int?
    /// Where the value came from ("front matter published", "meta article:published_time",
    /// "dateline, line 2").
    public var origin: String
    /// True when the year was not written next to the date and was taken from `--reference-date`.
    public var yearInferred: Bool = false
    /// The IANA zone the dateline named (`EST` → `America/New_York`), kept so that the
    /// UTC offset can be computed once a missing year is completed (it depends on the date).
    var zoneIdentifier: String?

    /// Creates a publication time; unstated parts stay nil.
    public init(year: Int?, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, second: Int? = nil,
                utcOffset: Int? = nil, origin: String) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffset = utcOffset
        self.origin = origin
    }

    /// ISO 8601 at the precision stated: `2025-11-14`, `2025-11-14T16:38:00`,
    /// `2025-11-14T16:38:00+04:00`, `…Z` for UTC; `--11-14` when the year is unknown.
    public var iso8601: String {
        var text = year.map { String(format: "%04d-%02d-%02d", $0, month, day) } ?? String(format: "--%02d-%02d", month, day)
        guard let hour, let minute else { return text }
        text += String(format: "T%02d:%02d:%02d", hour, minute, second ?? 0)
        if let utcOffset {
            if utcOffset == 0 {
                text += "Z"
            } else {
                let magnitude = abs(utcOffset) / 60
                text += String(format: "%@%02d:%02d", utcOffset < 0 ? "-" : "+", magnitude / 60, magnitude % 60)
            }
        }
        return text
    }

    /// This time with `year` completed from `source` ("the other sources", "the text"):
    /// marked inferred, its origin saying where the year came from, and its UTC offset
    /// computed from the dateline's zone when it had a time but no offset.
    func completed(year: Int, from source: String) -> PublishedTime {
        var time = self
        time.year = year
        time.yearInferred = true
        time.origin += ", year from \(source)"
        if time.utcOffset == nil, let hour, let identifier = zoneIdentifier, let zone = TimeZone(identifier: identifier) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute ?? 0)
            time.utcOffset = calendar.date(from: components).map { zone.secondsFromGMT(for: $0) }
        }
        return time
    }
}
