import Foundation
import VerifyICU

/// English country adjectives derived from CLDR's English country names by the regular
/// endings of English demonyms, for the country gazetteer (`country:<code>` with qualifier
/// `adjective`): India → Indian, Mexico → Mexican, Chile → Chilean, Italy → Italian,
/// Belgium → Belgian, Pakistan → Pakistani, Egypt → Egyptian, Sri Lanka → Sri Lankan.
///
/// No data set on this machine lists demonyms (CLDR and GeoNames do not), so the regular
/// ones are derived and the irregular ones (Filipino, Dutch, Thai…) are listed in
/// `gazetteer-places.yaml` (`countries:` `adjectives`). A derived form that is not a word
/// ("Chinan", "Canadan") never occurs in text and costs nothing; one that two countries
/// derive (Nigeria and Niger both give "Nigerian") is left out for both, and a listed
/// adjective of another country wins over a derived one.
enum CountryAdjectives {
    /// Endings of a country name's last word and what replaces them, tried in order; the
    /// first that fits gives the adjective.
    static let endings: [(ending: String, replacement: String)] = [
        ("stan", "stani"), ("ium", "ian"), ("ia", "ian"), ("a", "an"), ("o", "an"), ("e", "ean"),
    ]

    /// The regular English adjective of `name`, or nil when no ending rule fits it.
    static func derived(_ name: String) -> String? {
        guard let last = name.split(separator: " ").last, last.count >= 3, last.first?.isUppercase == true,
              last.allSatisfy(\.isLetter) else { return nil }
        let word = String(last)
        var adjective: String?
        for (ending, replacement) in endings where word.hasSuffix(ending) {
            adjective = String(word.dropLast(ending.count)) + replacement
            break
        }
        if adjective == nil, let final = word.last {
            if final == "y", let before = word.dropLast().last, !"aeiou".contains(before) {
                adjective = word.dropLast() + "ian"        // Italy → Italian, Hungary → Hungarian
            } else if !"aeiouy".contains(final) && final != "s" {
                adjective = word + "ian"                   // Egypt → Egyptian, Brazil → Brazilian
            }
        }
        guard let adjective else { return nil }
        return String(name.dropLast(word.count)) + adjective
    }

    /// Derived adjectives by lower-case ISO code, from CLDR's English region names, without
    /// the forms two countries share and those in `listed` (adjectives the rules list, by code).
    static func all(listed: [String: [String]]) -> [String: [String]] {
        var owners: [String: Set<String>] = [:]
        for region in LocaleNames.regions() {
            guard let name = LocaleNames.countryName(region: region, displayLocale: "en") else { continue }
            for part in CountryNames.split(name) {
                if let adjective = derived(part) { owners[adjective, default: []].insert(region.lowercased()) }
            }
        }
        let taken = Set(listed.values.joined())
        var result: [String: [String]] = [:]
        for (adjective, codes) in owners where codes.count == 1 && !taken.contains(adjective) {
            result[codes.first!, default: []].append(adjective)
        }
        return result.mapValues { $0.sorted() }
    }
}

extension CountryAdjectives {
    /// Country adjectives in other languages, from CLDR: a language's name in another
    /// language is the adjective of the country the language is most likely spoken in
    /// ("ru" in Spanish is "ruso", and Russian is most likely spoken in Russia: "misiles
    /// rusos"; "uk" in German is "Ukrainisch": "ukrainische Drohnen"). Kept only when the
    /// adjective and that country's name in the same language open alike (three letters
    /// folded: ruso/Rusia, alemán/Alemania, Deutsch/Deutschland), so that "inglés" (English,
    /// most likely spoken in the United States) or "portugués" (Brazil) is no adjective of
    /// that country. Each base form takes its language's `adjectiveForms`; a form two
    /// countries would share, one listed in `listed`, one that is a country's name, or one
    /// shorter than four letters is left out. By lower-case code.
    static func fromLanguageNames(forms: [String: [AdjectiveForms]], listed: [String: [String]], countryNames: Set<String>) -> [String: [String]] {
        let taken = Set(listed.values.joined().map { $0.lowercased() })
        var owners: [String: Set<String>] = [:]
        let regions = Set(LocaleNames.regions())
        var countryName: [String: String?] = [:]   // "region|display" → name
        for language in LocaleNames.languages() {
            guard let region = LocaleNames.likelyRegion(language: language), regions.contains(region) else { continue }
            for (display, rules) in forms {
                let key = region + "|" + display
                if countryName[key] == nil { countryName[key] = LocaleNames.countryName(region: region, displayLocale: display) }
                guard let country = countryName[key] ?? nil,
                      let name = LocaleNames.languageName(language: language, displayLocale: display),
                      !name.contains(" "), Self.opensAlike(name, country) else { continue }
                let base = name.lowercased()
                guard let rule = rules.first(where: { base.hasSuffix($0.ending) && base.count > $0.ending.count + 2 }) else { continue }
                let stem = base.dropLast(rule.ending.count)
                for ending in rule.forms { owners[stem + ending, default: []].insert(region.lowercased()) }
            }
        }
        // A form that is also a country's name ("china", feminine of "chino") stays the
        // name, which is matched with its capital only ("china plates" is no country).
        let names = Set(countryNames.map { $0.lowercased() })
        var result: [String: [String]] = [:]
        for (form, codes) in owners where codes.count == 1 && !taken.contains(form) && !names.contains(form) && form.count >= 4 {
            result[codes.first!, default: []].append(form)
        }
        return result.mapValues { $0.sorted() }
    }

    /// Whether two words open with the same three letters, case and accents aside.
    static func opensAlike(_ a: String, _ b: String) -> Bool {
        func head(_ word: String) -> String {
            String(word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).prefix(3))
        }
        return head(a).count == 3 && head(a) == head(b)
    }
}
