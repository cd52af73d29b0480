import Foundation

/// What one source says for one fact: its representative claim and when it said it.
struct Statement: Sendable {
    /// The source's claims for the fact, in text order.
    var records: [ClaimRecord]
    /// The claim that stands for the source (the most repeated weapon, the largest count,
    /// otherwise the first).
    var lead: ClaimRecord
    /// Publication instant (seconds since 1970) when the source states one to the minute.
    var published: Double?
    /// Source id.
    var source: String

    /// Whether two statements are compatible (agree, possibly at different precision).
    func agrees(with other: Statement) -> Bool {
        let a = lead.mention, b = other.lead.mention
        switch a.type {
        case .count:
            guard let x = ValueInterval.count(a), let y = ValueInterval.count(b) else { return a.value == b.value }
            return x.meets(y)
        case .quantity:
            guard let x = ValueInterval.quantity(a), let y = ValueInterval.quantity(b) else { return a.value == b.value }
            return x.dimension == y.dimension && x.interval.meets(y.interval)
        case .time:
            // Two zoned times compare in UTC; a zoned and a local one through the local
            // source's offset; two local times as wall clocks (both at the event's place).
            let zoned = [a, b].map { $0.time?.isZoned == true }
            let useOffsets = zoned[0] != zoned[1]
            guard let x = Self.minutesUTC(a, offset: useOffsets ? lead.offset : 0),
                  let y = Self.minutesUTC(b, offset: useOffsets ? other.lead.offset : 0) else { return a.value == b.value }
            let difference = abs(x - y) % 1440
            let gap = min(difference, 1440 - difference)
            let loose = [a, b].contains { $0.qualifiers.contains { [.about, .after, .before].contains($0) } }
            return gap <= (loose ? 45 : 10)
        case .date:
            guard let x = a.date, let y = b.date else { return a.value == b.value }
            return x.isCompatible(with: y)
        case .entity, .duration:
            return a.value == b.value
        }
    }

    /// Minutes after midnight UTC of a time mention: its own zone, else the source's offset.
    static func minutesUTC(_ mention: Mention, offset: Int?) -> Int? {
        guard let time = mention.time else { return nil }
        var minutes = time.hour * 60 + time.minute
        if let zone = time.utcOffsetMinutes {
            minutes -= zone
        } else if let offset {
            minutes -= offset / 60
        }
        return (minutes % 1440 + 1440) % 1440
    }
}
