/// Gives every mention of a document the date of the event it is about: the nearest date
/// written before it in its sentence (else after it), else the date of the previous sentence
/// of its paragraph, else the document's main date (the news of the day).
struct EventDating {
    /// Days before publication that still count as "the news of the day".
    static let newsWindowDays = 3

    /// The document's main event date: the most frequent day-level date near publication
    /// (ties go to the first written), else the most frequent day-level date, else the
    /// publication date, else `undated`.
    static func mainDate(of document: SourceDocument, sentences: [ExtractedSentence]) -> String {
        let dates = sentences.flatMap(\.mentions).filter { $0.type == .date && $0.value.count == 10 && !$0.value.hasPrefix("-") }
        func mostFrequent(_ list: [Mention]) -> String? {
            var counts: [String: Int] = [:]
            for mention in list { counts[mention.value, default: 0] += 1 }
            let best = counts.values.max() ?? 0
            return list.first { counts[$0.value] == best }?.value
        }
        if let published = document.metadata.published, let year = published.year {
            let near = dates.filter { mention in
                guard let y = Int(mention.value.prefix(4)), let m = Int(mention.value.dropFirst(5).prefix(2)),
                      let d = Int(mention.value.suffix(2)), CalendarDate.isValid(y, m, d) else { return false }
                let days = CalendarDate.days(from: (y, m, d), to: (year, published.month, published.day))
                return (0...newsWindowDays).contains(days)
            }
            if let date = mostFrequent(near) { return date }
            if let date = mostFrequent(dates) { return date }
            return CalendarDate.iso(year, published.month, published.day)
        }
        return mostFrequent(dates) ?? "undated"
    }

    /// The event date of every mention of the document, sentence by sentence.
    static func assign(document: SourceDocument, sentences: [ExtractedSentence], mainDate: String) -> [[String]] {
        var previousBlock = -1
        var previousAnchor: String?
        return sentences.map { sentence in
            if sentence.sentence.block != previousBlock {
                previousBlock = sentence.sentence.block
                previousAnchor = nil
            }
            let anchors = sentence.mentions.filter { $0.type == .date && !$0.value.hasPrefix("relative:") && !$0.value.hasPrefix("-") }
            let dates = sentence.mentions.map { mention -> String in
                if mention.type == .date, anchors.contains(mention) { return mention.value }
                // Coordinated dates share a span ("August 8 and 18"): the first one leads.
                let before = anchors.filter { $0.range.upperBound <= mention.range.lowerBound }
                if let end = before.map(\.range.upperBound).max(), let lead = before.first(where: { $0.range.upperBound == end }) {
                    return lead.value
                }
                if let after = anchors.first(where: { $0.range.lowerBound >= mention.range.upperBound }) { return after.value }
                return previousAnchor ?? mainDate
            }
            if let last = anchors.last { previousAnchor = last.value }
            return dates
        }
    }
}
