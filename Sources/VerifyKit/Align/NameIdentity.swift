/// Whether two values of a story name one thing: the rule behind one identity across
/// spellings and scripts (docs/rules.md, "One identity across spellings").
///
/// Two values are one thing when they fill the same slot and
/// - not both are listed (two gazetteer or index entries are two things by definition:
///   S-300 and S-400, Valencia in Spain and in Venezuela);
/// - their countries, when both are known, are the same;
/// - their digit runs are equal (Kh-55 ≠ Kh-555, S-300 ≠ S-400);
/// - their words pair off (``sameWord(_:_:)``): one by one in order, or, for people, the
///   shorter name of two words or more is the longer one with words left out, same first
///   word ("Maynor Suazo" in "Maynor Yasir Suazo Sandoval"); the people's words
///   of a pair also agree in gender (``sameGender(_:_:)``); for organisations, a group
///   of companies is one thing with its members (``sameFamily(_:_:)``: "Harlow Group" and
///   "Harlow Shipping").
enum NameIdentity {
    /// Most normalised sound distance (``SoundDistance``) between two words of one name:
    /// a quarter of the longer word. Spelling systems differ by about one letter in five
    /// (Shoigu/Shoygu 0, Gaddafi/Kadhafi 0.08, Vladimir/Volodymyr 0.17, Sergei/Serhiy 0.25);
    /// different names of similar shape differ by more (Lavrov/Larin 0.42, Oleg/Olga 0.5).
    static let threshold = 0.25
    /// Skeletons shorter than this must be equal: one letter is too much of a short word
    /// (Li/Lu, S/Su).
    static let minimumLength = 4

    /// Values that may be one thing share a block: their slot, digit runs, the letter group
    /// of their first letter (vowels; c g h k s z; d t; b p; f v; any other letter alone)
    /// and, but for people, their number of words.
    static func block(_ candidate: NameCandidate) -> String {
        let first = candidate.key.words.first?.first.map { letter -> String in
            switch letter {
            case "a", "e", "i", "o", "u": return "a"
            case "c", "g", "h", "k", "s", "z": return "c"
            case "d", "t": return "d"
            case "b", "p": return "b"
            case "f", "v": return "f"
            default: return String(letter)
            }
        } ?? ""
        // People's names may leave words out, and an organisation's group name is shorter
        // than its member's (``sameFamily(_:_:)``); other names pair word by word.
        let words = candidate.slot == "person" || candidate.slot == "organisation" ? "" : String(candidate.key.words.count)
        return "\(candidate.slot)|\(candidate.key.numbers.joined(separator: " "))|\(first)|\(words)"
    }

    /// Whether `a` and `b` are one thing.
    static func same(_ a: NameCandidate, _ b: NameCandidate) -> Bool {
        if a.value == b.value { return true }
        guard a.slot == b.slot, !(a.listed && b.listed) else { return false }
        if let x = a.country, let y = b.country, x != y { return false }
        guard a.key.numbers == b.key.numbers, !a.key.words.isEmpty, !b.key.words.isEmpty else { return false }
        if a.slot == "person" { return samePerson(a.key.words, b.key.words) }
        if sameWords(a.key.words, b.key.words, gender: false) { return true }
        return a.slot == "organisation" && sameFamily(a.key.words, b.key.words)
    }

    /// Skeletons of the words that make a name the name of a group of companies or a legal
    /// form of one (Group, Holdings, Inc, Ltd, Groupe, Grupo, Gruppe, группа…).
    static let familyWords: Set<String> = Set(["group", "groupe", "grupo", "gruppe", "gruppo", "grupa", "gruppa",
                                                "holding", "holdings", "inc", "ltd", "limited", "llc", "plc", "pte",
                                                "corp", "corporation", "company", "ag", "sa", "gmbh"].map(NameKey.skeleton))

    /// Whether two organisations' names are one company family: one is a stem of one word
    /// or more followed only by family words ("Harlow Group", "Harlow Holdings Ltd") and the
    /// other starts with that stem and goes on with other words ("Harlow Shipping"), so a
    /// report naming the group and another naming its member are shown as one thing
    /// written two ways (a variant), never as two organisations each report leaves out.
    static func sameFamily(_ a: [String], _ b: [String]) -> Bool {
        func stem(_ words: [String]) -> [String]? {
            var end = words.count
            while end > 0, familyWords.contains(words[end - 1]) { end -= 1 }
            return end > 0 && end < words.count ? Array(words[..<end]) : nil
        }
        func family(_ group: [String], _ member: [String]) -> Bool {
            guard let stem = stem(group), member.count > stem.count else { return false }
            return zip(stem, member).allSatisfy { $0 == $1 }
        }
        return family(a, b) || family(b, a)
    }

    /// Whether two people's names are one: word by word, or the shorter (of two words or
    /// more) the longer with words left out, the given name kept: "Maynor Suazo" in "Maynor
    /// Yasir Suazo Sandoval", "Miguel Luna" in "Miguel Ángel Luna González".
    static func samePerson(_ a: [String], _ b: [String]) -> Bool {
        if a.count == b.count { return sameWords(a, b, gender: true) }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard short.count >= 2, samePersonWord(short[0], long[0]) else { return false }
        var k = 1
        for word in short.dropFirst() {
            while k < long.count && !samePersonWord(word, long[k]) { k += 1 }
            guard k < long.count else { return false }
            k += 1
        }
        return true
    }

    /// Whether every word of `a` is the word of `b` at the same place. In a name of things
    /// (not people) of two words or more, one short word may differ by one sound of its
    /// class (``nearShortWord(_:_:)``) when another word of at least ``minimumLength``
    /// letters pairs off spelled otherwise, the mark of another transliteration: "Krokus
    /// Siti Kholl" is "Crocus City Hall" (hol/hal beside krokus/crocus), while "Lantern
    /// Hall" is not "Lantern Hill", nor "Hall" alone "Hill".
    private static func sameWords(_ a: [String], _ b: [String], gender: Bool) -> Bool {
        guard a.count == b.count else { return false }
        var near = 0, respelled = 0
        for (x, y) in zip(a, b) {
            if gender ? samePersonWord(x, y) : sameWord(x, y) {
                if x != y, min(x.utf8.count, y.utf8.count) >= minimumLength { respelled += 1 }
            } else if !gender, a.count >= 2, nearShortWord(x, y) {
                near += 1
            } else {
                return false
            }
        }
        return near == 0 || (near == 1 && respelled >= 1)
    }

    /// Whether two short skeletons (under ``minimumLength`` letters, three at least) of one
    /// length differ by one letter of one sound class: hol/hal, sit/cit.
    static func nearShortWord(_ a: String, _ b: String) -> Bool {
        let (m, n) = (a.utf8.count, b.utf8.count)
        guard m == n, m >= 3, m < minimumLength else { return false }
        return SoundDistance.cost(a, b) <= 0.5
    }

    /// ``sameWord(_:_:)`` and ``sameGender(_:_:)``; a one-letter initial stands for a word
    /// that starts with its letter.
    static func samePersonWord(_ a: String, _ b: String) -> Bool {
        if a.count == 1 || b.count == 1 { return a.first == b.first }
        return sameWord(a, b) && sameGender(a, b)
    }

    /// Whether two word skeletons are one word: equal, or both at least ``minimumLength``
    /// letters long, first letters of one sound class, and at most ``threshold`` apart.
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (m, n) = (a.utf8.count, b.utf8.count)
        guard min(m, n) >= minimumLength, let x = a.first, let y = b.first, SoundDistance.alike(x, y),
              Double(abs(m - n)) <= threshold * Double(max(m, n)) else { return false }   // each letter more costs 1
        return SoundDistance.normalised(a, b) <= threshold
    }

    /// Whether two words of a person's name do not mark different genders: a different
    /// last letter where one of them is `a` makes the feminine of a Slavic or Romance
    /// name (Petrov/Petrova, Kowalski/Kowalska, Mario/Maria).
    static func sameGender(_ a: String, _ b: String) -> Bool {
        guard let x = a.last, let y = b.last, x != y else { return true }
        return x != "a" && y != "a"
    }
}
