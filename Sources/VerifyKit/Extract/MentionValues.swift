/// A date mention's value, read from its ISO form: `2025-11-14` (day), `2022-04` (month),
/// `2004` (year), `--11-14` (day and month, year unknown), or an unresolved relative
/// expression (`relative:last night`, when there is no publication time).
public struct DateValue: Sendable, Hashable {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    /// Year, nil when the source does not say it (`--11-14`).
    public var year: Int?
    /// Month 1–12.
    public var month: Int?
    /// Day of the month.
    public var day: Int?
    /// The phrase of a relative date that could not be resolved (no publication time).
    public var unresolved: String?

    /// Reads an ISO value; nil when it is not one.
    public init?(_ value: String) {
        if value.hasPrefix("relative:") {
            unresolved = String(value.dropFirst("relative:".count))
            return
        }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        if value.hasPrefix("--"), parts.count == 4, let month = Int(parts[2]), let day = Int(parts[3]) {
            self.month = month
            self.day = day
            return
        }
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        self.year = year
        if parts.count > 1 { guard let month = Int(parts[1]) else { return nil }; self.month = month }
        if parts.count > 2 { guard let day = Int(parts[2]) else { return nil }; self.day = day }
    }

    /// The precision written.
    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// A calendar day with its year: the dates events are keyed by.
    public var isFullDay: Bool { year != nil && day != nil }

    /// A date that can anchor others: resolved, and with its year.
    public var isAnchor: Bool { unresolved == nil && year != nil }

    /// Whether the two agree where both are stated (`2025-11` and `2025-11-14` do).
    public func isCompatible(with other: DateValue) -> Bool {
        guard unresolved == nil, other.unresolved == nil else { return unresolved == other.unresolved }
        guard year == other.year else { return false }
        guard let month, let otherMonth = other.month else { return true }
        guard month == otherMonth else { return false }
        guard let day, let otherDay = other.day else { return true }
        return day == otherDay
    }
}

/// A time-of-day mention's value: `HH:MM`, or `HH:MM:SS` when the source wrote the
/// seconds, then `Z` or `±HH:MM` when a zone was written.
public struct TimeValue: Sendable, Hashable {
    /// Hour 0–23.
    public var hour: Int
    /// Minute 0–59.
    public var minute: Int
    /// Second 0–59, when the source wrote it ("7:56:30 pm").
    public var second: Int?
    /// Offset from UTC in minutes when the source wrote a zone.
    public var utcOffsetMinutes: Int?

    /// Reads the value; nil when it is not one.
    public init?(_ value: String) {
        guard value.count >= 5, let hour = Int(value.prefix(2)), let minute = Int(value.dropFirst(3).prefix(2)) else { return nil }
        self.hour = hour
        self.minute = minute
        var zone = value.dropFirst(5)
        if zone.first == ":", let second = Int(zone.dropFirst().prefix(2)) {
            self.second = second
            zone = zone.dropFirst(3)
        }
        if zone == "Z" {
            utcOffsetMinutes = 0
        } else if let sign = zone.first, sign == "+" || sign == "-", let h = Int(zone.dropFirst().prefix(2)), let m = Int(zone.suffix(2)) {
            utcOffsetMinutes = (sign == "+" ? 1 : -1) * (h * 60 + m)
        }
    }

    /// Whether the source wrote its zone.
    public var isZoned: Bool { utcOffsetMinutes != nil }
}

/// A count mention's value: `38`, or `10-15` for a range.
public struct CountValue: Sendable, Hashable {
    /// The figure, or the low end of a range.
    public var low: Double
    /// The high end of a range.
    public var high: Double?

    /// Reads the value; nil when it is not one.
    public init?(_ value: String) {
        let parts = value.split(separator: "-").compactMap { Double($0) }
        guard let first = parts.first else { return nil }
        low = first
        high = parts.count > 1 ? parts[1] : nil
    }
}

/// A named thing's canonical id: `place:kyiv` is kind `place`, id `kyiv`.
public struct EntityRef: Sendable, Hashable {
    /// `weapon`, `place`, `organisation`, `person`, `country`.
    public var kind: String
    /// The id within its kind (`kyiv`, `foreign-ministry/az`).
    public var id: String

    /// Reads `kind:id`; nil when there is no kind.
    public init?(_ value: String) {
        guard let colon = value.firstIndex(of: ":") else { return nil }
        kind = String(value[..<colon])
        id = String(value[value.index(after: colon)...])
    }
}

extension Mention {
    /// The typed value of a date mention.
    public var date: DateValue? { type == .date ? DateValue(value) : nil }
    /// The typed value of a time mention.
    public var time: TimeValue? { type == .time ? TimeValue(value) : nil }
    /// The typed value of a count mention.
    public var count: CountValue? { type == .count ? CountValue(value) : nil }
    /// The typed value of a named thing.
    public var entity: EntityRef? { type == .entity ? EntityRef(value) : nil }
    /// What a quantity measures: its property when read (`distance`, `depth`, `duration`),
    /// else its dimension (`length`); nil for other mentions.
    var measuredProperty: String? { type == .quantity ? subtype ?? measure?.dimension : nil }
}
