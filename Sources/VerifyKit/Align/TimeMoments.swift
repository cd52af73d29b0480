/// Clock times of one event that lie hours apart are times of different moments (the ship
/// left at 1 a.m., divers found a truck at 10 a.m., officials briefed at 1 p.m.), not
/// rival statements of one: within each story and event date, times are grouped on the
/// UTC instant they name (their own zone, else the event's zone from ``EventZones``, else
/// as written), and each group is a fact of its own. Conflicts are sought inside a group
/// ("1:27" against "1:28"), never across groups.
///
/// The grouping is agglomerative single link under ``window`` minutes, in this order:
/// pairs whose sentences name the same kind of happening (`events.yaml`: "struck at 1:27"
/// and "hit the bridge at 1:28") before pairs that do not, then the nearest first. Two
/// times one source gives as different (a timeline: "11:06 … 12:20 … 20:11"; divers at
/// 10 a.m., a visit at noon) are different moments by that source's own account and never
/// share a group, so a peer's time joins the nearest of them and a chronology never chains
/// into one moment. The exception is a time and its conversion in one sentence ("11:11
/// p.m. local time (0011 GMT)"): one instant written twice, wrong or not. Times of plans
/// (`planned`: "will brief reporters at 1 p.m.") are grouped apart from times of what
/// happened and always keyed as such. The grouping depends on the values only, not on the
/// order of sources.
enum TimeMoments {
    /// Largest gap, in minutes, between two times of one moment.
    static let window = 120

    static func cluster(_ records: [ClaimRecord], storyOf: [Int], documents: [ExtractedDocument]) -> [ClaimRecord] {
        var scopes: [String: [Moment]] = [:]
        var scopeOf: [Int: String] = [:]
        for (index, record) in records.enumerated() where record.slot == "time" && record.key == nil {
            guard let minute = Statement.minutesUTC(record.mention, offset: record.offset) else { continue }
            let cues = Set(documents[record.document].sentences[record.sentence].cues.map(\.kind).filter { $0 != "casualties" })
            let scope = scope(record, storyOf: storyOf)
            scopeOf[index] = scope
            scopes[scope, default: []].append(Moment(record: index, minute: minute, document: record.document,
                                                     sentence: record.sentence, mention: record.mention, cues: cues))
        }
        var keys: [Int: String] = [:]
        var momentsPerScope: [String: Int] = [:]
        for (scope, members) in scopes {
            let groups = moments(members)
            momentsPerScope[scope] = groups.count
            let prefix = scope.hasSuffix(Self.plannedSuffix) ? "planned " : ""
            for group in groups {
                let start = group.start
                for member in group.members { keys[member.record] = prefix + String(format: "~%02d:%02dZ", start / 60, start % 60) }
            }
        }
        // One moment of what happened only: no key, as before (the fact reads as the event's time).
        return records.enumerated().map { index, record in
            guard let key = keys[index], let scope = scopeOf[index],
                  scope.hasSuffix(Self.plannedSuffix) || (momentsPerScope[scope] ?? 0) > 1 else { return record }
            var copy = record
            copy.key = key
            return copy
        }
    }

    private static let plannedSuffix = "|planned"

    /// Times are grouped per story and event date, plans apart.
    private static func scope(_ record: ClaimRecord, storyOf: [Int]) -> String {
        "\(storyOf[record.document])|\(record.eventDate)" + (record.mention.qualifiers.contains(.planned) ? plannedSuffix : "")
    }

    /// One time of a scope.
    struct Moment {
        var record: Int
        /// Minutes after midnight UTC.
        var minute: Int
        var document: Int
        var sentence: Int
        var mention: Mention
        /// Kinds of happening its sentence names.
        var cues: Set<String>

        /// Whether one source can mean `self` and `other` as one instant: they agree, or
        /// one converts the other in the same sentence (one zoned, one not).
        func canShareMoment(with other: Moment) -> Bool {
            if sentence == other.sentence, (mention.time?.isZoned == true) != (other.mention.time?.isZoned == true) { return true }
            return Statement.timesAgree(mention, minute: minute, other.mention, minute: other.minute)
        }
    }

    /// A group of times read as one moment.
    struct Group {
        var members: [Moment]

        /// The member from which every other lies at most ``window`` minutes later on the
        /// 24-hour circle (22:11 for 22:11 and 00:11).
        var start: Int {
            let values = members.map(\.minute)
            return values.sorted().first { m in values.allSatisfy { circular(from: m, to: $0) <= TimeMoments.window } }
                ?? values.min() ?? 0
        }

        /// Whether no source has times in `self` and in `other` it cannot mean as one.
        func canMerge(with other: Group) -> Bool {
            for x in members {
                for y in other.members where x.document == y.document && !x.canShareMoment(with: y) { return false }
            }
            return true
        }
    }

    /// Single-link agglomeration of `times` under the window: candidate pairs in the order
    /// of the type comment (shared kind of happening, then gap, then time and input order
    /// made canonical by sorting), each merging its two groups unless one source forbids it.
    static func moments(_ times: [Moment]) -> [Group] {
        let sorted = times.sorted { ($0.minute, $0.document, $0.sentence, $0.mention.range.lowerBound) < ($1.minute, $1.document, $1.sentence, $1.mention.range.lowerBound) }
        var pairs: [(shared: Int, gap: Int, i: Int, j: Int)] = []
        for i in sorted.indices {
            for j in sorted.indices where j > i {
                let gap = min(circular(from: sorted[i].minute, to: sorted[j].minute), circular(from: sorted[j].minute, to: sorted[i].minute))
                guard gap <= window else { continue }
                pairs.append((sorted[i].cues.isDisjoint(with: sorted[j].cues) ? 1 : 0, gap, i, j))
            }
        }
        pairs.sort { ($0.shared, $0.gap, $0.i, $0.j) < ($1.shared, $1.gap, $1.i, $1.j) }
        var groupOf = Array(sorted.indices)
        var groups: [Int: Group] = Dictionary(uniqueKeysWithValues: sorted.indices.map { ($0, Group(members: [sorted[$0]])) })
        for pair in pairs {
            let a = groupOf[pair.i], b = groupOf[pair.j]
            guard a != b, let first = groups[a], let second = groups[b], first.canMerge(with: second) else { continue }
            let (keep, drop) = (min(a, b), max(a, b))
            groups[keep] = Group(members: groups[keep]!.members + groups[drop]!.members)
            groups[drop] = nil
            for k in groupOf.indices where groupOf[k] == drop { groupOf[k] = keep }
        }
        return groups.keys.sorted().map { groups[$0]! }
    }

    /// Minutes from `a` forward to `b` on the 24-hour circle.
    static func circular(from a: Int, to b: Int) -> Int { ((b - a) % 1440 + 1440) % 1440 }
}
