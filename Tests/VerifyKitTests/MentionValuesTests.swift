import Testing
@testable import VerifyKit

/// The typed values behind mention strings: what alignment reads instead of probing text.
@Suite struct MentionValuesTests {
    @Test func datesKnowTheirPrecision() throws {
        let day = try #require(DateValue("2025-11-14"))
        #expect(day.precision == .day && day.isFullDay && day.isAnchor)
        let month = try #require(DateValue("2022-04"))
        #expect(month.precision == .month && !month.isFullDay && month.isAnchor)
        #expect(DateValue("2004")?.precision == .year)
        let yearless = try #require(DateValue("--11-14"))
        #expect(yearless.year == nil && yearless.month == 11 && yearless.day == 14 && !yearless.isAnchor)
        let relative = try #require(DateValue("relative:last night"))
        #expect(relative.unresolved == "last night" && !relative.isAnchor)
        #expect(DateValue("11/14/2025") == nil)
        #expect(DateValue("2025-xx") == nil)
    }

    @Test func datesAgreeWhereBothAreStated() throws {
        let day = try #require(DateValue("2025-11-14"))
        #expect(day.isCompatible(with: try #require(DateValue("2025-11"))))
        #expect(day.isCompatible(with: try #require(DateValue("2025"))))
        #expect(!day.isCompatible(with: try #require(DateValue("2025-11-15"))))
        #expect(!day.isCompatible(with: try #require(DateValue("2024-11"))))
        #expect(!day.isCompatible(with: try #require(DateValue("--11-14"))))
    }

    @Test func timesKeepTheirZone() throws {
        let zoned = try #require(TimeValue("22:11Z"))
        #expect(zoned.hour == 22 && zoned.minute == 11 && zoned.utcOffsetMinutes == 0)
        #expect(TimeValue("01:00+02:00")?.utcOffsetMinutes == 120)
        #expect(TimeValue("23:45-05:30")?.utcOffsetMinutes == -330)
        #expect(TimeValue("01:00")?.isZoned == false)
        let withSeconds = try #require(TimeValue("19:56:30+01:00"))
        #expect(withSeconds.minute == 56 && withSeconds.second == 30 && withSeconds.utcOffsetMinutes == 60)
        #expect(TimeValue("19:56Z")?.second == nil)
        #expect(TimeValue("1am") == nil)
    }

    @Test func countsAndEntities() throws {
        #expect(CountValue("38")?.low == 38 && CountValue("38")?.high == nil)
        #expect(CountValue("10-15")?.high == 15)
        #expect(EntityRef("organisation:foreign-ministry/az")?.id == "foreign-ministry/az")
        #expect(EntityRef("place:kyiv")?.kind == "place" && EntityRef("place:kyiv")?.id == "kyiv")
        #expect(EntityRef("kyiv") == nil)
    }

    @Test func qualifiersKeepTheirWrittenForm() {
        #expect(Qualifier.hedge("allegedly").rawValue == "hedge:allegedly" && Qualifier.hedge("allegedly").isHedge)
        #expect(Qualifier.group("children").isGroup && !Qualifier.about.isGroup)
        #expect(Qualifier.atLeast.rawValue == "at least")
        #expect(Qualifier.role("mayor").isRole)
    }
}
