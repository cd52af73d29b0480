/// Agglomerative clustering by centroid cosine over a sparse similarity graph:
/// repeatedly merge the two groups whose centroids are most alike, while their cosine
/// reaches a threshold. With unit vectors, the cosine of two groups' centroids is
/// `S(A,B) / √(S(A,A)·S(B,B))`, where `S(X,Y)` sums the pairwise similarities (a
/// document's with itself is 1, absent pairs 0), so only the pair sums are kept. A group
/// is judged as a whole: a document close to one member but not to the others does not
/// pull two groups together, as it would under single link. Ties go to the pair of
/// lowest group numbers, so the result depends only on the similarities, not on the
/// order they are given in.
///
/// - Complexity: O(p log p) heap operations for p pairs, plus the neighbour lists merged.
enum CentroidLinkage {
    /// A group number per item (0, 1, … in order of first item).
    static func groups(count: Int, similarities: [(Int, Int, Double)], threshold: Double) -> [Int] {
        var sums = Array(repeating: [Int: Double](), count: count)
        for (i, j, similarity) in similarities where i != j {
            sums[i][j, default: 0] += similarity
            sums[j][i, default: 0] += similarity
        }
        var inner = Array(repeating: 1.0, count: count)
        var owner = Array(0..<count)
        var version = Array(repeating: 0, count: count)
        var heap = PairHeap()
        func cosine(_ a: Int, _ c: Int) -> Double { (sums[a][c] ?? 0) / (inner[a] * inner[c]).squareRoot() }
        for i in 0..<count {
            for (j, sum) in sums[i] where i < j && sum >= threshold {
                heap.push(.init(similarity: sum, a: i, b: j, versionA: 0, versionB: 0))
            }
        }
        while let best = heap.pop() {
            let (a, b) = (best.a, best.b)
            guard owner[a] == a, owner[b] == b, version[a] == best.versionA, version[b] == best.versionB else { continue }
            // Merge b into a.
            inner[a] += inner[b] + 2 * (sums[a][b] ?? 0)
            for (c, sum) in sums[b] where c != a {
                sums[a][c, default: 0] += sum
                sums[c][b] = nil
                sums[c][a, default: 0] += sum
            }
            sums[a][b] = nil
            sums[b] = [:]
            owner[b] = a
            version[a] += 1
            for c in sums[a].keys {
                let similarity = cosine(a, c)
                guard similarity >= threshold else { continue }
                let (x, y) = (min(a, c), max(a, c))
                heap.push(.init(similarity: similarity, a: x, b: y, versionA: version[x], versionB: version[y]))
            }
        }
        func root(_ i: Int) -> Int {
            var i = i
            while owner[i] != i { i = owner[i] }
            return i
        }
        var numbering: [Int: Int] = [:]
        return (0..<count).map { i in
            let r = root(i)
            if let number = numbering[r] { return number }
            numbering[r] = numbering.count
            return numbering[r]!
        }
    }
}

/// A max-heap of candidate merges, most similar first, ties by lowest `(a, b)`.
struct PairHeap {
    /// A candidate merge of groups `a < b`, valid while both keep the versions recorded.
    struct Entry {
        var similarity: Double
        var a: Int
        var b: Int
        var versionA: Int
        var versionB: Int

        func outranks(_ other: Entry) -> Bool {
            if similarity != other.similarity { return similarity > other.similarity }
            return (a, b) < (other.a, other.b)
        }
    }

    private var items: [Entry] = []

    mutating func push(_ entry: Entry) {
        items.append(entry)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].outranks(items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Entry? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var best = parent
            if left < items.count, items[left].outranks(items[best]) { best = left }
            if right < items.count, items[right].outranks(items[best]) { best = right }
            if best == parent { break }
            items.swapAt(parent, best)
            parent = best
        }
        return top
    }
}
