/// Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one
/// substring): insertions, deletions, substitutions and swaps of neighbours, over
/// characters.
enum EditDistance {
    /// Whether `a` and `b` are at most `limit` edits apart.
    /// - Complexity: O(|a| × |b|), stopped once every path exceeds `limit`.
    static func atMost(_ limit: Int, _ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= limit else { return false }
        guard !x.isEmpty, !y.isEmpty else { return max(x.count, y.count) <= limit }
        var before: [Int] = [], previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { current[j] = min(current[j], before[j - 2] + 1) }
            }
            if current.min()! > limit { return false }
            (before, previous) = (previous, current)
        }
        return previous[y.count] <= limit
    }
}
