import VerifyICU

/// Splits the body blocks of documents into sentences with ICU, one break iterator per
/// language (English with the `ss=standard` suppressions so "Mr." does not end a sentence).
/// Not thread-safe: make one per task.
public final class SentenceSplitter {
    private var segmenters: [String: SentenceSegmenter] = [:]

    /// Creates a splitter; ICU iterators are opened on first use per language.
    public init() {}

    /// Sentences of every body block of `document`, in text order.
    public func sentences(of document: SourceDocument) -> [Sentence] {
        let utf8 = Array(document.text.utf8)
        let language = document.metadata.languages.first ?? "en"
        var result: [Sentence] = []
        for (index, block) in document.blocks.enumerated() where block.isBody {
            let text = String(decoding: utf8[block.range], as: UTF8.self)
            for range in segmenter(for: language).sentences(in: text) {
                var low = block.range.lowerBound + range.lowerBound
                var high = block.range.lowerBound + range.upperBound
                while low < high, isSpace(utf8[low]) { low += 1 }
                while high > low, isSpace(utf8[high - 1]) { high -= 1 }
                if low < high { result.append(Sentence(range: low..<high, block: index)) }
            }
        }
        return result
    }

    private func segmenter(for language: String) -> SentenceSegmenter {
        if let cached = segmenters[language] { return cached }
        let locale = language == "en" ? "en@ss=standard" : language
        let made = (try? SentenceSegmenter(locale: locale)) ?? (try? SentenceSegmenter(locale: "root"))
        guard let made else { fatalError("ICU could not open a sentence break iterator (ICU data missing?)") }
        segmenters[language] = made
        return made
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}
