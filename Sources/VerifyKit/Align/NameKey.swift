/// The identity key of a name: what two spellings of one name share, in any script.
///
/// Made from a written form ("Зеленський", "Kh-55", "Muammar al-Qaddafi") or from a
/// canonical id (`person:sergei-shoygu`, `weapon:x-38`) in four steps:
///
/// 1. Cyrillic letters inside a word that also has Latin letters are read as the Latin
///    letters they look like ("Kуiv" with a Cyrillic у is "Kyiv"; ``NameKeyMaker``).
/// 2. ICU `Any-Latin; Latin-ASCII; Lower` (``NameKeyMaker``): Шойгу → sojgu, Х-55 → h-55,
///    Kadhafi stays kadhafi.
/// 3. The text is cut into parts at every character that is not a letter or a digit, and
///    between letters and digits (`a320neo` → a, 320, neo). Digit runs stay as written.
/// 4. Each letter run becomes its sound skeleton (``NameKey/skeleton(_:)``): the spelling
///    conventions of transliteration systems are folded (kh = x = h, q = k, dh = d,
///    j = y, w = v, y before a vowel dropped, doubled letters once), so that Shoigu and
///    Shoygu, Zelensky, Zelenskyy and Zelenskij, Gaddafi and Qaddafi, Kh-55, X-55 and Х-55
///    have the same or near skeletons. The skeletons are compared by ``SoundDistance``.
struct NameKey: Sendable, Hashable {
    /// One part of a name: a word's sound skeleton, or a run of digits as written.
    enum Part: Sendable, Hashable {
        /// The skeleton of a letter run (`zelenski`).
        case word(String)
        /// A digit run (`55`, `300`): designations match only when these are equal.
        case number(String)
    }

    /// The parts in order.
    let parts: [Part]
    /// The skeletons of the letter runs, in order.
    let words: [String]
    /// The digit runs, in order.
    let numbers: [String]

    /// The parts as one string ("h 55", "sergei soigu"), for hashing and grouping.
    var text: String {
        parts.map { part in
            switch part {
            case .word(let w): return w
            case .number(let n): return n
            }
        }.joined(separator: " ")
    }

    /// The key of lower-case ASCII text (what ``NameKeyMaker`` hands over; other
    /// characters separate parts).
    init(ascii text: String) {
        var parts: [Part] = []
        var run = ""
        var runIsDigits = false
        func close() {
            guard !run.isEmpty else { return }
            if runIsDigits {
                parts.append(.number(run))
            } else {
                let skeleton = Self.skeleton(run)
                if !skeleton.isEmpty { parts.append(.word(skeleton)) }
            }
            run = ""
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isLetter = v >= 0x61 && v <= 0x7A
            let isDigit = v >= 0x30 && v <= 0x39
            if v == 0x27 || v == 0x2019 { continue }   // apostrophes of soft signs and elisions
            if isLetter || isDigit {
                if !run.isEmpty && runIsDigits != isDigit { close() }
                runIsDigits = isDigit
                run.unicodeScalars.append(scalar)
            } else {
                close()
            }
        }
        close()
        self.parts = parts
        words = parts.compactMap { if case .word(let w) = $0 { return w } else { return nil } }
        numbers = parts.compactMap { if case .number(let n) = $0 { return n } else { return nil } }
    }

    /// Spellings that transliteration systems use for one sound, longest first.
    private static let digraphs: [(String, String)] = [
        ("shch", "s"), ("sch", "s"), ("kh", "h"), ("zh", "z"), ("ch", "c"), ("sh", "s"), ("ts", "c"),
        ("tz", "c"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("gh", "g"), ("ck", "k"),
        ("q", "k"), ("x", "h"), ("j", "y"), ("w", "v"),
    ]

    /// The sound skeleton of a lower-case ASCII letter run: the ``digraphs`` folded, a `y`
    /// before a vowel dropped (Yevdokimov = Evdokimov) and any other `y` read as `i`
    /// (Zelenskyy = Zelenskiy), then each run of one letter kept once (Gaddafi = Gadafi).
    static func skeleton(_ letters: String) -> String {
        var s = letters
        for (from, to) in digraphs where s.contains(from) {
            s = s.replacing(from, with: to)
        }
        return PhoneticKey.collapsed(s)
    }
}
