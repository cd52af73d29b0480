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
        /// The members of each source, for ``canMerge(with:)``.
        private var byDocument: [Int: [Moment]]

        init(members: [Moment]) {
            self.members = members
            byDocument = Dictionary(grouping: members, by: \.document)
        }

        /// The member from which every other lies at most ``window`` minutes later on the
        /// 24-hour circle (22:11 for 22:11 and 00:11).
        var start: Int {
            let values = Set(members.map(\.minute)).sorted()
            return values.first { m in values.allSatisfy { circular(from: m, to: $0) <= TimeMoments.window } }
                ?? values.first ?? 0
        }

        /// Whether no source has times in `self` and in `other` it cannot mean as one.
        /// - Complexity: O(the times of the sources both groups hold).
        func canMerge(with other: Group) -> Bool {
            let (small, large) = byDocument.count <= other.byDocument.count ? (byDocument, other.byDocument) : (other.byDocument, byDocument)
            for (document, xs) in small {
                guard let ys = large[document] else { continue }
                for x in xs { for y in ys where !x.canShareMoment(with: y) { return false } }
            }
            return true
        }

        /// The group of the members of both.
        func merged(with other: Group) -> Group {
            var both = self
            both.members += other.members
            for (document, moments) in other.byDocument { both.byDocument[document, default: []] += moments }
            return both
        }
    }

    /// Times of one minute whose sentences name the same happenings: any two of them can
    /// name one instant, so they start as one group (a story of a thousand reports of
    /// "1:27" pairs one node, not a thousand).
    private struct Alike: Hashable {
        var minute: Int
        var cues: Set<String>
    }

    /// Single-link agglomeration of `times` under the window: candidate pairs in the order
    /// of the type comment (shared kind of happening, then gap, then time and input order
    /// made canonical by sorting), each merging its two groups unless one source forbids it.
    /// - Complexity: O(n log n + d²) for n times of d distinct minutes and happenings, plus
    ///   the merge checks.
    static func moments(_ times: [Moment]) -> [Group] {
        let sorted = times.sorted { ($0.minute, $0.document, $0.sentence, $0.mention.range.lowerBound) < ($1.minute, $1.document, $1.sentence, $1.mention.range.lowerBound) }
        let alike = EquivalenceClasses(count: sorted.count) { Alike(minute: sorted[$0].minute, cues: sorted[$0].cues) }
        let nodes = alike.members.map { members in members.map { sorted[$0] } }
        var pairs: [(shared: Int, gap: Int, i: Int, j: Int)] = []
        for i in nodes.indices {
            for j in nodes.indices where j > i {
                let x = nodes[i][0], y = nodes[j][0]
                let gap = min(circular(from: x.minute, to: y.minute), circular(from: y.minute, to: x.minute))
                guard gap <= window else { continue }
                pairs.append((x.cues.isDisjoint(with: y.cues) ? 1 : 0, gap, i, j))
            }
        }
        pairs.sort { ($0.shared, $0.gap, $0.i, $0.j) < ($1.shared, $1.gap, $1.i, $1.j) }
        var forest = UnionFind(count: nodes.count)
        var groups: [Int: Group] = Dictionary(uniqueKeysWithValues: nodes.indices.map { ($0, Group(members: nodes[$0])) })
        for pair in pairs {
            let a = forest.find(pair.i), b = forest.find(pair.j)
            guard a != b, let first = groups[a], let second = groups[b], first.canMerge(with: second) else { continue }
            forest.union(a, b)
            let root = forest.find(a)
            groups[a] = nil
            groups[b] = nil
            groups[root] = first.merged(with: second)
        }
        // In order of each group's first time.
        var firstNode: [Int: Int] = [:]
        for i in nodes.indices.reversed() { firstNode[forest.find(i)] = i }
        return groups.keys.sorted { firstNode[$0]! < firstNode[$1]! }.map { groups[$0]! }
    }

    /// Minutes from `a` forward to `b` on the 24-hour circle.
    static func circular(from a: Int, to b: Int) -> Int { ((b - a) % 1440 + 1440) % 1440 }
}
