import Foundation
import VerifyICU

/// Splits the body blocks of documents into sentences with ICU, one break iterator per
/// language (English with the `ss=standard` suppressions so "Mr." does not end a sentence).
/// A break inside a listed dotted name ("The U.S. | Geological Survey said"), after a
/// title before a name ("Maryland Gov. | Wes Moore said", titles from `names.yaml`) or
/// after a middle initial ("Paul J. | Wiedefeld") is undone. Not thread-safe: make one per task.
public final class SentenceSplitter {
    private var segmenters: [String: SentenceSegmenter] = [:]
    /// Listed names, to undo a break inside a dotted one.
    private let gazetteer: Gazetteer
    /// Abbreviated titles written before a name (`Gov`, `Col`, `Dr`: the titles of
    /// `names.yaml` of at most four letters), lower case.
    private let titles: Set<String>

    /// Creates a splitter over `rules`' gazetteer; ICU iterators are opened on first use per language.
    public init(rules: RuleSet) {
        gazetteer = rules.gazetteer
        titles = rules.names.titles.filter { $0.count <= 4 }
    }

    /// Sentences of every body block of `document`, in text order.
    public func sentences(of document: SourceDocument) -> [Sentence] {
        let utf8 = Array(document.text.utf8)
        let language = document.metadata.languages.first ?? "en"
        var result: [Sentence] = []
        for (index, block) in document.blocks.enumerated() where block.isBody {
            let text = String(decoding: utf8[block.range], as: UTF8.self)
            for range in joinDottedNames(segmenter(for: language).sentences(in: text), in: text) {
                var low = block.range.lowerBound + range.lowerBound
                var high = block.range.lowerBound + range.upperBound
                while low < high, isSpace(utf8[low]) { low += 1 }
                while high > low, isSpace(utf8[high - 1]) { high -= 1 }
                if low < high { result.append(Sentence(range: low..<high, block: index)) }
            }
        }
        return result
    }

    /// Merges two neighbouring ranges when the break between them falls inside a listed
    /// name with an abbreviation ("U.S. Geological Survey", "St. Petersburg").
    private func joinDottedNames(_ ranges: [Range<Int>], in text: String) -> [Range<Int>] {
        guard ranges.count > 1, text.utf8.contains(UInt8(ascii: ".")) else { return ranges }
        let utf8 = text.utf8
        func slice(_ range: Range<Int>) -> Substring {
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return text[start..<utf8.index(start, offsetBy: range.count)]
        }
        var merged: [Range<Int>] = [ranges[0]]
        for range in ranges.dropFirst() {
            let previous = merged[merged.count - 1]
            let before = slice(previous).trimmingCharacters(in: .whitespacesAndNewlines)
            if gazetteer.continuesName(before: Substring(before), after: slice(range))
                || endsWithTitle(Substring(before), before: slice(range)) {
                merged[merged.count - 1] = previous.lowerBound..<range.upperBound
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// Whether `text` ends with an abbreviated title ("Gov.") and `next` opens with a
    /// capitalised word: the title of the name that follows, not the end of a sentence.
    private func endsWithTitle(_ text: Substring, before next: Substring) -> Bool {
        guard text.last == "." else { return false }
        let head = text.dropLast()
        let word = head[(head.lastIndex(where: { !$0.isLetter }).map(head.index(after:)) ?? head.startIndex)...]
        guard !word.isEmpty, titles.contains(word.lowercased()) || isMiddleInitial(word, in: head) else { return false }
        return next.drop(while: \.isWhitespace).first?.isUppercase ?? false
    }

    /// Whether `word`, the end of `head`, is the initial of a name after a capitalised first
    /// name ("Paul J. | Wiedefeld", "George W. | Bush"); I, V and X are left out, since they
    /// end sentences as Roman numerals ("World War I.").
    private func isMiddleInitial(_ word: Substring, in head: Substring) -> Bool {
        guard word.count == 1, let letter = word.first, letter.isUppercase, !"IVX".contains(letter) else { return false }
        let before = head.dropLast().reversed().drop(while: \.isWhitespace)
        guard before.first?.isLetter == true else { return false }
        let name = before.prefix { $0.isLetter }
        return name.count >= 2 && (name.last?.isUppercase ?? false) && name.dropLast().allSatisfy(\.isLowercase)
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
