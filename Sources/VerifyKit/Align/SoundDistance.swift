/// A normalised edit distance between two sound skeletons (``NameKey/skeleton(_:)``):
/// the restricted Damerau–Levenshtein distance (insertions, deletions, substitutions and
/// swaps of two neighbouring letters), where a substitution within one sound class costs
/// half, divided by the length of the longer skeleton. 0 is equal; 1 is nothing alike.
///
/// Sound classes: vowels (a e i o u: Shoigu/Shoygu, Vladimir/Volodymyr); g k c h
/// (Gaddafi/Kadhafi, Sergei/Serhiy); d t; s z c; b p; v f.
///
/// - Complexity: O(*m* × *n*) for skeletons of lengths *m* and *n*.
enum SoundDistance {
    private static let classes: [Set<Character>] = [
        ["a", "e", "i", "o", "u"], ["g", "k", "c", "h"], ["d", "t"], ["s", "z", "c"], ["b", "p"], ["v", "f"],
    ]

    /// The cost of writing `b` where `a` is: 0, 0.5 within a sound class, else 1.
    static func substitution(_ a: Character, _ b: Character) -> Double {
        if a == b { return 0 }
        return classes.contains { $0.contains(a) && $0.contains(b) } ? 0.5 : 1
    }

    /// Whether `a` and `b` are one letter or of one sound class.
    static func alike(_ a: Character, _ b: Character) -> Bool { substitution(a, b) < 1 }

    /// The weighted edit cost between `a` and `b`.
    static func cost(_ a: String, _ b: String) -> Double {
        let x = Array(a), y = Array(b)
        if x.isEmpty || y.isEmpty { return Double(max(x.count, y.count)) }
        var d = Array(repeating: Array(repeating: 0.0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = Double(i) }
        for j in 0...y.count { d[0][j] = Double(j) }
        for i in 1...x.count {
            for j in 1...y.count {
                var best = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + substitution(x[i - 1], y[j - 1]))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1], x[i - 1] != x[i - 2] {
                    best = min(best, d[i - 2][j - 2] + 1)
                }
                d[i][j] = best
            }
        }
        return d[x.count][y.count]
    }

    /// The cost divided by the longer length (0 for two empty skeletons).
    static func normalised(_ a: String, _ b: String) -> Double {
        let longer = max(a.count, b.count)
        return longer == 0 ? 0 : cost(a, b) / Double(longer)
    }
}
