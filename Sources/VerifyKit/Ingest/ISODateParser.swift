import Foundation

/// Reads ISO 8601 dates and date-times as metadata writes them: `2025-11-14`,
/// `2025-11-14T17:30:00+02:00`, `2025-11-14 17:30`, `2023-09-09T19:40:00Z`, `…+0200`.
package enum ISODateParser {
    package static func parse(_ value: String, origin: String) -> PublishedTime? {
        let s = Array(value.trimmingCharacters(in: .whitespaces).utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= s.count else { return nil }
            var result = 0
            for byte in s[from..<from + count] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                result = result * 10 + Int(byte - 0x30)
            }
            return result
        }
        guard let year = number(0, 4), s.count >= 10, s[4] == 0x2D, s[7] == 0x2D,
              let month = number(5, 2), let day = number(8, 2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var result = PublishedTime(year: year, month: month, day: day, origin: origin)
        guard s.count >= 16, s[10] == UInt8(ascii: "T") || s[10] == 0x20,
              let hour = number(11, 2), s[13] == UInt8(ascii: ":"), let minute = number(14, 2),
              hour < 24, minute < 60 else { return result }
        result.hour = hour
        result.minute = minute
        var index = 16
        if index + 2 < s.count + 0, index < s.count, s[index] == UInt8(ascii: ":"), let second = number(index + 1, 2) {
            result.second = second
            index += 3
        }
        if index < s.count, s[index] == UInt8(ascii: ".") {
            index += 1
            while index < s.count, s[index] >= 0x30, s[index] <= 0x39 { index += 1 }
        }
        if index < s.count {
            if s[index] == UInt8(ascii: "Z") {
                result.utcOffset = 0
            } else if s[index] == UInt8(ascii: "+") || s[index] == UInt8(ascii: "-"), let hours = number(index + 1, 2) {
                let minutesStart = index + 3 < s.count && s[index + 3] == UInt8(ascii: ":") ? index + 4 : index + 3
                let minutes = number(minutesStart, 2) ?? 0
                let sign = s[index] == UInt8(ascii: "-") ? -1 : 1
                result.utcOffset = sign * (hours * 3600 + minutes * 60)
            }
        }
        return result
    }
}
