import Testing
@testable import VerifyKit

/// A dateline without a year ("BAKU, Nov 14 (Reuters)") takes `--reference-date`'s year,
/// else the year most of the other sources were published in, among those within three
/// days of the same month and day, else the latest year its own text states in full; the
/// time says the year was inferred and where it came from.
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

    @Test func theReferenceYearComesFirst() throws {
        let completed = PublicationYears.complete(try Self.documents([(nil, 11, 14), (2025, 11, 13)]), referenceYear: 2024)
        #expect(completed[0].metadata.published?.year == 2024)
        #expect(completed[0].metadata.published?.origin == "dateline, year from the reference date")
        #expect(completed[1].metadata.published?.year == 2025)
    }

    @Test func withoutPeersTheYearTheTextStates() throws {
        var documents = try Self.documents([(nil, 11, 14), (2025, 6, 1)])
        documents[0].metadata.statedYear = 2023
        let time = try #require(PublicationYears.complete(documents)[0].metadata.published)
        #expect(time.year == 2023 && time.yearInferred && time.origin == "dateline, year from the text")
        // Peers within the window outvote the text.
        documents[1].metadata.published = PublishedTime(year: 2025, month: 11, day: 15, origin: "dateline")
        #expect(PublicationYears.complete(documents)[0].metadata.published?.year == 2025)
    }

    @Test func theOffsetOfALocalTimeZoneIsTakenForTheCompletedDate() throws {
        var documents = try Self.documents([(nil, 3, 27), (nil, 1, 10)])
        for index in documents.indices {
            documents[index].metadata.published?.hour = 20
            documents[index].metadata.published?.minute = 20
            documents[index].metadata.published?.zoneIdentifier = "America/New_York"
            documents[index].metadata.statedYear = 2024
        }
        let completed = PublicationYears.complete(documents)
        #expect(completed[0].metadata.published?.iso8601 == "2024-03-27T20:20:00-04:00")
        #expect(completed[1].metadata.published?.iso8601 == "2024-01-10T20:20:00-05:00")
    }

    /// The years a text states in full, as ingestion reads them for ``DocumentMetadata/statedYear``.
    @Test func theLatestYearStatedInFull() throws {
        let datelines = try RuleSet.load().datelines
        #expect(datelines.latestYear(in: "It was the deadliest quake since 2004, when 600 died.") == nil)
        #expect(datelines.latestYear(in: "On 8 September 2023 and on Nov 14, 2024 it struck.") == 2024)
        #expect(datelines.latestYear(in: "Удар 16 ноября 2025 г. и 2025-11-17.") == 2025)
        #expect(datelines.latestYear(in: "Floods in October 2024 followed the 2019 storm.") == 2024)
    }

    /// "EST" written in March is Eastern time (daylight), as outlets use it all year.
    @Test func aNorthAmericanAbbreviationIsTheLocalZone() throws {
        let datelines = try RuleSet.load().datelines
        let reading = try #require(datelines.read("Update 8:20 p.m. EST March 27, 2024"))
        #expect(reading.zoneIdentifier == "America/New_York" && reading.utcOffset == nil)
        #expect(datelines.offset(of: reading, year: 2024) == -4 * 3600)
        #expect(datelines.read("10:00 CET 14 November 2025")?.utcOffset == 3600)
    }
}
