import CICUShim

/// Month and weekday names of a locale from ICU's CLDR data (Gregorian calendar),
/// lowercased with the locale's rules, for recognizing dates in text.
public struct CalendarNames: Sendable {
    /// 12 entries, January first; each lists the distinct names of that month in format and
    /// standalone contexts, wide and abbreviated (Russian November: "ноября", "нояб.",
    /// "ноябрь", ...). An abbreviation ending in "." is also listed without the period.
    public let months: [[String]]
    /// 7 entries, Sunday first, built the same way as `months`.
    public let weekdays: [[String]]

    /// Reads the names of `locale` (e.g. "ru", "en", "az", "uk"). Unknown locales fall
    /// back to ICU's root data rather than failing.
    public init(locale: String) throws {
        let symbols = try DateSymbols(locale: locale)
        months = try Self.names(symbols, count: 12, kinds: [
            VF_SYM_MONTHS, VF_SYM_MONTHS_STANDALONE, VF_SYM_MONTHS_ABBR, VF_SYM_MONTHS_STANDALONE_ABBR,
        ])
        weekdays = try Self.names(symbols, count: 7, kinds: [
            VF_SYM_WEEKDAYS, VF_SYM_WEEKDAYS_STANDALONE, VF_SYM_WEEKDAYS_ABBR, VF_SYM_WEEKDAYS_STANDALONE_ABBR,
        ])
    }

    private static func names(_ symbols: DateSymbols, count: Int, kinds: [Int32]) throws -> [[String]] {
        try (0..<count).map { index in
            var seen: [String] = []
            func add(_ name: String) {
                if !name.isEmpty && !seen.contains(name) { seen.append(name) }
            }
            for kind in kinds {
                let name = try symbols.symbol(kind, index)
                add(name)
                if name.count > 1 && name.hasSuffix(".") { add(String(name.dropLast())) }
            }
            return seen
        }
    }
}
