import Testing
@testable import VerifyKit

/// The calendar arithmetic behind relative dates: Easter (for movable holidays), ISO
/// weeks, month offsets, and the choice of year for a day and month written without one.
@Suite struct CalendarArithmeticTests {
    /// Easter Sundays as published (Gregorian), including the extremes 22 March and 25 April.
    @Test(arguments: [(1818, 3, 22), (1943, 4, 25), (2013, 3, 31), (2019, 4, 21), (2024, 3, 31), (2025, 4, 20), (2038, 4, 25)])
    func easter(year: Int, month: Int, day: Int) {
        let (y, m, d) = CalendarDate.easter(year)
        #expect([y, m, d] == [year, month, day])
    }

    /// ISO weeks, across the turn of a year in both directions.
    @Test(arguments: [((2025, 11, 14), "2025-W46"), ((2021, 1, 3), "2020-W53"), ((2024, 12, 30), "2025-W01"), ((2013, 2, 12), "2013-W07")])
    func isoWeek(date: (Int, Int, Int), week: String) {
        #expect(CalendarDate.isoWeek(date.0, date.1, date.2) == week)
    }

    @Test func monthOffsetsCrossYears() {
        #expect(CalendarDate.adding(months: -2, to: 2025, 1) == (2024, 11))
        #expect(CalendarDate.adding(months: 13, to: 2025, 12) == (2027, 1))
    }

    /// "April 7" in a May report: last April in a past sentence, next April in a future
    /// one, the nearest (last April) otherwise; "December 20" in a February report is the
    /// past December when nothing says otherwise.
    @Test func yearOfADayAndMonth() {
        let may = (2025, 5, 10)
        let april = [(2024, 4, 7), (2025, 4, 7), (2026, 4, 7)]
        #expect(DateScan.pick(april, near: may, tense: .past).map { [$0.0, $0.1, $0.2] } == [2025, 4, 7])
        #expect(DateScan.pick(april, near: may, tense: .future).map { [$0.0, $0.1, $0.2] } == [2026, 4, 7])
        #expect(DateScan.pick(april, near: may, tense: .unknown).map { [$0.0, $0.1, $0.2] } == [2025, 4, 7])
        let december = [(2012, 12, 20), (2013, 12, 20), (2014, 12, 20)]
        #expect(DateScan.pick(december, near: (2013, 2, 12), tense: .unknown).map { $0.0 } == 2012)
        #expect(DateScan.pick(december, near: (2013, 2, 12), tense: .future).map { $0.0 } == 2013)
    }
}
