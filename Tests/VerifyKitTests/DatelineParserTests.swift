import Testing
@testable import VerifyKit

@Suite struct DatelineParserTests {
    let parser = DatelineParser.shared

    @Test(arguments: [
        ("14 November, 2025", 2025, 11, 14, nil as Int?, nil as Int?),
        ("date 2025-11-14", 2025, 11, 14, nil, nil),
        ("Published 08.07.2024 14:35", 2024, 7, 8, 14, 35),
        ("KYIV, 14 November 2025, 06:50", 2025, 11, 14, 6, 50),
        ("Nov. 16, 2022", 2022, 11, 16, nil, nil),
        ("CASABLANCA, Morocco, Sept 9, 2023 (AFP)", 2023, 9, 9, nil, nil),
        ("RABAT, 12th September, 2023 (WAM) -- 11:20 GST", 2023, 9, 12, 11, 20),
        ("16 ноября 2025, 11:20", 2025, 11, 16, 11, 20),
        ("Posted: 15 November 2025 03:12 UTC  |  5 min read", 2025, 11, 15, 3, 12),
        ("20 November 2022, 14:10 (Kyiv time)", 2022, 11, 20, 14, 10),
        ("The quake struck at 11:11 pm on Sept 8, 2023", 2023, 9, 8, 23, 11),
        ("Miércoles, 30 de octubre 2024, 14:10", 2024, 10, 30, 14, 10),
        ("1 de noviembre de 2024 - 13:04", 2024, 11, 1, 13, 4),
        ("Publicado em 26 de março de 2024 às 09:15", 2024, 3, 26, 9, 15),
        ("30 ottobre 2024", 2024, 10, 30, nil, nil),
    ])
    func readsDatelines(line: String, year: Int, month: Int, day: Int, hour: Int?, minute: Int?) throws {
        let reading = try #require(parser.read(line))
        #expect(reading.year == year)
        #expect(reading.month == month)
        #expect(reading.day == day)
        #expect(reading.hour == hour)
        #expect(reading.minute == minute)
    }

    @Test func yearMayBeMissing() throws {
        let reading = try #require(parser.read("BAKU, Nov 14 (Reuters) -"))
        #expect(reading.year == nil)
        #expect(reading.month == 11 && reading.day == 14)
        #expect(reading.zoneIdentifier == "Asia/Baku")
    }

    @Test func zonesGiveOffsets() throws {
        let gst = try #require(parser.read("RABAT, 12th September, 2023 (WAM) -- 11:20 GST"))
        #expect(parser.offset(of: gst, year: 2023) == 4 * 3600)
        let kyiv = try #require(parser.read("20 November 2022, 14:10 (Kyiv time)"))
        #expect(parser.offset(of: kyiv, year: 2022) == 2 * 3600)
        let summer = try #require(parser.read("KYIV, 14 July 2025, 06:50"))
        #expect(parser.offset(of: summer, year: 2025) == 3 * 3600)
    }

    @Test(arguments: ["Foreign policy", "He was 14 when the war began", "Room 12:5 is closed", "31 Foo 2020", "2025-13-40"])
    func ignoresNonDates(line: String) {
        #expect(parser.read(line) == nil)
    }

    @Test func timeOnlyLines() throws {
        let time = try #require(parser.readTime("• 16:38"))
        #expect(time.hour == 16 && time.minute == 38 && time.otherWords == 0)
    }

    @Test func isoMetadata() throws {
        let time = try #require(ISODateParser.parse("2025-11-14T17:30:00+02:00", origin: "test"))
        #expect(time.iso8601 == "2025-11-14T17:30:00+02:00")
        #expect(ISODateParser.parse("2023-09-09T19:40:00+00:00", origin: "t")?.iso8601 == "2023-09-09T19:40:00Z")
        #expect(ISODateParser.parse("2025-11-14", origin: "t")?.iso8601 == "2025-11-14")
        #expect(ISODateParser.parse("2025-11-14 08:05", origin: "t")?.iso8601 == "2025-11-14T08:05:00")
        #expect(ISODateParser.parse("14/11/2025", origin: "t") == nil)
    }
}
