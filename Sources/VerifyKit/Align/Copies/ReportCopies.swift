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
    /// MinHash values per document.
    static let signatureLength = 32
    /// Values per band: two documents are compared when one band of theirs is equal
    /// (likely from a Jaccard similarity of about 0.3 up).
    static let rowsPerBand = 2
    /// Earlier documents of one band bucket each document is compared with (a bucket of
    /// shared boilerplate can hold thousands).
    static let bucketReach = 32

    /// For each document, the document whose text it repeats (nil for originals). An
    /// original is never itself a copy, so the relation has no chains.
    let originalOf: [Int?]
    /// Every copy, in document order.
    let relations: [CopyRelation]
    /// Same-text copies of their original, by document: aligned as it, not on their own.
    let isSameText: [Bool]

    /// Documents are taken in order of publication; each is a copy of
    /// the earlier original it shares most with, when that share reaches
    /// ``nearCopyShare``, else an original.
    init(documents: [ExtractedDocument]) {
        // Shingles and signatures on every core; each depends on its document only.
        let read = ParallelMap.map(documents, makeState: {}) { _, document -> (TextShingles, [UInt64]) in
            let shingles = TextShingles(sentences: document.sentences.map(\.text))
            return (shingles, Self.signature(of: shingles))
        }
        self.init(shingles: read.map(\.0), signatures: read.map(\.1), published: documents.map(\.published),
                  ids: documents.map(\.source.id))
    }

    /// The MinHash signature a document's shingles are bucketed by (empty for a text too
    /// short to be called a copy).
    static func signature(of shingles: TextShingles) -> [UInt64] {
        shingles.wordCount >= minimumWords ? shingles.signature(count: signatureLength) : []
    }

    /// The copies among documents of these shingles, signatures (``signature(of:)``),
    /// publication times and source ids, in run order.
    init(shingles: [TextShingles], signatures: [[UInt64]], published: [PublishedTime?], ids: [String]) {
        // Documents are taken in order of publication: by instant, else by day (``ReportTime``);
        // undated last; ties: the first source id. Each time is worked out once.
        let times = published.map { ReportTime(published: $0).sortKey ?? .infinity }
        let order = ids.indices.sorted { (times[$0], ids[$0]) < (times[$1], ids[$1]) }
        var originalOf: [Int?] = Array(repeating: nil, count: ids.count)
        var share = Array(repeating: 0.0, count: ids.count)
        var firstOfText: [UInt64: Int] = [:]
        var buckets: [[UInt64]: [Int]] = [:]
        for d in order where shingles[d].wordCount >= Self.minimumWords {
            // The same words as an earlier report: that report's relation, at its share.
            if let first = firstOfText[shingles[d].whole], shingles[first].hashes == shingles[d].hashes {
                originalOf[d] = originalOf[first] ?? first
                share[d] = originalOf[first] == nil ? 1 : share[first]
                continue
            }
            firstOfText[shingles[d].whole] = d
            let signature = signatures[d]
            let keys = stride(from: 0, to: Self.signatureLength, by: Self.rowsPerBand).map { band in
                Array(signature[band..<band + Self.rowsPerBand]) + [UInt64(band)]
            }
            var best: (original: Int, share: Double)?
            var tried = Set<Int>()
            for key in keys {
                for other in (buckets[key] ?? []).suffix(Self.bucketReach) where tried.insert(other).inserted {
                    if let shared = shingles[d].containment(with: shingles[other], atLeast: Self.nearCopyShare),
                       shared > best?.share ?? 0 { best = (other, shared) }
                }
            }
            if let best {
                originalOf[d] = best.original
                share[d] = best.share
            } else {
                for key in keys { buckets[key, default: []].append(d) }
            }
        }
        let sameText = ids.indices.map { d in
            originalOf[d].map { shingles[$0].whole == shingles[d].whole && shingles[$0].hashes == shingles[d].hashes } ?? false
        }
        self.originalOf = originalOf
        isSameText = sameText
        relations = ids.indices.compactMap { d in
            guard let original = originalOf[d] else { return nil }
            return CopyRelation(source: ids[d], original: ids[original],
                                kind: sameText[d] ? .sameText : .nearCopy, shared: ScoreCalculator.round(share[d]))
        }
    }

    /// The voice of each document: its original's index, or its own.
    var voiceOf: [Int] { originalOf.indices.map { originalOf[$0] ?? $0 } }

}

extension ReportCopies {
    /// Adds what alignment of the distinct reports leaves out: every source (same-text
    /// copies too), the copy relations, each same-text copy in its original's story, and the
    /// sources compared with no other voice.
    func complete(_ result: inout VerificationResult, documents: [ExtractedDocument]) {
        complete(&result, sources: documents.map(\.source))
    }

    /// ``complete(_:documents:)`` from the sources' summaries, in run order.
    func complete(_ result: inout VerificationResult, sources: [SourceSummary]) {
        let ids = sources.map(\.id)
        result.sources = sources
        result.copies = relations
        var copiesOf: [String: [String]] = [:]
        for d in ids.indices where isSameText[d] {
            guard let original = originalOf[d] else { continue }
            copiesOf[ids[original], default: []].append(ids[d])
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
