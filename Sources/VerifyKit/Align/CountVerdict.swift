/// Whether the counts of a fact, split into incompatible groups, are news developing (an
/// update) or a contradiction (a conflict), decided on when each source gave its figure
/// (``ReportTime``), never by default:
///
/// 1. two incompatible figures given at the same point in time (within an hour) conflict;
/// 2. a later report that repeats a figure an earlier report had already replaced is a
///    stale figure, a conflict ("38", then "45", then "38" again);
/// 3. when nothing orders any two incompatible figures (an undated report against a dated
///    one; two of one day, one without a time), they conflict, and the finding says the
///    order is unknown rather than assume one;
/// 4. otherwise the figures follow each other: an update; the reports that nothing orders
///    against a rival figure are named in it.
enum CountVerdict: Sendable, Equatable {
    /// The figures follow each other; `untimed` (statement indices) could not be placed
    /// against some rival figure, and the finding says so.
    case update(untimed: [Int])
    case together
    /// `stale` (a statement index) repeats an older figure that `revision` had replaced.
    case stale(stale: Int, revision: Int)
    /// Sources (indices) whose report has no time that orders it against a rival figure.
    case orderUnknown(untimed: [Int])

    /// The verdict on `statements` split into `clusters` (maximal compatible groups).
    /// With `onlyRises` (a count that can only rise, the dead), rule 2 takes only a repeat
    /// lower than the figure it comes back after ("38", "45", "38"): a higher figure that
    /// comes back after a lower one ("57", "54", "57") is the news catching up, and the
    /// lower one is the odd one out (``FallingCount``).
    static func decide(_ statements: [Statement], clusters: [[Int]], gap: Double, onlyRises: Bool = false) -> CountVerdict {
        // Statements of one figure at one time stand for each other: the pairs are formed
        // over one of each, and the sources named are all those they stand for.
        let kinds = EquivalenceClasses(count: statements.count) { StatementKind(statements[$0]) }
        let standing = Set(kinds.representatives)
        let reducedClusters = clusters.map { $0.filter(standing.contains) }.filter { !$0.isEmpty }
        let verdict = decideOver(statements, clusters: reducedClusters, gap: gap, onlyRises: onlyRises)
        func widened(_ named: [Int]) -> [Int] { named.flatMap { kinds.members[kinds.classOf[$0]] }.sorted() }
        switch verdict {
        case .update(let untimed): return .update(untimed: widened(untimed))
        case .orderUnknown(let untimed): return .orderUnknown(untimed: widened(untimed))
        default: return verdict
        }
    }

    private static func decideOver(_ statements: [Statement], clusters: [[Int]], gap: Double, onlyRises: Bool) -> CountVerdict {
        let rivals = rivalPairs(statements, clusters: clusters)
        let orders = rivals.map { statements[$0].time.order(to: statements[$1].time, gap: gap) }
        if orders.contains(.together) { return .together }
        if let stale = stale(statements, gap: gap, onlyRises: onlyRises) { return stale }
        let unordered = zip(rivals, orders).filter { $1 == .unknown }.map(\.0)
        guard !unordered.isEmpty else { return .update(untimed: []) }
        // The sources the order is missing for: undated ones, else those without a time.
        let all = Set(unordered.flatMap { [$0.0, $0.1] })
        let undated = all.filter { statements[$0].time.day == nil }
        let named = (undated.isEmpty ? all.filter { statements[$0].time.instant == nil } : undated).sorted()
        return unordered.count == rivals.count ? .orderUnknown(untimed: named) : .update(untimed: named)
    }

    /// Pairs of statements in different groups that are incompatible.
    private static func rivalPairs(_ statements: [Statement], clusters: [[Int]]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        var seen = Set<[Int]>()
        for (i, a) in clusters.enumerated() {
            for b in clusters[(i + 1)...] {
                for x in a {
                    // Groups may share members; only incompatible statements are rivals.
                    for y in b where x != y && !statements[x].agrees(with: statements[y]) && seen.insert([min(x, y), max(x, y)]).inserted {
                        pairs.append((min(x, y), max(x, y)))
                    }
                }
            }
        }
        return pairs
    }

    /// The first stale statement, in order of time: one that agrees with an earlier figure
    /// that a statement between them, incompatible with both, had replaced. Statements of
    /// one figure at one time stand for each other, so the search runs over one of each.
    private static func stale(_ statements: [Statement], gap: Double, onlyRises: Bool) -> CountVerdict? {
        let indices = EquivalenceClasses(count: statements.count) { StatementKind(statements[$0]) }.representatives
        func lower(_ k: Int, than j: Int) -> Bool {
            guard let x = ValueInterval.count(statements[k].lead.mention), let y = ValueInterval.count(statements[j].lead.mention) else { return true }
            return x.high < y.low
        }
        for k in indices {
            for j in indices where j != k && statements[j].time.order(to: statements[k].time, gap: gap) == .earlier
                && !statements[j].agrees(with: statements[k]) && (!onlyRises || lower(k, than: j)) {
                let replaced = indices.contains { i in
                    i != j && i != k && statements[i].time.order(to: statements[j].time, gap: gap) == .earlier
                        && statements[i].agrees(with: statements[k]) && !statements[i].agrees(with: statements[j])
                }
                if replaced { return .stale(stale: k, revision: j) }
            }
        }
        return nil
    }
}

/// What decides how a statement compares and orders: its likeness and its report time.
private struct StatementKind: Hashable {
    var likeness: Statement.Likeness
    var time: ReportTime

    init(_ statement: Statement) {
        likeness = statement.likeness
        time = statement.time
    }
}
