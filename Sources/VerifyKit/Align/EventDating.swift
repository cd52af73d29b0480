/// Gives every mention of a document the date of the event it is about: the nearest date
/// written before it in its sentence (else after it), else the date of the previous sentence
/// of its paragraph, else the document's main date (the news of the day).
struct EventDating {
    /// Days before publication that still count as "the news of the day".
    static let newsWindowDays = 3

    /// The document's main event date: the most frequent day-level date near publication
    /// (ties go to the first written), else the most frequent day-level date, else the
    /// publication date, else `undated`.
    static func mainDate(published: PublishedTime?, sentences: [ExtractedSentence]) -> String {
        let dates = sentences.flatMap(\.mentions).filter { $0.date?.isFullDay == true && !$0.qualifiers.contains(.saidOn) }
        func mostFrequent(_ list: [Mention]) -> String? {
            var counts: [String: Int] = [:]
            for mention in list { counts[mention.value, default: 0] += 1 }
            let best = counts.values.max() ?? 0
            return list.first { counts[$0.value] == best }?.value
        }
        if let published, let year = published.year {
            let near = dates.filter { mention in
                guard let date = mention.date, let y = date.year, let m = date.month, let d = date.day,
                      CalendarDate.isValid(y, m, d) else { return false }
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
    static func assign(sentences: [ExtractedSentence], mainDate: String) -> [[String]] {
        var previousBlock = -1
        var previousAnchor: String?
        return sentences.map { sentence in
            if sentence.sentence.block != previousBlock {
                previousBlock = sentence.sentence.block
                previousAnchor = nil
            }
            let anchors = sentence.mentions.filter { $0.date?.isAnchor == true && !$0.qualifiers.contains(.saidOn) }
            let clauses = anchors.isEmpty ? [] : Self.clauseStarts(sentence.text.utf8, from: sentence.sentence.range.lowerBound)
            func clause(_ offset: Int) -> Int { clauses.lastIndex { $0 <= offset } ?? 0 }
            let dates = sentence.mentions.map { mention -> String in
                if mention.type == .date, anchors.contains(mention) { return mention.value }
                // A date of the mention's own clause first ("X was hit in March 2022, and Y
                // was damaged in August 2025": Y belongs to August).
                let own = anchors.filter { clause($0.range.lowerBound) == clause(mention.range.lowerBound) }
                if !own.isEmpty, own.count < anchors.count || clauses.count > 1 {
                    let before = own.filter { $0.range.upperBound <= mention.range.lowerBound }
                    if let end = before.map(\.range.upperBound).max(), let lead = before.first(where: { $0.range.upperBound == end }) {
                        return lead.value
                    }
                    if let after = own.first(where: { $0.range.lowerBound >= mention.range.upperBound }) { return after.value }
                }
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

    /// Conjunctions that open a new clause after a comma ("…, and the embassy was damaged").
    static let clauseConjunctions = ["and", "but", "while", "whereas", "although", "и", "а", "но", "та", "і", "але"]

    /// UTF-8 offsets where the clauses of a sentence start: the sentence start, after each
    /// semicolon, and after a comma followed by a clause conjunction.
    static func clauseStarts(_ utf8: String.UTF8View, from base: Int) -> [Int] {
        let bytes = Array(utf8)
        var starts = [base]
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: ";") {
                starts.append(base + index + 1)
            } else if byte == UInt8(ascii: ",") {
                let rest = bytes[(index + 1)...].drop { $0 == 0x20 }
                let word = String(decoding: rest.prefix { $0 != 0x20 && $0 != UInt8(ascii: ",") }, as: UTF8.self).lowercased()
                if clauseConjunctions.contains(word) { starts.append(base + index + 1) }
            }
        }
        return starts
    }
}
