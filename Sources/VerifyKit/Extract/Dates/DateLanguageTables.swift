/// The date words of one language from `dates.yaml`, compiled once into phrase tables
/// so that a sentence is scanned with a dictionary probe per token. Words and phrases are
/// also known without their accents (``DateFolding``: "manana", "proxima semana").
/// Immutable and shared: a class, so that scanning the tables of a sentence's languages
/// retains one reference each rather than copying some forty tables.
final class DateLanguageTables: Sendable {
    /// Language code.
    let language: String
    /// Relative phrases ("yesterday", "la semana pasada").
    let relative: PhraseTable<DateRules.Relative>
    /// Unit words of offsets and durations.
    let units: [String: OffsetUnit]
    /// Direction words before a number ("in", "hace", "il y a").
    let before: PhraseTable<OffsetDirection>
    /// Direction words after a unit ("ago", "later").
    let after: PhraseTable<OffsetDirection>
    /// Number words beyond ICU's ("a couple of").
    let numbers: PhraseTable<Int>
    /// One-word or phrase recurrences ("daily", "every day").
    let recurrences: PhraseTable<OffsetUnit>
    /// Weekday modifiers ("last", "pasado").
    let modifiers: [String: WeekdayModifier]
    /// Future and past cue phrases.
    let tenseCues: PhraseTable<Tense>
    /// Lower-case words that are not months unless next to a day or year.
    let lowercaseWords: Set<String>
    /// Phrases before a day written alone, and what may follow it.
    let dayMarkers: PhraseTable<Bool>
    let dayContinuations: Set<String>
    let dayNeedsOrdinal: Bool
    /// Range words.
    let rangeOpen: Set<String>
    let rangeJoin: Set<String>
    /// Words that make a number of years an age.
    let ageBefore: Set<String>
    let ageAfter: Set<String>
    /// Ordinal words ICU would read as numbers, and ordinal endings.
    let notNumbers: Set<String>
    let notNumberEndings: [String]
    /// Words after a unit that keep it a duration.
    let durationBefore: Set<String>
    /// Window words before a number, between it and its unit, and after the unit.
    let windowBefore: PhraseTable<OffsetDirection>
    let windowBetween: [String: OffsetDirection]
    let windowAfter: PhraseTable<OffsetDirection>
    /// Quarter words ("quarter", "trimestre").
    let quarterWords: Set<String>
    /// Ordinals 1–4 of quarters.
    let quarterOrdinals: [String: Int]
    /// Season words and their season.
    let seasons: [String: String]
    /// Named days.
    let holidays: PhraseTable<Holiday>
    /// Parts of a month or year: phrases before it, phrases naming the current one, and
    /// whether a lower-case month is read after them.
    let partWords: PhraseTable<String>
    let partCurrent: PhraseTable<String>
    let partLowercaseMonths: Bool
    /// Abbreviated weekdays that are common words, read only before a day or date.
    let weekdayWords: Set<String>
    /// Ordinal day words ICU does not read ("pierwszego": 1).
    let ordinalWords: [String: Int]

    /// Whether `word` is an ordinal of the language, not a count.
    func isOrdinal(_ word: String) -> Bool {
        notNumbers.contains(word) || notNumberEndings.contains { word.count > $0.count + 1 && word.hasSuffix($0) }
    }

    init(language: String, rules: DateRules) {
        self.language = language
        relative = PhraseTable(DateFolding.withFolded((rules.relative[language] ?? []).map { ($0.phrase, $0) }))
        let offsets = rules.offsets[language]
        units = DateFolding.withFolded(offsets?.units ?? [:])
        before = PhraseTable(DateFolding.withFolded((offsets?.before ?? nil ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        after = PhraseTable(DateFolding.withFolded((offsets?.after ?? nil ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        numbers = PhraseTable((offsets?.numbers ?? nil ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        recurrences = PhraseTable(DateFolding.withFolded((offsets?.recurrences ?? nil ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        modifiers = DateFolding.withFolded(rules.weekdayModifiers[language] ?? [:])
        tenseCues = PhraseTable((rules.futureCues[language] ?? []).sorted().map { ($0, Tense.future) }
                                + (rules.pastCues[language] ?? []).sorted().map { ($0, Tense.past) })
        lowercaseWords = Set(rules.lowercaseWords[language] ?? [])
        dayMarkers = PhraseTable(DateFolding.withFolded((rules.dayMarkers[language]?.phrases ?? []).map { ($0, true) }))
        dayContinuations = Set(rules.dayMarkers[language]?.continuations ?? [])
        dayNeedsOrdinal = rules.dayMarkers[language]?.ordinalSuffix ?? false
        rangeOpen = Set(rules.ranges[language]?.open ?? [])
        rangeJoin = Set(rules.ranges[language]?.join ?? [])
        windowBefore = PhraseTable(DateFolding.withFolded((offsets?.windowBefore ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        windowBetween = DateFolding.withFolded(offsets?.windowBetween ?? [:])
        windowAfter = PhraseTable(DateFolding.withFolded((offsets?.windowAfter ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        durationBefore = Set(offsets?.durationBefore ?? [])
        ageBefore = Set(offsets?.ageBefore ?? [])
        ageAfter = Set(offsets?.ageAfter ?? [])
        let excluded = offsets?.notNumbers ?? []
        notNumbers = Set(excluded.filter { !$0.hasPrefix("*") })
        notNumberEndings = excluded.filter { $0.hasPrefix("*") }.map { String($0.dropFirst()) }
        quarterWords = Set(rules.periods[language]?.quarter ?? [])
        quarterOrdinals = DateFolding.withFolded(rules.periods[language]?.ordinals ?? [:])
        seasons = DateFolding.withFolded(rules.periods[language]?.seasons ?? [:])
        weekdayWords = Set((rules.weekdayWords[language] ?? []).flatMap { [$0, DateFolding.fold($0)] })
        let parts = rules.parts[language]
        partWords = PhraseTable(DateFolding.withFolded((parts?.words ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        partCurrent = PhraseTable(DateFolding.withFolded((parts?.current ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        partLowercaseMonths = parts?.lowercaseMonths ?? false
        ordinalWords = DateFolding.withFolded(rules.ordinalWords[language] ?? [:])
        holidays = PhraseTable(DateFolding.withFolded((rules.holidays[language] ?? []).map { ($0.phrase, $0) }))
    }
}

/// The time a sentence speaks of, from its cue words: an underspecified date ("April 7",
/// "on Friday") is placed after publication in a future sentence, before it in a past one,
/// and nearest to it otherwise.
enum Tense: Sendable {
    case past, future, unknown

    /// The tense the cue phrases of `tables` give `tokens`: future or past when only one
    /// kind of cue occurs.
    static func of(_ tokens: [Token], tables: [DateLanguageTables]) -> Tense {
        var future = false, past = false
        for table in tables {
            for match in table.tenseCues.matches(in: tokens) {
                if match.payload == .future { future = true } else { past = true }
            }
        }
        return future == past ? .unknown : future ? .future : .past
    }
}
