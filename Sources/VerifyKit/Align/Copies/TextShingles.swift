/// A report's wording as a set of hashed runs of five words (shingles), the usual measure of
/// how much text two documents share: a copy filed under a new name has the same set, a
/// syndicated wire story with a new headline or a cut last paragraph most of it.
struct TextShingles: Sendable {
    /// Words in a shingle.
    static let width = 5
    /// Distinct shingle hashes, sorted.
    let hashes: [UInt64]
    /// Hash of the whole word sequence: equal for reports with the same words in the same order.
    let whole: UInt64
    /// Words in the text.
    let wordCount: Int

    /// The shingles of `sentences`, lower-cased, split on anything but letters and digits.
    init(sentences: [String]) {
        var words: [UInt64] = []
        for sentence in sentences { Self.words(of: sentence, into: &words) }
        wordCount = words.count
        var whole: UInt64 = 0xcbf2_9ce4_8422_2325
        for word in words { whole = Self.mix(whole ^ word) }
        self.whole = whole
        guard words.count >= Self.width else {
            hashes = words.isEmpty ? [] : [whole]
            return
        }
        var set = Set<UInt64>()
        set.reserveCapacity(words.count)
        for start in 0...(words.count - Self.width) {
            var h: UInt64 = 0x9e37_79b9_7f4a_7c15
            for word in words[start..<start + Self.width] { h = Self.mix(h ^ word) }
            set.insert(h)
        }
        hashes = set.sorted()
    }

    /// Shingles of given parts (as the cache kept them).
    init(hashes: [UInt64], whole: UInt64, wordCount: Int) {
        self.hashes = hashes
        self.whole = whole
        self.wordCount = wordCount
    }

    /// How many shingles two sets share (a merge of the sorted arrays).
    func sharedCount(with other: TextShingles) -> Int {
        var i = 0, j = 0, shared = 0
        let a = hashes, b = other.hashes
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }

    /// The share of the smaller set found in the larger (1 when one text contains the other).
    func containment(with other: TextShingles) -> Double {
        let smaller = min(hashes.count, other.hashes.count)
        return smaller == 0 ? 0 : Double(sharedCount(with: other)) / Double(smaller)
    }

    /// ``containment(with:)`` when it is at least `threshold`, else nil. The merge stops as
    /// soon as the shingles left cannot reach the share: most pairs a MinHash band proposes
    /// are not copies.
    func containment(with other: TextShingles, atLeast threshold: Double) -> Double? {
        let a = hashes, b = other.hashes
        let smaller = min(a.count, b.count)
        guard smaller > 0 else { return 0 >= threshold ? 0 : nil }
        // The fewest shared shingles whose share, as computed below, reaches the threshold.
        var needed = max(0, Int((threshold * Double(smaller)).rounded(.down)))
        while needed <= smaller, Double(needed) / Double(smaller) < threshold { needed += 1 }
        while needed > 0, Double(needed - 1) / Double(smaller) >= threshold { needed -= 1 }
        guard needed <= smaller else { return nil }
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if shared + min(a.count - i, b.count - j) < needed { return nil }
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        guard shared >= needed else { return nil }
        return Double(shared) / Double(smaller)
    }

    /// The `count` smallest values of the shingles under `count` seeded hash functions
    /// (a MinHash signature: two texts agree on a position with probability equal to their
    /// Jaccard similarity).
    func signature(count: Int) -> [UInt64] {
        var minima = Array(repeating: UInt64.max, count: count)
        for hash in hashes {
            for k in 0..<count {
                let value = Self.mix(hash &+ UInt64(k) &* 0x9e37_79b9_7f4a_7c15)
                if value < minima[k] { minima[k] = value }
            }
        }
        return minima
    }

    /// FNV-1a (over code points) of each lower-cased word of `text` (letters and digits), appended to `words`.
    private static func words(of text: String, into words: inout [UInt64]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for scalar in text.lowercased().unicodeScalars {
            // ASCII letters and digits are the only alphabetic or numeric ASCII scalars.
            let isWordScalar = scalar.isASCII
                ? (scalar.value | 0x20 >= 0x61 && scalar.value | 0x20 <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar {
                hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3
                inWord = true
            } else if inWord {
                words.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(hash) }
    }

    /// SplitMix64's finaliser: a fixed, well-spread 64-bit mix (the same on every run,
    /// unlike `Hasher`).
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
