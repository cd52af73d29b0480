import Foundation
import VerifyICU

/// Month and weekday names per language, from ICU locale data (format and stand-alone,
/// wide and abbreviated, so "ноября" and "Nov." are both known). Unambiguous prefixes of
/// month names of at least three letters are accepted too ("Sept"), and every name and
/// prefix without its accents ("fevrier", "sabado": ``DateFolding``).
struct CalendarLexicon: Sendable {
    /// Lower-case month name or prefix → month number 1–12.
    let months: [String: Int]
    /// Lower-case weekday name → weekday number (1 Sunday … 7 Saturday), inflected
    /// forms matched by ``weekday(_:)``.
    let weekdays: [String: Int]
    /// Abbreviated weekday names ("thu", "lun", "di", "пн"), read only where the sentence
    /// allows (see ``DateScan/weekdayAt(_:)``): many are words too ("sat", "mer").
    let abbreviatedWeekdays: [String: Int]
    /// Month names known only through folding ("marco" for "março"): a common word as
    /// often as a month, so read as one only next to a day or a year.
    let unaccentedMonths: Set<String>

    /// The lexicons to use for a text in `language` (its own and English), from `all`
    /// (every locale listed in `datelines.yaml`, built by the dateline reader).
    static func forLanguage(_ language: String, in all: [String: CalendarLexicon]) -> [CalendarLexicon] {
        [all[language], language == "en" ? nil : all["en"]].compactMap { $0 }
    }

    /// Last letters an inflected weekday may end with in this language (`datelines.yaml`
    /// `weekdayEndings`: Russian "пятницу", "среды"; not "среди", which is "among").
    let weekdayEndings: Set<Character>

    /// Parts of the day a weekday may be glued to (`datelines.yaml` `weekdayCompounds`:
    /// German "Donnerstagabend"), lower case, longest first.
    let weekdayCompounds: [String]

    init(_ names: CalendarNames, weekdayEndings: [String] = [], weekdayCompounds: [String] = []) {
        self.weekdayEndings = Set(weekdayEndings.compactMap(\.first))
        self.weekdayCompounds = weekdayCompounds.map { $0.lowercased() }.sorted { $0.count > $1.count }
        var months: [String: Int] = [:]
        var prefixes: [String: Set<Int>] = [:]
        for (index, variants) in names.months.enumerated() {
            for name in variants {
                let clean = name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
                guard clean.count >= 3 else { continue }
                months[clean] = index + 1
                for length in 3...clean.count { prefixes[String(clean.prefix(length)), default: []].insert(index + 1) }
            }
        }
        for (prefix, candidates) in prefixes where candidates.count == 1 && months[prefix] == nil {
            months[prefix] = candidates.first
        }
        let folded = DateFolding.withFolded(months)
        self.months = folded
        unaccentedMonths = Set(folded.keys).subtracting(months.keys)
        var weekdays: [String: Int] = [:]
        for (index, variants) in names.weekdays.enumerated() {
            for name in variants {
                let clean = name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
                if clean.count >= 5 { weekdays[clean] = index + 1 }   // wide names only: "sun", "sat", "wed" are words
            }
        }
        self.weekdays = DateFolding.withFolded(weekdays)
        var abbreviated: [String: Int] = [:]
        for (index, variants) in names.weekdays.enumerated() {
            for name in variants {
                let clean = name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
                if (2...4).contains(clean.count), weekdays[clean] == nil, months[clean] == nil { abbreviated[clean] = index + 1 }
            }
        }
        abbreviatedWeekdays = DateFolding.withFolded(abbreviated)
    }

    /// The month a token names, if any; an inflected form in a non-Latin script
    /// ("декабре") matches when it differs from a known name or prefix only in its last letter.
    func month(_ token: String) -> Int? {
        if let month = months[token] { return month }
        guard token.count >= 5, !token.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        return months[String(token.dropLast())]
    }

    /// The weekday a token names; an inflected form in a non-Latin script ("пятницу")
    /// matches a wide name of the same length that differs only in its last letter, when
    /// that letter is one of the language's ``weekdayEndings``.
    func weekday(_ token: String) -> Int? {
        if let day = weekdays[token] { return day }
        for part in weekdayCompounds where token.count > part.count + 4 && token.hasSuffix(part) {
            if let day = weekdays[String(token.dropLast(part.count))] { return day }
        }
        guard token.count >= 5, !token.unicodeScalars.allSatisfy(\.isASCII), let last = token.last,
              weekdayEndings.contains(last) else { return nil }
        let stem = token.dropLast()
        return weekdays.first { $0.key.count == token.count && $0.key.dropLast() == stem }?.value
    }
}
