/// Completes datelines without a year ("MARRAKECH, Sept 9 (Reuters)") from the other
/// sources of the run: the year most of them were published in, among those published
/// within a few days of the same month and day. The time says it was inferred.
enum PublicationYears {
    /// Largest gap, in days of the year, between a year-less dateline and a dated source.
    static let windowDays = 3

    static func complete(_ documents: [SourceDocument]) -> [SourceDocument] {
        let dated = documents.compactMap { document -> (Int, Int, Int)? in
            guard let time = document.metadata.published, let year = time.year else { return nil }
            return (year, time.month, time.day)
        }
        guard !dated.isEmpty else { return documents }
        return documents.map { document in
            guard var time = document.metadata.published, time.year == nil else { return document }
            var votes: [Int: Int] = [:]
            for (year, month, day) in dated {
                guard CalendarDate.isValid(year, time.month, time.day),
                      abs(CalendarDate.days(from: (year, month, day), to: (year, time.month, time.day))) <= windowDays else { continue }
                votes[year, default: 0] += 1
            }
            guard let year = votes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else { return document }
            time.year = year
            time.yearInferred = true
            time.origin += ", year from the other sources"
            var copy = document
            copy.metadata.published = time
            return copy
        }
    }
}
