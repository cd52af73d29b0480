/// A count that can only rise (the dead do not come back: `counts.yaml` `onlyRise`) but
/// falls from one report to a later one: "57" on Saturday evening, "54" on Monday. Both
/// figures cannot be right and current; either the earlier ran ahead of the facts or the
/// later is out of date. Beside the update that lists the figures in order, this is a
/// conflict of the higher figure against the lower ones that come after it, and those of
/// its day that no time orders against it.
///
/// Only firm figures count: a hedged or vague one ("believed to be", "dozens") may be off
/// without anyone being wrong, and an open one ("at least 133") never falls.
struct FallingCount: Sendable, Equatable {
    /// Index of the higher, earlier statement.
    var high: Int
    /// Indices of the lower statements: later ones, then the same day's unordered ones.
    var later: [Int]
    var sameDay: [Int]

    /// The fall among `statements`, if any: the higher figure in the most falls (the
    /// earliest, then the first source id, on a tie) with the lower figures after it.
    static func find(_ statements: [Statement], gap: Double) -> FallingCount? {
        let firm: [(index: Int, interval: ValueInterval)] = statements.indices.compactMap { index in
            let lead = statements[index].lead
            guard !lead.isHedged, !lead.mention.qualifiers.contains(.vague), let interval = ValueInterval.count(lead.mention) else { return nil }
            return (index, interval)
        }
        var falls: [Int: [Int]] = [:]
        for a in firm {
            for b in firm where b.interval.high < a.interval.low
                && statements[a.index].time.order(to: statements[b.index].time, gap: gap) == .earlier {
                falls[a.index, default: []].append(b.index)
            }
        }
        guard let high = falls.keys.min(by: { x, y in
            let (fx, fy) = (falls[x]!.count, falls[y]!.count)
            if fx != fy { return fx > fy }
            let (tx, ty) = (statements[x].time.sortKey ?? .infinity, statements[y].time.sortKey ?? .infinity)
            return tx != ty ? tx < ty : statements[x].source < statements[y].source
        }) else { return nil }
        let highInterval = firm.first { $0.index == high }!.interval
        let sameDay = firm.filter { candidate in
            let order = statements[high].time.order(to: statements[candidate.index].time, gap: gap)
            return candidate.interval.high < highInterval.low && order == .unknown
                && statements[high].time.day != nil && statements[high].time.day == statements[candidate.index].time.day
        }.map(\.index)
        let byTime = { (x: Int, y: Int) in
            (statements[x].time.sortKey ?? .infinity, statements[x].source) < (statements[y].time.sortKey ?? .infinity, statements[y].source)
        }
        return FallingCount(high: high, later: falls[high]!.sorted(by: byTime), sameDay: sameDay.sorted(by: byTime))
    }
}
