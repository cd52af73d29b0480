/// Completes publication dates without a year ("MARRAKECH, Sept 9 (Reuters)"), the one
/// place of the pipeline that does so, as the last step of ingestion. In order:
/// 1. `--reference-date`'s year, when given (the user said when "now" is);
/// 2. the year most of the other sources of the run were published in, among those
///    published within a few days of the same month and day;
/// 3. the latest year of a date written in full in the document's own text
///    (``DocumentMetadata/statedYear``).
/// The completed time is marked inferred and its origin says where the year came from.
enum PublicationYears {
    /// Largest gap, in days of the year, between a year-less dateline and a dated source.
    static let windowDays = 3

    /// `documents` completed among themselves.
    static func complete(_ documents: [SourceDocument], referenceYear: Int? = nil) -> [SourceDocument] {
        complete(documents, among: documents.map(\.metadata.published), referenceYear: referenceYear)
    }

    /// Whether `document`'s year can only be completed once every other source's date is
    /// known (a dateline without a year and no reference year).
    static func needsPeers(_ document: SourceDocument, referenceYear: Int?) -> Bool {
        referenceYear == nil && document.metadata.published.map { $0.year == nil } ?? false
    }

    /// `document` with `--reference-date`'s year, when it has a dateline without one.
    static func withReferenceYear(_ document: SourceDocument, _ referenceYear: Int?) -> SourceDocument {
        guard let referenceYear, let time = document.metadata.published, time.year == nil,
              CalendarDate.isValid(referenceYear, time.month, time.day) else { return document }
        var copy = document
        copy.metadata.published = time.completed(year: referenceYear, from: "the reference date")
        return copy
    }

    /// `documents` completed with the reference year, then the dates of `published`
    /// (every source of the run), then their own text.
    static func complete(_ documents: [SourceDocument], among published: [PublishedTime?],
                         referenceYear: Int? = nil) -> [SourceDocument] {
        let dated = published.compactMap { time -> (Int, Int, Int)? in
            guard let time, let year = time.year else { return nil }
            return (year, time.month, time.day)
        }
        return documents.map { document in
            let document = withReferenceYear(document, referenceYear)
            guard let time = document.metadata.published, time.year == nil else { return document }
            var copy = document
            if let year = peerYear(of: time, among: dated) {
                copy.metadata.published = time.completed(year: year, from: "the other sources")
            } else if let year = document.metadata.statedYear, CalendarDate.isValid(year, time.month, time.day) {
                copy.metadata.published = time.completed(year: year, from: "the text")
            }
            return copy
        }
    }

    /// The year most sources dated within ``windowDays`` of `time`'s month and day were
    /// published in (the earlier on a tie).
    private static func peerYear(of time: PublishedTime, among dated: [(Int, Int, Int)]) -> Int? {
        var votes: [Int: Int] = [:]
        for (year, month, day) in dated {
            guard CalendarDate.isValid(year, time.month, time.day),
                  abs(CalendarDate.days(from: (year, month, day), to: (year, time.month, time.day))) <= windowDays else { continue }
            votes[year, default: 0] += 1
        }
        return votes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key
    }
}
