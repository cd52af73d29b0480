/// The place a dateline line of its own opens with ("TAMPERE, 4 Nov. (AGENCIA)",
/// ``DocumentMetadata/datelinePlace``), read as a sentence of the report: where a report is
/// datelined is one of its claims. Of that sentence only places are kept, and only one the
/// document tells from its namesakes.
enum DatelinePlace {
    /// `sentences` with the dateline's place among them, in text order (unless a body
    /// sentence already holds it).
    static func sentences(_ sentences: [Sentence], of document: SourceDocument) -> [Sentence] {
        guard let place = document.metadata.datelinePlace,
              let block = document.blocks.firstIndex(where: { $0.range.contains(place.lowerBound) }),
              !sentences.contains(where: { $0.range.overlaps(place) }) else { return sentences }
        var all = sentences
        all.insert(Sentence(range: place, block: block), at: all.firstIndex { $0.range.lowerBound > place.lowerBound } ?? all.endIndex)
        return all
    }

    /// Whether `sentence` is the dateline's place of `document`.
    static func isDateline(_ sentence: Sentence, of document: SourceDocument) -> Bool {
        sentence.range == document.metadata.datelinePlace
    }

    /// What is kept of the dateline's mentions: places and countries ("Monday, 4 Nov." opens
    /// with no place, and gives nothing).
    static func kept(_ mentions: [Mention]) -> [Mention] {
        mentions.filter { $0.type == .entity && ($0.subtype == "place" || $0.subtype == "country") }
    }

    /// `sentences` (resolved against the document) without an ambiguous dateline place:
    /// "VALÈNCIA" above a text that names no country is Spain's or Venezuela's.
    static func withoutAmbiguity(_ sentences: [ExtractedSentence], of document: SourceDocument) -> [ExtractedSentence] {
        guard let index = sentences.firstIndex(where: { isDateline($0.sentence, of: document) }) else { return sentences }
        var copy = sentences
        copy[index].mentions.removeAll { $0.qualifiers.contains("ambiguous") }
        return copy
    }
}
