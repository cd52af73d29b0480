import Testing
import VerifyICU

@Suite struct CalendarNamesTests {
    @Test func russianNovemberHasGenitiveAndNominative() throws {
        let ru = try CalendarNames(locale: "ru")
        #expect(ru.months.count == 12)
        #expect(ru.weekdays.count == 7)
        #expect(ru.months[10].contains("ноября"))
        #expect(ru.months[10].contains("ноябрь"))
        #expect(!ru.months[9].contains("ноября"))
        #expect(ru.weekdays[0].contains("воскресенье"))  // Sunday first
    }

    @Test func englishSeptember() throws {
        let en = try CalendarNames(locale: "en")
        #expect(en.months[8].contains("september"))
        #expect(en.months[8].contains("sep"))
        #expect(en.weekdays[1].contains("monday"))
        #expect(en.weekdays[1].contains("mon"))
    }

    @Test(arguments: ["az", "uk"])
    func otherLocalesHaveNames(locale: String) throws {
        let names = try CalendarNames(locale: locale)
        #expect(names.months.count == 12)
        #expect(names.weekdays.count == 7)
        #expect(names.months.allSatisfy { !$0.isEmpty })
        #expect(names.weekdays.allSatisfy { !$0.isEmpty })
        #expect(Set(names.months.map { $0[0] }).count == 12)
    }

    @Test func namesAreDistinctAndLowercased() throws {
        let uk = try CalendarNames(locale: "uk")
        for names in uk.months + uk.weekdays {
            #expect(Set(names).count == names.count)
            #expect(names.allSatisfy { $0 == $0.lowercased() })
        }
        #expect(try CalendarNames(locale: "az").months[0].contains("yanvar"))
    }
}
