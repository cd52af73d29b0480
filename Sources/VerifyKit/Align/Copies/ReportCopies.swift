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
    static let rowsPerBand = 2 // ``BandKey`` holds two
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
    /// The decisions, for a later run to take (when the documents' keys were given).
    let trace: CopyTrace?

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
    /// publication times and source ids, in run order. With each document's extraction
    /// key (`keys`), the decisions are also kept in ``trace``, and those of `previous` (an
    /// earlier run's trace) are taken again for the documents whose buckets no changed
    /// document entered or left before them.
    init(shingles: [TextShingles], signatures: [[UInt64]], published: [PublishedTime?], ids: [String],
         keys: [String?]? = nil, previous: CopyTrace? = nil) {
        // Documents are taken in order of publication: by instant, else by day (``ReportTime``);
        // undated last; ties: the first source id. Each time is worked out once.
        let times = published.map { ReportTime(published: $0).sortKey ?? .infinity }
        let order = ids.indices.sorted { (times[$0], ids[$0]) < (times[$1], ids[$1]) }
        let earlier = Earlier(previous: keys == nil ? nil : previous, keys: keys ?? [])
        var decisions: [CopyTrace.Decision] = []
        var originalOf: [Int?] = Array(repeating: nil, count: ids.count)
        var share = Array(repeating: 0.0, count: ids.count)
        var firstOfText: [UInt64: Int] = [:]
        var buckets: [BandKey: [Int]] = [:]
        // Bands whose buckets hold other documents than in the earlier run, so far.
        var changed = Set<BandKey>()
        for d in order where shingles[d].wordCount >= Self.minimumWords {
            let key = keys?[d] ?? nil
            let signature = signatures[d]
            let bands = stride(from: 0, to: Self.signatureLength, by: Self.rowsPerBand).map { band in
                BandKey(first: signature[band], second: signature[band + 1], band: band)
            }
            // The same words as an earlier report: that report's relation, at its share.
            if let first = firstOfText[shingles[d].whole], shingles[first].hashes == shingles[d].hashes {
                originalOf[d] = originalOf[first] ?? first
                share[d] = originalOf[first] == nil ? 1 : share[first]
                if earlier.enteredBuckets(key) { changed.formUnion(bands) }
                continue
            }
            firstOfText[shingles[d].whole] = d
            var best: (original: Int, share: Double)?
            if let taken = earlier.decision(for: key, unless: changed, bands: bands) {
                // Its buckets hold what they held in the earlier run: so does its decision.
                best = taken
            } else {
                var tried = Set<Int>()
                for band in bands {
                    for other in (buckets[band] ?? []).suffix(Self.bucketReach) where tried.insert(other).inserted {
                        if let shared = shingles[d].containment(with: shingles[other], atLeast: Self.nearCopyShare),
                           shared > best?.share ?? 0 { best = (other, shared) }
                    }
                }
            }
            if let best {
                originalOf[d] = best.original
                share[d] = best.share
            } else {
                for band in bands { buckets[band, default: []].append(d) }
            }
            if earlier.enteredBuckets(key) != (best == nil) { changed.formUnion(bands) }
            if let key {
                decisions.append(CopyTrace.Decision(key: key, original: best.flatMap { keys?[$0.original] ?? nil },
                                                    share: best?.share ?? 0))
            }
        }
        // A document without a key cannot be told apart next run: no trace is kept then.
        trace = keys.flatMap { $0.contains(nil) ? nil : CopyTrace(decisions: decisions) }
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

    /// An earlier run's decisions (``CopyTrace``) as this run can take them.
    private struct Earlier {
        /// Decisions by key, with their place in the earlier run's order.
        private var byKey: [String: (position: Int, decision: CopyTrace.Decision)] = [:]
        /// The run's documents by key.
        private var documentOf: [String: Int] = [:]
        /// The earlier position from which no decision is taken: that of the first original
        /// of the earlier run that is not in this one (its bands are not known).
        private var cutoff = Int.max

        init(previous: CopyTrace?, keys: [String?]) {
            guard let previous else { return }
            for (d, key) in keys.enumerated() { if let key { documentOf[key] = d } }
            for (position, decision) in previous.decisions.enumerated() {
                byKey[decision.key] = (position, decision)
                if decision.original == nil, documentOf[decision.key] == nil { cutoff = min(cutoff, position) }
            }
        }

        /// Whether the document of `key` entered the buckets in the earlier run.
        func enteredBuckets(_ key: String?) -> Bool {
            key.flatMap { byKey[$0] }.map { $0.decision.original == nil } ?? false
        }

        /// The earlier decision for `key` (original as a document of this run), unless one of
        /// `bands` changed or the decision cannot be taken.
        func decision(for key: String?, unless changed: Set<BandKey>, bands: [BandKey]) -> (original: Int, share: Double)?? {
            guard let key, let (position, decision) = byKey[key], position < cutoff,
                  !bands.contains(where: changed.contains) else { return nil }
            guard let original = decision.original else { return .some(nil) }
            guard let document = documentOf[original] else { return nil }
            return (document, decision.share)
        }
    }

    /// One band of a signature (``rowsPerBand`` values, two) and its place: documents with
    /// an equal band key are compared.
    private struct BandKey: Hashable {
        var first: UInt64
        var second: UInt64
        var band: Int
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
