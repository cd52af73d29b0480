import CICUShim

/// Country names in any language from ICU's CLDR locale display names: a free
/// multilingual country gazetteer.
public enum LocaleNames {
    /// The ISO 3166 two-letter region codes ICU knows ("AD", "AE", … "ZW").
    public static func regions() -> [String] {
        words(operation: "uloc_getISOCountries") { out, outLen in vf_locale_countries(out, outLen) }
    }

    /// The name of `region` ("AZ") in `displayLocale` ("ru" → "Азербайджан"), or nil when
    /// ICU has no name for it (it would echo the code back).
    public static func countryName(region: String, displayLocale: String) -> String? {
        name(of: region, operation: "uloc_getDisplayCountry(\(region), \(displayLocale))") { out, outLen in
            vf_locale_display_country(region, displayLocale, out, outLen)
        }
    }
}

extension LocaleNames {
    /// The time zones of `region` ("JP" → ["Asia/Tokyo"]; "US" → many), from ICU's
    /// CLDR zone data; empty when ICU knows none.
    public static func zones(region: String) -> [String] {
        words(operation: "ucal_openTimeZoneIDEnumeration(\(region))") { out, outLen in
            vf_country_zones(region.uppercased(), out, outLen)
        }
    }
}

extension LocaleNames {
    /// The ISO 639 language codes ICU knows ("aa", "ab", … "zu").
    public static func languages() -> [String] {
        words(operation: "uloc_getISOLanguages") { out, outLen in vf_locale_languages(out, outLen) }
    }

    /// The name of `language` ("ru") in `displayLocale` ("es" → "ruso"), or nil when ICU
    /// has no name for it (it would echo the code back).
    public static func languageName(language: String, displayLocale: String) -> String? {
        name(of: language, operation: "uloc_getDisplayLanguage(\(language), \(displayLocale))") { out, outLen in
            vf_locale_display_language(language, displayLocale, out, outLen)
        }
    }

    /// The region `language` is most likely spoken in ("uk" → "UA", "pt" → "BR"), from
    /// CLDR's likely subtags; nil when ICU knows none.
    public static func likelyRegion(language: String) -> String? {
        let region = try? ShimText.output(operation: "uloc_addLikelySubtags(\(language))") { out, outLen in
            vf_locale_likely_region(language, out, outLen)
        }
        guard let region, !region.isEmpty else { return nil }
        return region
    }
}

extension LocaleNames {
    /// The space-separated words a shim call writes, split.
    private static func words(operation: String, _ call: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
                                                          UnsafeMutablePointer<Int32>) -> Int32) -> [String] {
        let joined = (try? ShimText.output(operation: operation, call)) ?? ""
        return joined.split(separator: " ").map(String.init)
    }

    /// The display name a shim call writes for `code`, or nil when ICU has none (it echoes the code).
    private static func name(of code: String, operation: String,
                             _ call: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<Int32>) -> Int32) -> String? {
        guard let name = try? ShimText.output(operation: operation, call), !name.isEmpty, name != code else { return nil }
        return name
    }
}
