/// Ages of named people: a number of years said of the person named right next to it,
/// as news writes it: "38-year-old Maynor Suazo", "Bogusław W., 62, and…", "Maynor
/// Suazo, de 39 años", "Jean Dupont (62)", "62-летний Богдан". Each becomes a quantity
/// mention of subtype `age` (value the number of years, unit `years`) whose ``Mention/subject``
/// is the name's span, so that alignment makes it a fact of that person.
///
/// The written forms are data (`roles.yaml`, `ages`), per language, as token patterns in
/// which `{n}` stands for the number (inside a token too: `{n}enne` reads "62enne") and a
/// trailing `*` for any ending. `before` forms stand right before the name, `after` forms
/// right after it. A form that ends on the number ("Smith, 38") must be followed by the
/// end of the sentence, punctuation or a conjunction (`ageConjunctions`): "Smith, 38
/// people" is no age. Only a person or an untyped name can have an age (a place or an
/// organisation written before ", 35," has none), and only a whole number of 1 to 119.
struct AgeFinder: Sendable {
    /// The written forms of an age, per language.
    struct Forms: Decodable, Sendable {
        /// Forms right before the name, per language.
        var before: [String: [String]]
        /// Forms right after the name, per language.
        var after: [String: [String]]
        /// Words that may follow an age that ends a form on its number ("…, 62, and").
        var conjunctions: [String: [String]]?
    }

    /// One pattern token: a literal word, a word with any ending, or the number.
    private enum Piece: Sendable, Equatable {
        case literal(String)
        case prefix(String)
        /// The number, with what the token may carry after it ("{n}enne": "enne").
        case number(suffix: String, open: Bool)
    }

    private let before: [String: [[Piece]]]
    private let after: [String: [[Piece]]]
    private let conjunctions: [String: Set<String>]
    /// Punctuation that may follow an age ending a form on its number.
    private static let clauseEnds: Set<String> = [",", ";", ":", ")", ".", "!", "?", "—", "–"]
    /// Oldest age read.
    static let maximum = 119

    init(forms: Forms?) {
        before = (forms?.before ?? [:]).mapValues { $0.map(Self.pieces) }
        after = (forms?.after ?? [:]).mapValues { $0.map(Self.pieces) }
        conjunctions = (forms?.conjunctions ?? [:]).mapValues { Set($0.map { $0.lowercased() }) }
    }

    /// Age mentions of the people `mentions` name in `sentence` (sentence-relative ranges).
    func ages(in sentence: SentenceText, mentions: [Mention]) -> [Mention] {
        let people = mentions.filter { $0.type == .entity && ($0.subtype == "person" || $0.subtype == "name") }
        guard !people.isEmpty, sentence.tokens.contains(where: { $0.kind == .number || $0.lower.first?.isNumber == true }) else { return [] }
        let tokens = sentence.tokens
        let languages = sentence.language == "en" ? ["en"] : [sentence.language, "en"]
        var found: [Mention] = []
        for person in people {
            guard let first = tokens.firstIndex(where: { $0.range.lowerBound >= person.range.lowerBound }),
                  let last = tokens.lastIndex(where: { $0.range.upperBound <= person.range.upperBound }), first <= last else { continue }
            var age: (number: Token, years: Int, rule: String)?
            for language in languages where age == nil {
                for pattern in before[language] ?? [] where first >= pattern.count {
                    if let hit = match(pattern, tokens: tokens, from: first - pattern.count), hit.end == first {
                        age = (hit.number, hit.years, "roles.yaml: ages before (\(language))")
                        break
                    }
                }
                for pattern in after[language] ?? [] where age == nil {
                    guard let hit = match(pattern, tokens: tokens, from: last + 1) else { continue }
                    if case .number? = pattern.last, !endsClause(tokens, at: hit.end, languages: languages) { continue }
                    age = (hit.number, hit.years, "roles.yaml: ages after (\(language))")
                }
            }
            guard let age else { continue }
            var mention = Mention(type: .quantity, range: age.number.range, text: sentence.slice(age.number.range),
                                  value: String(age.years), unit: "years", subtype: "age", rule: age.rule)
            mention.measure = Measure(dimension: "age", low: Double(age.years), high: Double(age.years))
            mention.subject = person.range
            found.append(mention)
        }
        return found
    }

    /// Whether token `index` (the one after a form ending on its number) ends the age's
    /// clause: nothing, punctuation, or a conjunction.
    private func endsClause(_ tokens: [Token], at index: Int, languages: [String]) -> Bool {
        guard index < tokens.count else { return true }
        let next = tokens[index]
        if next.kind == .punctuation { return Self.clauseEnds.contains(next.text) }
        return languages.contains { conjunctions[$0]?.contains(next.lower) == true }
    }

    /// The pattern matched at token `start`: the number's token, its years and the token after.
    private func match(_ pattern: [Piece], tokens: [Token], from start: Int) -> (number: Token, years: Int, end: Int)? {
        guard start >= 0, start + pattern.count <= tokens.count else { return nil }
        var number: (Token, Int)?
        for (offset, piece) in pattern.enumerated() {
            let token = tokens[start + offset]
            switch piece {
            case .literal(let word):
                guard token.lower == word else { return nil }
            case .prefix(let stem):
                guard token.lower.hasPrefix(stem) else { return nil }
            case .number(let suffix, let open):
                let digits = token.lower.prefix { $0.isASCII && $0.isNumber }
                let rest = token.lower.dropFirst(digits.count)
                guard !digits.isEmpty, digits.count <= 3, let years = Int(digits), (1...Self.maximum).contains(years),
                      open ? rest.hasPrefix(suffix) : rest == suffix else { return nil }
                number = (token, years)
            }
        }
        guard let (token, years) = number else { return nil }
        return (token, years, start + pattern.count)
    }

    /// A form split into pieces: punctuation apart, `{n}` the number, `word*` a stem.
    private static func pieces(_ form: String) -> [Piece] {
        var pieces: [Piece] = []
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            if let range = word.range(of: "{n}") {
                var suffix = String(word[range.upperBound...])
                let open = suffix.hasSuffix("*")
                if open { suffix.removeLast() }
                pieces.append(.number(suffix: suffix, open: open))
            } else if word.hasSuffix("*") {
                pieces.append(.prefix(String(word.dropLast())))
            } else {
                pieces.append(.literal(word))
            }
            word = ""
        }
        for character in form.lowercased() {
            if character.isWhitespace {
                flush()
            } else if character.isPunctuation && character != "{" && character != "}" && character != "*" {
                flush()
                pieces.append(.literal(String(character)))
            } else {
                word.append(character)
            }
        }
        flush()
        return pieces
    }
}
