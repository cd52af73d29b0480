import Foundation

/// What identifies the happening a document reports, as weighted terms: the names it
/// lists or finds (by identity key, so spellings and scripts meet), its numbers (with
/// units, counts of people, times of day, and every figure its text writes, read or not),
/// its full dates, its event kinds and its content words (transliterated to Latin and
/// folded like names, so `Пайпорта` meets `Paiporta`). Weights are a term kind's weight
/// times `1 + ln(occurrences)`; rarity across the corpus is applied by ``StoryClusterer``.
struct StoryProfile: Sendable {
    /// The kinds of term, each with its weight in a profile.
    enum Kind: String, Sendable, CaseIterable {
        /// A named thing by identity key, whatever its type (`kiv`, `sergei soigu`).
        case name
        /// A country (`country:ua`): named by reports of many different happenings.
        case country
        /// A quantity with its unit (`3 m`), a count of people with what it counts
        /// (`killed 62`) or a time of day (`13:15`).
        case number
        /// A figure as written in the text, digits only (`62`, `1.5`): what a language
        /// without count rules still shares with the others.
        case figure
        /// A day (`2025-11-14`).
        case date
        /// An event kind from the cues (`strike`, `flood`).
        case kind
        /// A content word of four letters or more, folded (`paiporta`, `ambassador`).
        case word

        /// How much a shared term of this kind says about two documents reporting one
        /// happening: names, numbers and dates identify it; the rest only support.
        var weight: Double {
            switch self {
            case .name, .number: 1.0
            case .figure, .kind: 0.5
            case .date, .country: 0.3
            case .word: 0.1
            }
        }
    }

    /// Term (`<kind>|<text>`) to weight before rarity.
    var weights: [String: Double]
    /// The full dates the document writes most (at most ``leadingDays``), as day numbers
    /// (days since 1970-01-01): the days of the happening it reports, or of what it recalls.
    var days: [Int]
    /// The ISO weeks it writes (`2024-W13` for "last week"): a follow-up that names the
    /// week of the happening, not its day, still writes the same time as its peers.
    var weeks: Set<String> = []
    /// The ISO weeks of ``days``, computed once (pairs compare them with ``weeks``).
    var weeksOfDays: Set<String> = []
    /// The day it was published, as a day number, when known.
    var publishedDay: Int?
    /// The document's first language (`en`), or `und`: content words are judged common
    /// or rare among the documents of one language.
    var language: String
    /// When and where its lead says the happening took place.
    var signature = EventSignature()

    /// Written days a document can share a story on.
    static let leadingDays = 4

    /// Shortest content word taken, in letters.
    static let minimumWordLength = 4

    /// The profile of `document`.
    init(document: ExtractedDocument, keys: NameKeyMaker) {
        var counts: [String: Int] = [:]
        var weeks: Set<String> = []
        func add(_ kind: Kind, _ text: String) { counts["\(kind.rawValue)|\(text)", default: 0] += 1 }
        for sentence in document.sentences {
            for mention in sentence.mentions {
                switch mention.type {
                case .entity where EntityRef(mention.value)?.kind == "country": add(.country, mention.value)
                case .entity: add(.name, keys.key(value: mention.value).text)
                case .quantity, .time, .duration: add(.number, mention.value)
                case .count: add(.number, "\(mention.subtype ?? "count") \(mention.value)")
                case .date where mention.date?.isFullDay == true: add(.date, mention.value)
                case .date where mention.subtype == "week" && mention.value.utf8.count == 8: weeks.insert(mention.value)
                case .date: break
                }
            }
            for cue in sentence.cues { add(.kind, cue.kind) }
            let (words, figures) = Self.tokens(of: sentence.text)
            for word in words { add(.word, keys.key(written: word).text) }
            for figure in figures { add(.figure, figure) }
        }
        var weights: [String: Double] = [:]
        for (term, count) in counts {
            let kind = Kind(rawValue: String(term.prefix { $0 != "|" })) ?? .word
            weights[term] = kind.weight * (1 + log(Double(count)))
        }
        self.weights = weights
        self.weeks = weeks
        let written = counts.filter { $0.key.hasPrefix("\(Kind.date.rawValue)|") }
            .sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            .prefix(Self.leadingDays).map { String($0.key.dropFirst(Kind.date.rawValue.count + 1)) }
        days = written.compactMap { CalendarDate.days(between: "1970-01-01", and: $0) }
        weeksOfDays = Set(days.map(StoryClusterer.week(ofDay:)))
        if let published = document.published, let year = published.year {
            publishedDay = CalendarDate.days(between: "1970-01-01", and: CalendarDate.iso(year, published.month, published.day))
        }
        language = document.source.languages.first ?? "und"
        signature = EventSignature(document: document, keys: keys)
    }

    /// A profile made of given weights, for tests.
    init(weights: [String: Double], day: Int?, published: Int? = nil, language: String = "en",
         signature: EventSignature = EventSignature()) {
        self.weights = weights
        self.signature = signature
        days = day.map { [$0] } ?? []
        weeksOfDays = Set(days.map(StoryClusterer.week(ofDay:)))
        publishedDay = published
        self.language = language
    }

    /// Letter runs of at least ``minimumWordLength`` letters, in any script, lower-cased.
    static func words(of text: String) -> [String] { tokens(of: text).words }

    /// ``tokens(of:)`` of an ASCII text, byte by byte: its only letters are A-Z and a-z,
    /// its only digits 0-9, and each character is one byte (a CR LF pair, one character,
    /// separates as its two bytes do).
    private static func asciiTokens(of bytes: [UInt8]) -> (words: [String], figures: [String]) {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var words: [String] = []
        var figures: [String] = []
        var word: [UInt8] = []
        var figure: [UInt8] = []
        func flushWord() {
            if word.count >= minimumWordLength { words.append(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        func flushFigure() {
            if !figure.isEmpty { figures.append(String(decoding: figure, as: UTF8.self)) }
            figure.removeAll(keepingCapacity: true)
        }
        for (i, byte) in bytes.enumerated() {
            if byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A {
                flushFigure()
                word.append(byte | 0x20)
            } else if isDigit(byte) {
                flushWord()
                figure.append(byte)
            } else {
                flushWord()
                // A separator between digits: three digits after it group thousands, else a decimal point.
                if byte == 0x2C || byte == 0x2E, !figure.isEmpty, i + 1 < bytes.count, isDigit(bytes[i + 1]) {
                    let after = bytes[(i + 1)...].prefix(while: isDigit).count
                    if after != 3 { figure.append(0x2E) }
                    continue
                }
                flushFigure()
            }
        }
        flushWord()
        flushFigure()
        return (words, figures)
    }

    /// The words (as ``words(of:)``) and the figures of `text`: digit runs with their
    /// decimal separator (`1,5` and `1.5` both `1.5`), grouping of thousands dropped
    /// (`2,012` is `2012`).
    static func tokens(of text: String) -> (words: [String], figures: [String]) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(of: Array(text.utf8)) }
        var words: [String] = []
        var figures: [String] = []
        var word = ""
        var figure = ""
        func flushWord() {
            if word.count >= minimumWordLength { words.append(word.lowercased()) }
            word = ""
        }
        func flushFigure() {
            if !figure.isEmpty { figures.append(figure) }
            figure = ""
        }
        let characters = Array(text)
        for (i, character) in characters.enumerated() {
            if character.isLetter {
                flushFigure()
                word.append(character)
            } else if let digit = character.wholeNumberValue, character.isASCII {
                flushWord()
                figure.append(String(digit))
            } else {
                flushWord()
                // A separator between digits: three digits after it group thousands, else a decimal point.
                if (character == "," || character == "."), !figure.isEmpty, i + 1 < characters.count,
                   characters[i + 1].isASCII, characters[i + 1].isNumber {
                    let after = characters[(i + 1)...].prefix { $0.isASCII && $0.isNumber }.count
                    if after != 3 { figure.append(".") }
                    continue
                }
                flushFigure()
            }
        }
        flushWord()
        flushFigure()
        return (words, figures)
    }
}
