/// Which reports repeat another's text, found from their word shingles (``TextShingles``):
/// same-text copies by the hash of their whole word sequence, near-copies by MinHash
/// candidates confirmed on the exact shingle sets.
/// - Complexity: O(total words) for the shingles, O(documents × ``signatureLength``) for
///   the candidates, and at most ``bucketReach`` comparisons per document and band.
struct ReportCopies {
    /// Share of the shorter text's shingles the other must contain for a near-copy.
    static let nearCopyShare = 0.8
    /// Fewest words a report needs to be called a copy: shorter texts (a headline and a
    /// line) are alike by chance.
    static let minimumWords = 20
    /// MinHash values per document; bands of ``rowsPerBand``.
    static let signatureLength = 32
    static let rowsPerBand = 2
    /// Earlier documents of one band bucket each document is compared with (a bucket of
    /// shared boilerplate can hold thousands).
    static let bucketReach = 32

    /// For each document, the document whose text it repeats (nil for originals).
    let originalOf: [Int?]
    /// Every copy, in document order.
    let relations: [CopyRelation]
    /// Same-text copies, by document.
    let isSameText: [Bool]

    init(documents: [ExtractedDocument]) {
        let shingles = documents.map { TextShingles(sentences: $0.sentences.map(\.text)) }
        let order = Self.precedence(documents)
        let eligible = documents.indices.filter { shingles[$0].wordCount >= Self.minimumWords }
        var forest = UnionFind(count: documents.count)
        // Same text: one class per whole-sequence hash, checked on the shingle sets.
        var byWhole: [UInt64: [Int]] = [:]
        for d in eligible { byWhole[shingles[d].whole, default: []].append(d) }
        var sameText = Array(repeating: false, count: documents.count)
        for d in eligible {
            guard let first = byWhole[shingles[d].whole]?.first, first != d,
                  shingles[first].hashes == shingles[d].hashes else { continue }
            forest.union(first, d)
            sameText[d] = true
        }
        // Near-copies, among the first of each same-text class.
        let distinct = eligible.filter { !sameText[$0] }
        var buckets: [[UInt64]: [Int]] = [:]
        var candidates = Set<Pair>()
        for d in distinct {
            let signature = shingles[d].signature(count: Self.signatureLength)
            for band in stride(from: 0, to: Self.signatureLength, by: Self.rowsPerBand) {
                var key = Array(signature[band..<band + Self.rowsPerBand])
                key.append(UInt64(band))
                let earlier = buckets[key, default: []]
                for other in earlier.suffix(Self.bucketReach) { candidates.insert(Pair(other, d)) }
                buckets[key, default: []].append(d)
            }
        }
        for pair in candidates.sorted() where forest.find(pair.a) != forest.find(pair.b) {
            if shingles[pair.a].containment(with: shingles[pair.b]) >= Self.nearCopyShare { forest.union(pair.a, pair.b) }
        }
        // Each class's original is its earliest document; every other member copies it.
        var root: [Int: Int] = [:]
        for d in documents.indices {
            let r = forest.find(d)
            if let known = root[r], order[known] <= order[d] { continue }
            root[r] = d
        }
        var originalOf: [Int?] = Array(repeating: nil, count: documents.count)
        var relations: [CopyRelation] = []
        for d in documents.indices {
            guard let original = root[forest.find(d)], original != d else { continue }
            originalOf[d] = original
            let same = shingles[d].hashes == shingles[original].hashes
            relations.append(CopyRelation(source: documents[d].source.id, original: documents[original].source.id,
                                          kind: same ? .sameText : .nearCopy,
                                          shared: ScoreCalculator.round(shingles[d].containment(with: shingles[original]))))
        }
        self.originalOf = originalOf
        self.relations = relations
        // A same-text copy of the class's original (not of another copy) is aligned as it.
        isSameText = documents.indices.map { d in
            guard let original = originalOf[d] else { return false }
            return shingles[d].whole == shingles[original].whole && shingles[d].hashes == shingles[original].hashes
        }
    }

    /// The voice of each document: its original's index, or its own.
    var voiceOf: [Int] { originalOf.indices.map { originalOf[$0] ?? $0 } }

    /// Rank of each document by publication (earliest first; undated last), then source id.
    private static func precedence(_ documents: [ExtractedDocument]) -> [Int] {
        let keys = documents.map { document -> (Int, Int, String) in
            guard let time = document.published else { return (Int.max, Int.max, document.source.id) }
            let day = (time.year ?? 9999) * 372 + time.month * 31 + time.day
            let minute = time.hour.map { $0 * 60 + (time.minute ?? 0) - (time.utcOffset ?? 0) / 60 } ?? 2 * 1440
            return (day, minute, document.source.id)
        }
        var rank = Array(repeating: 0, count: documents.count)
        for (r, d) in documents.indices.sorted(by: { keys[$0] < keys[$1] }).enumerated() { rank[d] = r }
        return rank
    }

    /// Two documents, the smaller index first.
    private struct Pair: Hashable, Comparable {
        let a: Int, b: Int
        init(_ x: Int, _ y: Int) { (a, b) = x < y ? (x, y) : (y, x) }
        static func < (l: Pair, r: Pair) -> Bool { (l.a, l.b) < (r.a, r.b) }
    }
}

extension ReportCopies {
    /// Adds what alignment of the distinct reports leaves out: every source (same-text
    /// copies too), the copy relations, each same-text copy in its original's story, and the
    /// sources compared with no other voice.
    func complete(_ result: inout VerificationResult, documents: [ExtractedDocument]) {
        result.sources = documents.map(\.source)
        result.copies = relations
        var copiesOf: [String: [String]] = [:]
        for d in documents.indices where isSameText[d] {
            guard let original = originalOf[d] else { continue }
            copiesOf[documents[original].source.id, default: []].append(documents[d].source.id)
        }
        result.stories = result.stories.map { story in
            var widened = story
            widened.sources = (story.sources + story.sources.flatMap { copiesOf[$0] ?? [] }).sorted()
            return widened
        }
        var voiceOf: [String: String] = [:]
        for relation in relations { voiceOf[relation.source] = relation.original }
        result.uncompared = UncomparedSource.find(sources: result.sources.map(\.id), stories: result.stories,
                                                  facts: result.facts, voiceOf: voiceOf)
    }
}
