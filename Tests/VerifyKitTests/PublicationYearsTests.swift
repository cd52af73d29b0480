import Testing
@testable import VerifyKit

/// A dateline without a year ("BAKU, Nov 14 (Reuters)") takes the year most of the other
/// sources were published in, among those within three days of the same month and day;
/// the time says the year was inferred.
@Suite struct PublicationYearsTests {
    /// Documents whose publication times are `times` (year, month, day; year nil for a year-less dateline).
    static func documents(_ times: [(Int?, Int, Int)?]) throws -> [SourceDocument] {
        let tiny = try TinyReports(times.indices.map { .init("r\($0).md", published: nil, "A missile hit Kyiv.") })
        return zip(tiny.documents, times).map { document, time in
            var copy = document
            copy.metadata.published = time.map { PublishedTime(year: $0.0, month: $0.1, day: $0.2, origin: "dateline") }
            return copy
        }
    }

    static func years(_ times: [(Int?, Int, Int)?]) throws -> [Int?] {
        try PublicationYears.complete(documents(times)).map { $0.metadata.published?.year }
    }

    @Test func theYearOfTheSourcesPublishedAroundTheSameDay() throws {
        let completed = PublicationYears.complete(try Self.documents([(nil, 11, 14), (2025, 11, 13), (2025, 11, 15)]))
        let time = try #require(completed[0].metadata.published)
        #expect(time.year == 2025 && time.month == 11 && time.day == 14)
        #expect(time.yearInferred && time.origin == "dateline, year from the other sources")
        #expect(completed[1].metadata.published?.yearInferred == false)
    }

    @Test func theMostVotesWinTiesTheEarlierYear() throws {
        #expect(try Self.years([(nil, 11, 14), (2024, 11, 14), (2025, 11, 13), (2025, 11, 16)]) == [2025, 2024, 2025, 2025])
        #expect(try Self.years([(nil, 11, 14), (2025, 11, 14), (2024, 11, 14)]) == [2024, 2025, 2024])
    }

    @Test func sourcesFarFromTheDayGiveNoYear() throws {
        // Four days away is too far; undated sources give nothing; no dated source, no change.
        #expect(try Self.years([(nil, 11, 14), (2025, 11, 18)]) == [nil, 2025])
        #expect(try Self.years([(nil, 11, 14), nil]) == [nil, nil])
        #expect(try Self.years([(nil, 11, 14), (nil, 11, 15)]) == [nil, nil])
        // A day that does not exist in a voting year (29 February) takes no vote from it.
        #expect(try Self.years([(nil, 2, 29), (2025, 2, 28), (2024, 3, 1)]) == [2024, 2025, 2024])
    }
}
