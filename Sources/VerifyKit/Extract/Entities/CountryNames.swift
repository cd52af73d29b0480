import VerifyICU

/// Country names in several languages from ICU's CLDR display names, for the country
/// gazetteer (`country:<iso code>`).
enum CountryNames {
    /// Languages whose country names are matched.
    static let displayLanguages = ["en", "ru", "uk", "az", "pl", "fr", "de", "es"]

    /// Every (lowercase code, name) pair: each region's name in each display language,
    /// with a parenthesised alternative split off ("Myanmar (Burma)" → both). Names in
    /// `excluded` are left out.
    static func all(excluded: Set<String>) -> [(code: String, name: String)] {
        var result: [(String, String)] = []
        var seen: Set<String> = []
        for region in LocaleNames.regions() {
            let code = region.lowercased()
            for language in displayLanguages {
                guard let name = LocaleNames.countryName(region: region, displayLocale: language) else { continue }
                for part in split(name) where !excluded.contains(part) && seen.insert(code + "|" + part).inserted {
                    result.append((code, part))
                }
            }
        }
        return result
    }

    /// "Myanmar (Burma)" → ["Myanmar", "Burma"]; other names unchanged.
    static func split(_ name: String) -> [String] {
        guard let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close else { return [name] }
        let main = name[..<open].trimmingSpaces()
        let inner = name[name.index(after: open)..<close].trimmingSpaces()
        return [main, inner].filter { !$0.isEmpty }
    }
}

extension Substring {
    /// The text without leading and trailing white space.
    fileprivate func trimmingSpaces() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
