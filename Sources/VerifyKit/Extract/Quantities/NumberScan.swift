import VerifyICU

/// Every number a piece of text writes, read as the quantity and count extractors read
/// them (digits with the language's separators, scale words and suffixes, spelled-out
/// numbers through ICU, fractions, ranges), with or without a unit or noun after it. A
/// bare number is no mention; this is for measuring the number reader alone
/// (`verify-bench --numbers`, the quantities peer suite). Not thread-safe: one per task.
package final class NumberScan {
    /// One number: its UTF-8 range in the text and its value (both ends for a range).
    package struct Reading: Sendable, Hashable {
        /// UTF-8 offsets in the text.
        package var range: Range<Int>
        /// The value, or the low end of a range.
        package var value: Double
        /// The upper end of a range, else nil.
        package var high: Double?
    }

    /// Reads numbers; owns ICU parsers and caches.
    private let reader: NumberReader
    /// Word segmenters by language.
    private var segmenters: [String: WordSegmenter] = [:]

    /// A scanner over a rule set's number conventions.
    package init(rules: RuleSet) {
        reader = NumberReader(catalog: rules.units, qualifiers: rules.qualifiers)
    }

    /// The numbers of `text` in `language`, left to right, without overlaps.
    package func numbers(in text: String, language: String) -> [Reading] {
        guard let segmenter = segmenter(for: language) else { return [] }
        let sentence = SentenceText(text: text, documentOffset: 0, language: language, segmenter: segmenter)
        var found: [Reading] = []
        var i = 0
        while i < sentence.tokens.count {
            if let number = reader.readAmount(sentence, at: i) {
                let range = sentence.tokens[number.first].range.lowerBound..<sentence.tokens[number.last].range.upperBound
                found.append(Reading(range: range, value: number.value, high: number.high))
                i = number.last + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// The word segmenter of a language (root rules when ICU lacks the locale).
    private func segmenter(for language: String) -> WordSegmenter? {
        if let known = segmenters[language] { return known }
        let made = (try? WordSegmenter(locale: language)) ?? (try? WordSegmenter(locale: "root"))
        segmenters[language] = made
        return made
    }
}
