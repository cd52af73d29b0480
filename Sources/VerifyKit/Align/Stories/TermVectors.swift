import Foundation

/// The profiles of a run as weighted term vectors (``StoryClusterer`` step 1), with terms
/// numbered once so that pairs are scored on integers, not strings: each document's
/// vector holds its term numbers in ascending order, and each term lists its documents.
///
/// - Complexity: O(total terms) to build; a pair's dot product is O(k) for the smaller
///   profile's k terms once the other's is spread out (``dot(_:spread:)``).
struct TermVectors: Sendable {
    /// A document's weighted terms, in ascending term number.
    struct Vector: Sendable {
        var terms: [Int32] = []
        var weights: [Double] = []
    }

    /// Per document, its vector (stop words and its own content words left out).
    let vectors: [Vector]
    /// Per document, the Euclidean norm of its vector.
    let norms: [Double]
    /// Per term, the documents that have it, ascending.
    let postings: [[Int32]]
    /// Per term, whether it proposes candidate pairs: in 2 to `maximumPosting` documents
    /// and not a stop word.
    let proposes: [Bool]

    /// The vectors of `profiles` under ``StoryClusterer``'s rarity weighting.
    init(profiles: [StoryProfile], maximumPosting: Int, rareWordShare: Double, uniqueFactor: Double) {
        let n = Double(profiles.count)
        var numbers: [String: Int32] = [:]
        var isWord: [Bool] = []
        var postings: [[Int32]] = []
        var documentsByLanguage: [String: Int] = [:]
        var wordsByLanguage: [String: [Int32: Int]] = [:]
        var raw: [[(term: Int32, weight: Double)]] = []
        raw.reserveCapacity(profiles.count)
        for (document, profile) in profiles.enumerated() {
            documentsByLanguage[profile.language, default: 0] += 1
            var own: [(term: Int32, weight: Double)] = []
            own.reserveCapacity(profile.weights.count)
            for (term, weight) in profile.weights {
                let number: Int32
                if let known = numbers[term] {
                    number = known
                } else {
                    number = Int32(postings.count)
                    numbers[term] = number
                    postings.append([])
                    isWord.append(term.hasPrefix(StoryClusterer.wordPrefix))
                }
                postings[Int(number)].append(Int32(document))
                if isWord[Int(number)] { wordsByLanguage[profile.language, default: [:]][number, default: 0] += 1 }
                own.append((number, weight))
            }
            raw.append(own)
        }
        var stop = Array(repeating: false, count: postings.count)
        for (language, words) in wordsByLanguage {
            let limit = max(2, Int(Double(documentsByLanguage[language]!) * rareWordShare))
            for (word, count) in words where count > limit { stop[Int(word)] = true }
        }
        var vectors: [Vector] = []
        vectors.reserveCapacity(raw.count)
        var norms: [Double] = []
        norms.reserveCapacity(raw.count)
        for own in raw {
            var vector = Vector()
            var squares = 0.0
            for (term, weight) in own.sorted(by: { $0.term < $1.term }) where !stop[Int(term)] {
                let df = postings[Int(term)].count
                // A document's own wording is not evidence of another happening; its own names,
                // numbers and dates are.
                if df == 1, isWord[Int(term)] { continue }
                let weighted = weight * log((n + 1) / Double(df)) * (df == 1 ? uniqueFactor : 1)
                vector.terms.append(term)
                vector.weights.append(weighted)
                squares += weighted * weighted
            }
            vectors.append(vector)
            norms.append(squares.squareRoot())
        }
        self.vectors = vectors
        self.norms = norms
        self.postings = postings
        proposes = postings.indices.map { !stop[$0] && postings[$0].count >= 2 && postings[$0].count <= maximumPosting }
    }

    /// The documents after `document` that share a proposing term with it, ascending;
    /// `seen` is scratch space of one entry per document, holding no `document` yet.
    func candidates(after document: Int, seen: inout [Int]) -> [Int] {
        var found: [Int] = []
        for term in vectors[document].terms where proposes[Int(term)] {
            for other in postings[Int(term)].reversed() {
                let j = Int(other)
                if j <= document { break }
                if seen[j] != document {
                    seen[j] = document
                    found.append(j)
                }
            }
        }
        return found.sorted()
    }

    /// Writes `document`'s weights into `spread` (indexed by term number), or clears them.
    func spread(_ document: Int, into spread: inout [Double], clear: Bool = false) {
        let vector = vectors[document]
        for (k, term) in vector.terms.enumerated() { spread[Int(term)] = clear ? 0 : vector.weights[k] }
    }

    /// The dot product of `document`'s vector with the spread one.
    func dot(_ document: Int, spread: [Double]) -> Double {
        let vector = vectors[document]
        var sum = 0.0
        for (k, term) in vector.terms.enumerated() { sum += vector.weights[k] * spread[Int(term)] }
        return sum
    }
}
