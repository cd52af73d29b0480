/// Completes datelines without a year ("MARRAKECH, Sept 9 (Reuters)") from the other
/// sources of the run: the year most of them were published in, among those published
/// within a few days of the same month and day. The time says it was inferred.
///
/// The last step of ingestion, after `--reference-date`'s year (``MetadataExtractor``).
/// A document still without a year gets the year of the latest date written in full in
/// its own text at extraction (`year from text`), the only place that reads the text's dates.
enum PublicationYears {
    /// Largest gap, in days of the year, between a year-less dateline and a dated source.
    static let windowDays = 3

    static func complete(_ documents: [SourceDocument]) -> [SourceDocument] {
        complete(documents, among: documents.map(\.metadata.published))
    }

    /// Whether `document` has a dateline without a year, to be completed from the others.
    static func needsCompletion(_ document: SourceDocument) -> Bool {
        document.metadata.published.map { $0.year == nil } ?? false
    }

    /// `documents` with year-less publication times completed from the run's times `published`.
    static func complete(_ documents: [SourceDocument], among published: [PublishedTime?]) -> [SourceDocument] {
        let dated = published.compactMap { time -> (Int, Int, Int)? in
            guard let time, let year = time.year else { return nil }
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
