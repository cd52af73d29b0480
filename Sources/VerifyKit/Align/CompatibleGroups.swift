/// The groups of a fact's statements that can all be true together: the maximal sets of
/// mutually compatible statements (maximal cliques of the compatibility graph, found by
/// Bron–Kerbosch with pivoting). Unlike joining each statement to the first group whose
/// first member it agrees with, the result does not depend on the order of the statements:
/// "at least 6", "7" and "8" are two groups, {at least 6, 7} and {at least 6, 8}, whichever
/// source comes first. A statement may belong to several groups.
///
/// - Complexity: for counts and quantities compatibility is interval overlap, whose maximal
///   cliques number at most n; for names and times it is equality, whose cliques are its
///   classes. Facts have a few statements each.
enum CompatibleGroups {
    /// The maximal groups of `count` items under `compatible` (symmetric), each sorted,
    /// largest first, then by first member.
    static func maximal(count: Int, compatible: (Int, Int) -> Bool) -> [[Int]] {
        guard count > 0 else { return [] }
        var neighbours = Array(repeating: Set<Int>(), count: count)
        for i in 0..<count {
            for j in (i + 1)..<max(count, i + 1) where compatible(i, j) {
                neighbours[i].insert(j)
                neighbours[j].insert(i)
            }
        }
        // Statements compatible with each other and with exactly the same others (twenty
        // sources repeating one wire figure) are in the same maximal groups: the search
        // runs over one of each such class and each group is widened back to its classes.
        let twins = EquivalenceClasses(count: count) { neighbours[$0].union([$0]) }
        let representatives = twins.representatives
        return twins.widened(maximalCliques(count: representatives.count) { neighbours[representatives[$0]].contains(representatives[$1]) })
    }

    /// Maximal cliques of the graph of `count` nodes under `adjacent`, by Bron–Kerbosch with pivoting.
    private static func maximalCliques(count: Int, adjacent: (Int, Int) -> Bool) -> [[Int]] {
        var neighbours = Array(repeating: Set<Int>(), count: count)
        for i in 0..<count {
            for j in (i + 1)..<max(count, i + 1) where adjacent(i, j) {
                neighbours[i].insert(j)
                neighbours[j].insert(i)
            }
        }
        var cliques: [[Int]] = []
        func extend(_ clique: Set<Int>, _ candidates: Set<Int>, _ excluded: Set<Int>) {
            if candidates.isEmpty {
                if excluded.isEmpty { cliques.append(clique.sorted()) }
                return
            }
            let pivot = candidates.union(excluded).max { neighbours[$0].intersection(candidates).count < neighbours[$1].intersection(candidates).count
                || (neighbours[$0].intersection(candidates).count == neighbours[$1].intersection(candidates).count && $0 > $1) }!
            var candidates = candidates
            var excluded = excluded
            for item in candidates.subtracting(neighbours[pivot]).sorted() {
                extend(clique.union([item]), candidates.intersection(neighbours[item]), excluded.intersection(neighbours[item]))
                candidates.remove(item)
                excluded.insert(item)
            }
        }
        extend([], Set(0..<count), [])
        return cliques
    }
}
