/// The date rules of `dates.yaml`.
struct DateRules: Decodable, Sendable {
    /// A phrase resolved against the publication date (or the sentence's own date when
    /// `anchored`): exactly one of the offsets, or `now`/`recent`.
    struct Relative: Decodable, Sendable {
        var phrase: String
        var day: Int?
        var week: Int?
        var weekend: Int?
        var month: Int?
        var quarter: Int?
        var year: Int?
        /// The publication time itself ("now", "currently").
        var now: Bool?
        /// Shortly before publication ("recently").
        var recent: Bool?
        /// Counted from a date the sentence states before the phrase, when there is one.
        var anchored: Bool?
        var note: String?
    }

    var relative: [String: [Relative]]
    var pastMarkers: [String]
    var yearPrepositions: [String]
    var coordinators: [String]
    /// Words before a year written alone before a noun ("the 1996 bombing").
    var yearDeterminers: [String] = []
    /// Offsets and durations ("two days later", "in 3 weeks", "48 hours"), per language.
    var offsets: [String: OffsetWords] = [:]
    /// Words before or after a weekday that pick one occurrence ("last Friday", "viernes pasado").
    var weekdayModifiers: [String: [String: WeekdayModifier]] = [:]
    /// Words that put an underspecified date after publication ("will", "is to"), per language.
    var futureCues: [String: [String]] = [:]
    /// Words that put it before publication ("was", "ago"), per language.
    var pastCues: [String: [String]] = [:]
    /// Month names that are also common words in lower case ("may", "march"): read as
    /// months only when capitalised or next to a day or year.
    var lowercaseWords: [String: [String]] = [:]
    /// Words before a day written alone ("on the 27th", "el día 16"), per language.
    var dayMarkers: [String: DayMarkers] = [:]
    /// Words of ranges ("from … to …", "between … and …"), per language.
    var ranges: [String: RangeWords] = [:]
    /// Quarters, seasons and decades, per language.
    var periods: [String: PeriodWords] = [:]
    /// Holidays per language: a phrase and a fixed date (`12-25`) or a day offset from Easter.
    var holidays: [String: [Holiday]] = [:]
    /// Day-month order of numeric dates (`3/4/2024`) per language, and per country where
    /// it differs: `dmy`, `mdy`; a language absent here leaves an ambiguous date ambiguous.
    var numericOrder: [String: String] = [:]
    /// Abbreviated weekday names that are also common words ("sat", "mer", "so"), per
    /// language: read as weekdays only before a day or a date.
    var weekdayWords: [String: [String]] = [:]
    /// Parts of a month or year ("the end of", "early", "fin"), per language.
    var parts: [String: PartWords] = [:]
    /// Endings that make a day number an ordinal ("12th", "1er", "15te", "3go", "18-е"),
    /// per language: glued to the digits or after a hyphen.
    var ordinalSuffixes: [String: [String]] = [:]
    /// Words between a month and its day ("February the 15th"), per language.
    var dayArticles: [String: [String]] = [:]
    /// Ordinal words of days that ICU's spell-out rules do not read, per language
    /// ("pierwszego": 1).
    var ordinalWords: [String: [String: Int]] = [:]

    enum CodingKeys: String, CodingKey {
        case relative, pastMarkers, yearPrepositions, coordinators, yearDeterminers, offsets, weekdayModifiers, futureCues, pastCues,
             lowercaseWords, dayMarkers, ranges, periods, holidays, numericOrder, ordinalSuffixes, dayArticles, ordinalWords, parts, weekdayWords
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        relative = try c.decode([String: [Relative]].self, forKey: .relative)
        pastMarkers = try c.decode([String].self, forKey: .pastMarkers)
        yearPrepositions = try c.decode([String].self, forKey: .yearPrepositions)
        coordinators = try c.decode([String].self, forKey: .coordinators)
        yearDeterminers = try c.decodeIfPresent([String].self, forKey: .yearDeterminers) ?? []
        offsets = try c.decodeIfPresent([String: OffsetWords].self, forKey: .offsets) ?? [:]
        weekdayModifiers = try c.decodeIfPresent([String: [String: WeekdayModifier]].self, forKey: .weekdayModifiers) ?? [:]
        futureCues = try c.decodeIfPresent([String: [String]].self, forKey: .futureCues) ?? [:]
        pastCues = try c.decodeIfPresent([String: [String]].self, forKey: .pastCues) ?? [:]
        lowercaseWords = try c.decodeIfPresent([String: [String]].self, forKey: .lowercaseWords) ?? [:]
        dayMarkers = try c.decodeIfPresent([String: DayMarkers].self, forKey: .dayMarkers) ?? [:]
        ranges = try c.decodeIfPresent([String: RangeWords].self, forKey: .ranges) ?? [:]
        periods = try c.decodeIfPresent([String: PeriodWords].self, forKey: .periods) ?? [:]
        holidays = try c.decodeIfPresent([String: [Holiday]].self, forKey: .holidays) ?? [:]
        numericOrder = try c.decodeIfPresent([String: String].self, forKey: .numericOrder) ?? [:]
        ordinalSuffixes = try c.decodeIfPresent([String: [String]].self, forKey: .ordinalSuffixes) ?? [:]
        dayArticles = try c.decodeIfPresent([String: [String]].self, forKey: .dayArticles) ?? [:]
        ordinalWords = try c.decodeIfPresent([String: [String: Int]].self, forKey: .ordinalWords) ?? [:]
        parts = try c.decodeIfPresent([String: PartWords].self, forKey: .parts) ?? [:]
        weekdayWords = try c.decodeIfPresent([String: [String]].self, forKey: .weekdayWords) ?? [:]
    }
}

/// A calendar or clock unit of an offset or duration.
enum OffsetUnit: String, Decodable, Sendable {
    case minute, hour, day, week, fortnight, month, year, decade

    /// The ISO 8601 duration of `count` units (`P3D`, `PT48H`, `P2W`).
    func duration(_ count: Int) -> String {
        switch self {
        case .minute: "PT\(count)M"
        case .hour: "PT\(count)H"
        case .day: "P\(count)D"
        case .week: "P\(count)W"
        case .fortnight: "P\(count * 2)W"
        case .month: "P\(count)M"
        case .year: "P\(count)Y"
        case .decade: "P\(count * 10)Y"
        }
    }
}

/// Which way an offset points and from where.
enum OffsetDirection: String, Decodable, Sendable {
    /// Before the publication time ("ago", "hace").
    case ago
    /// After the publication time ("in", "from now", "через").
    case ahead
    /// After the sentence's own date, else publication ("later", "plus tard").
    case later
    /// Before the sentence's own date, else publication ("earlier").
    case earlier
    /// A recurrence ("every", "jeden").
    case every
}

/// The words of offsets and durations in one language.
struct OffsetWords: Decodable, Sendable {
    /// Unit words, every inflected form listed ("day", "days"; "dni", "dnia").
    var units: [String: OffsetUnit]
    /// Words before the number ("in", "hace", "через", "il y a", "every").
    var before: [String: OffsetDirection]?
    /// Words after the unit ("ago", "later", "назад", "temu").
    var after: [String: OffsetDirection]?
    /// Number words ICU does not spell out ("a", "an", "a couple of").
    var numbers: [String: Int]?
    /// Recurrences written as one word or phrase ("daily", "every day": `day`).
    var recurrences: [String: OffsetUnit]?
    /// Words after the unit that make the pair a duration even after a direction word
    /// ("in three days of talks").
    var durationBefore: [String]?
    /// Words before a number of years, or after its unit, that make it an age ("de", "old").
    var ageBefore: [String]?
    var ageAfter: [String]?
    /// Words ICU reads as numbers that are ordinals here; `*th` matches an ending.
    var notNumbers: [String]?
    /// Words that make a number and unit the last or next whole units before or after the
    /// current one (`ago` for past, `ahead` for future): before the number ("the last 3
    /// days", "последние 2 недели"), between it and the unit ("les 3 derniers jours"), or
    /// after the unit ("2 semaines passées", "3 meses que vem").
    var windowBefore: [String: OffsetDirection]?
    var windowBetween: [String: OffsetDirection]?
    var windowAfter: [String: OffsetDirection]?
}

/// What a weekday modifier picks.
enum WeekdayModifier: String, Decodable, Sendable {
    /// The latest such day before publication.
    case last
    /// The first such day after publication.
    case next
    /// The coming one, the publication day included ("this Friday").
    case this
}

/// Words around a day written alone in one language.
struct DayMarkers: Decodable, Sendable {
    /// Phrases right before the day ("on the", "el día").
    var phrases: [String]
    /// Whether the day must carry an English ordinal ending ("27th").
    var ordinalSuffix: Bool?
    /// Words that may follow the day (any other word makes it no date: "on the 5th floor").
    var continuations: [String]?
}

/// Words of date ranges in one language.
struct RangeWords: Decodable, Sendable {
    /// Words opening a range ("from", "between", "du", "entre").
    var open: [String]
    /// Words joining its ends ("to", "until", "and", "au", "bis", "-").
    var join: [String]
}

/// Words of quarters, seasons and decades in one language.
struct PeriodWords: Decodable, Sendable {
    /// Words for a quarter ("quarter", "qtr", "trimestre").
    var quarter: [String]?
    /// Ordinals 1–4 for quarters ("first", "1st", "premier").
    var ordinals: [String: Int]?
    /// Season names: `spring`, `summer`, `autumn`, `winter` by word.
    var seasons: [String: String]?
}

/// Words of the parts of a month or year in one language.
struct PartWords: Decodable, Sendable {
    /// Phrases before a month or year naming its `start`, `middle` or `end`.
    var words: [String: String]
    /// Phrases after them naming the publication's `month` or `year` ("the month", "d'année").
    var current: [String: String]?
    /// Whether a month written in lower case (as the language writes it) is read after
    /// such a phrase ("fin mars"); English "late may" may be a verb.
    var lowercaseMonths: Bool?
}

/// A named day.
struct Holiday: Decodable, Sendable {
    var phrase: String
    /// Month and day (`12-25`) of a fixed holiday.
    var date: String?
    /// Days from Easter Sunday (Gregorian) of a movable one.
    var easter: Int?
    /// The nth weekday of a month (`11-5-4`: the fourth Thursday of November; weekday 1 is
    /// Sunday; `n` -1 for the last), for holidays such as Thanksgiving.
    var weekday: String?
}
