import Testing
import VerifyICU

/// Country display names from ICU's CLDR data.
@Suite struct LocaleNamesTests {
    /// The region list holds the ISO codes, two letters each.
    @Test func regionsAreISOCodes() {
        let regions = LocaleNames.regions()
        #expect(regions.count > 200)
        #expect(regions.contains("AZ") && regions.contains("UA") && regions.contains("PL"))
        #expect(regions.allSatisfy { $0.count == 2 })
    }

    /// Names come back in the display language.
    @Test func namesInSeveralLanguages() {
        #expect(LocaleNames.countryName(region: "AZ", displayLocale: "ru") == "Азербайджан")
        #expect(LocaleNames.countryName(region: "AZ", displayLocale: "en") == "Azerbaijan")
        #expect(LocaleNames.countryName(region: "PL", displayLocale: "pl") == "Polska")
        #expect(LocaleNames.countryName(region: "UA", displayLocale: "uk") == "Україна")
        #expect(LocaleNames.countryName(region: "RU", displayLocale: "az") == "Rusiya")
    }

    /// An unknown region gives nil, not its code.
    @Test func unknownRegionIsNil() {
        #expect(LocaleNames.countryName(region: "QQ", displayLocale: "en") == nil)
    }
}
