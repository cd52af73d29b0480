/// Real names the generator writes reports with: cities as English, Spanish and Russian
/// outlets write them (with an older English spelling where one is common), weapon
/// systems, outlets and personal names in Latin and Cyrillic. Names only: every figure
/// and event is invented.
enum WorldData {
    /// A city in the three languages; `older` is a spelling English outlets still use.
    struct City {
        var en: String
        var es: String
        var ru: String
        var older: String?
    }

    static let cities: [City] = [
        City(en: "Kyiv", es: "Kiev", ru: "Киев", older: "Kiev"),
        City(en: "Kharkiv", es: "Járkov", ru: "Харьков", older: "Kharkov"),
        City(en: "Odesa", es: "Odesa", ru: "Одесса", older: "Odessa"),
        City(en: "Dnipro", es: "Dnipró", ru: "Днепр", older: nil),
        City(en: "Lviv", es: "Leópolis", ru: "Львов", older: nil),
        City(en: "Zaporizhzhia", es: "Zaporiyia", ru: "Запорожье", older: "Zaporozhye"),
        City(en: "Mykolaiv", es: "Mykoláiv", ru: "Николаев", older: "Nikolaev"),
        City(en: "Kherson", es: "Jersón", ru: "Херсон", older: nil),
        City(en: "Poltava", es: "Poltava", ru: "Полтава", older: nil),
        City(en: "Sumy", es: "Sumy", ru: "Сумы", older: nil),
        City(en: "Chernihiv", es: "Chernígov", ru: "Чернигов", older: "Chernigov"),
        City(en: "Vinnytsia", es: "Vínnytsia", ru: "Винница", older: "Vinnitsa"),
    ]

    /// Missiles (strikes) and drones (attacks), as each language writes them.
    struct Weapon {
        var en: String
        var ru: String
    }

    static let missiles: [Weapon] = [
        Weapon(en: "Iskander", ru: "Искандер"), Weapon(en: "Kinzhal", ru: "Кинжал"),
        Weapon(en: "Kh-101", ru: "Х-101"), Weapon(en: "Kalibr", ru: "Калибр"),
    ]
    static let drones: [Weapon] = [Weapon(en: "Shahed", ru: "Шахед"), Weapon(en: "Geran-2", ru: "Герань-2")]

    /// A personal name in Latin and Cyrillic letters.
    struct Name {
        var en: String
        var ru: String
    }

    static let firstNames: [Name] = [
        Name(en: "Oleh", ru: "Олег"), Name(en: "Ivan", ru: "Иван"), Name(en: "Serhiy", ru: "Сергей"),
        Name(en: "Vitaliy", ru: "Виталий"), Name(en: "Andriy", ru: "Андрей"), Name(en: "Yuriy", ru: "Юрий"),
        Name(en: "Olena", ru: "Елена"), Name(en: "Iryna", ru: "Ирина"), Name(en: "Natalia", ru: "Наталья"),
        Name(en: "Mykola", ru: "Николай"), Name(en: "Roman", ru: "Роман"), Name(en: "Taras", ru: "Тарас"),
    ]
    static let surnames: [Name] = [
        Name(en: "Petrenko", ru: "Петренко"), Name(en: "Kovalenko", ru: "Коваленко"), Name(en: "Bondarenko", ru: "Бондаренко"),
        Name(en: "Tkachenko", ru: "Ткаченко"), Name(en: "Shevchuk", ru: "Шевчук"), Name(en: "Melnyk", ru: "Мельник"),
        Name(en: "Kravchenko", ru: "Кравченко"), Name(en: "Lysenko", ru: "Лысенко"), Name(en: "Marchenko", ru: "Марченко"),
        Name(en: "Savchenko", ru: "Савченко"), Name(en: "Rudenko", ru: "Руденко"), Name(en: "Moroz", ru: "Мороз"),
        Name(en: "Hrytsenko", ru: "Гриценко"), Name(en: "Polishchuk", ru: "Полищук"), Name(en: "Boyko", ru: "Бойко"),
    ]

    /// Outlets by language of writing.
    static let outlets: [String: [String]] = [
        "en": ["Reuters", "AP", "AFP", "BBC", "The Guardian", "Kyiv Independent", "Al Jazeera", "CNN"],
        "es": ["EFE", "El País", "Europa Press", "La Vanguardia"],
        "ru": ["Интерфакс", "РБК", "Новая газета", "Медуза"],
    ]
}
