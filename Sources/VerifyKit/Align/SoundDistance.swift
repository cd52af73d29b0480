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
    /// The sound class of each ASCII letter (0 for none); c is in two.
    private static let classBits: [UInt8] = {
        var bits = [UInt8](repeating: 0, count: 128)
        let classes = ["aeiou", "gkch", "dt", "szc", "bp", "vf"]
        for (index, letters) in classes.enumerated() {
            for letter in letters.utf8 { bits[Int(letter)] |= 1 << index }
        }
        return bits
    }()

    /// The cost of writing `b` where `a` is: 0, 0.5 within a sound class, else 1.
    static func substitution(_ a: UInt8, _ b: UInt8) -> Double {
        if a == b { return 0 }
        guard a < 128, b < 128 else { return 1 }
        return classBits[Int(a)] & classBits[Int(b)] != 0 ? 0.5 : 1
    }

    /// Whether `a` and `b` are one letter or of one sound class.
    static func alike(_ a: Character, _ b: Character) -> Bool {
        guard let x = a.asciiValue, let y = b.asciiValue else { return a == b }
        return substitution(x, y) < 1
    }

    /// The weighted edit cost between `a` and `b`.
    static func cost(_ a: String, _ b: String) -> Double {
        let x = Array(a.utf8), y = Array(b.utf8)
        if x.isEmpty || y.isEmpty { return Double(max(x.count, y.count)) }
        // Three rows of the table: two back (for swaps), one back, and this one.
        var before = [Double](repeating: 0, count: y.count + 1)
        var previous = (0...y.count).map(Double.init)
        var row = [Double](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            row[0] = Double(i)
            for j in 1...y.count {
                var best = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + substitution(x[i - 1], y[j - 1]))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1], x[i - 1] != x[i - 2] {
                    best = min(best, before[j - 2] + 1)
                }
                row[j] = best
            }
            (before, previous, row) = (previous, row, before)
        }
        return previous[y.count]
    }

    /// The cost divided by the longer length (0 for two empty skeletons).
    static func normalised(_ a: String, _ b: String) -> Double {
        let longer = max(a.count, b.count)
        return longer == 0 ? 0 : cost(a, b) / Double(longer)
    }
}
