import Foundation

/// Small calendar arithmetic on proleptic Gregorian dates, without time zones.
enum CalendarDate {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Whether year-month-day is a real date.
    static func isValid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let components = DateComponents(year: year, month: month)
        guard let date = calendar.date(from: components), let range = calendar.range(of: .day, in: .month, for: date) else { return false }
        return range.contains(day)
    }

    /// The date `days` days after year-month-day.
    static func adding(days: Int, to year: Int, _ month: Int, _ day: Int) -> (Int, Int, Int) {
        let date = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        let moved = calendar.date(byAdding: .day, value: days, to: date)!
        let parts = calendar.dateComponents([.year, .month, .day], from: moved)
        return (parts.year!, parts.month!, parts.day!)
    }

    /// Weekday of a date, 1 Sunday … 7 Saturday.
    static func weekday(_ year: Int, _ month: Int, _ day: Int) -> Int {
        calendar.component(.weekday, from: calendar.date(from: DateComponents(year: year, month: month, day: day))!)
    }

    /// ISO text at the precision given.
    static func iso(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    /// Days between two ISO day-level dates (b − a), or nil when either is not one.
    static func days(between a: String, and b: String) -> Int? {
        func parse(_ iso: String) -> (Int, Int, Int)? {
            let parts = iso.split(separator: "-").compactMap { Int($0) }
            guard iso.count == 10, parts.count == 3, isValid(parts[0], parts[1], parts[2]) else { return nil }
            return (parts[0], parts[1], parts[2])
        }
        guard let x = parse(a), let y = parse(b) else { return nil }
        return days(from: x, to: y)
    }

    /// Days from a to b (b − a).
    static func days(from a: (Int, Int, Int), to b: (Int, Int, Int)) -> Int {
        let first = calendar.date(from: DateComponents(year: a.0, month: a.1, day: a.2))!
        let second = calendar.date(from: DateComponents(year: b.0, month: b.1, day: b.2))!
        return calendar.dateComponents([.day], from: first, to: second).day!
    }
}

extension CalendarDate {
    private static let isoCalendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// ISO 8601 week of a date as `2025-W46`.
    static func isoWeek(_ year: Int, _ month: Int, _ day: Int) -> String {
        let date = isoCalendar.date(from: DateComponents(year: year, month: month, day: day))!
        let parts = isoCalendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        return String(format: "%04d-W%02d", parts.yearForWeekOfYear!, parts.weekOfYear!)
    }

    /// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
    static func easter(_ year: Int) -> (Int, Int, Int) {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return (year, month, day)
    }

    /// The year a two-digit year names: the one of the century that puts it no more than
    /// 20 years after `year` ("3/3/15" in 2013 is 2015, "10/31/74" is 1974).
    static func fullYear(twoDigits: Int, near year: Int) -> Int {
        let century = year / 100 * 100
        return century + twoDigits > year + 20 ? century - 100 + twoDigits : century + twoDigits
    }

    /// The month `months` months after year-month, as (year, month).
    static func adding(months: Int, to year: Int, _ month: Int) -> (Int, Int) {
        let total = year * 12 + (month - 1) + months
        return (total / 12, total % 12 + 1)
    }
}

extension CalendarDate {
    /// The day a `month-weekday-n` rule names in `year` (`11-5-4`: the fourth Thursday of
    /// November, weekday 1 being Sunday; n -1 for the last such day); nil for a rule that is
    /// not one.
    static func nthWeekday(_ rule: String, in year: Int) -> (Int, Int, Int)? {
        let parts = rule.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3 || parts.count == 4 else { return nil }
        let numbers = parts.count == 4 ? [Int(parts[0]), Int(parts[1]), Int(parts[3]).map { -$0 }] : parts.map { Int($0) }
        guard let month = numbers[0], let weekday = numbers[1], let n = numbers[2], (1...12).contains(month),
              (1...7).contains(weekday), n != 0, (-5...5).contains(n) else { return nil }
        if n > 0 {
            let first = (weekday - self.weekday(year, month, 1) + 7) % 7 + 1
            let day = first + 7 * (n - 1)
            return isValid(year, month, day) ? (year, month, day) : nil
        }
        var last = 31
        while !isValid(year, month, last) { last -= 1 }
        let day = last - (self.weekday(year, month, last) - weekday + 7) % 7 + 7 * (n + 1)
        return day >= 1 ? (year, month, day) : nil
    }
}
