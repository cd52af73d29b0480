/// Disjoint sets of `0..<count` (union by size, path halving): items joined by any chain
/// of unions end in one set.
struct UnionFind {
    private var parent: [Int]
    private var size: [Int]

    /// `count` items, each in a set of its own.
    init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    /// The representative of `item`'s set.
    mutating func find(_ item: Int) -> Int {
        var x = item
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Joins the sets of `a` and `b`.
    mutating func union(_ a: Int, _ b: Int) {
        var x = find(a), y = find(b)
        guard x != y else { return }
        if size[x] < size[y] { swap(&x, &y) }
        parent[y] = x
        size[x] += size[y]
    }
}
