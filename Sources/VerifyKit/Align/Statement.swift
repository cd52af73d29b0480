import Foundation

/// What one source says for one fact: its representative claim and when it said it.
struct Statement: Sendable {
    /// The source's claims for the fact, in text order.
    var records: [ClaimRecord]
    /// The claim that stands for the source (the most repeated weapon, the largest count,
    /// otherwise the first).
    var lead: ClaimRecord
    /// When the source gave it: its sentence's cut-off time, its publication instant or day.
    var time: ReportTime
    /// Source id.
    var source: String

    /// What compatibility with other statements depends on: the lead mention's kind,
    /// value, unit and qualifiers, and the source's offset for local times. Statements of
    /// one likeness agree with the same others (and, agreement being reflexive, with each
    /// other).
    struct Likeness: Hashable {
        var type: Mention.Kind
        var value: String
        var unit: String?
        var qualifiers: [Qualifier]
        var offset: Int?
    }

    /// This statement's ``Likeness``.
    var likeness: Likeness {
        let mention = lead.mention
        return Likeness(type: mention.type, value: mention.value, unit: mention.unit, qualifiers: mention.qualifiers, offset: lead.offset)
    }

    /// Who the source has it from, when its sentence says (`by:` qualifier).
    var speaker: String? { lead.mention.qualifiers.lazy.compactMap(\.speaker).first }

    /// Whether two statements are compatible (agree, possibly at different precision).
    func agrees(with other: Statement) -> Bool {
        let a = lead.mention, b = other.lead.mention
        // One person's job as each source words it: different words are a variant, never a conflict.
        if lead.slot == PersonAges.roleSlot { return true }
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
            return Self.timesAgree(a, minute: x, b, minute: y)
        case .date:
            guard let x = a.date, let y = b.date else { return a.value == b.value }
            return x.isCompatible(with: y)
        case .entity, .duration:
            return a.value == b.value
        }
    }

    /// Whether two times, at `x` and `y` minutes after midnight UTC, can name one instant.
    /// "after X" stands for any time up to ``TimeMoments/window`` minutes later ("shortly
    /// after midnight" and "around 1 a.m."), "before X" for one up to that much earlier.
    static func timesAgree(_ a: Mention, minute x: Int, _ b: Mention, minute y: Int) -> Bool {
        let forward = ((y - x) % 1440 + 1440) % 1440        // from a to b
        let backward = (1440 - forward) % 1440
        var slack = toleranceMinutes(looseEither: isLoose(a) || isLoose(b), exact: !isRound(a) && !isRound(b))
        if isHourOnly(a) || isHourOnly(b) { slack = max(slack, hourRounding) }
        for (open, other, later, earlier) in [(a, b, forward, backward), (b, a, backward, forward)]
        where open.qualifiers.contains(.after) || open.qualifiers.contains(.before) {
            // On the other side of its bound, only as far as the other time is loose.
            let beyond = toleranceMinutes(looseEither: other.qualifiers.contains(.about), exact: false)
            let (inside, outside) = open.qualifiers.contains(.after) ? (later, earlier) : (earlier, later)
            return inside <= TimeMoments.window || outside <= beyond
        }
        return min(forward, backward) <= slack
    }

    /// Whether a time is given as approximate ("about 10 a.m.", "after 3 p.m.").
    static func isLoose(_ mention: Mention) -> Bool {
        mention.qualifiers.contains { [.about, .after, .before].contains($0) }
    }

    /// Whether a time's minute is one people round to (a multiple of five: "1:30", "10 a.m."),
    /// so that it may stand for a nearby exact one.
    static func isRound(_ mention: Mention) -> Bool {
        guard let time = mention.time else { return true }
        return time.minute % 5 == 0
    }

    /// How far a time written as an hour alone ("8 p.m.", "las ocho de la tarde") may stand
    /// from the minute it rounds: a quarter of an hour, so "8 p.m." is "20:11" and not "20:25".
    static let hourRounding = 15

    /// Whether a time is written as an hour alone: no minutes written ("8 p.m.", "eight in the
    /// evening"), where "20:00" and "2000 GMT" write theirs.
    static func isHourOnly(_ mention: Mention) -> Bool {
        guard let time = mention.time, time.minute == 0 else { return false }
        let digitRuns = mention.text.split { !$0.isNumber }
        return digitRuns.count <= 1 && (digitRuns.first?.count ?? 0) <= 2
    }

    /// How many minutes two times of one moment may differ and still agree: 45 when either
    /// is approximate, none when both are exact minutes not rounded ("1:27" against "1:28"
    /// is two readings of one instant), otherwise 10 ("1:30" for "1:27").
    static func toleranceMinutes(looseEither: Bool, exact: Bool) -> Int {
        looseEither ? 45 : exact ? 0 : 10
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
